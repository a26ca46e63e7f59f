/**
 * The network PNG as a plain, serialisable scene in output pixels: what the renderer shows now
 * (same framing, sizes, colours, focus, curves and arrowheads), scaled by EXPORT_SCALE, plus the
 * legend rows and caption lines. Built on the main thread from the renderer's display data with
 * the renderer's own graph → viewport mapping (pure arithmetic, no drawing); drawn by the PNG
 * worker (png-draw.ts). The scene's shape is in png-scene-data.ts.
 *
 * Geometry follows sigma's WebGL programs: a node of display size s has radius scaleSize(s)
 * pixels; an edge is max(scaleSize(size), minEdgeThickness) pixels thick; its arrowhead is
 * ARROW_LENGTH_RATIO × thickness long and ARROW_WIDTH_RATIO × thickness wide with its tip on the
 * target's rim; a curved edge is the quadratic Bézier of curvature.ts.
 */
import { curveControlPoint, type Point } from './curvature';
import { ARROW_LENGTH_RATIO, edgeGeometry, edgeOutside, outside } from './png-geometry';
import type { LegendRow } from './legend-model';
import type { PngScene, SceneLabel, SceneNodes } from './png-scene-data';

/** Output pixels per CSS pixel of the view. */
export const EXPORT_SCALE = 2;
/** Arrowhead length and width as multiples of the edge thickness (sigma's arrow-head defaults). */
export { ARROW_LENGTH_RATIO, ARROW_WIDTH_RATIO, edgeGeometry } from './png-geometry';
/** At most this many labels in the picture (highlighted and forced ones first). */
export const LABEL_CAP = 60;
/**
 * Sigma fades the outer device pixel of an edge out (anti-aliasing feather), so a line looks
 * about that much thinner than its nominal thickness; lines in the picture are drawn this many
 * output pixels thinner to look the same. Arrowheads are not feathered.
 */
export const EDGE_FEATHER = 1;
/** Gap between a node's rim and its label, in CSS pixels (as sigma draws it). */
export const LABEL_OFFSET = 3;
export const BACKGROUND = '#ffffff';

/** A node as the renderer displays it (after the reducers), at its graph position. */
export interface SceneNodeInput {
  key: string;
  /** Graph coordinates. */
  x: number;
  y: number;
  size: number;
  color: string;
  label?: string | null;
  hidden?: boolean;
  zIndex?: number;
  forceLabel?: boolean;
  highlighted?: boolean;
}

/** An edge as the renderer displays it; curvature 0 is a straight arrow. */
export interface SceneEdgeInput {
  source: string;
  target: string;
  size: number;
  color: string;
  curvature: number;
  hidden?: boolean;
  zIndex?: number;
}

/** How the renderer maps the graph to the screen now. */
export interface SceneView {
  /** The view's size in CSS pixels. */
  width: number;
  height: number;
  /** Graph coordinates → CSS pixels of the view (the renderer's graphToViewport). */
  toViewport: (p: Point) => Point;
  /** Display size → CSS pixels at the current zoom (the renderer's scaleSize). */
  scaleSize: (size: number) => number;
  minEdgeThickness: number;
  /** Nodes smaller than this (CSS pixels) get no label unless forced. */
  labelThreshold: number;
  /** Nodes whose label the screen drew in its last frame; null or empty when unknown. */
  shownLabels: ReadonlySet<string> | null;
  label: { font: string; size: number; weight: string; color: string };
}

export interface SceneInput {
  view: SceneView;
  nodes: readonly SceneNodeInput[];
  edges: readonly SceneEdgeInput[];
  legend: readonly LegendRow[];
  caption: readonly string[];
  scale?: number;
}

const RGBA = /^rgba\(\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*,\s*([\d.]+)\s*\)$/;

/**
 * The canvas colour that looks like `color` on screen. The renderer blends as if colours were
 * premultiplied by alpha (see palette.ts), so a translucent rgba() is divided back by its alpha.
 */
export function canvasColor(color: string): string {
  const m = RGBA.exec(color.trim());
  if (!m) return color;
  const a = Number(m[4]);
  if (!(a > 0) || a >= 1) return color;
  const c = (v: string) => Math.min(255, Math.round(Number(v) / a));
  return `rgba(${c(m[1]!)}, ${c(m[2]!)}, ${c(m[3]!)}, ${a})`;
}

/** Same order as sigma with zIndex on: lower zIndex first, ties in graph order. */
function byZIndex<T extends { zIndex?: number }>(items: readonly T[]): T[] {
  const levels = [...new Set(items.map((item) => item.zIndex ?? 0))].sort((a, b) => a - b);
  if (levels.length <= 1) return [...items];
  const out: T[] = [];
  for (const level of levels) for (const item of items) if ((item.zIndex ?? 0) === level) out.push(item);
  return out;
}

interface PlacedNode {
  input: SceneNodeInput;
  zIndex: number;
  x: number;
  y: number;
  radius: number;
  color: number;
}

/** The scene of the current view at `scale` (default EXPORT_SCALE) output pixels per CSS pixel. */
export function buildPngScene(input: SceneInput): PngScene {
  const { view } = input;
  const k = input.scale ?? EXPORT_SCALE;
  const width = Math.max(1, Math.round(view.width * k));
  const height = Math.max(1, Math.round(view.height * k));
  const colors: string[] = [];
  const colorIndex = new Map<string, number>();
  const colorOf = (c: string): number => {
    let i = colorIndex.get(c);
    if (i === undefined) {
      i = colors.length;
      colors.push(canvasColor(c));
      colorIndex.set(c, i);
    }
    return i;
  };

  // Every visible node in output pixels.
  const placed = new Map<string, PlacedNode>();
  for (const n of input.nodes) {
    if (n.hidden) continue;
    const p = view.toViewport({ x: n.x, y: n.y });
    placed.set(n.key, { input: n, zIndex: n.zIndex ?? 0, x: p.x * k, y: p.y * k, radius: view.scaleSize(n.size) * k, color: colorOf(n.color) });
  }

  // Edges, bottom to top.
  const edgeList = byZIndex(input.edges.filter((e) => !e.hidden));
  const curved = new Uint8Array(edgeList.length);
  const path = new Float32Array(edgeList.length * 6);
  const head = new Float32Array(edgeList.length * 6);
  const edgeWidth = new Float32Array(edgeList.length);
  const edgeColor = new Uint32Array(edgeList.length);
  let edgeCount = 0;
  for (const e of edgeList) {
    const s = placed.get(e.source);
    const t = placed.get(e.target);
    if (!s || !t) continue;
    const thickness = Math.max(view.scaleSize(e.size), view.minEdgeThickness) * k;
    let control: Point | null = null;
    if (e.curvature !== 0) {
      const cp = view.toViewport(curveControlPoint(s.input, t.input, e.curvature));
      control = { x: cp.x * k, y: cp.y * k };
    }
    const g = edgeGeometry(s, t, control, t.radius, thickness);
    if (!g) continue;
    if (edgeOutside(g, thickness * ARROW_LENGTH_RATIO, width, height)) continue;
    const i = edgeCount++;
    const o = i * 6;
    curved[i] = g.curved ? 1 : 0;
    path[o] = g.start.x; path[o + 1] = g.start.y; path[o + 2] = g.control.x; path[o + 3] = g.control.y; path[o + 4] = g.end.x; path[o + 5] = g.end.y;
    head[o] = g.tip.x; head[o + 1] = g.tip.y; head[o + 2] = g.left.x; head[o + 3] = g.left.y; head[o + 4] = g.right.x; head[o + 5] = g.right.y;
    edgeWidth[i] = Math.max(thickness - EDGE_FEATHER, thickness / 2);
    edgeColor[i] = colorOf(e.color);
  }

  // Nodes, bottom to top, without those wholly outside the picture.
  const nodeList = byZIndex([...placed.values()])
    .filter((p) => !outside(p.x, p.y, p.radius, width, height));
  const nodes: SceneNodes = {
    count: nodeList.length,
    x: Float32Array.from(nodeList, (p) => p.x),
    y: Float32Array.from(nodeList, (p) => p.y),
    radius: Float32Array.from(nodeList, (p) => p.radius),
    color: Uint32Array.from(nodeList, (p) => p.color),
  };

  const labelSize = view.label.size * k;
  return {
    width,
    height,
    scale: k,
    background: BACKGROUND,
    colors,
    edges: {
      count: edgeCount,
      curved: curved.slice(0, edgeCount),
      path: path.slice(0, edgeCount * 6),
      head: head.slice(0, edgeCount * 6),
      width: edgeWidth.slice(0, edgeCount),
      color: edgeColor.slice(0, edgeCount),
    },
    nodes,
    labels: labelCandidates(nodeList, view, k, width, height),
    labelStyle: { font: `${view.label.weight} ${labelSize}px ${view.label.font}`, size: labelSize, color: view.label.color },
    legend: [...input.legend],
    caption: [...input.caption],
  };
}

/**
 * Which labels the picture may show, best first, at most LABEL_CAP: highlighted nodes, then
 * labels forced by the focus, then the labels the screen shows (or, when that is unknown, nodes
 * at least `labelThreshold` pixels big), larger nodes first. Labels whose node is off the
 * picture are left out.
 */
function labelCandidates(nodes: readonly PlacedNode[], view: SceneView, k: number, width: number, height: number): SceneLabel[] {
  const shown = view.shownLabels && view.shownLabels.size > 0 ? view.shownLabels : null;
  const tier = (n: SceneNodeInput, radius: number): number => {
    if (n.highlighted) return 0;
    if (n.forceLabel) return 1;
    if (shown ? shown.has(n.key) : radius / k >= view.labelThreshold) return 2;
    return -1;
  };
  const ranked: { node: PlacedNode; tier: number; order: number }[] = [];
  nodes.forEach((node, order) => {
    const label = node.input.label;
    if (typeof label !== 'string' || label === '') return;
    const t = tier(node.input, node.radius);
    if (t < 0 || outside(node.x, node.y, node.radius, width, height)) return;
    ranked.push({ node, tier: t, order });
  });
  ranked.sort((a, b) => a.tier - b.tier || b.node.radius - a.node.radius || a.order - b.order);
  return ranked.slice(0, LABEL_CAP).map(({ node, tier: t }) => ({
    text: node.input.label as string,
    x: node.x + node.radius + LABEL_OFFSET * k,
    y: node.y + (view.label.size * k) / 3,
    nodeX: node.x,
    nodeY: node.y,
    nodeRadius: node.radius,
    nodeColor: node.color,
    forced: t < 2,
    boxed: t === 0,
  }));
}
