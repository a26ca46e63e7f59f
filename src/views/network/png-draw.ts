/**
 * Draws a PNG scene (png-scene.ts) with a 2D context, in the PNG worker on an OffscreenCanvas
 * (or on a page canvas where workers cannot draw): white background, edges as lines and
 * quadratic curves with arrowheads, nodes as filled circles with a thin border, the labels that
 * do not overlap (highlighted ones in a white box, as on screen), then a band below the network
 * with the caption and the legend.
 */
import { bandLayout, drawCaption, drawLegend, measureCaption, measureLegend, type Canvas2D } from './canvas-legend';
import { placeLabels, textBox, type LabelBox } from './label-placement';
import type { PngScene, SceneLabel } from './png-scene-data';

const BAND_BACKGROUND = '#f7f8fa';
const BAND_RULE = '#e4e7ec';
/** A faint light rim, so touching nodes stay apart without changing their look. */
const NODE_BORDER = 'rgba(255, 255, 255, 0.55)';
/** Node border width and label padding, in CSS pixels. */
const NODE_BORDER_WIDTH = 0.25;
const LABEL_PAD = 1;
/** Label box of highlighted nodes, as sigma's hover drawing: padding in CSS pixels, shadow blur in output pixels. */
const BOX_PADDING = 2;
const BOX_SHADOW_BLUR = 8;

/** A canvas that can be drawn on: a page canvas or an OffscreenCanvas. */
export interface DrawableCanvas {
  width: number;
  height: number;
}

/** Where the band under the network goes, in CSS pixels, and the whole picture's size in output pixels. */
export interface PictureLayout {
  width: number;
  height: number;
  band: ReturnType<typeof bandLayout>;
}

/** Size of the picture with its caption and legend band, measured with `measure`'s fonts. */
export function pictureLayout(measure: Canvas2D, scene: PngScene): PictureLayout {
  const cssWidth = scene.width / scene.scale;
  const legend = scene.legend.length > 0 ? measureLegend(measure, scene.legend) : { width: 0, height: 0 };
  const band = bandLayout(cssWidth, measureCaption(measure, scene.caption), legend);
  return { width: scene.width, height: scene.height + Math.ceil(band.height * scene.scale), band };
}

/** Whether a canvas colour is see-through (then it gets no border). */
function translucent(color: string): boolean {
  const m = /^rgba\(.*,\s*([\d.]+)\s*\)$/.exec(color);
  return m !== null && Number(m[1]) < 1;
}

function drawEdges(ctx: Canvas2D, scene: PngScene): void {
  const { edges, colors } = scene;
  const { path, head } = edges;
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'round';
  for (let i = 0; i < edges.count; i++) {
    const color = colors[edges.color[i]!] ?? '#000';
    const p = i * 6;
    ctx.strokeStyle = color;
    ctx.fillStyle = color;
    ctx.lineWidth = edges.width[i]!;
    ctx.beginPath();
    ctx.moveTo(path[p]!, path[p + 1]!);
    if (edges.curved[i]) ctx.quadraticCurveTo(path[p + 2]!, path[p + 3]!, path[p + 4]!, path[p + 5]!);
    else ctx.lineTo(path[p + 4]!, path[p + 5]!);
    ctx.stroke();
    ctx.beginPath();
    ctx.moveTo(head[p]!, head[p + 1]!);
    ctx.lineTo(head[p + 2]!, head[p + 3]!);
    ctx.lineTo(head[p + 4]!, head[p + 5]!);
    ctx.closePath();
    ctx.fill();
  }
}

function drawNode(ctx: Canvas2D, x: number, y: number, radius: number, color: string, borderWidth: number): void {
  ctx.beginPath();
  ctx.arc(x, y, radius, 0, 2 * Math.PI);
  ctx.fillStyle = color;
  ctx.fill();
  if (borderWidth > 0 && !translucent(color) && radius > 2 * borderWidth) {
    ctx.lineWidth = borderWidth;
    ctx.strokeStyle = NODE_BORDER;
    ctx.stroke();
  }
}

function drawNodes(ctx: Canvas2D, scene: PngScene): void {
  const { nodes, colors } = scene;
  const border = NODE_BORDER_WIDTH * scene.scale;
  for (let i = 0; i < nodes.count; i++) {
    drawNode(ctx, nodes.x[i]!, nodes.y[i]!, nodes.radius[i]!, colors[nodes.color[i]!] ?? '#000', border);
  }
}

/** The white box with a shadow sigma draws behind a hovered or highlighted node and its label. */
function drawLabelBox(ctx: Canvas2D, label: SceneLabel, textWidth: number, size: number, k: number): void {
  const pad = BOX_PADDING * k;
  const boxWidth = Math.round(textWidth + 5 * k);
  const boxHeight = Math.round(size + 2 * pad);
  const radius = Math.max(label.nodeRadius, size / 2) + pad;
  const angle = Math.asin(Math.min(1, boxHeight / 2 / radius));
  const dx = Math.sqrt(Math.abs(radius * radius - (boxHeight / 2) ** 2));
  const { nodeX: x, nodeY: y } = label;
  ctx.save();
  ctx.fillStyle = '#ffffff';
  ctx.shadowOffsetX = 0;
  ctx.shadowOffsetY = 0;
  ctx.shadowBlur = BOX_SHADOW_BLUR;
  ctx.shadowColor = '#000000';
  ctx.beginPath();
  ctx.moveTo(x + dx, y + boxHeight / 2);
  ctx.lineTo(x + radius + boxWidth, y + boxHeight / 2);
  ctx.lineTo(x + radius + boxWidth, y - boxHeight / 2);
  ctx.lineTo(x + dx, y - boxHeight / 2);
  ctx.arc(x, y, radius, angle, -angle);
  ctx.closePath();
  ctx.fill();
  ctx.restore();
}

function labelBoxOf(label: SceneLabel, width: number, size: number, k: number): LabelBox {
  const box = textBox(label.x, label.y, width, size, LABEL_PAD * k, label.forced);
  if (!label.boxed) return box;
  const r = Math.max(label.nodeRadius, size / 2) + BOX_PADDING * k;
  return { ...box, x0: Math.min(box.x0, label.nodeX - r), y0: Math.min(box.y0, label.nodeY - r), y1: Math.max(box.y1, label.nodeY + r) };
}

function drawLabels(ctx: Canvas2D, scene: PngScene): void {
  const { labels, labelStyle: style, scale: k } = scene;
  ctx.font = style.font;
  ctx.textBaseline = 'alphabetic';
  ctx.textAlign = 'left';
  const widths = labels.map((l) => ctx.measureText(l.text).width);
  const keep = placeLabels(labels.map((l, i) => labelBoxOf(l, widths[i]!, style.size, k)));
  // Plain labels first, then the boxed ones over them (sigma's label and hover layers).
  labels.forEach((l, i) => {
    if (!keep[i] || l.boxed) return;
    ctx.fillStyle = style.color;
    ctx.fillText(l.text, l.x, l.y);
  });
  labels.forEach((l, i) => {
    if (!keep[i] || !l.boxed) return;
    drawLabelBox(ctx, l, widths[i]!, style.size, k);
    ctx.font = style.font;
    ctx.fillStyle = style.color;
    ctx.fillText(l.text, l.x, l.y);
    drawNode(ctx, l.nodeX, l.nodeY, l.nodeRadius, scene.colors[l.nodeColor] ?? '#000', NODE_BORDER_WIDTH * k);
  });
}

function drawBand(ctx: Canvas2D, scene: PngScene, layout: PictureLayout): void {
  const k = scene.scale;
  const cssWidth = scene.width / k;
  const top = scene.height / k;
  ctx.save();
  ctx.setTransform(k, 0, 0, k, 0, 0);
  ctx.fillStyle = BAND_BACKGROUND;
  ctx.fillRect(0, top, cssWidth, layout.band.height);
  ctx.fillStyle = BAND_RULE;
  ctx.fillRect(0, top, cssWidth, 1);
  drawCaption(ctx, scene.caption, 0, top, layout.band.captionWidth);
  if (scene.legend.length > 0) drawLegend(ctx, scene.legend, layout.band.legendX, top + layout.band.legendY);
  ctx.restore();
}

/** Draws the whole picture; the context's canvas must be `layout.width` × `layout.height`. */
export function drawScene(ctx: Canvas2D, scene: PngScene, layout: PictureLayout): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.fillStyle = scene.background;
  ctx.fillRect(0, 0, layout.width, layout.height);
  ctx.save();
  ctx.beginPath();
  ctx.rect(0, 0, scene.width, scene.height);
  ctx.clip();
  drawEdges(ctx, scene);
  drawNodes(ctx, scene);
  drawLabels(ctx, scene);
  ctx.restore();
  drawBand(ctx, scene, layout);
}

/**
 * Sizes `canvas` for the scene and draws it. `context` gets the canvas's 2D context (it differs
 * between page and offscreen canvases only in type).
 */
export function paintScene<C extends DrawableCanvas>(canvas: C, context: (c: C) => Canvas2D | null, scene: PngScene): void {
  const measure = context(canvas);
  if (!measure) throw new Error('The browser could not create a drawing canvas.');
  const layout = pictureLayout(measure, scene);
  canvas.width = layout.width;
  canvas.height = layout.height;
  // Resizing reset the context.
  const ctx = context(canvas);
  if (!ctx) throw new Error('The browser could not create a drawing canvas.');
  drawScene(ctx, scene, layout);
}
