/**
 * The network as a PNG at twice the on-screen resolution: @sigma/export-image renders the
 * current view (same camera, same highlight) with sizes and labels scaled up, and a band is
 * added below with the caption (thread title, active filters, encoding) and the legend.
 */
import { drawOnCanvas } from '@sigma/export-image';
import type Sigma from 'sigma';
import type { Settings } from 'sigma/settings';
import { bandLayout, drawCaption, drawLegend, measureCaption, measureLegend } from './canvas-legend';
import type { LegendRow } from './legend-model';

/** Output pixels per CSS pixel of the view. */
export const EXPORT_SCALE = 2;

/** Renderer settings for drawing the same view `k` times larger. */
function scaledSettings(settings: Settings, k: number): Partial<Settings> {
  const nodeReducer = settings.nodeReducer;
  const edgeReducer = settings.edgeReducer;
  return {
    labelSize: settings.labelSize * k,
    labelGridCellSize: settings.labelGridCellSize * k,
    labelRenderedSizeThreshold: settings.labelRenderedSizeThreshold * k,
    stagePadding: settings.stagePadding * k,
    minEdgeThickness: settings.minEdgeThickness * k,
    nodeReducer: (node, data) => {
      const d = nodeReducer ? nodeReducer(node, data) : data;
      return { ...d, size: (d.size ?? 2) * k };
    },
    edgeReducer: (edge, data) => {
      const d = edgeReducer ? edgeReducer(edge, data) : data;
      return { ...d, size: (d.size ?? 0.5) * k };
    },
  };
}

function canvasBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the picture as PNG.'))), 'image/png');
  });
}

/** PNG of the renderer's current view with legend and caption. */
export async function exportNetworkPng(renderer: Sigma, legend: readonly LegendRow[], caption: readonly string[]): Promise<Blob> {
  const { width, height } = renderer.getDimensions();
  if (!(width > 0 && height > 0)) throw new Error('The network is not visible, so there is nothing to export.');
  const pixelRatio = window.devicePixelRatio || 1;
  // drawOnCanvas multiplies by devicePixelRatio itself.
  const k = EXPORT_SCALE / pixelRatio;
  const graph = await drawOnCanvas(renderer, {
    width: Math.round(width * k),
    height: Math.round(height * k),
    backgroundColor: '#ffffff',
    sigmaSettings: scaledSettings(renderer.getSettings(), k),
  });
  const out = document.createElement('canvas');
  const measure = out.getContext('2d');
  if (!measure) throw new Error('The browser could not create a drawing canvas.');
  const cssWidth = graph.width / EXPORT_SCALE;
  const top = graph.height / EXPORT_SCALE;
  const band = bandLayout(cssWidth, measureCaption(measure, caption), legend.length > 0 ? measureLegend(measure, legend) : { width: 0, height: 0 });
  out.width = graph.width;
  out.height = graph.height + Math.ceil(band.height * EXPORT_SCALE);
  // Resizing reset the context; legend and caption are drawn in CSS pixels, scaled.
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(graph, 0, 0);
  ctx.setTransform(EXPORT_SCALE, 0, 0, EXPORT_SCALE, 0, 0);
  ctx.fillStyle = '#f7f8fa';
  ctx.fillRect(0, top, cssWidth, band.height);
  ctx.fillStyle = '#e4e7ec';
  ctx.fillRect(0, top, cssWidth, 1);
  drawCaption(ctx, caption, 0, top, band.captionWidth);
  if (legend.length > 0) drawLegend(ctx, legend, band.legendX, top + band.legendY);
  return canvasBlob(out);
}
