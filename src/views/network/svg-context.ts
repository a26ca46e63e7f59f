/**
 * The pictures as SVG, drawn by the same code as the PNGs (the network's png-draw.ts and
 * canvas-legend.ts, the timeline's canvas marks) on a 2D-context look-alike that writes SVG
 * elements instead of pixels: paths for lines, curves, arrowheads and circles, text for labels,
 * caption and legend, a gradient, a clip, a drop shadow, opacity and dashes. Only what that code uses is recorded; text is measured with a real context (a
 * page canvas or an OffscreenCanvas), so label placement and cuts are the PNG's. Text is
 * escaped, never markup.
 */
import type { Canvas2D } from './canvas-legend';
import { drawScene, pictureLayout } from './png-draw';
import type { PngScene } from './png-scene-data';
import { escapeXml } from '../../core/export/xml-text';

type Matrix = [number, number, number, number, number, number];

interface State {
  transform: Matrix;
  fillStyle: string | SvgGradient;
  strokeStyle: string | SvgGradient;
  lineWidth: number;
  lineCap: string;
  lineJoin: string;
  font: string;
  textBaseline: string;
  textAlign: string;
  shadowBlur: number;
  shadowColor: string;
  shadowOffsetX: number;
  shadowOffsetY: number;
  globalAlpha: number;
  dash: number[];
  clip: string | null;
}

/** A linear gradient made by createLinearGradient; written to the defs when first used. */
class SvgGradient {
  readonly stops: [number, string][] = [];
  id: string | null = null;
  constructor(readonly x0: number, readonly y0: number, readonly x1: number, readonly y1: number) {}
  addColorStop(offset: number, color: string): void {
    this.stops.push([offset, color]);
  }
}

const num = (n: number): string => String(Math.round(n * 100) / 100);

/** A 2D-context look-alike that writes SVG (see the module comment). */
export class SvgContext {
  private state: State = {
    transform: [1, 0, 0, 1, 0, 0], fillStyle: '#000', strokeStyle: '#000', lineWidth: 1, lineCap: 'butt', lineJoin: 'miter',
    font: '10px sans-serif', textBaseline: 'alphabetic', textAlign: 'start', shadowBlur: 0, shadowColor: 'rgba(0, 0, 0, 0)',
    shadowOffsetX: 0, shadowOffsetY: 0, globalAlpha: 1, dash: [], clip: null,
  };
  private readonly stack: State[] = [];
  private path: string[] = [];
  private readonly defs: string[] = [];
  private readonly body: string[] = [];
  private ids = 0;

  constructor(private readonly measure: Canvas2D) {}

  // The drawing state, as canvas properties.
  get fillStyle(): string | SvgGradient { return this.state.fillStyle; }
  set fillStyle(v: string | SvgGradient) { this.state.fillStyle = v; }
  get strokeStyle(): string | SvgGradient { return this.state.strokeStyle; }
  set strokeStyle(v: string | SvgGradient) { this.state.strokeStyle = v; }
  get lineWidth(): number { return this.state.lineWidth; }
  set lineWidth(v: number) { this.state.lineWidth = v; }
  set lineCap(v: string) { this.state.lineCap = v; }
  set lineJoin(v: string) { this.state.lineJoin = v; }
  get font(): string { return this.state.font; }
  set font(v: string) { this.state.font = v; }
  set textBaseline(v: string) { this.state.textBaseline = v; }
  set textAlign(v: string) { this.state.textAlign = v; }
  set shadowBlur(v: number) { this.state.shadowBlur = v; }
  set shadowColor(v: string) { this.state.shadowColor = v; }
  set shadowOffsetX(v: number) { this.state.shadowOffsetX = v; }
  set shadowOffsetY(v: number) { this.state.shadowOffsetY = v; }
  get globalAlpha(): number { return this.state.globalAlpha; }
  set globalAlpha(v: number) { this.state.globalAlpha = v; }
  setLineDash(segments: number[]): void { this.state.dash = [...segments]; }
  /** Nothing to clear: the document starts empty. */
  clearRect(): void {}

  save(): void { this.stack.push({ ...this.state }); }
  restore(): void { this.state = this.stack.pop() ?? this.state; }
  setTransform(a: number, b: number, c: number, d: number, e: number, f: number): void { this.state.transform = [a, b, c, d, e, f]; }

  measureText(text: string): TextMetrics {
    this.measure.font = this.state.font;
    return this.measure.measureText(text);
  }

  createLinearGradient(x0: number, y0: number, x1: number, y1: number): SvgGradient {
    return new SvgGradient(x0, y0, x1, y1);
  }

  // Paths, kept in user space; the transform in force when they are painted goes on the element.
  beginPath(): void { this.path = []; }
  moveTo(x: number, y: number): void { this.path.push(`M${num(x)} ${num(y)}`); }
  lineTo(x: number, y: number): void { this.path.push(`L${num(x)} ${num(y)}`); }
  quadraticCurveTo(cx: number, cy: number, x: number, y: number): void { this.path.push(`Q${num(cx)} ${num(cy)} ${num(x)} ${num(y)}`); }
  closePath(): void { this.path.push('Z'); }
  rect(x: number, y: number, w: number, h: number): void { this.path.push(`M${num(x)} ${num(y)}h${num(w)}v${num(h)}h${num(-w)}Z`); }

  /** A canvas arc: clockwise from `start` to `end` (radians, y down), joined to the path by a line. */
  arc(x: number, y: number, r: number, start: number, end: number): void {
    let sweep = end - start;
    if (sweep >= 2 * Math.PI) {
      // A whole circle: two half arcs.
      this.path.push(`M${num(x + r)} ${num(y)}A${num(r)} ${num(r)} 0 1 1 ${num(x - r)} ${num(y)}A${num(r)} ${num(r)} 0 1 1 ${num(x + r)} ${num(y)}`);
      return;
    }
    while (sweep < 0) sweep += 2 * Math.PI;
    const sx = x + r * Math.cos(start), sy = y + r * Math.sin(start);
    const ex = x + r * Math.cos(start + sweep), ey = y + r * Math.sin(start + sweep);
    this.path.push(`${this.path.length ? 'L' : 'M'}${num(sx)} ${num(sy)}A${num(r)} ${num(r)} 0 ${sweep > Math.PI ? 1 : 0} 1 ${num(ex)} ${num(ey)}`);
  }

  fill(): void { this.emit('path', `d="${this.path.join('')}" fill="${this.paint(this.state.fillStyle)}"`, true); }

  stroke(): void {
    const s = this.state;
    const dash = s.dash.length ? ` stroke-dasharray="${s.dash.map(num).join(' ')}"` : '';
    this.emit('path', `d="${this.path.join('')}" fill="none" stroke="${this.paint(s.strokeStyle)}" stroke-width="${num(s.lineWidth)}" stroke-linecap="${s.lineCap}" stroke-linejoin="${s.lineJoin}"${dash}`, false);
  }

  fillRect(x: number, y: number, w: number, h: number): void {
    this.emit('rect', `x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${this.paint(this.state.fillStyle)}"`, true);
  }

  clip(): void {
    const id = `clip${++this.ids}`;
    this.defs.push(`<clipPath id="${id}"><path d="${this.path.join('')}"${this.transformAttr()}/></clipPath>`);
    this.state.clip = id;
  }

  fillText(text: string, x: number, y: number): void {
    const s = this.state;
    const baseline = s.textBaseline === 'middle' ? ' dominant-baseline="central"' : '';
    const anchor = s.textAlign === 'center' ? ' text-anchor="middle"' : s.textAlign === 'right' || s.textAlign === 'end' ? ' text-anchor="end"' : '';
    this.emit('text', `x="${num(x)}" y="${num(y)}" style="font: ${escapeXml(s.font)}" fill="${this.paint(s.fillStyle)}"${baseline}${anchor}`, true, escapeXml(text));
  }

  /** What was drawn, as SVG elements (their definitions first), to put in a document. */
  fragment(): string {
    return [this.defs.length ? `<defs>${this.defs.join('')}</defs>` : '', ...this.body].filter(Boolean).join('\n');
  }

  /** The picture as an SVG document of `width` × `height`. */
  document(width: number, height: number): string {
    return [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
      this.fragment(),
      '</svg>',
    ].filter(Boolean).join('\n') + '\n';
  }

  private transformAttr(): string {
    const [a, b, c, d, e, f] = this.state.transform;
    return a === 1 && b === 0 && c === 0 && d === 1 && e === 0 && f === 0 ? '' : ` transform="matrix(${[a, b, c, d, e, f].map(num).join(' ')})"`;
  }

  /** A colour, or the url of a gradient (its element written the first time). */
  private paint(style: string | SvgGradient): string {
    if (typeof style === 'string') return escapeXml(style);
    if (!style.id) {
      style.id = `grad${++this.ids}`;
      const stops = style.stops.map(([o, c]) => `<stop offset="${num(o)}" stop-color="${escapeXml(c)}"/>`).join('');
      this.defs.push(`<linearGradient id="${style.id}" gradientUnits="userSpaceOnUse" x1="${num(style.x0)}" y1="${num(style.y0)}" x2="${num(style.x1)}" y2="${num(style.y1)}">${stops}</linearGradient>`);
    }
    return `url(#${style.id})`;
  }

  /** Writes one element with the transform, clip and (for fills) shadow in force. */
  private emit(tag: string, attrs: string, filled: boolean, content?: string): void {
    const s = this.state;
    let extra = this.transformAttr();
    if (s.globalAlpha < 1) extra += ` opacity="${num(s.globalAlpha)}"`;
    if (s.clip) extra += ` clip-path="url(#${s.clip})"`;
    if (filled && s.shadowBlur > 0) {
      const id = `shadow${++this.ids}`;
      this.defs.push(`<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feDropShadow dx="${num(s.shadowOffsetX)}" dy="${num(s.shadowOffsetY)}" stdDeviation="${num(s.shadowBlur / 2)}" flood-color="${escapeXml(s.shadowColor)}" flood-opacity="0.6"/></filter>`);
      extra += ` filter="url(#${id})"`;
    }
    this.body.push(content === undefined ? `<${tag} ${attrs}${extra}/>` : `<${tag} ${attrs}${extra}>${content}</${tag}>`);
  }
}

/** The scene as an SVG document: the PNG's picture, caption and legend band included. `measure` measures text. */
export function sceneSvg(scene: PngScene, measure: Canvas2D): string {
  const layout = pictureLayout(measure, scene);
  const ctx = new SvgContext(measure);
  drawScene(ctx as unknown as Canvas2D, scene, layout);
  return ctx.document(layout.width, layout.height);
}
