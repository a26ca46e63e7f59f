/**
 * Translation between a brushed x range and the inclusive comment-index window the store keeps:
 * which comments lie under a brush, and where to draw the brush for a window (half-way to the
 * neighbouring marks on each side, so drawing and reading back give the same window). Pure.
 */
import type { TimelineModel } from './model';

/** First position in model.byX whose mark has x >= value. */
function lowerBound(model: TimelineModel, value: number): number {
  let lo = 0, hi = model.byX.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (model.marks[model.byX[mid]!]!.x < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Position in model.byX after the last mark with x <= value. */
function upperBound(model: TimelineModel, value: number): number {
  let lo = 0, hi = model.byX.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (model.marks[model.byX[mid]!]!.x <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Inclusive [first, last] comment index of the marks with x in [x0, x1] (either order), or null
 * when no mark lies there. On a time axis the window spans the smallest to the largest index found.
 */
export function indexRangeForX(model: TimelineModel, x0: number, x1: number): [number, number] | null {
  const a = lowerBound(model, Math.min(x0, x1));
  const b = upperBound(model, Math.max(x0, x1));
  if (a >= b) return null;
  let first = Infinity, last = -Infinity;
  for (let i = a; i < b; i++) {
    const index = model.marks[model.byX[i]!]!.index;
    if (index < first) first = index;
    if (index > last) last = index;
  }
  return [first, last];
}

/**
 * The x range to draw for the window [from, to]: from half-way between the window's first mark and
 * the mark before it, to half-way between its last mark and the mark after it (the domain's edge
 * when there is none). Null when no mark lies in the window.
 */
export function xRangeForIndexes(model: TimelineModel, from: number, to: number): [number, number] | null {
  let first = -1, last = -1;
  model.byX.forEach((m, i) => {
    const index = model.marks[m]!.index;
    if (index < from || index > to) return;
    if (first < 0) first = i;
    last = i;
  });
  if (first < 0) return null;
  const x = (i: number) => model.marks[model.byX[i]!]!.x;
  const lowX = x(first), highX = x(last);
  const before = lowerBound(model, lowX) - 1;
  const after = upperBound(model, highX);
  const x0 = before >= 0 ? (x(before) + lowX) / 2 : Math.min(model.xDomain[0], lowX);
  const x1 = after < model.byX.length ? (highX + x(after)) / 2 : Math.max(model.xDomain[1], highX);
  return [x0, x1];
}
