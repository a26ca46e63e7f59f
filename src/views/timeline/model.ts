/**
 * The timeline as data, independent of pixels: one lane per participant (in order of their first
 * comment; beyond MAX_LANES people, the least active share one last lane, unless selected), one
 * mark per non-system comment at its x (milliseconds on a time axis, or the 1-based comment
 * index), day bands over an index axis when dates are known, and one arc per reply from
 * the answering comment's mark to the answered comment's mark (or, when no comment is known, a
 * stub to the answered participant's lane at the same x). Pure; runs in Node.
 */
import type { Comment, Reply, Signal, Thread } from '../../core/types';
import type { Selection } from '../../store/state';
import { chooseXKind, timeMs, type XKind } from './x-kind';

export type { XKind } from './x-kind';

export interface Lane {
  /** The participant of the lane; '' for the shared lane of the least active people. */
  participantId: string;
  /** Participant display name: the lane label ("1,444 others" for the shared lane). */
  name: string;
  /** Position from the top, 0-based. */
  position: number;
  /** For the shared lane: how many people it holds. */
  others?: number;
}

/** Most lanes drawn: past this many people, the least active share the last lane. */
export const MAX_LANES = 80;

export interface Mark {
  commentId: string;
  /** 1-based comment index in the thread. */
  index: number;
  authorId: string;
  /** Lane position of the author. */
  lane: number;
  /** Time in ms on a 'time' axis, the comment index on an 'index' axis. */
  x: number;
}

export interface Arc {
  replyId: string;
  /** Position in `marks` of the answering comment. */
  from: number;
  /** Position in `marks` of the answered comment; null for a stub to the answered lane. */
  to: number | null;
  source: string;
  target: string;
  /** Lane the arc ends in (the answered comment's lane, or the target participant's lane). */
  toLane: number;
  /** x where the arc ends (the answered comment's x, or the answering comment's x for a stub). */
  toX: number;
  signal: Signal;
  confidence: number;
}

/** A run of consecutive comments dated the same day, over an index axis. */
export interface DayBand {
  /** YYYY-MM-DD (UTC). */
  day: string;
  fromIndex: number;
  toIndex: number;
  /** x range the band covers: half a step beyond its first and last comment. */
  x0: number;
  x1: number;
}

export interface TimelineModel {
  xKind: XKind;
  lanes: Lane[];
  /** In thread order. */
  marks: Mark[];
  arcs: Arc[];
  dayBands: DayBand[];
  /** x range to show, padded so the first and last marks are not on the edge. */
  xDomain: [number, number];
  /** Positions in `marks`, sorted by x (then index): for range look-ups. */
  byX: number[];
  markOf: Map<string, number>;
  laneOf: Map<string, number>;
}

/**
 * Lanes in order, and the lane of every participant (several may share the last one). `keep`:
 * a person who gets a lane of their own even if they would share the last one (the one selected).
 */
function laneOrder(
  thread: Thread, marks: readonly Comment[], replies: readonly Reply[], keep?: string,
): { lanes: Lane[]; laneOf: Map<string, number> } {
  const first = new Map<string, number>();
  const written = new Map<string, number>();
  for (const c of marks) {
    if (!first.has(c.authorId)) first.set(c.authorId, c.index);
    written.set(c.authorId, (written.get(c.authorId) ?? 0) + 1);
  }
  const named = new Map(thread.participants.map((p) => [p.id, p.name]));
  const ids = [...first.keys()].sort((a, b) => first.get(a)! - first.get(b)!);
  // People answered but silent in the shown comments still get a lane, after everyone who wrote.
  const silent = new Set<string>();
  for (const r of replies) if (!first.has(r.target) && named.has(r.target)) silent.add(r.target);
  for (const p of thread.participants) if (silent.has(p.id)) ids.push(p.id);
  if (ids.length <= MAX_LANES) {
    const lanes = ids.map((id, position) => ({ participantId: id, name: named.get(id) ?? id, position }));
    return { lanes, laneOf: new Map(ids.map((id, position) => [id, position])) };
  }
  // Too many to read: the most active keep their lanes (in order), everyone else shares the last.
  const rank = ids.map((id, order) => ({ id, order, n: written.get(id) ?? 0 })).sort((a, b) => b.n - a.n || a.order - b.order);
  const kept = new Set(rank.slice(0, MAX_LANES - 1).map((r) => r.id));
  if (keep !== undefined && !kept.has(keep) && (first.has(keep) || silent.has(keep))) {
    // The selected person takes the lane of the least active of those kept.
    kept.delete(rank[MAX_LANES - 2]!.id);
    kept.add(keep);
  }
  const lanes: Lane[] = [];
  const laneOf = new Map<string, number>();
  for (const id of ids) {
    if (!kept.has(id)) continue;
    laneOf.set(id, lanes.length);
    lanes.push({ participantId: id, name: named.get(id) ?? id, position: lanes.length });
  }
  const shared = lanes.length;
  const others = ids.length - kept.size;
  for (const id of ids) if (!kept.has(id)) laneOf.set(id, shared);
  lanes.push({ participantId: '', name: `${others.toLocaleString('en-US')} others`, position: shared, others });
  return { lanes, laneOf };
}

function dayBandsOf(marks: readonly Mark[], comments: readonly Comment[]): DayBand[] {
  const bands: DayBand[] = [];
  let open: DayBand | null = null;
  marks.forEach((m, i) => {
    const day = comments[i]?.time?.slice(0, 10);
    if (day && open && open.day === day) {
      open.toIndex = m.index;
      open.x1 = m.x + 0.5;
      return;
    }
    open = day ? { day, fromIndex: m.index, toIndex: m.index, x0: m.x - 0.5, x1: m.x + 0.5 } : null;
    if (open) bands.push(open);
  });
  return bands;
}

function paddedDomain(xKind: XKind, marks: readonly Mark[]): [number, number] {
  if (marks.length === 0) return [0, 1];
  let lo = Infinity, hi = -Infinity;
  for (const m of marks) {
    if (m.x < lo) lo = m.x;
    if (m.x > hi) hi = m.x;
  }
  if (xKind === 'index') return [lo - 0.5, hi + 0.5];
  const pad = Math.max((hi - lo) * 0.02, 30_000);
  return [lo - pad, hi + pad];
}

function arcsOf(replies: readonly Reply[], marks: readonly Mark[], markOf: Map<string, number>, laneOf: Map<string, number>): Arc[] {
  const arcs: Arc[] = [];
  for (const r of replies) {
    const from = markOf.get(r.commentId);
    const targetLane = laneOf.get(r.target);
    if (from === undefined || targetLane === undefined) continue;
    const fromMark = marks[from]!;
    const to = r.targetCommentId !== undefined ? markOf.get(r.targetCommentId) : undefined;
    const toMark = to !== undefined ? marks[to] : undefined;
    arcs.push({
      replyId: r.id,
      from,
      to: toMark ? to! : null,
      source: r.source,
      target: r.target,
      toLane: toMark ? toMark.lane : targetLane,
      toX: toMark ? toMark.x : fromMark.x,
      signal: r.signal,
      confidence: r.confidence,
    });
  }
  return arcs;
}

/** Builds the timeline model of a thread and the replies to draw (normally the visible ones). */
/**
 * `keep`: a participant who gets a lane of their own even on a crowded thread, where the least
 * active share the last lane (the timeline passes the selected person).
 */
export function buildTimelineModel(thread: Thread, replies: readonly Reply[], keep?: string): TimelineModel {
  const spoken = thread.comments.filter((c) => !c.system);
  const xKind = chooseXKind(spoken);
  const { lanes, laneOf } = laneOrder(thread, spoken, replies, keep);
  const marks: Mark[] = spoken.map((c) => ({
    commentId: c.id,
    index: c.index,
    authorId: c.authorId,
    lane: laneOf.get(c.authorId)!,
    x: xKind === 'time' ? timeMs(c)! : c.index,
  }));
  const markOf = new Map(marks.map((m, i) => [m.commentId, i]));
  const byX = marks.map((_, i) => i);
  if (xKind === 'time') byX.sort((a, b) => marks[a]!.x - marks[b]!.x || marks[a]!.index - marks[b]!.index);
  return {
    xKind,
    lanes,
    marks,
    arcs: arcsOf(replies, marks, markOf, laneOf),
    dayBands: xKind === 'index' ? dayBandsOf(marks, spoken) : [],
    xDomain: paddedDomain(xKind, marks),
    byX,
    markOf,
    laneOf,
  };
}

/**
 * On a crowded thread, the selected person gets a lane of their own while selected: whoever is
 * selected and shares the last lane, or keeps the lane they were given.
 */
export function laneToKeep(model: TimelineModel, selection: Selection | null, kept: string | undefined): string | undefined {
  const selected = selection?.kind === 'participant' ? selection.id : undefined;
  if (selected === undefined) return undefined;
  if (selected === kept) return kept;
  const lane = model.laneOf.get(selected);
  return lane !== undefined && model.lanes[lane]?.others !== undefined ? selected : undefined;
}
