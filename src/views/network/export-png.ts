/**
 * The network as a PNG at twice the on-screen resolution, made without freezing the page: the
 * renderer's current view (display data after the focus reducers, mapped with its own graph →
 * viewport transform and size scaling) becomes a scene in pixels on the main thread, and the PNG
 * worker draws it with the caption and legend band below.
 */
import { DEFAULT_EDGE_CURVATURE } from '@sigma/edge-curve';
import type Sigma from 'sigma';
import type { LegendRow } from './legend-model';
import type { PngPainter } from './png-client';
import { buildPngScene, type SceneEdgeInput, type SceneInput, type SceneNodeInput } from './png-scene';

/** What the renderer shows now, as the input of the scene builder. */
export function sceneInput(renderer: Sigma, legend: readonly LegendRow[], caption: readonly string[]): SceneInput {
  const graph = renderer.getGraph();
  const settings = renderer.getSettings();
  const { width, height } = renderer.getDimensions();
  const nodes: SceneNodeInput[] = [];
  graph.forEachNode((key, a) => {
    const d = renderer.getNodeDisplayData(key);
    if (!d) return;
    nodes.push({
      key, x: Number(a.x), y: Number(a.y), size: d.size, color: d.color, label: d.label,
      hidden: d.hidden, zIndex: d.zIndex, forceLabel: d.forceLabel, highlighted: d.highlighted,
    });
  });
  const edges: SceneEdgeInput[] = [];
  graph.forEachEdge((key, _a, source, target) => {
    const d = renderer.getEdgeDisplayData(key);
    if (!d) return;
    const c = (d as { curvature?: unknown }).curvature;
    const curvature = d.type === 'curved' ? (typeof c === 'number' ? c : DEFAULT_EDGE_CURVATURE) : 0;
    edges.push({ source, target, size: d.size, color: d.color, curvature, hidden: d.hidden, zIndex: d.zIndex });
  });
  return {
    view: {
      width,
      height,
      toViewport: (p) => renderer.graphToViewport(p),
      scaleSize: (size) => renderer.scaleSize(size),
      minEdgeThickness: settings.minEdgeThickness,
      labelThreshold: settings.labelRenderedSizeThreshold,
      shownLabels: renderer.getNodeDisplayedLabels(),
      label: { font: settings.labelFont, size: settings.labelSize, weight: settings.labelWeight, color: settings.labelColor.color ?? '#000' },
    },
    nodes,
    edges,
    legend,
    caption,
  };
}

/** PNG (or SVG) of the renderer's current view with legend and caption, drawn by `painter`. */
export async function exportNetworkPng(
  renderer: Sigma, legend: readonly LegendRow[], caption: readonly string[], painter: PngPainter, format: 'png' | 'svg' = 'png',
): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  if (!(width > 0 && height > 0)) throw new Error('The network is not visible, so there is nothing to export.');
  return painter.paint(buildPngScene(sceneInput(renderer, legend, caption)), format);
}
