/**
 * Predicted reply structure for evaluation: for each comment, the comments (and participants)
 * it answers — from threadgraph's inferred replies, and from two baselines computed on the same
 * thread: the previous comment, and a plain name-mention heuristic.
 */
import type { Thread } from '../types';
import { createContext } from '../infer/context';
import type { InferResult } from '../infer/index';
import { analyseNames } from '../infer/comment-names';

/** Comment id → predicted parent comment ids, and comment id → predicted participant ids. */
export interface Prediction {
  parents: Map<string, Set<string>>;
  targets: Map<string, Set<string>>;
}

export type Method = 'threadgraph' | 'previous' | 'mention';
export const METHODS: readonly Method[] = ['threadgraph', 'previous', 'mention'];

/** Every reply inference keeps counts: its confidence is a probability, not a cut-off. */
export const DEFAULT_EVAL_MIN_CONFIDENCE = 0;

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function emptyPrediction(): Prediction {
  return { parents: new Map(), targets: new Map() };
}

/**
 * threadgraph's prediction: comment → parent comment from the scorer's parent links (one per
 * comment at most, whatever signals are shown), and comment → participants from the replies
 * kept by the thread's default signals; both at or above the confidence floor.
 */
export function predictFromInference(result: InferResult, minConfidence = DEFAULT_EVAL_MIN_CONFIDENCE): Prediction {
  const out = emptyPrediction();
  for (const link of result.links) if (link.confidence >= minConfidence) addTo(out.parents, link.commentId, link.parentId);
  for (const r of result.replies) if (r.confidence >= minConfidence) addTo(out.targets, r.commentId, r.target);
  return out;
}

/** Baseline: every non-system comment answers the previous non-system comment. */
export function predictPrevious(thread: Thread): Prediction {
  const out = emptyPrediction();
  let previous: Thread['comments'][number] | undefined;
  for (const c of thread.comments) {
    if (c.system) continue;
    if (previous) {
      addTo(out.parents, c.id, previous.id);
      addTo(out.targets, c.id, previous.authorId);
    }
    previous = c;
  }
  return out;
}

/**
 * Baseline: a comment answers the latest earlier comment of the first participant (other than
 * its author) whose name appears anywhere in its text; no such name, no prediction.
 */
export function predictMention(thread: Thread): Prediction {
  const out = emptyPrediction();
  const ctx = createContext(thread);
  for (const c of thread.comments) {
    if (c.system || !c.authorId) continue;
    const hits = [...analyseNames(ctx, c).hits].sort((a, b) => a.start - b.start);
    for (const hit of hits) {
      if (hit.participantId === c.authorId) continue;
      const earlier = ctx.lastSpoke(hit.participantId, c.index);
      if (earlier === undefined) continue;
      const parent = ctx.byIndex(earlier);
      if (!parent) continue;
      addTo(out.parents, c.id, parent.id);
      addTo(out.targets, c.id, hit.participantId);
      break;
    }
  }
  return out;
}
