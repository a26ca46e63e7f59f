/**
 * The sigma node and edge reducers that draw the focus: nodes in focus keep their colour, come
 * to the front and (up to a cap) show their label; marked nodes are highlighted; everything else
 * turns pale and loses its label. Sigma hands the reducers a fresh copy of the attributes, which
 * they change in place and return, so drawing a frame allocates nothing here.
 */
import type { Focus } from './focus';
import { DIM_EDGE_COLOR, DIM_NODE_COLOR } from './palette';

/** The node fields the reducer sets (sigma's NodeDisplayData subset). */
export interface ReducedNode {
  color: string;
  label: string | null;
  size: number;
  highlighted?: boolean;
  forceLabel?: boolean;
  zIndex?: number;
}

export interface ReducedEdge {
  color: string;
  size: number;
  zIndex?: number;
}

export function createReducers(getFocus: () => Focus | null): {
  nodeReducer: <T extends ReducedNode>(node: string, data: T) => T;
  edgeReducer: <T extends ReducedEdge>(edge: string, data: T) => T;
} {
  return {
    nodeReducer(node, data) {
      const focus = getFocus();
      if (!focus) return data;
      if (focus.nodes.has(node)) {
        data.zIndex = 2;
        if (focus.labelled.has(node)) data.forceLabel = true;
        if (focus.marked.has(node)) data.highlighted = true;
      } else {
        data.color = DIM_NODE_COLOR;
        data.label = '';
        data.zIndex = 0;
      }
      return data;
    },
    edgeReducer(edge, data) {
      const focus = getFocus();
      if (!focus) return data;
      if (focus.edges.has(edge)) {
        data.zIndex = 1;
      } else {
        data.color = DIM_EDGE_COLOR;
        data.zIndex = 0;
      }
      return data;
    },
  };
}
