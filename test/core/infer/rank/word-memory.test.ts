import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../../src/core/parse/index';
import { buildThread } from '../../../../src/core/thread';
import { Lexicon } from '../../../../src/core/names/lexicon';
import { CommentWordsCollector } from '../../../../src/core/infer/rank/comment-words';
import { WordMemory } from '../../../../src/core/infer/rank/word-memory';

describe('word memory', () => {
  for (const file of ['seeds/000_be01d75ba33c9c53.txt', 'test/fixtures/chat/ubuntu-irc-excerpt.txt']) {
    it(`counts the rare words shared with a range of earlier comments as it does one by one: ${file}`, () => {
      const { thread } = buildThread(parseInput(readFileSync(file, 'utf8'), { fileName: file }));
      const lexicon = new Lexicon();
      const collector = new CommentWordsCollector();
      const memory = new WordMemory(thread.comments.length);
      const out = new Int32Array(thread.comments.length + 1);
      let sharing = 0;
      for (const c of thread.comments) {
        if (c.system) continue;
        memory.remember(c.index, collector.collect(lexicon.tokenize(c.text)));
        const lo = Math.max(1, c.index - 12);
        memory.sharedSince(lo, out);
        for (let j = lo; j < c.index; j++) {
          expect(out[j - lo], `comment ${c.index} and ${j}`).toBe(memory.shared(j));
          if (out[j - lo]! > 0) sharing++;
        }
      }
      expect(sharing).toBeGreaterThan(5);
    });
  }
});
