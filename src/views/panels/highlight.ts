/**
 * Exact evidence highlighting as data: splits a text into plain and marked segments from a
 * list of character ranges. Ranges are sorted, out-of-bounds or empty ones dropped, and
 * overlapping or touching ranges merged (their labels combined), so the marked segments never
 * overlap and the segments always concatenate back to the original text.
 */

export interface HighlightRange {
  /** Offset of the first marked character (0-based, inclusive). */
  start: number;
  /** Offset after the last marked character (exclusive). */
  end: number;
  /** What the range stands for (e.g. a signal name); merged ranges keep every distinct label. */
  label?: string;
}

export interface Segment {
  text: string;
  start: number;
  end: number;
  marked: boolean;
  /** Distinct labels of the ranges merged into a marked segment, in order of first appearance. */
  labels: string[];
}

function inBounds(r: HighlightRange, length: number): boolean {
  return Number.isInteger(r.start) && Number.isInteger(r.end) && r.start >= 0 && r.end <= length && r.start < r.end;
}

/** Merged, sorted, non-overlapping marked ranges of `text`. */
export function mergeRanges(length: number, ranges: readonly HighlightRange[]): { start: number; end: number; labels: string[] }[] {
  const sorted = ranges.filter((r) => inBounds(r, length)).sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number; labels: string[] }[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      if (r.label !== undefined && !last.labels.includes(r.label)) last.labels.push(r.label);
    } else {
      merged.push({ start: r.start, end: r.end, labels: r.label !== undefined ? [r.label] : [] });
    }
  }
  return merged;
}

/** The text as alternating plain and marked segments; empty text gives no segments. */
export function highlightRanges(text: string, ranges: readonly HighlightRange[]): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const m of mergeRanges(text.length, ranges)) {
    if (m.start > at) segments.push({ text: text.slice(at, m.start), start: at, end: m.start, marked: false, labels: [] });
    segments.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end, marked: true, labels: m.labels });
    at = m.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), start: at, end: text.length, marked: false, labels: [] });
  return segments;
}
