import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../../src/core/parse/index';
import { buildThread } from '../../../../src/core/thread';
import { Lexicon } from '../../../../src/core/names/lexicon';
import { WordMemory } from '../../../../src/core/infer/rank/word-memory';

describe('word memory', () => {
  for (const file of ['seeds/000_be01d75ba33c9c53.txt', 'test/fixtures/chat/ubuntu-irc-excerpt.txt']) {
    it(`counts the rare words shared with a range of earlier comments as it does one by one: ${file}`, () => {
      const { thread } = buildThread(parseInput(readFileSync(file, 'utf8'), { fileName: file }));
      const lexicon = new Lexicon();
      const memory = new WordMemory(thread.comments.length);
      const out = new Int32Array(thread.comments.length + 1);
      let sharing = 0;
      for (const c of thread.comments) {
        if (c.system) continue;
        memory.remember(c.index, lexicon.tokenize(c.text));
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

  it('counts each shared word once, however often either comment repeats it, and never words under four letters', () => {
    const lexicon = new Lexicon();
    const memory = new WordMemory(2);
    const out = new Int32Array(1);
    memory.remember(1, lexicon.tokenize('Rhubarb, rhubarb and custard: the cat sat on the mat.'));
    memory.remember(2, lexicon.tokenize('Custard with rhubarb? RHUBARB! The cat, the mat.'));
    memory.sharedSince(1, out);
    expect(out[0]).toBe(2);
    expect(memory.shared(1)).toBe(2);
  });
});
