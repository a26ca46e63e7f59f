/**
 * Creates the sigma renderer of the network: straight arrows and curved arrows (for reciprocal
 * pairs) as edge programs, edge events on for clicking edges, z-ordering so the focus is drawn
 * on top, and label density settings matched to the network's size.
 */
import Sigma from 'sigma';
import { EdgeArrowProgram } from 'sigma/rendering';
import { EdgeCurvedArrowProgram } from '@sigma/edge-curve';
import type { DisplayGraph } from './display-graph';
import { createReducers, type ReducedEdge, type ReducedNode } from './reducers';
import type { Focus } from './focus';
import { sizeDependentSettings } from './render-settings';

/** Typed loosely (plain attributes), as sigma's program and export helpers expect. */
export type NetworkRenderer = Sigma;

/** From this many edges on, edges outside the focus are hidden rather than drawn faint. */
export const HIDE_DIMMED_EDGES_FROM = 2000;

export function createRenderer(container: HTMLElement, graph: DisplayGraph, getFocus: () => Focus | null): NetworkRenderer {
  let renderer: NetworkRenderer | null = null;
  const reducers = createReducers(getFocus, () => (renderer?.getGraph().size ?? 0) >= HIDE_DIMMED_EDGES_FROM);
  renderer = new Sigma(graph, container, {
    allowInvalidContainer: true,
    enableEdgeEvents: true,
    renderEdgeLabels: false,
    defaultEdgeType: 'arrow',
    edgeProgramClasses: { arrow: EdgeArrowProgram, curved: EdgeCurvedArrowProgram },
    zIndex: true,
    labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    labelSize: 12,
    labelColor: { color: '#1f2328' },
    stagePadding: 30,
    minCameraRatio: 0.03,
    maxCameraRatio: 8,
    nodeReducer: (node, data) => reducers.nodeReducer(node, data as ReducedNode),
    edgeReducer: (edge, data) => reducers.edgeReducer(edge, data as ReducedEdge),
    ...sizeDependentSettings(graph.order, graph.size),
  });
  return renderer;
}

/** Re-applies the size-dependent settings after the graph changed size. */
export function updateSizeSettings(renderer: NetworkRenderer, order: number, size: number): void {
  const next = sizeDependentSettings(order, size);
  const current = renderer.getSettings();
  const changed = (Object.keys(next) as (keyof typeof next)[]).some((k) => current[k] !== next[k]);
  if (changed) renderer.setSettings(next);
}
