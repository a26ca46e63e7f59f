/**
 * Mouse habits of the network view: hovering a node highlights that person (and shows a pointer
 * cursor, as over an edge); clicking a node or an edge selects it; clicking the empty stage
 * selects the edge drawn under the pointer (thin curved edges are hard to hit), else clears the
 * selection. Everything goes through the store, so every view follows.
 */
import type { Store } from '../../store/store';
import { nearestEdge, type EdgeGeometry } from './edge-hit';
import type { NetworkRenderer } from './renderer';

/** The edge drawn under a viewport point, found geometrically (see edge-hit.ts). */
function edgeAt(r: NetworkRenderer, point: { x: number; y: number }): string | null {
  const g = r.getGraph();
  if (g.size === 0) return null;
  const at = new Map<string, { x: number; y: number }>();
  g.forEachNode((node, a) => at.set(node, r.graphToViewport({ x: a.x as number, y: a.y as number })));
  const edges: EdgeGeometry[] = [];
  g.forEachEdge((key, a, source, target) => {
    const s = at.get(source);
    const t = at.get(target);
    const shown = r.getEdgeDisplayData(key);
    if (!s || !t || !shown || shown.hidden) return;
    edges.push({ key, source: s, target: t, curvature: Number(a.curvature) || 0, width: shown.size });
  });
  return nearestEdge(point, edges);
}

/** Wires the renderer's pointer events to the store. */
export function bindPointer(r: NetworkRenderer, stage: HTMLElement, store: Store): void {
  r.on('enterNode', ({ node }) => {
    stage.style.cursor = 'pointer';
    store.dispatch({ type: 'view/hover', hover: { kind: 'participant', id: node } });
  });
  r.on('leaveNode', ({ node }) => {
    stage.style.cursor = '';
    const hover = store.getState().hover;
    if (hover?.kind === 'participant' && hover.id === node) store.dispatch({ type: 'view/hover', hover: null });
  });
  r.on('enterEdge', () => { stage.style.cursor = 'pointer'; });
  r.on('leaveEdge', () => { stage.style.cursor = ''; });
  r.on('clickNode', ({ node }) => {
    store.dispatch({ type: 'view/select', selection: { kind: 'participant', id: node } });
  });
  r.on('clickEdge', ({ edge }) => {
    const g = r.getGraph();
    if (!g.hasEdge(edge)) return;
    store.dispatch({ type: 'view/select', selection: { kind: 'edge', source: g.source(edge), target: g.target(edge) } });
  });
  r.on('clickStage', ({ event }) => {
    const g = r.getGraph();
    const hit = edgeAt(r, { x: event.x, y: event.y });
    if (hit !== null && g.hasEdge(hit)) {
      store.dispatch({ type: 'view/select', selection: { kind: 'edge', source: g.source(hit), target: g.target(hit) } });
    } else if (store.getState().view.selection) {
      store.dispatch({ type: 'view/select', selection: null });
    }
  });
}
