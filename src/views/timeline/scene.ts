/**
 * Everything the two renderers (SVG and canvas) draw, decided once: per-mark fill, opacity and
 * radius; per-arc colour, opacity, width and curve; per-lane shading and label style. A scene
 * combines the model, the pixel layout, the current emphasis, participant colours and the
 * brushed window (marks outside it are faded). Pure.
 */
import type { TimelineModel } from './model';
import type { TimelineLayout } from './layout';
import { arcControl } from './layout';
import type { Emphasis } from './emphasis';
import { NEUTRAL_MARK, SIGNAL_COLORS, arcStroke } from './palette';

export interface Scene {
  model: TimelineModel;
  layout: TimelineLayout;
  emphasis: Emphasis;
  /** Participant id → mark colour. */
  colors: ReadonlyMap<string, string>;
  /** Inclusive comment-index window, or null for the whole thread. */
  window: [number, number] | null;
}

export interface MarkPaint {
  fill: string;
  opacity: number;
  radius: number;
}

export interface ArcPaint {
  color: string;
  opacity: number;
  width: number;
  /** Stubs (reply to a person, no known comment) are dashed. */
  dashed: boolean;
}

export interface ArcGeometry {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Quadratic control point. */
  cx: number;
  cy: number;
  stub: boolean;
}

export interface LanePaint {
  /** Background of the lane ('none' for no shading). */
  fill: string;
  labelColor: string;
  labelWeight: 'normal' | 'bold';
}

export const DIMMED_OPACITY = 0.15;
/** Marks at the far end of an emphasised arc. */
export const CONTEXT_OPACITY = 0.55;
export const OUTSIDE_WINDOW_OPACITY = 0.3;
/** Half-width of the tick that ends a stub, in pixels. */
export const STUB_TICK = 4;

function inWindow(scene: Scene, index: number): boolean {
  return !scene.window || (index >= scene.window[0] && index <= scene.window[1]);
}

export function markPaint(scene: Scene, i: number): MarkPaint {
  const mark = scene.model.marks[i]!;
  const { emphasis } = scene;
  const emphasised = emphasis.marks?.has(i) ?? false;
  let opacity = 0.9;
  if (!inWindow(scene, mark.index)) opacity = OUTSIDE_WINDOW_OPACITY;
  if (emphasis.marks && !emphasised) opacity = emphasis.context?.has(i) ? CONTEXT_OPACITY : DIMMED_OPACITY;
  if (emphasised) opacity = 1;
  const base = scene.layout.markRadius;
  return {
    fill: scene.colors.get(mark.authorId) ?? NEUTRAL_MARK,
    opacity,
    radius: emphasised && emphasis.ring === i ? base + 1 : base,
  };
}

export function arcPaint(scene: Scene, i: number): ArcPaint {
  const arc = scene.model.arcs[i]!;
  const stroke = arcStroke(arc.confidence);
  const { arcs } = scene.emphasis;
  let { opacity, width } = stroke;
  if (arcs && arcs.has(i)) {
    opacity = Math.max(opacity, 0.95);
    width += 1;
  } else if (arcs) {
    opacity *= DIMMED_OPACITY;
  }
  return { color: SIGNAL_COLORS[arc.signal], opacity, width, dashed: arc.to === null };
}

export function arcGeometry(scene: Scene, i: number): ArcGeometry {
  const { model, layout } = scene;
  const arc = model.arcs[i]!;
  const from = model.marks[arc.from]!;
  const x1 = layout.toPx(from.x), y1 = layout.laneY(from.lane);
  const x2 = layout.toPx(arc.toX), y2 = layout.laneY(arc.toLane);
  const stub = arc.to === null;
  const [cx, cy] = stub ? [x1, (y1 + y2) / 2] : arcControl(x1, y1, x2, y2, layout.laneHeight);
  // Keep the top of the curve inside the plot (a quadratic peaks half-way to its control point).
  return { x1, y1, x2, y2, cx, cy: Math.max(cy, layout.top - layout.laneHeight / 2), stub };
}

/** SVG path data of an arc: a quadratic curve, or for a stub a straight line ending in a tick. */
export function arcPath(g: ArcGeometry): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  if (g.stub) return `M${r(g.x1)},${r(g.y1)}L${r(g.x2)},${r(g.y2)}M${r(g.x2 - STUB_TICK)},${r(g.y2)}L${r(g.x2 + STUB_TICK)},${r(g.y2)}`;
  return `M${r(g.x1)},${r(g.y1)}Q${r(g.cx)},${r(g.cy)} ${r(g.x2)},${r(g.y2)}`;
}

export function lanePaint(scene: Scene, lane: number): LanePaint {
  const { lanes } = scene.emphasis;
  if (lanes?.has(lane)) return { fill: '#dbeafe', labelColor: '#1d4ed8', labelWeight: 'bold' };
  return {
    fill: lane % 2 === 1 ? '#f8fafc' : 'none',
    labelColor: lanes ? '#98a2b3' : '#344054',
    labelWeight: 'normal',
  };
}
