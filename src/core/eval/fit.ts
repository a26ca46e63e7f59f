/**
 * Fits the reply scorer's weights: maximum likelihood of the gold parent among each scored
 * comment's candidates (a softmax over the candidates, "none" included), with a small L2
 * penalty, by damped Newton steps. Deterministic: same cases, same weights.
 */
import { inferReplies } from '../infer/index';
import { candidateProbabilities } from '../infer/rank/model';
import { FEATURES, FEATURE_COUNT, type FeatureName } from '../infer/rank/features';
import type { CandidateSet } from '../infer/rank/candidates';
import type { ScorerModel } from '../infer/rank/model';
import type { EvalCase } from './datasets';

/** One training example: a candidate set and which of its candidates are gold parents. */
export interface Example {
  set: CandidateSet;
  gold: Uint8Array;
}

export interface CollectSummary {
  examples: Example[];
  /** Scored comments whose gold parent was not among the candidates (left out). */
  unreachable: number;
}

/**
 * Runs inference over the cases with `model` (its window sets the candidates; its weights set
 * the earlier comments' parents, which some features read) and pairs every scored comment's candidates with its gold parents. A comment with no gold
 * parent, or only itself (an IRC self-link), has "none" as gold.
 */
export function collectExamples(cases: readonly EvalCase[], model: ScorerModel): CollectSummary {
  const examples: Example[] = [];
  let unreachable = 0;
  for (const c of cases) {
    const scored = new Set(c.scored);
    const indexOf = new Map(c.thread.comments.map((x) => [x.id, x.index]));
    inferReplies(c.thread, {
      model,
      onCandidates: (comment, set) => {
        if (!scored.has(comment.id)) return;
        const parents = c.goldParents.get(comment.id);
        const wanted = new Set<number>();
        for (const id of parents ?? []) {
          if (id === comment.id) wanted.add(0);
          else { const i = indexOf.get(id); if (i !== undefined) wanted.add(i); }
        }
        if (wanted.size === 0) wanted.add(0);
        const gold = Uint8Array.from(set.targets, (t) => (wanted.has(t) ? 1 : 0));
        if (gold.includes(1)) examples.push({ set, gold });
        else unreachable++;
      },
    });
  }
  return { examples, unreachable };
}

/** Negative log-likelihood of the gold parents, plus the L2 penalty. */
export function loss(examples: readonly Example[], w: Float64Array, l2: number): number {
  let total = 0;
  for (const e of examples) {
    const p = candidateProbabilities(e.set, w);
    let g = 0;
    for (let k = 0; k < p.length; k++) if (e.gold[k]) g += p[k]!;
    total -= Math.log(Math.max(g, 1e-300));
  }
  for (let f = 0; f < w.length; f++) total += l2 * w[f]! * w[f]!;
  return total;
}

/** Solves A x = b for symmetric positive definite A (Cholesky); A is n×n row-major. */
function solve(a: Float64Array, b: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * n + j]!;
      for (let k = 0; k < j; k++) s -= l[i * n + k]! * l[j * n + k]!;
      l[i * n + j] = i === j ? Math.sqrt(Math.max(s, 1e-12)) : s / l[j * n + j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i * n + k]! * y[k]!;
    y[i] = s / l[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k * n + i]! * x[k]!;
    x[i] = s / l[i * n + i]!;
  }
  return x;
}

export interface FitOptions {
  l2?: number;
  maxSteps?: number;
  /** Called after each step with the step number and the loss. */
  onStep?: (step: number, loss: number) => void;
}

/** Fits the weights; features never seen non-zero keep weight 0. */
export function fitWeights(examples: readonly Example[], opts: FitOptions = {}): Record<FeatureName, number> {
  const l2 = opts.l2 ?? 1;
  const n = FEATURE_COUNT;
  let w = new Float64Array(n);
  let current = loss(examples, w, l2);
  for (let step = 1; step <= (opts.maxSteps ?? 30); step++) {
    const grad = new Float64Array(n);
    const hess = new Float64Array(n * n);
    for (const e of examples) {
      const p = candidateProbabilities(e.set, w);
      const x = e.set.x;
      let g = 0;
      for (let k = 0; k < p.length; k++) if (e.gold[k]) g += p[k]!;
      const mean = new Float64Array(n);
      for (let k = 0; k < p.length; k++) {
        const pk = p[k]!, q = e.gold[k] ? pk / g : 0, row = k * n;
        for (let f = 0; f < n; f++) {
          const v = x[row + f]!;
          if (v === 0) continue;
          mean[f]! += pk * v;
          grad[f]! += (pk - q) * v;
          for (let h = 0; h <= f; h++) {
            const u = x[row + h]!;
            if (u !== 0) hess[f * n + h]! += pk * v * u;
          }
        }
      }
      for (let f = 0; f < n; f++) {
        if (mean[f] === 0) continue;
        for (let h = 0; h <= f; h++) hess[f * n + h]! -= mean[f]! * mean[h]!;
      }
    }
    for (let f = 0; f < n; f++) {
      grad[f]! += 2 * l2 * w[f]!;
      hess[f * n + f]! += 2 * l2;
      for (let h = 0; h < f; h++) hess[h * n + f] = hess[f * n + h]!;
    }
    const delta = solve(hess, grad, n);
    let t = 1, next = w, nextLoss = current;
    for (let tries = 0; tries < 20; tries++, t /= 2) {
      next = Float64Array.from(w, (v, f) => v - t * delta[f]!);
      nextLoss = loss(examples, next, l2);
      if (nextLoss <= current) break;
    }
    const improved = current - nextLoss;
    w = next;
    current = nextLoss;
    opts.onStep?.(step, current);
    if (improved < 1e-6 * Math.max(1, current)) break;
  }
  return Object.fromEntries(FEATURES.map((f, i) => [f, Math.round(w[i]! * 1000) / 1000])) as Record<FeatureName, number>;
}

/** The model with fitted weights. */
export function withWeights(model: ScorerModel, weights: Record<FeatureName, number>): ScorerModel {
  return { ...model, weights };
}
