/**
 * The export buttons in the top bar: network and timeline pictures (from the exporters the
 * views register; disabled with a tooltip until one is registered), the four CSV tables, GEXF
 * and graph JSON of the visible replies and graph — the same content as the CLI for the same
 * filters — saved under names that say what they hold.
 */
import { TID } from '../testids';
import type { Store } from '../../store/store';
import type { AppState } from '../../store/state';
import { getExporter, type PictureKind } from '../exporters';
import { button, clear, h } from './dom';
import { downloadBlob } from './download';
import type { TextExportKind } from './export-content';
import { textExportInWorker } from '../../worker/export-client';
import { exportFileName, type ExportKind } from './export-names';

interface ExportButton {
  kind: ExportKind;
  label: string;
  title: string;
}

const GROUPS: { name: string; buttons: ExportButton[] }[] = [
  { name: 'PNG', buttons: [
    { kind: 'network-png', label: 'Network', title: 'The network as a PNG picture' },
    { kind: 'timeline-png', label: 'Timeline', title: 'The timeline as a PNG picture' },
  ] },
  { name: 'SVG', buttons: [
    { kind: 'network-svg', label: 'Network', title: 'The network as an SVG picture (vector: scales without blur, opens in Inkscape and Illustrator)' },
    { kind: 'timeline-svg', label: 'Timeline', title: 'The timeline as an SVG picture (vector)' },
  ] },
  { name: 'CSV', buttons: [
    { kind: 'comments-csv', label: 'Comments', title: 'Every comment of the thread (CSV)' },
    { kind: 'replies-csv', label: 'Replies', title: 'The replies shown, with signal, confidence and evidence (CSV)' },
    { kind: 'nodes-csv', label: 'Nodes', title: 'One row per participant, with the metrics shown (CSV)' },
    { kind: 'edges-csv', label: 'Edges', title: 'One row per who-answers-whom pair shown (CSV)' },
  ] },
  { name: 'Graph', buttons: [
    { kind: 'gexf', label: 'GEXF', title: 'The graph shown, for Gephi (GEXF)' },
    { kind: 'graphml', label: 'GraphML', title: 'The graph shown, for Cytoscape, yEd, igraph or NetworkX (GraphML)' },
    { kind: 'graph-json', label: 'JSON', title: 'The graph shown, in graphology JSON' },
  ] },
  { name: 'Report', buttons: [
    { kind: 'report-json', label: 'JSON', title: 'What was parsed and skipped, the names that were ambiguous or matched nobody, and the replies kept (JSON)' },
  ] },
];

function isPicture(kind: ExportKind): kind is PictureKind {
  return kind === 'network-png' || kind === 'network-svg' || kind === 'timeline-png' || kind === 'timeline-svg';
}

export function mountExports(el: HTMLElement, store: Store): () => void {
  const doc = el.ownerDocument;
  const revokes = new Set<() => void>();
  let disposed = false;

  const fileName = (kind: ExportKind, state: AppState) =>
    exportFileName(kind, state.source, { minConfidence: state.view.minConfidence, signals: state.view.signals, timeWindow: state.view.timeWindow });

  const save = (blob: Blob, name: string) => {
    const revoke = downloadBlob(doc, blob, name, () => revokes.delete(revoke));
    revokes.add(revoke);
  };

  const run = async (kind: ExportKind) => {
    const state = store.getState();
    if (!state.data) return;
    const name = fileName(kind, state);
    try {
      if (isPicture(kind)) {
        const exporter = getExporter(kind);
        if (!exporter) return;
        const blob = await exporter();
        if (!disposed) save(blob, name);
        return;
      }
      // Made in a worker: a large thread's tables and graph never freeze the page.
      const content = await textExportInWorker(kind as TextExportKind, state);
      if (content && !disposed) save(new Blob([content.text], { type: content.mime }), name);
    } catch (e) {
      store.dispatch({ type: 'load/fail', error: `The export ${name} could not be made: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const buttons = new Map<ExportKind, { el: HTMLButtonElement; title: string }>();
  const bar = h('div', { className: 'export-bar', attrs: { role: 'group', 'aria-label': 'Export' } });
  for (const group of GROUPS) {
    const g = h('span', { className: 'export-group' }, h('span', { className: 'export-group-name muted' }, `${group.name}:`));
    for (const b of group.buttons) {
      const btn = button(b.label, () => void run(b.kind), { testid: TID.exportButton(b.kind), className: 'export-button', title: b.title });
      buttons.set(b.kind, { el: btn, title: b.title });
      g.append(btn);
    }
    bar.append(g);
  }
  el.append(bar);

  /** Enables what can be exported now; picture buttons wait for their view's exporter. */
  const refresh = () => {
    const state = store.getState();
    for (const [kind, b] of buttons) {
      let reason = '';
      if (!state.data) reason = 'Open a thread first';
      else if (isPicture(kind) && !getExporter(kind)) reason = `The ${kind === 'network-png' ? 'network' : 'timeline'} view cannot make a picture yet`;
      b.el.disabled = reason !== '';
      b.el.title = reason ? `${b.title} — ${reason}` : `${b.title}: ${fileName(kind, state)}`;
    }
  };
  refresh();
  let unsubscribe: (() => void) | null = store.subscribe(refresh);
  // Views register their exporters without notice; check again when the pointer or focus comes near.
  el.addEventListener('pointerenter', refresh);
  el.addEventListener('focusin', refresh);

  return () => {
    if (disposed) return;
    disposed = true;
    unsubscribe?.();
    unsubscribe = null;
    el.removeEventListener('pointerenter', refresh);
    el.removeEventListener('focusin', refresh);
    for (const revoke of revokes) revoke();
    revokes.clear();
    clear(el);
  };
}
