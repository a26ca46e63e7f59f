/**
 * Chooses the timeline's horizontal axis: real time when every comment has a time finer than a
 * day and the times are distinct enough to order the comments, otherwise comment order (index).
 * Pure; the thresholds are named constants so the rule is visible.
 */
import type { Comment } from '../../core/types';

export type XKind = 'time' | 'index';

/** At least this share of comments must have a time of their own (not shared with another). */
export const MIN_DISTINCT_TIME_SHARE = 0.5;

/** True when the comment's time says more than the date (a time of day is known). */
export function hasTimeOfDay(comment: Pick<Comment, 'time' | 'timePrecision'>): boolean {
  if (!comment.time) return false;
  if (comment.timePrecision) return comment.timePrecision !== 'day';
  // No precision given: a time at exactly midnight UTC is most likely a bare date.
  return !/T00:00(:00(\.0+)?)?Z$/.test(comment.time);
}

/** Milliseconds since the epoch of a comment's time, or undefined when it has none or it is unreadable. */
export function timeMs(comment: Pick<Comment, 'time'>): number | undefined {
  if (!comment.time) return undefined;
  const ms = Date.parse(comment.time);
  return Number.isFinite(ms) ? ms : undefined;
}

/** 'time' when the comments can be placed on a time axis, else 'index'. */
export function chooseXKind(comments: readonly Pick<Comment, 'time' | 'timePrecision'>[]): XKind {
  if (comments.length < 2) return 'index';
  const times = new Set<number>();
  for (const c of comments) {
    const ms = timeMs(c);
    if (ms === undefined || !hasTimeOfDay(c)) return 'index';
    times.add(ms);
  }
  return times.size >= 2 && times.size / comments.length >= MIN_DISTINCT_TIME_SHARE ? 'time' : 'index';
}
