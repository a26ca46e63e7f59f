/**
 * Pixel geometry of the timeline for a given size: the plot box (room on the left for lane
 * labels, below for the axis, above for day labels and the legend), the x scale (UTC time or linear index),
 * lane centres, mark radius, how many lane labels fit, and the curve of an arc. Pure.
 */
import { scaleLinear, scaleUtc, type ScaleLinear, type ScaleTime } from 'd3';
import type { TimelineModel } from './model';

export interface TimelineLayout {
  width: number;
  height: number;
  /** Plot box in pixels. */
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** The axis scale: UTC time for 'time', linear over comment indexes for 'index'. */
  scale: ScaleTime<number, number> | ScaleLinear<number, number>;
  /** Model x (ms or index) → pixel. */
  toPx(x: number): number;
  /** Pixel → model x. */
  fromPx(px: number): number;
  laneHeight: number;
  /** Centre y of a lane. */
  laneY(lane: number): number;
  markRadius: number;
  /** Every how many lanes a label is drawn (1 = all; more when lanes are too thin for text). */
  labelEvery: number;
}

export const LABEL_FONT_PX = 11;
const AXIS_PX = 22;
export const HEADER_PX = 18;

/** Room for lane labels: roughly 6.5 px a character, between 56 and 150 px. */
export function labelWidth(names: readonly string[]): number {
  const longest = names.reduce((n, s) => Math.max(n, s.length), 0);
  return Math.round(Math.min(150, Math.max(56, longest * 6.5 + 16)));
}

export function computeLayout(model: TimelineModel, width: number, height: number): TimelineLayout {
  const left = labelWidth(model.lanes.map((l) => l.name));
  const right = Math.max(left + 10, width - 12);
  // The header row holds day labels and the signal legend.
  const top = model.dayBands.length > 0 || model.arcs.length > 0 ? HEADER_PX : 6;
  const bottom = Math.max(top + 10, height - AXIS_PX);
  const [d0, d1] = model.xDomain;
  const scale = model.xKind === 'time'
    ? scaleUtc().domain([new Date(d0), new Date(d1)]).range([left, right])
    : scaleLinear().domain([d0, d1]).range([left, right]);
  const linear = scaleLinear().domain([d0, d1]).range([left, right]);
  const lanes = Math.max(1, model.lanes.length);
  const laneHeight = (bottom - top) / lanes;
  return {
    width,
    height,
    left,
    right,
    top,
    bottom,
    scale,
    toPx: (x) => linear(x),
    fromPx: (px) => linear.invert(px),
    laneHeight,
    laneY: (lane) => top + (lane + 0.5) * laneHeight,
    markRadius: Math.min(5, Math.max(1.5, laneHeight * 0.3)),
    labelEvery: Math.max(1, Math.ceil((LABEL_FONT_PX + 1) / laneHeight)),
  };
}

/**
 * Control point of the quadratic curve from (x1, y1) to (x2, y2): above the higher end, by a
 * bow that grows with the horizontal distance (none for a vertical stub), at most 40 px.
 */
export function arcControl(x1: number, y1: number, x2: number, y2: number, laneHeight: number): [number, number] {
  const bow = Math.min(Math.abs(x1 - x2) * 0.2, Math.max(laneHeight, 8) * 1.5, 40);
  return [(x1 + x2) / 2, Math.min(y1, y2) - bow];
}
