import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInput } from '../../../src/core/parse/index';
import { Lexicon } from '../../../src/core/names/lexicon';
import { commentQuotes } from '../../../src/core/infer/masks';
import { QuoteFinder, type QuoteFindings } from '../../../src/core/infer/quote-finder';
import { syntheticThreadCsv } from '../../../src/cli/synthetic-thread';

/** Each comment's findings, the finder given `block` comments at a time before any is looked up. */
function findings(texts: readonly string[], authors: readonly number[], block: number, positionLimit?: number): QuoteFindings[] {
  const lexicon = new Lexicon();
  const finder = new QuoteFinder(texts.length * 50, positionLimit);
  const out: QuoteFindings[] = [];
  for (let from = 0; from < texts.length; from += block) {
    const to = Math.min(texts.length, from + block);
    for (let k = from; k < to; k++) {
      const tokens = lexicon.tokenize(texts[k]!);
      finder.add(texts[k]!, tokens, commentQuotes(texts[k]!, tokens), authors[k]!);
    }
    for (let k = from; k < to; k++) out.push(finder.next());
  }
  return out;
}

function runCount(all: readonly QuoteFindings[]): { marked: number; copied: number } {
  let marked = 0, copied = 0;
  for (const f of all) {
    marked += f.marked.length;
    copied += f.copied.length;
  }
  return { marked, copied };
}

describe('the quote index, given comments a block at a time', () => {
  it('finds the same runs as one comment at a time, on a synthetic thread and a real mail archive', () => {
    const synthetic = parseInput(syntheticThreadCsv(3000), { fileName: 'synthetic.csv' }).comments;
    const mail = parseInput(readFileSync('test/fixtures/mbox/garden-club.mbox', 'utf8'), { fileName: 'garden-club.mbox' }).comments;
    for (const comments of [synthetic, mail]) {
      const texts = comments.map((c) => c.text);
      const names = new Map<string, number>();
      const authors = comments.map((c) => names.get(c.author) ?? names.set(c.author, names.size).get(c.author)!);
      const oneByOne = findings(texts, authors, 1);
      // Blocks of 1,000 synthetic comments hold tens of thousands of word positions, which the index
      // puts into its chains page by page of its table rather than one by one.
      for (const block of [7, 1000]) expect(findings(texts, authors, block)).toEqual(oneByOne);
      const counts = runCount(oneByOne);
      expect(counts.marked).toBeGreaterThan(0);
      if (comments === synthetic) expect(counts.marked + counts.copied).toBeGreaterThan(300);
    }
  });

  it('looks up comments past its position limit in the earlier ones, and never finds them as sources', () => {
    const original = 'the committee agreed that the spring plant sale should move to the larger hall this year';
    const texts = [
      original,
      'I have nothing to add about the weather today',
      `"the spring plant sale should move to the larger hall" sounds right to me`,
      `"sounds right to me" is what you said before`,
    ];
    const authors = [0, 1, 2, 3];
    // Room for the first two comments only (16 and 9 words, each with a separator).
    const limited = findings(texts, authors, 1, 28);
    expect(limited[2]!.marked.map((r) => [r.doc, r.docEnd - r.docStart])).toEqual([[0, 10]]);
    expect(limited[3]).toEqual({ marked: [], copied: [] });
    const unlimited = findings(texts, authors, 1);
    expect(unlimited[2]).toEqual(limited[2]);
    expect(unlimited[3]!.marked.map((r) => r.doc)).toEqual([2]);
  });
});
