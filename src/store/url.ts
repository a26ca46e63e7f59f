/**
 * The view state in the URL's query string, so a link reopens the same view:
 * `?sample=seed&min=0.5&signals=explicit,salutation&size=comments&color=community&sel=p:eric-a-brill&w=3-17&topic=…&q=eric`.
 * Only values that differ from the defaults are written; unknown or broken values are ignored.
 */
import { SIGNALS, type Signal } from '../core/types';
import { COLOR_ATTRIBUTES, NODE_METRICS, defaultView, type ColorAttribute, type NodeMetric, type Selection, type ViewState } from './state';

function selectionToText(sel: Selection): string {
  if (sel.kind === 'participant') return `p:${sel.id}`;
  if (sel.kind === 'comment') return `c:${sel.id}`;
  return `e:${sel.source}>${sel.target}`;
}

function selectionFromText(text: string): Selection | null {
  const kind = text.slice(0, 2);
  const rest = text.slice(2);
  if (!rest) return null;
  if (kind === 'p:') return { kind: 'participant', id: rest };
  if (kind === 'c:') return { kind: 'comment', id: rest };
  if (kind === 'e:') {
    const at = rest.indexOf('>');
    return at > 0 && at < rest.length - 1 ? { kind: 'edge', source: rest.slice(0, at), target: rest.slice(at + 1) } : null;
  }
  return null;
}

/**
 * Query string (without "?") for a view and an optional sample id. `defaultSignals`: the shown
 * thread's default signals (a chat log's include adjacency); signals equal to them are not written.
 */
export function viewToQuery(view: ViewState, sampleId?: string, defaultSignals: readonly Signal[] = defaultView().signals): string {
  const d = defaultView();
  const q = new URLSearchParams();
  if (sampleId) q.set('sample', sampleId);
  if (view.minConfidence !== d.minConfidence) q.set('min', String(view.minConfidence));
  if (view.signals.join(',') !== defaultSignals.join(',')) q.set('signals', view.signals.join(',') || 'none');
  if (view.sizeBy !== d.sizeBy) q.set('size', view.sizeBy);
  if (view.colorBy !== d.colorBy) q.set('color', view.colorBy);
  if (view.selection) q.set('sel', selectionToText(view.selection));
  if (view.timeWindow) q.set('w', `${view.timeWindow[0]}-${view.timeWindow[1]}`);
  if (view.topic !== null) q.set('topic', view.topic);
  if (view.search) q.set('q', view.search);
  return q.toString();
}

/**
 * The view (defaults for anything missing or unreadable) and the sample id from a query string;
 * `signalsGiven` says whether it names the signals (else the thread's defaults apply).
 */
export function queryToView(query: string): { view: ViewState; sampleId?: string; signalsGiven: boolean } {
  const q = new URLSearchParams(query.startsWith('?') ? query.slice(1) : query);
  const view = defaultView();
  const min = Number(q.get('min'));
  if (q.has('min') && Number.isFinite(min)) view.minConfidence = Math.min(1, Math.max(0, min));
  const signals = q.get('signals');
  if (signals !== null) view.signals = signals === 'none' ? [] : SIGNALS.filter((s) => signals.split(',').includes(s)) as Signal[];
  const size = q.get('size');
  if (size && (NODE_METRICS as readonly string[]).includes(size)) view.sizeBy = size as NodeMetric;
  const color = q.get('color');
  if (color && (COLOR_ATTRIBUTES as readonly string[]).includes(color)) view.colorBy = color as ColorAttribute;
  const sel = q.get('sel');
  if (sel) view.selection = selectionFromText(sel);
  const w = /^(\d+)-(\d+)$/.exec(q.get('w') ?? '');
  if (w) view.timeWindow = [Number(w[1]), Number(w[2])];
  const topic = q.get('topic');
  if (topic) view.topic = topic.slice(0, 500);
  const search = q.get('q');
  if (search) view.search = search.slice(0, 200);
  const sampleId = q.get('sample') ?? undefined;
  return sampleId ? { view, sampleId, signalsGiven: signals !== null } : { view, signalsGiven: signals !== null };
}
