/**
 * The legend as data: what node size, node colour and edge thickness mean in the current view,
 * with the actual value ranges and community member counts. The on-screen legend and the PNG
 * export both draw these rows, so they always say the same thing.
 */
import type { NodeEncoding } from './node-encoding';
import { OTHER_COMMUNITY_COLOR, sequentialColor } from './palette';
import { METRIC_NAMES, type PixelRange } from './scales';

export type LegendRow =
  | { kind: 'heading'; text: string }
  | { kind: 'swatch'; color: string; text: string }
  /** Colour scale, low to high, with the value range. */
  | { kind: 'gradient'; colors: string[]; text: string }
  /** Smallest and largest node radius in pixels. */
  | { kind: 'circles'; radii: [number, number]; text: string }
  /** Thinnest and thickest edge in pixels. */
  | { kind: 'lines'; widths: [number, number]; text: string }
  | { kind: 'note'; text: string };

export interface LegendInput {
  encoding: Pick<NodeEncoding, 'size' | 'color'>;
  edges: { count: number; minWeight: number; maxWeight: number; range: PixelRange };
  timeWindow: [number, number] | null;
  /** The one topic shown (a post of a blog export), if any. */
  topic?: string | null;
}

/** Whole numbers with thousands separators, others with one decimal. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(1);
}

function range(min: number, max: number): string {
  return min === max ? formatNumber(min) : `${formatNumber(min)}–${formatNumber(max)}`;
}

function plural(n: number, one: string, many: string): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** The legend rows for the current encoding. */
export function legendModel(input: LegendInput): LegendRow[] {
  const { size, color } = input.encoding;
  const rows: LegendRow[] = [];
  rows.push({ kind: 'heading', text: `Size: ${METRIC_NAMES[size.metric]}` });
  rows.push({ kind: 'circles', radii: [size.range.min, size.max > 0 ? size.range.max : size.range.min], text: range(size.min, size.max) });

  if (color.kind === 'community') {
    rows.push({ kind: 'heading', text: 'Colour: community' });
    color.groups.forEach((g, i) => {
      rows.push({ kind: 'swatch', color: g.color, text: `Group ${i + 1} · ${plural(g.members, 'person', 'people')} · around ${g.lead}` });
    });
    if (color.other.members > 0) {
      const text = color.groups.length === 0
        ? `No groups: ${plural(color.other.members, 'person', 'people')}, none linked into a community`
        : `Others · ${plural(color.other.members, 'person', 'people')} in ${plural(color.other.communities, 'small group', 'small groups')}`;
      rows.push({ kind: 'swatch', color: OTHER_COMMUNITY_COLOR, text });
    }
  } else {
    rows.push({ kind: 'heading', text: `Colour: ${METRIC_NAMES[color.metric]}` });
    rows.push({ kind: 'gradient', colors: [sequentialColor(0), sequentialColor(0.5), sequentialColor(1)], text: `${range(color.min, color.max)} (darker = more)` });
  }

  rows.push({ kind: 'heading', text: 'Lines: who answers whom' });
  if (input.edges.count === 0) {
    rows.push({ kind: 'note', text: 'No reply passes the current filters.' });
  } else {
    const { minWeight, maxWeight, range: px } = input.edges;
    rows.push({ kind: 'lines', widths: [px.min, maxWeight > minWeight ? px.max : px.min], text: `thickness = replies (${range(minWeight, maxWeight)})` });
    rows.push({ kind: 'note', text: 'Arrow points at the person answered; two curves = they answer each other.' });
  }
  if (input.timeWindow && input.topic) {
    rows.push({ kind: 'note', text: `Pale: no comment on “${input.topic}” among comments ${input.timeWindow[0]}–${input.timeWindow[1]}.` });
  } else if (input.timeWindow) {
    rows.push({ kind: 'note', text: `Pale: no comment among comments ${input.timeWindow[0]}–${input.timeWindow[1]}.` });
  } else if (input.topic) {
    rows.push({ kind: 'note', text: `Pale: no comment on “${input.topic}”.` });
  }
  return rows;
}
