/**
 * Draws a timeline scene into SVG with d3 joins: the frame every mode shows (day bands, lane
 * stripes and labels, the x axis, the signal legend) and, in SVG mode, the arcs and marks. Every style is an
 * inline attribute so a serialised copy renders the same as a PNG. Names go in via .text().
 */
import { axisBottom, format, type ScaleLinear, type ScaleTime, type Selection } from 'd3';
import { SIGNALS, type Signal } from '../../core/types';
import { TID } from '../testids';
import { NEUTRAL_MARK, SIGNAL_COLORS } from './palette';
import type { Scene } from './scene';
import { arcGeometry, arcPaint, arcPath, lanePaint, markPaint } from './scene';
import { dayLabel } from './labels';
import { LABEL_FONT_PX } from './layout';

type G = Selection<SVGGElement, unknown, null, undefined>;

export interface SvgLayers {
  bands: G;
  lanes: G;
  axis: G;
  legend: G;
  brush: G;
  arcs: G;
  marks: G;
}

export const FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const LEGEND_SWATCH = 14;
/** Day labels narrower than this many pixels are left out. */
const MIN_DAY_LABEL_PX = 56;

function shorten(name: string, px: number): string {
  const max = Math.max(3, Math.floor((px - 12) / 6.6));
  return name.length > max ? `${name.slice(0, max - 1)}…` : name;
}

/** Estimated width in pixels of a 10 px label. */
function textWidth(text: string): number {
  return text.length * 5.8;
}

interface LegendItem { signal: Signal | 'stub'; label: string; x: number }

/** Signals drawn (in canonical order) and the stub style, laid out right to left from the plot's right edge; x is where the swatch starts. */
function legendItems(scene: Scene): LegendItem[] {
  const present = new Set(scene.model.arcs.map((a) => a.signal));
  const items: { signal: Signal | 'stub'; label: string }[] = SIGNALS.filter((s) => present.has(s)).map((s) => ({ signal: s, label: s }));
  if (scene.model.arcs.some((a) => a.to === null)) items.push({ signal: 'stub', label: 'to a person' });
  let x = scene.layout.right - 4;
  const placed: LegendItem[] = [];
  for (const item of items.reverse()) {
    x -= LEGEND_SWATCH + 4 + textWidth(item.label);
    placed.unshift({ ...item, x });
    x -= 12;
  }
  return placed;
}

function drawLegend(layer: G, items: LegendItem[]): void {
  const group = layer.selectAll<SVGGElement, LegendItem>('g.legend-item').data(items, (d) => d.signal).join('g')
    .attr('class', 'legend-item').attr('transform', (d) => `translate(${Math.round(d.x)},9)`);
  group.selectAll('line').data((d) => [d]).join('line')
    .attr('x1', 0).attr('x2', LEGEND_SWATCH).attr('y1', 0).attr('y2', 0).attr('stroke-width', 2)
    .attr('stroke', (d) => (d.signal === 'stub' ? NEUTRAL_MARK : SIGNAL_COLORS[d.signal]))
    .attr('stroke-dasharray', (d) => (d.signal === 'stub' ? '3,2' : null));
  group.selectAll('text').data((d) => [d]).join('text')
    .attr('x', LEGEND_SWATCH + 4).attr('y', 0).attr('dominant-baseline', 'central')
    .attr('font-family', FONT_FAMILY).attr('font-size', 10).attr('fill', '#475467')
    .attr('textLength', (d) => textWidth(d.label)).attr('lengthAdjust', 'spacingAndGlyphs')
    .text((d) => d.label);
}

function drawBands(layer: G, scene: Scene, labelLimit: number): void {
  const { layout } = scene;
  const bands = scene.model.dayBands.map((b, i) => ({ ...b, i, px0: layout.toPx(b.x0), px1: layout.toPx(b.x1) }));
  const group = layer.selectAll<SVGGElement, (typeof bands)[number]>('g.band').data(bands).join('g').attr('class', 'band');
  group.selectAll('rect').data((d) => [d]).join('rect')
    .attr('x', (d) => d.px0).attr('y', layout.top).attr('width', (d) => Math.max(0, d.px1 - d.px0))
    .attr('height', layout.bottom - layout.top)
    .attr('fill', (d) => (d.i % 2 === 0 ? '#f1f5f9' : '#ffffff')).attr('fill-opacity', 0.9);
  group.selectAll('line').data((d) => (d.i > 0 ? [d] : [])).join('line')
    .attr('x1', (d) => d.px0).attr('x2', (d) => d.px0).attr('y1', 2).attr('y2', layout.bottom)
    .attr('stroke', '#94a3b8').attr('stroke-dasharray', '3,3').attr('stroke-width', 1);
  const label = (d: { day: string; fromIndex: number; toIndex: number }) => `${dayLabel(d.day)} · comments ${d.fromIndex}–${d.toIndex}`;
  const fits = (d: (typeof bands)[number]) => d.px1 - d.px0 >= MIN_DAY_LABEL_PX && d.px0 + 4 + textWidth(label(d)) <= labelLimit;
  group.selectAll('text').data((d) => (fits(d) ? [d] : [])).join('text')
    .attr('x', (d) => d.px0 + 4).attr('y', 9).attr('dominant-baseline', 'central')
    .attr('font-family', FONT_FAMILY).attr('font-size', 10).attr('fill', '#475467')
    .text(label);
}

function drawLanes(layer: G, scene: Scene, onLabelClick: (participantId: string) => void): void {
  const { layout, model } = scene;
  const lanes = model.lanes.map((l) => ({ ...l, paint: lanePaint(scene, l.position) }));
  layer.selectAll<SVGRectElement, (typeof lanes)[number]>('rect.lane').data(lanes).join('rect').attr('class', 'lane')
    .attr('x', layout.left).attr('width', Math.max(0, layout.right - layout.left))
    .attr('y', (d) => layout.top + d.position * layout.laneHeight).attr('height', layout.laneHeight)
    .attr('fill', (d) => d.paint.fill).attr('fill-opacity', (d) => (d.paint.fill === 'none' ? 0 : 0.7));
  // Every few lanes when they are thin, the shared lane, and the lanes of what is selected.
  const emphasised = scene.emphasis.lanes;
  const labelled = lanes.filter((l) => l.position % layout.labelEvery === 0 || l.others !== undefined || emphasised?.has(l.position));
  layer.selectAll<SVGTextElement, (typeof lanes)[number]>('text.lane-label').data(labelled, (d) => d.participantId).join('text')
    .attr('class', 'lane-label')
    .attr('x', layout.left - 6).attr('y', (d) => layout.laneY(d.position))
    .attr('text-anchor', 'end').attr('dominant-baseline', 'central')
    .attr('font-family', FONT_FAMILY).attr('font-size', LABEL_FONT_PX)
    .attr('fill', (d) => d.paint.labelColor).attr('font-weight', (d) => d.paint.labelWeight)
    .attr('cursor', (d) => (d.participantId ? 'pointer' : 'default')).attr('data-participant-id', (d) => d.participantId)
    .text((d) => shorten(d.name, layout.left))
    .on('click', (_event, d) => { if (d.participantId) onLabelClick(d.participantId); });
}

function drawAxis(layer: G, scene: Scene): void {
  const { layout, model } = scene;
  const count = Math.max(2, Math.floor((layout.right - layout.left) / 70));
  layer.attr('transform', `translate(0,${layout.bottom})`).attr('color', '#475467');
  if (model.xKind === 'time') {
    layer.call(axisBottom<Date>(layout.scale as ScaleTime<number, number>).ticks(count));
  } else {
    const scale = layout.scale as ScaleLinear<number, number>;
    const ticks = scale.ticks(count).filter((t) => Number.isInteger(t) && t >= 1);
    layer.call(axisBottom<number>(scale).tickValues(ticks).tickFormat(format('d')));
  }
  layer.attr('font-family', FONT_FAMILY);
  layer.selectAll('text.axis-title').data(model.xKind === 'index' ? ['comment #'] : []).join('text')
    .attr('class', 'axis-title').attr('x', layout.left - 6).attr('y', 15).attr('text-anchor', 'end')
    .attr('fill', '#667085').attr('font-size', 10).text((d) => d);
}

/** Bands, lanes, labels, axis and legend: drawn in both modes. */
export function drawFrame(layers: SvgLayers, scene: Scene, onLabelClick: (participantId: string) => void): void {
  const legend = legendItems(scene);
  drawLegend(layers.legend, legend);
  drawBands(layers.bands, scene, (legend[0]?.x ?? scene.layout.right) - 8);
  drawLanes(layers.lanes, scene, onLabelClick);
  drawAxis(layers.axis, scene);
}

interface MarkDatum { i: number; x: number; y: number; id: string; index: number }

/** Arcs and marks as SVG elements (SVG mode). */
export function drawSvgMarks(layers: SvgLayers, scene: Scene): void {
  const { model, layout } = scene;
  const arcs = model.arcs.map((_, i) => ({ i, d: arcPath(arcGeometry(scene, i)), paint: arcPaint(scene, i) }));
  // Emphasised arcs last, so they are drawn on top.
  if (scene.emphasis.arcs) arcs.sort((a, b) => Number(scene.emphasis.arcs!.has(a.i)) - Number(scene.emphasis.arcs!.has(b.i)));
  layers.arcs.attr('fill', 'none').attr('pointer-events', 'none');
  layers.arcs.selectAll<SVGPathElement, (typeof arcs)[number]>('path').data(arcs).join('path')
    .attr('d', (d) => d.d).attr('stroke', (d) => d.paint.color).attr('stroke-opacity', (d) => d.paint.opacity)
    .attr('stroke-width', (d) => d.paint.width).attr('stroke-dasharray', (d) => (d.paint.dashed ? '3,2' : null))
    .attr('data-reply-id', (d) => model.arcs[d.i]!.replyId);

  const marks: MarkDatum[] = model.marks.map((m, i) => ({ i, x: layout.toPx(m.x), y: layout.laneY(m.lane), id: m.commentId, index: m.index }));
  layers.marks.selectAll<SVGCircleElement, MarkDatum>('circle.mark').data(marks, (d) => d.id).join('circle')
    .attr('class', 'mark')
    .attr('data-testid', TID.timelineMark).attr('data-comment-id', (d) => d.id).attr('data-index', (d) => d.index)
    .attr('cx', (d) => d.x).attr('cy', (d) => d.y)
    .each(function (d) {
      const paint = markPaint(scene, d.i);
      this.setAttribute('r', String(paint.radius));
      this.setAttribute('fill', paint.fill);
      this.setAttribute('fill-opacity', String(paint.opacity));
      const ring = scene.emphasis.ring === d.i;
      this.setAttribute('stroke', ring ? '#111827' : '#ffffff');
      this.setAttribute('stroke-width', ring ? '2' : '0.75');
      this.setAttribute('stroke-opacity', String(ring ? 1 : paint.opacity));
      if (ring) this.setAttribute('data-selected', 'true');
      else this.removeAttribute('data-selected');
    });
  // A ring drawn around the selected mark, outside it, so it reads at any mark size.
  const ring = scene.emphasis.ring;
  layers.marks.selectAll<SVGCircleElement, number>('circle.ring').data(ring === null ? [] : [ring]).join('circle')
    .attr('class', 'ring').attr('pointer-events', 'none')
    .attr('cx', (i) => layout.toPx(model.marks[i]!.x)).attr('cy', (i) => layout.laneY(model.marks[i]!.lane))
    .attr('r', layout.markRadius + 4).attr('fill', 'none').attr('stroke', '#111827').attr('stroke-width', 1.5);
}

/** Removes SVG arcs and marks (when switching to canvas mode). */
export function clearSvgMarks(layers: SvgLayers): void {
  layers.arcs.selectAll('*').remove();
  layers.marks.selectAll('*').remove();
}
