/**
 * The timeline as a picture: a PNG at 2× (the SVG — frame, brush, and in SVG mode the marks —
 * serialised with XMLSerializer and drawn through an Image, the canvas marks of canvas mode
 * redrawn at 2× on top) or an SVG document (the same serialised SVG, the canvas marks drawn by
 * an SVG-writing context), with a caption line naming the active filters underneath. Only the
 * SVG is serialised, so the hover tooltip (comment text) never ends up in the picture.
 */
import { FONT_FAMILY } from './render-svg';
import { SvgContext } from '../network/svg-context';
import { escapeXml } from '../../core/export/xml-text';

export const EXPORT_SCALE = 2;
const CAPTION_PX = 22;

export interface PngSource {
  svg: SVGSVGElement;
  width: number;
  height: number;
  caption: string;
  /** Canvas mode: draws arcs and marks in CSS pixels onto a context already scaled. */
  drawMarks?: (ctx: CanvasRenderingContext2D) => void;
}

/** The timeline's SVG as a standalone document of `width` × `height`, without the brush's handles. */
function serialisedSvg(svg: SVGSVGElement, width: number, height: number): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(width));
  copy.setAttribute('height', String(height));
  copy.setAttribute('viewBox', `0 0 ${width} ${height}`);
  copy.removeAttribute('style');
  // Interaction-only parts of the brush carry no picture.
  copy.querySelectorAll('.overlay, .handle').forEach((n) => n.remove());
  return new XMLSerializer().serializeToString(copy);
}

function svgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const text = serialisedSvg(svg, width, height);
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The timeline picture could not be drawn.'));
    img.src = url;
  });
}

function fitText(ctx: CanvasRenderingContext2D, text: string, max: number): string {
  if (ctx.measureText(text).width <= max) return text;
  let cut = text.length;
  while (cut > 1 && ctx.measureText(`${text.slice(0, cut)}…`).width > max) cut--;
  return `${text.slice(0, cut)}…`;
}

export async function timelinePng(source: PngSource): Promise<Blob> {
  const { width, height } = source;
  const image = await svgImage(source.svg, width, height);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * EXPORT_SCALE);
  canvas.height = Math.ceil((height + CAPTION_PX) * EXPORT_SCALE);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the timeline picture (no 2D canvas).');
  ctx.scale(EXPORT_SCALE, EXPORT_SCALE);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height + CAPTION_PX);
  ctx.drawImage(image, 0, 0, width, height);
  source.drawMarks?.(ctx);
  ctx.globalAlpha = 1;
  ctx.fillStyle = '#344054';
  ctx.font = `12px ${FONT_FAMILY}`;
  ctx.textBaseline = 'middle';
  ctx.fillText(fitText(ctx, source.caption, width - 16), 8, height + CAPTION_PX / 2);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The timeline picture could not be encoded as PNG.'))), 'image/png');
  });
}

/** The timeline as an SVG document: the frame and marks, then the caption line underneath. */
export function timelineSvg(source: PngSource): Blob {
  const { width, height } = source;
  const measure = document.createElement('canvas').getContext('2d');
  if (!measure) throw new Error('This browser cannot measure the timeline picture\'s text (no 2D canvas).');
  let marks = '';
  if (source.drawMarks) {
    const ctx = new SvgContext(measure);
    source.drawMarks(ctx as unknown as CanvasRenderingContext2D);
    marks = ctx.fragment();
  }
  measure.font = `12px ${FONT_FAMILY}`;
  const total = height + CAPTION_PX;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${total}" viewBox="0 0 ${width} ${total}">`,
    `<rect x="0" y="0" width="${width}" height="${total}" fill="#ffffff"/>`,
    serialisedSvg(source.svg, width, height),
    marks,
    `<text x="8" y="${height + CAPTION_PX / 2}" dominant-baseline="central" fill="#344054" style="font: ${escapeXml(`12px ${FONT_FAMILY}`)}">${escapeXml(fitText(measure, source.caption, width - 16))}</text>`,
    '</svg>',
  ].filter(Boolean).join('\n') + '\n';
  return new Blob([svg], { type: 'image/svg+xml' });
}
