/** The CLI summary's skipped blocks: one line per reason, a repeated reason counted, not listed. */
import { describe, expect, it } from 'vitest';
import { skippedLines } from '../../src/cli/summary';
import type { SkippedBlock } from '../../src/core/types';

const reply = (line: number): SkippedBlock => ({ line, reason: "'Reply' link", excerpt: 'Reply' });

describe('skippedLines', () => {
  it('groups repeated reasons in order of first appearance and keeps lone blocks as they are', () => {
    const blocks: SkippedBlock[] = [
      { line: 1, reason: 'comments heading', excerpt: '3 thoughts on it' },
      reply(10), reply(19), reply(30), reply(41), reply(48), reply(55),
      { line: 60, endLine: 70, reason: 'comment form', excerpt: 'Leave a Reply' },
    ];
    expect(skippedLines(blocks)).toEqual([
      '    line 1: comments heading ("3 thoughts on it")',
      "    6 × 'Reply' link: lines 10, 19, 30, 41, 48, … (first: \"Reply\")",
      '    line 60–70: comment form ("Leave a Reply")',
    ]);
  });

  it('says how many blocks the reasons past the limit hold', () => {
    const blocks = ['a', 'b', 'c', 'c'].map((reason, k): SkippedBlock => ({ line: k + 1, reason, excerpt: reason }));
    expect(skippedLines(blocks, 2)).toEqual([
      '    line 1: a ("a")',
      '    line 2: b ("b")',
      '    … 2 more, for 1 other reason',
    ]);
  });
});
