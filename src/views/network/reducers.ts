/**
 * The sigma node and edge reducers that draw the focus: nodes in focus keep their colour, come
 * to the front and (up to a cap) show their label; marked nodes are highlighted; edges in focus
 * take a stronger colour; everything else turns faint and loses its label. Sigma hands the reducers a fresh copy of the attributes, which
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
  hidden?: boolean;
  /** Colour to use when the edge is in focus (display graph attribute). */
  focusColor?: string;
}

/**
 * `hideDimmedEdges` (checked per frame) hides edges outside the focus instead of drawing them
 * faint: on big networks that saves most of the frame on software WebGL.
 */
export function createReducers(getFocus: () => Focus | null, hideDimmedEdges: () => boolean = () => false): {
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
        if (data.focusColor) data.color = data.focusColor;
      } else {
        data.color = DIM_EDGE_COLOR;
        data.zIndex = 0;
        if (hideDimmedEdges()) data.hidden = true;
      }
      return data;
    },
  };
}
