/** report.json: what was parsed and skipped, and the replies kept, as data. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJson } from '../../../src/core/export/report';
import { filterReplies } from '../../../src/core/graph/build';
import { ingest } from '../../../src/core/pipeline';
import { SIGNALS } from '../../../src/core/types';

const seed = readFileSync(new URL('../../../seeds/000_be01d75ba33c9c53.txt', import.meta.url), 'utf8');

describe('reportJson', () => {
  // Every signal inferred, as the command line and the app do; the default ones kept.
  const result = ingest(seed, { signals: SIGNALS });
  const signals = ['explicit', 'salutation', 'mention', 'quote', 'reference'] as const;
  const kept = filterReplies(result.replies, { minConfidence: 0.5, signals: [...signals] });
  const text = reportJson(result.report, kept, { source: 'seed.txt', minConfidence: 0.5, signals: [...signals] });
  const json = JSON.parse(text);

  it('says what was parsed and skipped, with lines, reasons and excerpts', () => {
    expect(json).toMatchObject({ source: 'seed.txt', format: 'text', dialect: 'squarespace', comments: 25, participants: 11, undated: 0 });
    expect(json.skipped).toEqual([
      { line: 1, end_line: 57, reason: 'article and page text above the comments heading', excerpt: 'Iran Election Guide' },
      { line: 328, end_line: 337, reason: 'comment form and page text below the last comment', excerpt: 'PostPost a New Comment' },
    ]);
    expect(json.unresolved_names).toEqual([{ comment_index: 10, text: 'Mohammad Reza Heidari' }, { comment_index: 11, text: 'Heydari' }]);
  });

  it('counts the replies kept per signal', () => {
    expect(json.replies).toBe(kept.length);
    expect(Object.values(json.replies_per_signal as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(kept.length);
    expect(json.replies_per_signal.salutation).toBe(kept.filter((r) => r.signal === 'salutation').length);
    expect(kept.length).toBeLessThan(result.replies.length);
    expect(json.signals).toEqual([...signals]);
  });

  it('is the same for the same input, keys in a fixed order', () => {
    expect(Object.keys(json).slice(0, 4)).toEqual(['source', 'format', 'dialect', 'comments']);
    const again = ingest(seed, { signals: SIGNALS });
    expect(reportJson(again.report, filterReplies(again.replies, { minConfidence: 0.5, signals: [...signals] }), { source: 'seed.txt', minConfidence: 0.5, signals: [...signals] })).toBe(text);
  });
});
