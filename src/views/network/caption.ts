/**
 * Words that describe the picture: the caption of the PNG export (thread title, then the active
 * filters: "min confidence 0.5 · signals: explicit, quote · comments 3–17"), and the accessible
 * summary of the network container.
 */
import { SIGNALS } from '../../core/types';
import type { ColorAttribute, NodeMetric, Selection, ViewState } from '../../store/state';
import { formatNumber } from './legend-model';
import { METRIC_NAMES } from './scales';

/** "min confidence 0.5 · signals: explicit, salutation · comments 3–17 · on “post 6: …” · search “ann”" */
export function filterLine(view: Pick<ViewState, 'minConfidence' | 'signals' | 'timeWindow' | 'search'> & { topic?: string | null }): string {
  const parts = [`min confidence ${view.minConfidence}`];
  const signals = view.signals.length === 0 ? 'none' : view.signals.length === SIGNALS.length ? 'all' : view.signals.join(', ');
  parts.push(`signals: ${signals}`);
  if (view.timeWindow) parts.push(`comments ${view.timeWindow[0]}–${view.timeWindow[1]}`);
  if (view.topic) parts.push(`on “${view.topic}”`);
  const search = view.search.trim();
  if (search) parts.push(`search “${search}”`);
  return parts.join(' · ');
}

function colorName(colorBy: ColorAttribute): string {
  return colorBy === 'community' ? 'community' : METRIC_NAMES[colorBy];
}

/** "11 participants · 15 reply links · size = comments written · colour = community" */
export function encodingLine(counts: { participants: number; edges: number }, sizeBy: NodeMetric, colorBy: ColorAttribute): string {
  const p = counts.participants;
  const e = counts.edges;
  return `${formatNumber(p)} participant${p === 1 ? '' : 's'} · ${formatNumber(e)} reply link${e === 1 ? '' : 's'} · size = ${METRIC_NAMES[sizeBy]} · colour = ${colorName(colorBy)}`;
}

/** The caption under an exported picture: title, filters, encoding. */
export function captionLines(title: string, view: ViewState, counts: { participants: number; edges: number }): string[] {
  return [title, filterLine(view), encodingLine(counts, view.sizeBy, view.colorBy)];
}

/** What a selection points at, in words ("Ann", "Ann → Bob", "comment 12"); null for none. */
export function selectionText(sel: Selection | null, labelOf: (id: string) => string | undefined, commentIndexOf: (id: string) => number | undefined): string | null {
  if (!sel) return null;
  if (sel.kind === 'participant') return labelOf(sel.id) ?? null;
  if (sel.kind === 'edge') return `${labelOf(sel.source) ?? sel.source} → ${labelOf(sel.target) ?? sel.target}`;
  const index = commentIndexOf(sel.id);
  return index === undefined ? null : `comment ${index}`;
}

/** The accessible label of the network container. */
export function networkSummary(input: {
  counts: { participants: number; edges: number } | null;
  sizeBy: NodeMetric;
  colorBy: ColorAttribute;
  selected: string | null;
  matches: number | null;
}): string {
  if (!input.counts) return 'Network of who answers whom: no thread loaded.';
  const parts = [`Network of who answers whom: ${encodingLine(input.counts, input.sizeBy, input.colorBy)}.`];
  if (input.selected) parts.push(`Selected: ${input.selected}.`);
  if (input.matches !== null) parts.push(`${formatNumber(input.matches)} participant${input.matches === 1 ? ' matches' : 's match'} the search.`);
  return parts.join(' ');
}
