/**
 * Draws a scene's arcs and marks onto a 2D canvas (used above a few thousand marks, where canvas
 * is several times faster than SVG). Shapes are drawn grouped by style (opacity and width rounded
 * to small steps) so the context's state changes a few dozen times, not once per shape; each
 * shape is still its own small path, which software rasterisers handle fastest. The caller scales
 * the context for the device pixel ratio or for a 2× export (paintCanvas does it for the view);
 * everything here is in CSS pixels.
 */
import type { Scene } from './scene';
import { arcGeometry, arcPaint, markPaint, STUB_TICK } from './scene';

/** Opacity and width steps of a style group: finer than the eye can tell apart at these sizes. */
const OPACITY_STEP = 0.05;
const WIDTH_STEP = 0.25;

const step = (v: number, s: number) => Math.round(v / s) * s;

interface Styled<T> {
  key: string;
  /** Drawing order: lower first. */
  rank: number;
  item: T;
}

/** Items sorted by rank, then grouped by style key (stable within a group). */
function grouped<T>(items: Styled<T>[]): Styled<T>[] {
  return items.sort((a, b) => a.rank - b.rank || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function drawArcs(ctx: CanvasRenderingContext2D, scene: Scene): void {
  const emphasised = scene.emphasis.arcs;
  const items: Styled<number>[] = [];
  const paints = scene.model.arcs.map((_, i) => arcPaint(scene, i));
  paints.forEach((p, i) => {
    const key = `${p.color}|${step(p.opacity, OPACITY_STEP)}|${step(p.width, WIDTH_STEP)}|${p.dashed ? 1 : 0}`;
    items.push({ key, rank: emphasised?.has(i) ? 1 : 0, item: i });
  });
  let current = '';
  for (const { key, item: i } of grouped(items)) {
    if (key !== current) {
      const p = paints[i]!;
      ctx.globalAlpha = step(p.opacity, OPACITY_STEP);
      ctx.strokeStyle = p.color;
      ctx.lineWidth = step(p.width, WIDTH_STEP);
      ctx.setLineDash(p.dashed ? [3, 2] : []);
      current = key;
    }
    const g = arcGeometry(scene, i);
    ctx.beginPath();
    ctx.moveTo(g.x1, g.y1);
    if (g.stub) {
      ctx.lineTo(g.x2, g.y2);
      ctx.moveTo(g.x2 - STUB_TICK, g.y2);
      ctx.lineTo(g.x2 + STUB_TICK, g.y2);
    } else {
      ctx.quadraticCurveTo(g.cx, g.cy, g.x2, g.y2);
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

function drawMarks(ctx: CanvasRenderingContext2D, scene: Scene): void {
  const { model, layout } = scene;
  const paints = model.marks.map((_, i) => markPaint(scene, i));
  // Faint marks first, so emphasised ones stay on top.
  const items = paints.map((p, i) => ({ key: `${p.fill}|${step(p.opacity, OPACITY_STEP)}`, rank: p.opacity, item: i }));
  ctx.lineWidth = 0.75;
  ctx.strokeStyle = '#ffffff';
  let current = '';
  for (const { key, item: i } of grouped(items)) {
    const p = paints[i]!;
    if (key !== current) {
      ctx.globalAlpha = step(p.opacity, OPACITY_STEP);
      ctx.fillStyle = p.fill;
      current = key;
    }
    const m = model.marks[i]!;
    ctx.beginPath();
    ctx.arc(layout.toPx(m.x), layout.laneY(m.lane), p.radius, 0, Math.PI * 2);
    ctx.fill();
    if (p.radius >= 3) ctx.stroke();
  }
  const ring = scene.emphasis.ring;
  if (ring !== null) {
    const m = model.marks[ring]!;
    ctx.globalAlpha = 1;
    ctx.strokeStyle = '#111827';
    ctx.lineWidth = 1.5;
    ctx.beginPath();
    ctx.arc(layout.toPx(m.x), layout.laneY(m.lane), layout.markRadius + 4, 0, Math.PI * 2);
    ctx.stroke();
  }
  ctx.globalAlpha = 1;
}

/** Draws arcs then marks; the context is assumed clear (or filled) and scaled by the caller. */
export function drawCanvasScene(ctx: CanvasRenderingContext2D, scene: Scene): void {
  drawArcs(ctx, scene);
  drawMarks(ctx, scene);
}

/**
 * Paints a scene onto the view's canvas: sizes it for the device pixel ratio (keeping its CSS
 * size the scene's), clears it, draws the scene and shows it.
 */
export function paintCanvas(canvas: HTMLCanvasElement, scene: Scene): void {
  const ratio = window.devicePixelRatio || 1;
  const w = scene.layout.width, h = scene.layout.height;
  if (canvas.width !== Math.round(w * ratio) || canvas.height !== Math.round(h * ratio)) {
    canvas.width = Math.round(w * ratio);
    canvas.height = Math.round(h * ratio);
    canvas.style.width = `${w}px`;
    canvas.style.height = `${h}px`;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, w, h);
  drawCanvasScene(ctx, scene);
  canvas.style.display = 'block';
}
