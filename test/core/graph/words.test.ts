import { describe, expect, it, vi } from 'vitest';
import { countWords } from '../../../src/core/graph/words';
import { mulberry32 } from '../../../src/core/graph/random';

/** The definition: runs of characters that are neither `\s` nor U+0085. */
const reference = (text: string): number => (text.match(/[^\s\u0085]+/g) ?? []).length;

describe('countWords', () => {
  it('counts random text like the regular-expression definition', () => {
    const rng = mulberry32(11);
    const pieces = ['a', 'bc', ' ', '  ', '\t', '\n', '\r\n', '\u00a0', '\u0085', '\u2003', '\u3000', '\ufeff', 'é', '😀', '\u200b', '-', '\u000b'];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      const length = Math.floor(rng() * 20);
      for (let k = 0; k < length; k++) text += pieces[Math.floor(rng() * pieces.length)];
      expect(countWords(text), JSON.stringify(text)).toBe(reference(text));
    }
  });

  it('counts ASCII text with every kind of ASCII space at every position and length', () => {
    const rng = mulberry32(3);
    const ascii = ['x', 'Z', '0', '~', '!', '\u007f', '\u0001', '\u0008', '\u000e', '\u001f', '\t', '\n', '\u000b', '\u000c', '\r', ' ', ' ', ' '];
    for (let length = 0; length < 40; length++) {
      for (let trial = 0; trial < 200; trial++) {
        let text = '';
        for (let k = 0; k < length; k++) text += ascii[Math.floor(rng() * ascii.length)];
        expect(countWords(text), JSON.stringify(text)).toBe(reference(text));
      }
    }
  });

  it('counts long texts, ASCII or not, and slices of a larger text', () => {
    expect(countWords('ab cd\t'.repeat(5000))).toBe(10_000);
    expect(countWords(' x\u00a0y'.repeat(5000))).toBe(10_000);
    expect(countWords('word '.repeat(300_000))).toBe(300_000); // longer than the scratch bytes
    const page = 'one two  three\nfour '.repeat(1000);
    expect(countWords(page.slice(4, 4 + 20 * 10))).toBe(40);
    // A short text after a long one must not see the long one's bytes.
    expect(countWords('abcdefgh '.repeat(100))).toBe(100);
    expect(countWords('ab')).toBe(1);
  });

  it('grows its scratch bytes for a long text of odd length', async () => {
    // A fresh copy of the module, whose scratch bytes no earlier test has grown yet.
    vi.resetModules();
    const fresh = await import('../../../src/core/graph/words');
    // 2 * 5001 + 4 bytes is not a whole number of 32-bit words.
    expect(fresh.countWords('a '.repeat(2500) + 'b')).toBe(2501);
  });
});
