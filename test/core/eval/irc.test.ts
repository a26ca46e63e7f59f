import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIrcCase, parseIrcAnnotation } from '../../../src/core/eval/datasets';
import { evaluateCases } from '../../../src/core/eval/evaluate';

const dir = new URL('../../fixtures/eval/', import.meta.url);
const log = readFileSync(new URL('irc-sample.raw.txt', dir), 'utf8');
const annotation = readFileSync(new URL('irc-sample.annotation.txt', dir), 'utf8');

/** Previous-message baseline counted straight from the files, without the project's parsers. */
function previousBaselineByHand(): { matched: number; predicted: number; gold: number } {
  const lines = log.split('\n');
  // `===` lines are joins, parts, quits and nick changes, except the old-style /me lines
  // (`=== nick shuts up`), which are messages.
  const isSystem = (n: number) => lines[n]!.startsWith('===') && /has (?:joined|left|quit)|is now known as|mode\/|topic/i.test(lines[n]!);
  const gold = new Map<number, Set<number>>();
  for (const row of annotation.split('\n')) {
    const [a, b] = row.trim().split(/\s+/).map(Number);
    if (a === undefined || b === undefined || Number.isNaN(a) || Number.isNaN(b)) continue;
    const message = Math.max(a, b);
    if (message < 1000) continue;
    if (!gold.has(message)) gold.set(message, new Set());
    gold.get(message)!.add(Math.min(a, b));
  }
  let matched = 0, predicted = 0, goldLinks = 0;
  for (const [message, parents] of gold) {
    goldLinks += parents.size;
    let parent = message; // self-link unless a previous non-system line exists
    if (!isSystem(message)) for (let n = message - 1; n >= 0; n--) if (!isSystem(n)) { parent = n; break; }
    predicted++;
    if (parents.has(parent)) matched++;
  }
  return { matched, predicted, gold: goldLinks };
}

describe('IRC evaluation on a Kummerfeld et al. dev excerpt', () => {
  const c = loadIrcCase('sample', log, annotation);

  it('reads annotation lines as larger-replies-to-smaller', () => {
    expect(parseIrcAnnotation('1003 1001 -\n1001 1003 -\n1004 1004 -\n')).toEqual([
      { message: 1003, parent: 1001 }, { message: 1003, parent: 1001 }, { message: 1004, parent: 1004 },
    ]);
  });

  it('scores exactly the annotated messages from line 1000 on', () => {
    expect(c.scored).toHaveLength(80);
    const lineOf = new Map(c.thread.comments.map((x) => [x.id, x.line! - 1]));
    const scoredLines = c.scored.map((id) => lineOf.get(id));
    expect(Math.min(...(scoredLines as number[]))).toBe(1000);
    expect(Math.max(...(scoredLines as number[]))).toBe(1079);
  });

  const [threadgraph, previous, mention] = evaluateCases([c]);

  it('reproduces the previous-message baseline counted by hand', () => {
    const hand = previousBaselineByHand();
    expect(previous!.method).toBe('previous');
    expect({ matched: previous!.link.matched, predicted: previous!.link.predicted, gold: previous!.link.gold }).toEqual(hand);
    const p = hand.matched / hand.predicted, r = hand.matched / hand.gold;
    expect(previous!.link.f).toBeCloseTo((2 * p * r) / (p + r), 10);
  });

  it('scores threadgraph and the mention baseline on the same 80 messages', () => {
    const goldLinks = previousBaselineByHand().gold;
    for (const s of [threadgraph!, mention!]) {
      expect(s.link.gold).toBe(goldLinks);
      expect(s.link.predicted).toBeGreaterThanOrEqual(80);
      for (const x of [s.link.precision, s.link.recall, s.link.f]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }
      // Participant gold on IRC: the authors of a message's gold parents other than its own.
      expect(s.participant!.gold).toBeGreaterThan(0);
      expect(s.participant!.gold).toBeLessThanOrEqual(goldLinks);
      expect(s.coverage.total).toBeLessThanOrEqual(80);
    }
    expect(threadgraph!.method).toBe('threadgraph');
  });
});
