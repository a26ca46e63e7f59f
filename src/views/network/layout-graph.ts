/**
 * The graph ForceAtlas2 runs on: every participant at the deterministic position core's
 * buildGraph gave it for the default filter, and that filter's reply edges with their weights.
 * It is separate from the display graph so that changing filters (which adds and removes edges)
 * neither restarts the layout nor moves anybody.
 */
import Graph from 'graphology';
import { DEFAULT_SIGNALS, buildGraph, type ThreadGraph } from '../../core/graph/build';
import { DEFAULT_MIN_CONFIDENCE, type AppState } from '../../store/state';
import { visibleGraph } from '../../store/derived';

export interface LayoutNode {
  x: number;
  y: number;
  label: string;
}

export interface LayoutEdge {
  weight: number;
}

export type LayoutGraph = Graph<LayoutNode, LayoutEdge>;

/** True when the view shows exactly the default filter over the whole thread. */
export function isDefaultFilter(view: AppState['view']): boolean {
  return view.minConfidence === DEFAULT_MIN_CONFIDENCE && view.timeWindow === null && view.topic === null
    && view.signals.length === DEFAULT_SIGNALS.length && DEFAULT_SIGNALS.every((s) => view.signals.includes(s));
}

/** The graph of all replies at the default filter (the memoised visible graph when it is that one). */
export function defaultFilterGraph(state: AppState): ThreadGraph | null {
  if (!state.data) return null;
  if (isDefaultFilter(state.view)) return visibleGraph(state);
  return buildGraph(state.data.thread, state.data.replies, { minConfidence: DEFAULT_MIN_CONFIDENCE, signals: DEFAULT_SIGNALS });
}

/** A plain copy (positions, labels, weighted edges) that the layout may move freely. */
export function createLayoutGraph(source: ThreadGraph): LayoutGraph {
  const g: LayoutGraph = new Graph<LayoutNode, LayoutEdge>({ type: 'directed' });
  source.forEachNode((id, a) => g.addNode(id, { x: a.x, y: a.y, label: a.label }));
  source.forEachEdge((key, a, s, t) => g.addDirectedEdgeWithKey(key, s, t, { weight: a.weight }));
  return g;
}
