/**
 * Fitting the reply scorer on the in-repo IRC excerpt: training examples from gold parents,
 * the likelihood fit of the weights (with and without priors), the cue calibration on
 * synthetic examples, and the isotonic steps of the final reply calibration.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadIrcCase } from '../../../src/core/eval/datasets';
import { collectExamples, fitKinds, fitWeights, loss, type Example } from '../../../src/core/eval/fit';
import { fitCueCalibration, type CueExample } from '../../../src/core/eval/fit-cues';
import { isotonicSteps } from '../../../src/core/eval/fit-replies';
import { inferReplies } from '../../../src/core/infer/index';
import { CHAT_MODEL } from '../../../src/core/infer/rank/models';
import { FEATURES, FEATURE_COUNT, type FeatureName } from '../../../src/core/infer/rank/features';

const dir = new URL('../../fixtures/eval/', import.meta.url);
const irc = loadIrcCase('sample', readFileSync(new URL('irc-sample.raw.txt', dir), 'utf8'), readFileSync(new URL('irc-sample.annotation.txt', dir), 'utf8'));

const vector = (w: Record<FeatureName, number>) => Float64Array.from(FEATURES, (f) => w[f]);
const usedFeatures = (examples: readonly Example[]) => new Set(FEATURES.filter((_, f) =>
  examples.some((e) => e.set.targets.some((_, k) => e.set.x[k * FEATURE_COUNT + f] !== 0))));

/** What collectExamples should give, worked out from the gold table and a plain inference pass. */
function expectedExamples(window: number): { targets: number[]; gold: number[] }[] {
  const byId = new Map(irc.thread.comments.map((c) => [c.id, c]));
  const candidates = new Map<string, number[]>();
  inferReplies(irc.thread, { model: { ...CHAT_MODEL, window }, onCandidates: (c, set) => candidates.set(c.id, [...set.targets]) });
  const out: { targets: number[]; gold: number[] }[] = [];
  for (const id of irc.scored) {
    const comment = byId.get(id)!;
    if (comment.system) continue;
    const targets = candidates.get(id)!;
    const wanted = new Set([...irc.goldParents.get(id) ?? []].map((p) => (p === id ? 0 : byId.get(p)!.index)));
    if (wanted.size === 0) wanted.add(0);
    const gold = targets.map((t) => (wanted.has(t) ? 1 : 0));
    if (gold.includes(1)) out.push({ targets, gold });
  }
  return out;
}

describe('collectExamples', () => {
  it('gives one example per scored, non-system comment whose gold parent is a candidate, with the gold marked', () => {
    const nonSystem = irc.scored.filter((id) => !irc.thread.comments.find((c) => c.id === id)!.system).length;
    expect(nonSystem).toBeLessThan(irc.scored.length);
    for (const window of [CHAT_MODEL.window, 1]) {
      const { examples, unreachable } = collectExamples([irc], { ...CHAT_MODEL, window });
      expect(examples.length + unreachable).toBe(nonSystem);
      const expected = expectedExamples(window);
      expect(examples.map((e) => ({ targets: e.set.targets, gold: Array.from(e.gold) }))).toEqual(expected);
    }
    const narrow = collectExamples([irc], { ...CHAT_MODEL, window: 1 });
    expect(narrow.unreachable).toBeGreaterThan(collectExamples([irc], CHAT_MODEL).unreachable);
    // Self-links in the annotation (a message starting a conversation) make "none" gold.
    expect(narrow.examples.some((e) => e.gold[0] === 1)).toBe(true);
  });
});

describe('fitWeights', () => {
  const { examples } = collectExamples([irc], CHAT_MODEL);
  const fitted = fitWeights(examples);

  it('lowers the loss below that of zero weights', () => {
    const zero = loss(examples, new Float64Array(FEATURE_COUNT), 0);
    expect(zero).toBeGreaterThan(0);
    expect(loss(examples, vector(fitted), 0)).toBeLessThan(zero * 0.5);
  });

  it('adds the L2 penalty to the loss', () => {
    const w = vector(fitted);
    const norm = w.reduce((s, v) => s + v * v, 0);
    expect(loss(examples, w, 0.5)).toBeCloseTo(loss(examples, w, 0) + 0.5 * norm, 9);
  });

  it('is deterministic', () => {
    expect(fitWeights(examples)).toEqual(fitted);
  });

  it('learns that a salutation points at the parent and a gap over 20 points away from it', () => {
    expect(fitted.salutation).toBeGreaterThan(0);
    expect(fitted.gapOver20).toBeLessThan(0);
    expect(fitted.gap1).toBeGreaterThan(fitted.gapOver20);
  });

  it('keeps a feature the data never shows at its prior, and moves one it shows', () => {
    const used = usedFeatures(examples);
    const unseen = FEATURES.filter((f) => !used.has(f));
    expect(unseen.length).toBeGreaterThan(0);
    const prior = Object.fromEntries([...unseen, 'salutation'].map((f) => [f, 2.5]));
    const [withPrior] = fitKinds([examples], { prior });
    for (const f of unseen) expect(withPrior![f]).toBe(2.5);
    expect(withPrior!.salutation).not.toBe(2.5);
    const [withoutPrior] = fitKinds([examples]);
    for (const f of unseen) expect(withoutPrior![f]).toBe(0);
  });
});

describe('fitCueCalibration', () => {
  it('stays at the identity with no data', () => {
    expect(fitCueCalibration([])).toEqual({ scale: 1, offset: 0 });
  });

  it('lowers the scale when strong cues are often wrong and weak ones rarely right', () => {
    const examples: CueExample[] = [];
    for (let i = 0; i < 200; i++) examples.push({ strength: 0.95, answered: i % 2 === 0 });
    for (let i = 0; i < 200; i++) examples.push({ strength: 0.1, answered: i % 3 === 0 });
    const cue = fitCueCalibration(examples);
    expect(cue.scale).toBeLessThan(0.8);
    expect(cue.scale).toBeGreaterThan(0);
  });

  it('leaves the identity nearly alone when cue strengths are already calibrated', () => {
    const examples: CueExample[] = [];
    for (const [strength, rightOf10] of [[0.1, 1], [0.3, 3], [0.5, 5], [0.7, 7], [0.9, 9]] as const) {
      for (let i = 0; i < 100; i++) examples.push({ strength, answered: i % 10 < rightOf10 });
    }
    const cue = fitCueCalibration(examples);
    expect(cue.scale).toBeCloseTo(1, 1);
    expect(cue.offset).toBeCloseTo(0, 1);
  });
});

describe('isotonicSteps', () => {
  const many = (n: number, confidence: number, right: number) => Array.from({ length: n }, (_, i) => ({ confidence, right: i < right }));

  it('is empty without examples', () => {
    expect(isotonicSteps([])).toEqual({ upTo: [], value: [] });
  });

  it('is non-decreasing, and each step holds the share right of the confidences it covers', () => {
    // A deterministic scatter: right more often at higher confidence, with reversals between neighbours.
    const examples = Array.from({ length: 600 }, (_, i) => {
      const confidence = ((i * 37) % 100) / 100;
      return { confidence, right: ((i * 53) % 100) / 100 < confidence * 0.8 + (i % 7 === 0 ? 0.3 : 0) };
    });
    const steps = isotonicSteps(examples);
    expect(steps.upTo.length).toBeGreaterThan(1);
    expect(steps.upTo.length).toBe(steps.value.length);
    for (let i = 1; i < steps.upTo.length; i++) {
      expect(steps.upTo[i]).toBeGreaterThan(steps.upTo[i - 1]!);
      expect(steps.value[i]).toBeGreaterThanOrEqual(steps.value[i - 1]!);
    }
    expect(steps.upTo[steps.upTo.length - 1]).toBe(Math.max(...examples.map((e) => e.confidence)));
    steps.upTo.forEach((top, i) => {
      const inStep = examples.filter((e) => e.confidence <= top && (i === 0 || e.confidence > steps.upTo[i - 1]!));
      expect(inStep.length).toBeGreaterThanOrEqual(30);
      expect(steps.value[i]).toBeCloseTo(inStep.filter((e) => e.right).length / inStep.length, 3);
    });
  });

  it('never splits equal confidences and pools order violations', () => {
    const interleaved = Array.from({ length: 40 }, (_, i) => ({ confidence: 0.5, right: i % 2 === 0 }));
    expect(isotonicSteps([...many(40, 0.2, 0), ...interleaved, ...many(40, 0.8, 40)])).toEqual({ upTo: [0.2, 0.5, 0.8], value: [0, 0.5, 1] });
    // 0.2 is right more often than 0.6: the two pool into one step.
    expect(isotonicSteps([...many(40, 0.2, 30), ...many(40, 0.6, 10)])).toEqual({ upTo: [0.6], value: [0.5] });
  });

  it('pools blocks smaller than its minimum with their neighbours', () => {
    // 20 < 30 replies at 0.1: pooled into the next block even though the order holds.
    expect(isotonicSteps([...many(20, 0.1, 0), ...many(40, 0.5, 20), ...many(40, 0.9, 40)])).toEqual({ upTo: [0.5, 0.9], value: [0.333, 1] });
    // A small last block is pooled into the one before.
    expect(isotonicSteps([...many(40, 0.1, 0), ...many(40, 0.5, 20), ...many(10, 0.9, 10)])).toEqual({ upTo: [0.1, 0.9], value: [0, 0.6] });
    // The minimum grows with the data: 4% of 1500 is 60, so a block of 50 no longer stands alone.
    const big = [...many(50, 0.1, 0), ...many(725, 0.5, 300), ...many(725, 0.9, 700)];
    expect(isotonicSteps(big).upTo).toEqual([0.5, 0.9]);
  });
});
