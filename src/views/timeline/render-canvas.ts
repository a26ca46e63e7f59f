/**
 * Draws a scene's arcs and marks onto a 2D canvas (used above a few thousand marks, where canvas
 * is several times faster than SVG). The caller scales the context for the device pixel ratio or
 * for a 2× export; everything here is in CSS pixels.
 */
import type { Scene } from './scene';
import { arcGeometry, arcPaint, markPaint } from './scene';

function drawArcs(ctx: CanvasRenderingContext2D, scene: Scene): void {
  const emphasised = scene.emphasis.arcs;
  const order = scene.model.arcs.map((_, i) => i);
  if (emphasised) order.sort((a, b) => Number(emphasised.has(a)) - Number(emphasised.has(b)));
  for (const i of order) {
    const g = arcGeometry(scene, i);
    const paint = arcPaint(scene, i);
    ctx.globalAlpha = paint.opacity;
    ctx.strokeStyle = paint.color;
    ctx.lineWidth = paint.width;
    ctx.setLineDash(paint.dashed ? [3, 2] : []);
    ctx.beginPath();
    ctx.moveTo(g.x1, g.y1);
    if (g.stub) {
      ctx.lineTo(g.x2, g.y2);
      ctx.moveTo(g.x2 - 4, g.y2);
      ctx.lineTo(g.x2 + 4, g.y2);
    } else {
      ctx.quadraticCurveTo(g.cx, g.cy, g.x2, g.y2);
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
}

function drawMarks(ctx: CanvasRenderingContext2D, scene: Scene): void {
  const { model, layout } = scene;
  ctx.lineWidth = 0.75;
  ctx.strokeStyle = '#ffffff';
  for (let i = 0; i < model.marks.length; i++) {
    const m = model.marks[i]!;
    const paint = markPaint(scene, i);
    const x = layout.toPx(m.x), y = layout.laneY(m.lane);
    ctx.globalAlpha = paint.opacity;
    ctx.fillStyle = paint.fill;
    ctx.beginPath();
    ctx.arc(x, y, paint.radius, 0, Math.PI * 2);
    ctx.fill();
    if (paint.radius >= 3) ctx.stroke();
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
