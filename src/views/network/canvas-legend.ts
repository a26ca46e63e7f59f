/**
 * Draws the legend rows and the caption lines onto a 2D canvas for the PNG export, in CSS
 * pixels (the caller scales the context). Text is drawn with fillText and cut to fit with "…".
 * Works on a page canvas and on an OffscreenCanvas in a worker.
 */
import type { LegendRow } from './legend-model';

/** A 2D drawing context, on the page or in a worker. */
export type Canvas2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';
const ROW_HEIGHT = 18;
const MARK_WIDTH = 32;
const PADDING = 10;
const MAX_TEXT_WIDTH = 480;
const INK = '#1f2328';
const MUTED = '#667085';

/** `text` cut with an ellipsis so it is at most `maxWidth` wide in the context's current font. */
export function fitText(ctx: Canvas2D, text: string, maxWidth: number): string {
  if (ctx.measureText(text).width <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo)}…`;
}

function fontFor(row: LegendRow): string {
  if (row.kind === 'heading') return `600 12px ${FONT}`;
  if (row.kind === 'note') return `italic 11px ${FONT}`;
  return `12px ${FONT}`;
}

function indent(row: LegendRow): number {
  return row.kind === 'heading' || row.kind === 'note' ? 0 : MARK_WIDTH;
}

/** Width and height the legend box takes. */
export function measureLegend(ctx: Canvas2D, rows: readonly LegendRow[]): { width: number; height: number } {
  let width = 0;
  for (const row of rows) {
    ctx.font = fontFor(row);
    width = Math.max(width, indent(row) + Math.min(MAX_TEXT_WIDTH, ctx.measureText(row.text).width));
  }
  return { width: width + 2 * PADDING, height: rows.length * ROW_HEIGHT + 2 * PADDING };
}

function dot(ctx: Canvas2D, x: number, y: number, r: number, color: string): void {
  ctx.beginPath();
  ctx.arc(x, y, r, 0, 2 * Math.PI);
  ctx.fillStyle = color;
  ctx.fill();
}

function drawMark(ctx: Canvas2D, row: LegendRow, x: number, y: number): void {
  if (row.kind === 'swatch') dot(ctx, x + 8, y, 5, row.color);
  else if (row.kind === 'circles') {
    const small = Math.max(2, Math.min(4, row.radii[0]));
    const big = Math.max(small + 1, Math.min(8, row.radii[1]));
    dot(ctx, x + 5, y, small, '#98a2b3');
    dot(ctx, x + 20, y, big, '#98a2b3');
  } else if (row.kind === 'gradient') {
    const g = ctx.createLinearGradient(x, 0, x + 32, 0);
    row.colors.forEach((c, i) => g.addColorStop(row.colors.length === 1 ? 0 : i / (row.colors.length - 1), c));
    ctx.fillStyle = g;
    ctx.fillRect(x, y - 5, 32, 10);
  } else if (row.kind === 'lines') {
    ctx.strokeStyle = '#98a2b3';
    row.widths.forEach((w, i) => {
      ctx.lineWidth = Math.max(1, w);
      ctx.beginPath();
      ctx.moveTo(x + i * 17, y);
      ctx.lineTo(x + i * 17 + 13, y);
      ctx.stroke();
    });
  }
}

/** Draws the legend with its top-left corner at (x, y) (no background: it sits in the caption band). */
export function drawLegend(ctx: Canvas2D, rows: readonly LegendRow[], x: number, y: number): void {
  ctx.textBaseline = 'middle';
  rows.forEach((row, i) => {
    const cy = y + PADDING + i * ROW_HEIGHT + ROW_HEIGHT / 2;
    const left = x + PADDING;
    drawMark(ctx, row, left, cy);
    ctx.font = fontFor(row);
    ctx.fillStyle = row.kind === 'note' ? MUTED : INK;
    ctx.fillText(fitText(ctx, row.text, MAX_TEXT_WIDTH), left + indent(row), cy);
  });
}

export const CAPTION_LINE_HEIGHT = 18;
export const CAPTION_PADDING = 10;

function captionFont(line: number): string {
  return line === 0 ? `600 13px ${FONT}` : `12px ${FONT}`;
}

/** Width and height the caption lines take (before any cut to fit). */
export function measureCaption(ctx: Canvas2D, lines: readonly string[]): { width: number; height: number } {
  let width = 0;
  lines.forEach((line, i) => {
    ctx.font = captionFont(i);
    width = Math.max(width, ctx.measureText(line).width);
  });
  return { width: width + 2 * CAPTION_PADDING, height: lines.length * CAPTION_LINE_HEIGHT + 2 * CAPTION_PADDING };
}

/** Draws the caption lines (first one bold) from (x, y), cut to `maxWidth`. */
export function drawCaption(ctx: Canvas2D, lines: readonly string[], x: number, y: number, maxWidth: number): void {
  ctx.textBaseline = 'middle';
  lines.forEach((line, i) => {
    ctx.font = captionFont(i);
    ctx.fillStyle = i === 0 ? INK : MUTED;
    ctx.fillText(fitText(ctx, line, maxWidth - 2 * CAPTION_PADDING), x + CAPTION_PADDING, y + CAPTION_PADDING + i * CAPTION_LINE_HEIGHT + CAPTION_LINE_HEIGHT / 2);
  });
}

/**
 * Where caption and legend go in the band under the picture: side by side when both fit in
 * the width, else the legend under the caption. Returns their offsets and the band height.
 */
export function bandLayout(width: number, caption: { width: number; height: number }, legend: { width: number; height: number }): {
  legendX: number;
  legendY: number;
  captionWidth: number;
  height: number;
} {
  if (caption.width + legend.width <= width) {
    return { legendX: width - legend.width, legendY: 0, captionWidth: width - legend.width, height: Math.max(caption.height, legend.height) };
  }
  return { legendX: 0, legendY: caption.height - CAPTION_PADDING, captionWidth: width, height: caption.height - CAPTION_PADDING + legend.height };
}
