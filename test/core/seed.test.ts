/**
 * The seed thread end to end: parsing, participants, dates, and inferred replies against the
 * project's hand annotation (precision and recall at the CLI's default confidence floor).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/core/pipeline';
import { filterReplies } from '../../src/core/graph/build';

const SEED = readFileSync(new URL('../../seeds/000_be01d75ba33c9c53.txt', import.meta.url), 'utf8');
const GOLD = readFileSync(new URL('../fixtures/seed/annotated-replies.csv', import.meta.url), 'utf8')
  .trim().split('\n').slice(1).map((l) => { const [i, a, t] = l.split(','); return `${i}:${a}->${t}`; });

describe('the seed thread', () => {
  const result = ingest(SEED);
  const name = (id: string) => result.thread.participants.find((p) => p.id === id)!.name;

  it('is read as a Squarespace page: 25 comments, article and form skipped', () => {
    expect(result.report.format).toBe('text');
    expect(result.report.dialect).toBe('squarespace');
    expect(result.thread.comments).toHaveLength(25);
    expect(result.report.skipped.map((s) => s.reason)).toEqual([
      'article and page text above the comments heading',
      'comment form and page text below the last comment',
    ]);
    expect(result.thread.comments[0]!.text.startsWith('Scott,')).toBe(true);
    expect(result.thread.comments[24]!.text.endsWith('stops mentioning the events?')).toBe(true);
  });

  it('has 11 participants, none of them people who are only talked about', () => {
    const names = result.thread.participants.map((p) => p.name);
    expect(names).toHaveLength(11);
    expect(names).toEqual(['Eric A. Brill', 'ange paris', 'M.Ali', 'Arshama', 'Bozorg', 'Scott Lucas', 'Catherine', 'Barry', 'Megan', 'escot', 'Bill']);
    for (const outsider of ['Heidari', 'Mousavi', 'Ahmadinejad', 'Obama', 'Parsi']) {
      expect(names.some((n) => n.includes(outsider))).toBe(false);
    }
  });

  it('parses every date', () => {
    expect(result.report.undated).toBe(0);
    expect(result.thread.comments[0]!.time).toBe('2010-04-29T00:00:00Z');
    expect(result.thread.comments[24]!.time).toBe('2010-04-30T00:00:00Z');
    expect(result.thread.comments.every((c) => c.timePrecision === 'day')).toBe(true);
  });

  it('infers replies that agree with a careful reading (precision and recall ≥ 0.9)', () => {
    const kept = filterReplies(result.replies, { minConfidence: 0.5 });
    const found = kept.map((r) => `${r.commentIndex}:${name(r.source)}->${name(r.target)}`);
    const gold = new Set(GOLD);
    const hits = found.filter((f) => gold.has(f)).length;
    const precision = hits / found.length;
    const recall = hits / gold.size;
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });

  it('gives every reply its exact evidence words', () => {
    for (const r of result.replies) {
      const text = result.thread.comments[r.commentIndex - 1]!.text;
      for (const e of r.support) if (e.end > e.start) expect(text.slice(e.start, e.end)).toBe(e.text);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.source).not.toBe(r.target);
    }
  });

  it('resolves a misspelt name and an honorific to the right people', () => {
    const typo = result.replies.find((r) => r.evidence.text === 'Arshma')!;
    expect(name(typo.target)).toBe('Arshama');
    const honorific = result.replies.find((r) => r.evidence.text === 'Your excellency Mister Ali')!;
    expect(name(honorific.target)).toBe('M.Ali');
  });

  it('lists names in salutation position that are nobody in the thread', () => {
    expect(result.report.unresolvedNames.map((n) => n.text)).toContain('Heydari');
  });
});
