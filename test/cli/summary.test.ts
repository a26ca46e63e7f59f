/** The CLI summary: skipped blocks one line per reason (a repeated reason counted, not listed), names listed once per comment. */
import { describe, expect, it } from 'vitest';
import { formatSummary, skippedLines } from '../../src/cli/summary';
import type { Report, SkippedBlock } from '../../src/core/types';

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

describe('formatSummary', () => {
  const report = (unresolved: [number, string][]): Report => ({
    format: 'mbox', dialect: 'mbox', comments: 3, participants: 2, skipped: [], notes: [], undated: 0,
    repliesPerSignal: { explicit: 0, salutation: 0, mention: 0, quote: 0, reference: 0, adjacency: 0 },
    unanswered: 3, ambiguousNames: [], unresolvedNames: unresolved.map(([commentIndex, text]) => ({ commentIndex, text, candidates: [] })),
  });

  it('lists a name unresolved twice in one comment once, and the same name in two comments twice', () => {
    const line = formatSummary('x.mbox', report([[2, 'Alex'], [2, 'Alex'], [3, 'Alex'], [3, 'Leo']]), [], [], 0.5)
      .split('\n').find((l) => l.includes('unresolved names'));
    expect(line).toBe('  unresolved names (not participants): #2 "Alex"; #3 "Alex"; #3 "Leo"');
  });
});
