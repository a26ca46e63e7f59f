/**
 * Reliability tallies: confidence bins of width 0.1 with their mean confidence and share
 * right, the largest gap over well-supported bins, and the tally of one synthetic case's links
 * and replies against its gold.
 */
import { describe, expect, it } from 'vitest';
import { MIN_BIN_SUPPORT, ReliabilityTally, tallyReliability } from '../../../src/core/eval/reliability';
import type { EvalCase } from '../../../src/core/eval/datasets';
import type { InferResult } from '../../../src/core/infer/index';
import type { Reply } from '../../../src/core/types';
import { makeThread } from '../../helpers/make-thread';

function addMany(tally: ReliabilityTally, n: number, confidence: number, right: number): void {
  for (let i = 0; i < n; i++) tally.add(confidence, i < right);
}

describe('ReliabilityTally', () => {
  it('bins confidences by tenths, 1 in the top bin, and skips empty bins', () => {
    const t = new ReliabilityTally();
    for (const c of [0, 0.05, 0.1, 0.35, 0.9, 0.95, 1]) t.add(c, true);
    expect(t.result().bins.map((b) => [b.from, b.count])).toEqual([[0, 2], [0.1, 1], [0.3, 1], [0.9, 3]]);
  });

  it("reports each bin's mean confidence, share right and gap", () => {
    const t = new ReliabilityTally();
    t.add(0.62, true); t.add(0.64, false); t.add(0.66, true); t.add(0.68, true);
    const [bin] = t.result().bins;
    expect(bin!.from).toBe(0.6);
    expect(bin!.count).toBe(4);
    expect(bin!.meanConfidence).toBeCloseTo(0.65, 12);
    expect(bin!.observed).toBe(0.75);
    expect(bin!.gap).toBeCloseTo(0.1, 12);
  });

  it('takes the largest gap only over bins with at least MIN_BIN_SUPPORT predictions', () => {
    const t = new ReliabilityTally();
    addMany(t, MIN_BIN_SUPPORT, 0.85, MIN_BIN_SUPPORT / 2); // gap 0.35, enough support
    addMany(t, MIN_BIN_SUPPORT, 0.55, MIN_BIN_SUPPORT / 2); // gap 0.05
    addMany(t, MIN_BIN_SUPPORT - 1, 0.95, 0); // gap 0.95, too few to count
    const r = t.result();
    expect(r.bins).toHaveLength(3);
    expect(r.bins.find((b) => b.from === 0.9)!.gap).toBeCloseTo(0.95, 12);
    expect(r.maxGap).toBeCloseTo(0.35, 12);
  });

  it('has a max gap of 0 when no bin has enough support', () => {
    const t = new ReliabilityTally();
    addMany(t, MIN_BIN_SUPPORT - 1, 0.9, 0);
    expect(t.result().maxGap).toBe(0);
    expect(new ReliabilityTally().result()).toEqual({ bins: [], maxGap: 0 });
  });
});

describe('tallyReliability', () => {
  const thread = makeThread([
    ['Ann', 'One.', { id: 'm1' }], ['Bob', 'Two.', { id: 'm2' }], ['Bob', 'Two again.', { id: 'm2b' }],
    ['Cy', 'Three.', { id: 'm3' }], ['Dee', 'Four.', { id: 'm4' }],
  ]);
  const reply = (commentId: string, target: string, confidence: number): Reply => {
    const evidence = { signal: 'salutation' as const, confidence, text: 'x', start: 0, end: 1 };
    const commentIndex = thread.comments.find((c) => c.id === commentId)!.index;
    return { id: `${commentId}->${target}`, commentId, commentIndex, source: 'x', target, signal: 'salutation', confidence, evidence, support: [evidence] };
  };
  const base: EvalCase = {
    name: 'tiny', kind: 'mbox', thread,
    scored: ['m2', 'm3', 'm4'],
    goldParents: new Map([['m2', new Set(['m1'])], ['m3', new Set(['m2'])], ['m4', new Set(['m1'])]]),
    goldTargets: new Map([['m2', new Set(['ann'])], ['m3', new Set(['bob'])], ['m4', new Set(['ann'])]]),
    sameMessage: new Map([['m2b', 'm2']]),
  };
  const result: InferResult = {
    links: [
      { commentId: 'm2', parentId: 'm1', confidence: 0.91 }, // right
      { commentId: 'm3', parentId: 'm2b', confidence: 0.93 }, // right: a copy of m2
      { commentId: 'm4', parentId: 'm3', confidence: 0.45 }, // wrong
      { commentId: 'm2b', parentId: 'm1', confidence: 0.15 }, // not scored
    ],
    replies: [
      reply('m2', 'ann', 0.95), reply('m3', 'bob', 0.7), reply('m3', 'ann', 0.75), reply('m4', 'cy', 0.42), reply('m2b', 'ann', 0.15),
    ],
    ambiguousNames: [], unresolvedNames: [],
  };

  it('counts scored links right when they hit a gold parent or a copy of one, and scored replies by gold target', () => {
    const links = new ReliabilityTally(), replies = new ReliabilityTally();
    tallyReliability(base, result, links, replies);
    expect(links.result().bins.map((b) => [b.from, b.count, b.observed])).toEqual([[0.4, 1, 0], [0.9, 2, 1]]);
    expect(replies.result().bins.map((b) => [b.from, b.count, b.observed])).toEqual([[0.4, 1, 0], [0.7, 2, 0.5], [0.9, 1, 1]]);
  });

  it('tallies no replies for a case without participant gold', () => {
    const { goldTargets: _none, ...withoutTargets } = base;
    const links = new ReliabilityTally(), replies = new ReliabilityTally();
    tallyReliability(withoutTargets, result, links, replies);
    expect(links.result().bins.reduce((s, b) => s + b.count, 0)).toBe(3);
    expect(replies.result().bins).toEqual([]);
  });
});
