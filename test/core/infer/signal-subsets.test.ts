/**
 * Switching signals off after inference (the app's toggles, the CLI's --signals) gives exactly
 * what inference gives when run with only those signals.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/core/pipeline';
import { inferReplies } from '../../../src/core/infer/index';
import { filterReplies } from '../../../src/core/graph/build';
import { SIGNALS, type Reply, type Signal } from '../../../src/core/types';

const seed = ingest(readFileSync(new URL('../../../seeds/000_be01d75ba33c9c53.txt', import.meta.url), 'utf8'), { signals: SIGNALS });
const key = (r: Reply) => `${r.commentIndex}>${r.target}:${r.signal}:${r.confidence}:${r.evidence.text}:${r.support.length}`;

describe('signal subsets', () => {
  const subsets: Signal[][] = [['salutation'], ['quote'], ['mention', 'quote'], ['explicit', 'reference', 'quote'], ['adjacency'], ['salutation', 'adjacency'], [...SIGNALS]];
  for (const subset of subsets) {
    it(`filtering to ${subset.join('+')} equals inferring with ${subset.join('+')}`, () => {
      const direct = inferReplies(seed.thread, { signals: subset }).replies;
      const filtered = filterReplies(seed.replies, { signals: subset, minConfidence: 0 });
      expect(filtered.map(key).sort()).toEqual(direct.map(key).sort());
      expect(direct.length).toBeGreaterThan(0);
    });
  }
});
