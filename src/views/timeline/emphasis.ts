/**
 * What a selection made elsewhere (or on the timeline) emphasises on the timeline, as sets of
 * positions into the model: a comment gets a ring, its arcs and the comments they join; a
 * participant their lane, marks and arcs; an edge the comments behind it and their arcs. The
 * comments at the far ends of those arcs are context (half-dimmed); everything else is dimmed.
 * Without a selection, the comments of the topic shown (a post of a blog export) are emphasised.
 * A null set means "dim nothing of this kind". Pure.
 */
import type { Thread } from '../../core/types';
import type { Selection } from '../../store/state';
import type { TimelineModel } from './model';

export interface Emphasis {
  /** Mark drawn with a selection ring. */
  ring: number | null;
  marks: Set<number> | null;
  /** Marks at the far ends of emphasised arcs that are not emphasised themselves: half-dimmed. */
  context: Set<number> | null;
  arcs: Set<number> | null;
  lanes: Set<number> | null;
}

export const NO_EMPHASIS: Emphasis = { ring: null, marks: null, context: null, arcs: null, lanes: null };

/** Marks at either end of the given arcs that are not in `except`. */
function arcEnds(model: TimelineModel, arcs: Set<number>, except: Set<number>): Set<number> {
  const ends = new Set<number>();
  for (const a of arcs) {
    const arc = model.arcs[a]!;
    if (!except.has(arc.from)) ends.add(arc.from);
    if (arc.to !== null && !except.has(arc.to)) ends.add(arc.to);
  }
  return ends;
}

function forComment(model: TimelineModel, id: string): Emphasis {
  const mark = model.markOf.get(id);
  if (mark === undefined) return NO_EMPHASIS;
  const arcs = new Set<number>();
  model.arcs.forEach((a, i) => {
    if (a.from === mark || a.to === mark) arcs.add(i);
  });
  // A comment's conversation is small: its partners are shown in full.
  const marks = new Set<number>([mark, ...arcEnds(model, arcs, new Set([mark]))]);
  return { ring: mark, marks, context: null, arcs, lanes: null };
}

function forParticipant(model: TimelineModel, id: string): Emphasis {
  const lane = model.laneOf.get(id);
  if (lane === undefined) return NO_EMPHASIS;
  // By author, not lane: the least active people share a lane.
  const marks = new Set<number>();
  model.marks.forEach((m, i) => {
    if (m.authorId === id) marks.add(i);
  });
  const arcs = new Set<number>();
  model.arcs.forEach((a, i) => {
    if (a.source === id || a.target === id) arcs.add(i);
  });
  return { ring: null, marks, context: arcEnds(model, arcs, marks), arcs, lanes: new Set([lane]) };
}

/**
 * An edge's comments: `commentIds` (EdgeAttributes.commentIds of the shown graph) when given,
 * else the comments of the drawn replies from source to target.
 */
function forEdge(model: TimelineModel, source: string, target: string, commentIds?: readonly string[]): Emphasis {
  const sourceLane = model.laneOf.get(source);
  const targetLane = model.laneOf.get(target);
  if (sourceLane === undefined || targetLane === undefined) return NO_EMPHASIS;
  const behind = new Set<number>();
  const arcs = new Set<number>();
  model.arcs.forEach((a, i) => {
    if (a.source === source && a.target === target) arcs.add(i);
  });
  if (commentIds) {
    for (const id of commentIds) {
      const m = model.markOf.get(id);
      if (m !== undefined) behind.add(m);
    }
  } else {
    for (const a of arcs) behind.add(model.arcs[a]!.from);
  }
  return { ring: null, marks: behind, context: arcEnds(model, arcs, behind), arcs, lanes: new Set([sourceLane, targetLane]) };
}

const topicsByThread = new WeakMap<Thread, Map<string, string | undefined>>();

/** Whether a comment (by id) is on `topic`; the lookup is built once per thread. */
export function topicMembership(thread: Thread, topic: string): (commentId: string) => boolean {
  let byId = topicsByThread.get(thread);
  if (!byId) topicsByThread.set(thread, (byId = new Map(thread.comments.map((c) => [c.id, c.topic]))));
  const lookup = byId;
  return (id) => lookup.get(id) === topic;
}

/** The comments of one topic (a post of a blog export) and the arcs from them; the rest dimmed. */
function forTopic(model: TimelineModel, inTopic: (commentId: string) => boolean): Emphasis {
  const marks = new Set<number>();
  model.marks.forEach((m, i) => {
    if (inTopic(m.commentId)) marks.add(i);
  });
  const arcs = new Set<number>();
  model.arcs.forEach((a, i) => {
    if (marks.has(a.from)) arcs.add(i);
  });
  return { ring: null, marks, context: arcEnds(model, arcs, marks), arcs, lanes: null };
}

/**
 * The emphasis for a selection; `edgeCommentIds` are the comment ids behind a selected edge, if
 * known. Without a selection, a chosen topic (`inTopic`) is emphasised.
 */
export function emphasisFor(
  model: TimelineModel, selection: Selection | null, edgeCommentIds?: readonly string[], inTopic?: (commentId: string) => boolean,
): Emphasis {
  if (!selection) return inTopic ? forTopic(model, inTopic) : NO_EMPHASIS;
  if (selection.kind === 'comment') return forComment(model, selection.id);
  if (selection.kind === 'participant') return forParticipant(model, selection.id);
  return forEdge(model, selection.source, selection.target, edgeCommentIds);
}
