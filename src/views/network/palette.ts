/**
 * The network's colours: a fixed categorical palette for communities, a neutral colour for
 * communities too small or too many to get their own, a sequential light-to-dark blue scale for
 * numeric metrics, and the faded colours of nodes and edges pushed into the background.
 */

/** Community colours, most distinct first (Tableau 10 without its grey, plus a teal). */
export const CATEGORICAL_PALETTE: readonly string[] = [
  '#4e79a7', '#f28e2b', '#e15759', '#59a14f', '#b07aa1', '#edc948', '#76b7b2', '#ff9da7', '#9c755f', '#17becf',
];

/** Colour of participants outside the communities that get a palette colour. */
export const OTHER_COMMUNITY_COLOR = '#aab1bd';

/** Sequential scale stops, light (low values) to dark (high values); the lightest still shows on white. */
export const SEQUENTIAL_STOPS: readonly string[] = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c', '#08306b'];

/**
 * A translucent colour as the renderer needs it: sigma blends with (ONE, ONE_MINUS_SRC_ALPHA),
 * i.e. it expects premultiplied colours, so the channels are multiplied by alpha here. A plain
 * rgba() or #rrggbbaa colour would come out too light or shifted (a translucent orange turns yellow).
 */
export function premultiplied(hex: string, alpha: number): string {
  const a = Math.min(1, Math.max(0, alpha));
  const [r, g, b] = channels(hex);
  return `rgba(${Math.round(r * a)}, ${Math.round(g * a)}, ${Math.round(b * a)}, ${a})`;
}

/** Nodes and edges outside the highlighted part of the network: faint and see-through, so the
 * highlighted edges stay visible under a crowd of dimmed nodes. */
export const DIM_NODE_COLOR = premultiplied('#b9bfc9', 0.3);
export const DIM_EDGE_COLOR = premultiplied('#b9bfc9', 0.12);


function channels(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [parseInt(h.slice(0, 2), 16), parseInt(h.slice(2, 4), 16), parseInt(h.slice(4, 6), 16)];
}

function hexByte(v: number): string {
  return Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0');
}

/** Linear mix of two #rrggbb colours: t = 0 gives `a`, t = 1 gives `b`. */
export function mixColors(a: string, b: string, t: number): string {
  const ca = channels(a);
  const cb = channels(b);
  return `#${hexByte(ca[0] + (cb[0] - ca[0]) * t)}${hexByte(ca[1] + (cb[1] - ca[1]) * t)}${hexByte(ca[2] + (cb[2] - ca[2]) * t)}`;
}

/** Colour at position t ∈ [0, 1] of the sequential scale (clamped; NaN counts as 0). */
export function sequentialColor(t: number): string {
  const stops = SEQUENTIAL_STOPS;
  const x = Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0;
  const at = x * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(at));
  return mixColors(stops[i]!, stops[i + 1]!, at - i);
}

/**
 * Colour of the edges a node sends: its own colour, lightened. Opaque on purpose: sigma blends
 * as if colours were premultiplied, so a translucent orange edge would come out yellow.
 */
export function edgeColor(nodeColor: string): string {
  return mixColors(nodeColor, '#ffffff', 0.4);
}

/** Colour of a highlighted edge: its source's colour, slightly darkened so it stands out. */
export function focusEdgeColor(nodeColor: string): string {
  return mixColors(nodeColor, '#1f2328', 0.2);
}

/** A node colour faded towards white, for participants with no comment in the brushed time window. */
export function fadedColor(color: string): string {
  return mixColors(color, '#ffffff', 0.7);
}
