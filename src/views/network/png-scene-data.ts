/**
 * The network PNG scene as plain data, in output pixels: what png-scene.ts builds on the main
 * thread and png-draw.ts draws in the PNG worker. Big arrays are typed arrays so they can be
 * transferred, not copied (sceneTransferables).
 */
import type { LegendRow } from './legend-model';

export interface SceneLabel {
  text: string;
  /** Start of the text's baseline. */
  x: number;
  y: number;
  /** The node it names (centre, radius, colour index): highlighted nodes are drawn again over their label box. */
  nodeX: number;
  nodeY: number;
  nodeRadius: number;
  nodeColor: number;
  /** Always drawn, even over another label (highlighted or forced by the focus). */
  forced: boolean;
  /** Drawn in a white box with a shadow, like a hovered node on screen. */
  boxed: boolean;
}

export interface SceneNodes {
  count: number;
  x: Float32Array;
  y: Float32Array;
  radius: Float32Array;
  /** Index into `colors`. */
  color: Uint32Array;
}

export interface SceneEdges {
  count: number;
  /** 1 for a quadratic curve, 0 for a straight line. */
  curved: Uint8Array;
  /** Per edge: start x, y (source centre), control x, y, end x, y (base of the arrowhead). */
  path: Float32Array;
  /** Per edge: tip x, y, then the two base corners x, y. */
  head: Float32Array;
  /** Line width (the arrowhead is ARROW_WIDTH_RATIO × the unfeathered thickness wide). */
  width: Float32Array;
  color: Uint32Array;
}

export interface PngScene {
  /** Size of the network picture in output pixels (the legend band goes below). */
  width: number;
  height: number;
  scale: number;
  background: string;
  /** Canvas colours (straight alpha), referenced by index. */
  colors: string[];
  edges: SceneEdges;
  nodes: SceneNodes;
  /** Label candidates in priority order; the drawer skips those that would overlap. */
  labels: SceneLabel[];
  labelStyle: { font: string; size: number; color: string };
  legend: LegendRow[];
  caption: string[];
}

/** The typed arrays of a scene, to transfer to the worker instead of copying them. */
export function sceneTransferables(scene: PngScene): ArrayBuffer[] {
  const { nodes, edges } = scene;
  return [nodes.x, nodes.y, nodes.radius, nodes.color, edges.curved, edges.path, edges.head, edges.width, edges.color]
    .map((a) => a.buffer as ArrayBuffer);
}
