import { describe, expect, it } from 'vitest';
import { highlightRanges, mergeRanges } from '../../../src/views/panels/highlight';

const join = (segs: { text: string }[]) => segs.map((s) => s.text).join('');
const marked = (segs: { text: string; marked: boolean }[]) => segs.filter((s) => s.marked).map((s) => s.text);

describe('highlightRanges', () => {
  const text = 'Scott, you said the vote was rigged.';

  it('alternates plain and marked segments that rebuild the text exactly', () => {
    const segs = highlightRanges(text, [{ start: 0, end: 5, label: 'salutation' }, { start: 20, end: 24, label: 'mention' }]);
    expect(segs.map((s) => [s.text, s.marked])).toEqual([
      ['Scott', true], [', you said the ', false], ['vote', true], [' was rigged.', false],
    ]);
    expect(join(segs)).toBe(text);
    for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('sorts ranges given out of order', () => {
    const segs = highlightRanges(text, [{ start: 20, end: 24 }, { start: 0, end: 5 }]);
    expect(marked(segs)).toEqual(['Scott', 'vote']);
  });

  it('merges overlapping evidence of different signals into one mark with both labels', () => {
    const segs = highlightRanges(text, [
      { start: 7, end: 19, label: 'quote' }, { start: 11, end: 24, label: 'mention' }, { start: 12, end: 15, label: 'quote' },
    ]);
    expect(marked(segs)).toEqual(['you said the vote']);
    expect(segs.find((s) => s.marked)!.labels).toEqual(['quote', 'mention']);
    expect(join(segs)).toBe(text);
  });

  it('merges ranges that touch, keeps ranges with a gap apart', () => {
    expect(marked(highlightRanges('abcdef', [{ start: 0, end: 2 }, { start: 2, end: 4 }]))).toEqual(['abcd']);
    expect(marked(highlightRanges('abcdef', [{ start: 0, end: 2 }, { start: 3, end: 4 }]))).toEqual(['ab', 'd']);
  });

  it('drops empty, reversed, fractional and out-of-bounds ranges', () => {
    const segs = highlightRanges('hello world', [
      { start: 0, end: 0 }, { start: 5, end: 2 }, { start: -1, end: 3 }, { start: 6, end: 99 }, { start: 1.5, end: 3 }, { start: 6, end: 11 },
    ]);
    expect(marked(segs)).toEqual(['world']);
    expect(join(segs)).toBe('hello world');
  });

  it('marks the whole text, and gives nothing for empty text', () => {
    expect(highlightRanges('abc', [{ start: 0, end: 3 }])).toEqual([{ text: 'abc', start: 0, end: 3, marked: true, labels: [] }]);
    expect(highlightRanges('', [{ start: 0, end: 1 }])).toEqual([]);
    expect(highlightRanges('abc', [])).toEqual([{ text: 'abc', start: 0, end: 3, marked: false, labels: [] }]);
  });

  it('mergeRanges returns non-overlapping ranges in order', () => {
    const merged = mergeRanges(100, [{ start: 50, end: 60 }, { start: 10, end: 30 }, { start: 20, end: 40 }, { start: 55, end: 58 }]);
    expect(merged.map((r) => [r.start, r.end])).toEqual([[10, 40], [50, 60]]);
  });
});
