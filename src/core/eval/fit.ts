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
  /** L2 penalty on the weights shared by every kind of thread. */
  l2?: number;
  /** L2 penalty on each kind's own adjustments (larger: kinds with little data lean on the shared weights). */
  l2Kind?: number;
  /**
   * Prior means of the shared weights (0 for features not named): the L2 penalty pulls each
   * shared weight toward its prior, so a cue the training data never shows keeps its prior.
   */
  prior?: Partial<Record<FeatureName, number>>;
  maxSteps?: number;
  /** Called after each step with the step number and the loss. */
  onStep?: (step: number, loss: number) => void;
}

/** Gradient and Hessian (F×F, lower triangle filled) of one kind's examples' loss. */
function derivatives(examples: readonly Example[], w: Float64Array): { grad: Float64Array; hess: Float64Array } {
  const n = FEATURE_COUNT;
  const grad = new Float64Array(n);
  const hess = new Float64Array(n * n);
  const mean = new Float64Array(n);
  for (const e of examples) {
    const p = candidateProbabilities(e.set, w);
    const x = e.set.x;
    let g = 0;
    for (let k = 0; k < p.length; k++) if (e.gold[k]) g += p[k]!;
    mean.fill(0);
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
  return { grad, hess };
}

/**
 * Fits one weight vector per kind of thread (e.g. chat logs and comment threads) as shared
 * weights plus each kind's own adjustment (Daumé's "frustratingly easy" domain adaptation):
 * a kind with little training data keeps close to what all kinds share. Returns each kind's
 * effective weights (shared + own), rounded to 3 decimals.
 */
export function fitKinds(kinds: readonly (readonly Example[])[], opts: FitOptions = {}): Record<FeatureName, number>[] {
  const l2 = opts.l2 ?? 1, l2Kind = opts.l2Kind ?? 4;
  const n = FEATURE_COUNT, blocks = kinds.length + 1, m = n * blocks;
  // Parameters: [shared | kind 0 | kind 1 | ...].
  const mu = new Float64Array(m);
  FEATURES.forEach((f, i) => { mu[i] = opts.prior?.[f] ?? 0; });
  let theta = Float64Array.from(mu);
  const effective = (t: Float64Array, d: number) => Float64Array.from({ length: n }, (_, f) => t[f]! + t[(d + 1) * n + f]!);
  const penalty = (t: Float64Array) => {
    let s = 0;
    for (let i = 0; i < m; i++) s += (i < n ? l2 : l2Kind) * (t[i]! - mu[i]!) ** 2;
    return s;
  };
  const total = (t: Float64Array) => kinds.reduce((s, ex, d) => s + loss(ex, effective(t, d), 0), 0) + penalty(t);
  let current = total(theta);
  for (let step = 1; step <= (opts.maxSteps ?? 30); step++) {
    const grad = new Float64Array(m);
    const hess = new Float64Array(m * m);
    kinds.forEach((examples, d) => {
      const { grad: g, hess: h } = derivatives(examples, effective(theta, d));
      const blocksOf = [0, d + 1];
      for (const bi of blocksOf) {
        for (let f = 0; f < n; f++) grad[bi * n + f]! += g[f]!;
        for (const bj of blocksOf) {
          for (let f = 0; f < n; f++) {
            for (let k = 0; k < n; k++) {
              const v = k <= f ? h[f * n + k]! : h[k * n + f]!;
              if (v !== 0) hess[(bi * n + f) * m + bj * n + k]! += v;
            }
          }
        }
      }
    });
    for (let i = 0; i < m; i++) {
      const lambda = i < n ? l2 : l2Kind;
      grad[i]! += 2 * lambda * (theta[i]! - mu[i]!);
      hess[i * m + i]! += 2 * lambda;
    }
    const delta = solve(hess, grad, m);
    let t = 1, next = theta, nextLoss = current;
    for (let tries = 0; tries < 20; tries++, t /= 2) {
      next = Float64Array.from(theta, (v, i) => v - t * delta[i]!);
      nextLoss = total(next);
      if (nextLoss <= current) break;
    }
    const improved = current - nextLoss;
    theta = next;
    current = nextLoss;
    opts.onStep?.(step, current);
    if (improved < 1e-6 * Math.max(1, current)) break;
  }
  return kinds.map((_, d) => {
    const w = effective(theta, d);
    return Object.fromEntries(FEATURES.map((f, i) => [f, Math.round(w[i]! * 1000) / 1000 || 0])) as Record<FeatureName, number>;
  });
}

/** Fits the weights of a single kind of thread. */
export function fitWeights(examples: readonly Example[], opts: FitOptions = {}): Record<FeatureName, number> {
  return fitKinds([examples], opts)[0]!;
}
