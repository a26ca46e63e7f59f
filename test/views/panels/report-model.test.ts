import { describe, expect, it } from 'vitest';
import { reportModel, skippedWhere } from '../../../src/views/panels/report-model';
import type { Report } from '../../../src/core/types';
import { seedData } from './seed-state';

const base: Report = {
  format: 'csv', dialect: 'csv', comments: 4, participants: 3, skipped: [], notes: [], undated: 0,
  repliesPerSignal: { explicit: 0, salutation: 0, mention: 0, quote: 0, reference: 0, adjacency: 0 },
  unanswered: 0, ambiguousNames: [], unresolvedNames: [],
};

describe('report model', () => {
  it('describes the seed: format with dialect, counts, skipped line ranges and unresolved names', () => {
    const m = reportModel(seedData.report);
    const fact = (label: string) => m.facts.find((f) => f.label === label)?.value;
    expect(fact('Format')).toBe('text (squarespace)');
    expect(fact('Comments')).toBe('25');
    expect(fact('Participants')).toBe('11');
    expect(fact('Replies found')).toBe('salutation 23, quote 2');
    expect(fact('Skipped blocks')).toBe('2 blocks');
    expect(m.skipped).toEqual([
      { where: 'lines 1–57', reason: 'article and page text above the comments heading', excerpt: 'Iran Election Guide' },
      { where: 'lines 328–337', reason: 'comment form and page text below the last comment', excerpt: 'PostPost a New Comment' },
    ]);
    expect(m.unresolved).toEqual(['"Mohammad Reza Heidari" in comment 10', '"Heydari" in comment 11']);
    expect(m.ambiguous).toEqual([]);
  });

  it('writes large counts with thousands separators', () => {
    const m = reportModel({ ...base, comments: 100000, participants: 15510, unanswered: 42344, repliesPerSignal: { ...base.repliesPerSignal, salutation: 42228 } });
    const fact = (label: string) => m.facts.find((f) => f.label === label)?.value;
    expect([fact('Comments'), fact('Participants'), fact('Replying to no one'), fact('Replies found')]).toEqual(['100,000', '15,510', '42,344', 'salutation 42,228']);
  });

  it('writes a single-line block as "line N" and omits a dialect equal to the format', () => {
    expect(skippedWhere({ line: 4, reason: 'r', excerpt: '' })).toBe('line 4');
    expect(skippedWhere({ line: 4, endLine: 4, reason: 'r', excerpt: '' })).toBe('line 4');
    expect(reportModel(base).facts[0]).toEqual({ label: 'Format', value: 'csv' });
    expect(reportModel(base).facts.find((f) => f.label === 'Replies found')!.value).toBe('none');
  });

  it('shows ambiguous names as text → chosen (also others), and notes and undated counts', () => {
    const m = reportModel({
      ...base, undated: 2, notes: ['2 comments have no date.'],
      ambiguousNames: [
        { commentIndex: 3, text: 'Sam', candidates: ['Sam Reed', 'Sam Ortiz'], chosen: 'Sam Ortiz' },
        { commentIndex: 5, text: 'Jo', candidates: ['Jo Lee', 'Jo Park'] },
      ],
      unresolvedNames: [{ commentIndex: 7, text: 'Chris', candidates: ['Chris A', 'Chris B'] }],
    });
    expect(m.ambiguous).toEqual([
      '"Sam" in comment 3 → Sam Ortiz (also Sam Reed)',
      '"Jo" in comment 5: could be Jo Lee, Jo Park; none chosen',
    ]);
    expect(m.unresolved).toEqual(['"Chris" in comment 7 (could be Chris A, Chris B)']);
    expect(m.notes).toEqual(['2 comments have no date.']);
    expect(m.facts.find((f) => f.label === 'Undated comments')!.value).toBe('2');
  });

  it('shows a name unresolved twice in one comment once', () => {
    const alex = (commentIndex: number) => ({ commentIndex, text: 'Alex', candidates: [] });
    expect(reportModel({ ...base, unresolvedNames: [alex(2), alex(2), alex(3)] }).unresolved).toEqual(['"Alex" in comment 2', '"Alex" in comment 3']);
  });
});
