/**
 * Runs threadgraph and the baselines over evaluation cases and sums their link counts:
 * IRC cases under the paper's self-link rule, the others (mbox, forum, blog, chat topics) as
 * plain parent links plus participant-level links. Counts are summed over the cases before dividing (micro-average).
 */
import { inferReplies, type InferResult } from '../infer/index';
import { firstCopy, type EvalCase } from './datasets';
import {
  addCounts, countLinks, ircLinkCounts, NO_COUNTS, prfFromCounts, type LinkCounts, type Prf,
} from './metrics';
import {
  DEFAULT_EVAL_MIN_CONFIDENCE, METHODS, predictFromInference, predictMention, predictPrevious,
  type Method, type Prediction,
} from './predict';

export interface MethodScores {
  method: Method;
  link: Prf;
  /** Comment → participant answered; only for cases with participant gold (all but IRC). */
  participant?: Prf;
  /** Share of scored, non-system comments given any parent. */
  coverage: { covered: number; total: number; share: number };
}

export interface EvaluateOptions {
  minConfidence?: number;
  /** Called with each case's inference result (e.g. to tally reliability without inferring twice). */
  onInference?: (c: EvalCase, result: InferResult) => void;
}

function predictAll(c: EvalCase, minConfidence: number, onInference?: EvaluateOptions['onInference']): Record<Method, Prediction> {
  const result = inferReplies(c.thread);
  onInference?.(c, result);
  return {
    threadgraph: predictFromInference(result, minConfidence),
    previous: predictPrevious(c.thread),
    mention: predictMention(c.thread),
  };
}

/** The prediction with every parent that is a later copy of a message replaced by the first copy. */
function canonical(c: EvalCase, p: Prediction): Prediction {
  if (!c.sameMessage || c.sameMessage.size === 0) return p;
  const parents = new Map([...p.parents].map(([id, set]) => [id, new Set([...set].map((x) => firstCopy(c, x)))]));
  return { ...p, parents };
}

interface Tally {
  link: LinkCounts;
  participant?: LinkCounts;
  covered: number;
  total: number;
}

/** Scores every method over the cases, in METHODS order. */
export function evaluateCases(cases: readonly EvalCase[], opts: EvaluateOptions = {}): MethodScores[] {
  const minConfidence = opts.minConfidence ?? DEFAULT_EVAL_MIN_CONFIDENCE;
  const tallies = new Map<Method, Tally>(METHODS.map((m) => [m, { link: NO_COUNTS, covered: 0, total: 0 }]));
  for (const c of cases) {
    const predictions = predictAll(c, minConfidence, opts.onInference);
    const system = new Set(c.thread.comments.filter((x) => x.system).map((x) => x.id));
    const spoken = c.scored.filter((id) => !system.has(id) && !id.startsWith('line:'));
    for (const method of METHODS) {
      const p = canonical(c, predictions[method]);
      const t = tallies.get(method)!;
      t.link = addCounts(t.link, c.kind === 'irc'
        ? ircLinkCounts(p.parents, c.goldParents, c.scored)
        : countLinks(p.parents, c.goldParents, c.scored));
      if (c.goldTargets) t.participant = addCounts(t.participant ?? NO_COUNTS, countLinks(p.targets, c.goldTargets, c.scored));
      t.total += spoken.length;
      t.covered += spoken.filter((id) => (p.parents.get(id)?.size ?? 0) > 0).length;
    }
  }
  return METHODS.map((method) => {
    const t = tallies.get(method)!;
    const scores: MethodScores = {
      method,
      link: prfFromCounts(t.link),
      coverage: { covered: t.covered, total: t.total, share: t.total > 0 ? t.covered / t.total : 0 },
    };
    if (t.participant) scores.participant = prfFromCounts(t.participant);
    return scores;
  });
}
