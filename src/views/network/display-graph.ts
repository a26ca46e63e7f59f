/**
 * The graph sigma draws, owned by the network view (the memoised graph of `visibleGraph` is
 * never touched): one node per participant with fixed x/y from the layout, and the visible
 * reply edges with their drawing attributes. A filter change updates edges, sizes and colours
 * in place and keeps every position.
 */
import { DirectedGraph } from 'graphology';
import type Graph from 'graphology';
import type { ThreadGraph } from '../../core/graph/build';
import { edgeShape, type EdgeProgramName } from './curvature';
import type { NodeEncoding } from './node-encoding';
import { OTHER_COMMUNITY_COLOR, edgeColor, fadedColor, focusEdgeColor } from './palette';
import { edgeSize, edgeSizeRange, type PixelRange } from './scales';

export interface DisplayNodeAttributes {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
}

export interface DisplayEdgeAttributes {
  size: number;
  color: string;
  type: EdgeProgramName;
  curvature: number;
  /** Replies from source to target. */
  weight: number;
  /** Colour when the edge is highlighted. */
  focusColor: string;
}

export type DisplayGraph = DirectedGraph<DisplayNodeAttributes, DisplayEdgeAttributes>;

/** What the display graph holds after a sync, for the legend and the test hooks. */
export interface DisplayStats {
  nodes: number;
  edges: number;
  minWeight: number;
  maxWeight: number;
  edgeRange: PixelRange;
}

/** A display graph with the nodes (label, x, y) of `positioned`, no edges yet. */
export function createDisplayGraph(positioned: Graph): DisplayGraph {
  const display: DisplayGraph = new DirectedGraph<DisplayNodeAttributes, DisplayEdgeAttributes>();
  positioned.forEachNode((id, a) => {
    display.addNode(id, {
      x: Number(a.x) || 0,
      y: Number(a.y) || 0,
      size: 3,
      color: OTHER_COMMUNITY_COLOR,
      label: typeof a.label === 'string' ? a.label : id,
    });
  });
  return display;
}

/** Copies x/y of every node of `from` onto the display graph (one graph event). */
export function copyPositions(from: Graph, display: DisplayGraph): void {
  display.updateEachNodeAttributes((id, a) => {
    if (from.hasNode(id)) {
      const p = from.getNodeAttributes(id);
      a.x = p.x as number;
      a.y = p.y as number;
    }
    return a;
  }, { attributes: ['x', 'y'] });
}

function sameEdge(a: DisplayEdgeAttributes, b: DisplayEdgeAttributes): boolean {
  return a.size === b.size && a.color === b.color && a.focusColor === b.focusColor && a.type === b.type && a.curvature === b.curvature && a.weight === b.weight;
}

/**
 * Brings the display graph in line with the visible graph: node sizes and colours from the
 * encoding (pale for participants outside `active`, when given), and one edge per visible edge,
 * curved when its reverse is visible too. Positions are kept.
 */
export function syncDisplayGraph(display: DisplayGraph, visible: ThreadGraph, encoding: NodeEncoding, active: Set<string> | null): DisplayStats {
  visible.forEachNode((id, a) => {
    if (!display.hasNode(id)) display.addNode(id, { x: 0, y: 0, size: 3, color: OTHER_COMMUNITY_COLOR, label: a.label });
  });
  const colorOf = new Map<string, string>();
  display.updateEachNodeAttributes((id, a) => {
    const base = encoding.colors.get(id) ?? OTHER_COMMUNITY_COLOR;
    const color = active && !active.has(id) ? fadedColor(base) : base;
    colorOf.set(id, color);
    a.size = encoding.sizes.get(id) ?? a.size;
    a.color = color;
    return a;
  }, { attributes: ['size', 'color'] });

  let minWeight = Infinity;
  let maxWeight = 0;
  visible.forEachEdge((_e, a) => {
    if (a.weight < minWeight) minWeight = a.weight;
    if (a.weight > maxWeight) maxWeight = a.weight;
  });
  if (!Number.isFinite(minWeight)) minWeight = 0;
  const edgeRange = edgeSizeRange(visible.size);

  const stale: string[] = [];
  display.forEachEdge((key) => {
    if (!visible.hasEdge(key)) stale.push(key);
  });
  for (const key of stale) display.dropEdge(key);

  visible.forEachEdge((key, a, source, target) => {
    const shape = edgeShape(visible.hasDirectedEdge(target, source));
    const sourceColor = colorOf.get(source) ?? OTHER_COMMUNITY_COLOR;
    const attrs: DisplayEdgeAttributes = {
      size: edgeSize(a.weight, maxWeight, edgeRange),
      color: edgeColor(sourceColor),
      focusColor: focusEdgeColor(sourceColor),
      type: shape.type,
      curvature: shape.curvature,
      weight: a.weight,
    };
    if (display.hasEdge(key)) {
      const old = display.getEdgeAttributes(key);
      if (sameEdge(old, attrs)) return;
      // A change of program (straight ↔ curved) is re-added so the renderer re-indexes it.
      if (old.type !== attrs.type) {
        display.dropEdge(key);
        display.addDirectedEdgeWithKey(key, source, target, attrs);
      } else {
        display.replaceEdgeAttributes(key, attrs);
      }
    } else {
      display.addDirectedEdgeWithKey(key, source, target, attrs);
    }
  });
  return { nodes: display.order, edges: display.size, minWeight, maxWeight, edgeRange };
}
