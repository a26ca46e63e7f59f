/**
 * File names of the exports, saying what they hold: `<source>-<what>` plus the filter that
 * shaped the content. Tables of replies, nodes and edges always name the confidence floor
 * (`-min0.5`), like the CLI option; graph files and pictures name it only when it is not the
 * default. Every filtered export adds `-w3-17` for an active time window and
 * `-signals-quote+mention` when the signals are not the default set. The comments table holds
 * the whole thread and has no filter in its name.
 */
import { DEFAULT_SIGNALS } from '../../core/graph/build';
import type { Signal } from '../../core/types';
import { DEFAULT_MIN_CONFIDENCE, type SourceInfo } from '../../store/state';

export const EXPORTS = [
  'network-png', 'network-svg', 'timeline-png', 'timeline-svg', 'comments-csv', 'replies-csv', 'nodes-csv', 'edges-csv', 'gexf', 'graphml', 'graph-json', 'report-json',
] as const;
export type ExportKind = (typeof EXPORTS)[number];

export interface ExportFilter {
  minConfidence: number;
  signals: readonly Signal[];
  timeWindow: [number, number] | null;
}

const PARTS: Record<ExportKind, { stem: string; ext: string; min: 'always' | 'unlessDefault' | 'never' }> = {
  'network-png': { stem: 'network', ext: 'png', min: 'unlessDefault' },
  'network-svg': { stem: 'network', ext: 'svg', min: 'unlessDefault' },
  'timeline-png': { stem: 'timeline', ext: 'png', min: 'unlessDefault' },
  'timeline-svg': { stem: 'timeline', ext: 'svg', min: 'unlessDefault' },
  'comments-csv': { stem: 'comments', ext: 'csv', min: 'never' },
  'replies-csv': { stem: 'replies', ext: 'csv', min: 'always' },
  'nodes-csv': { stem: 'nodes', ext: 'csv', min: 'always' },
  'edges-csv': { stem: 'edges', ext: 'csv', min: 'always' },
  gexf: { stem: 'graph', ext: 'gexf', min: 'unlessDefault' },
  graphml: { stem: 'graph', ext: 'graphml', min: 'unlessDefault' },
  'graph-json': { stem: 'graph', ext: 'json', min: 'unlessDefault' },
  'report-json': { stem: 'report', ext: 'json', min: 'always' },
};

/** Lower-case ASCII words joined by "-", at most 60 characters; "thread" when nothing is left. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    .slice(0, 60).replace(/-+$/, '');
  return slug || 'thread';
}

/** The name part for the source: the sample id, or the file name without its extension. */
export function sourceSlug(source: SourceInfo | null): string {
  if (!source) return 'thread';
  if (source.kind === 'sample' && source.sampleId) return slugify(source.sampleId);
  if (source.kind === 'file') return slugify(source.label.replace(/\.[A-Za-z0-9]{1,8}$/, ''));
  return slugify(source.label);
}

/** "0.5", "0.55", "1": the confidence floor as short as it reads. */
function minText(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function isDefaultSignals(signals: readonly Signal[]): boolean {
  return signals.length === DEFAULT_SIGNALS.length && DEFAULT_SIGNALS.every((s) => signals.includes(s));
}

/** The download name of an export, e.g. `seed-replies-min0.5-w3-17.csv`. */
export function exportFileName(kind: ExportKind, source: SourceInfo | null, filter: ExportFilter): string {
  const part = PARTS[kind];
  let name = `${sourceSlug(source)}-${part.stem}`;
  if (part.min !== 'never') {
    if (part.min === 'always' || filter.minConfidence !== DEFAULT_MIN_CONFIDENCE) name += `-min${minText(filter.minConfidence)}`;
    if (filter.timeWindow) name += `-w${filter.timeWindow[0]}-${filter.timeWindow[1]}`;
    if (!isDefaultSignals(filter.signals)) name += `-signals-${filter.signals.length ? filter.signals.join('+') : 'none'}`;
  }
  return `${name}.${part.ext}`;
}
