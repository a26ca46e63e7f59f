/**
 * The "What was parsed" panel: format and dialect, counts, skipped blocks (line ranges, reason,
 * excerpt) in a collapsible list, notes, and the names that were guessed or not resolved.
 */
import type { Store } from '../../store/store';
import type { Report } from '../../core/types';
import { clear, h } from './dom';
import { reportModel } from './report-model';

function list(items: string[], className: string): HTMLElement {
  return h('ul', { className }, ...items.map((t) => h('li', {}, t)));
}

function section(title: string, count: number, body: HTMLElement, open = false): HTMLElement {
  const details = h('details', { className: 'report-section' }, h('summary', {}, `${title} (${count})`), body);
  details.open = open;
  return details;
}

function renderReport(el: HTMLElement, report: Report): void {
  const m = reportModel(report);
  el.append(
    h('h2', { className: 'panel-title' }, 'What was parsed'),
    h('dl', { className: 'report-facts' }, ...m.facts.flatMap((f) => [h('dt', {}, f.label), h('dd', {}, f.value)])),
  );
  if (m.skipped.length) {
    el.append(section('Skipped blocks', m.skipped.length, h('ul', { className: 'report-skipped' },
      ...m.skipped.map((s) => h('li', {},
        h('span', { className: 'report-where' }, s.where), ': ', s.reason,
        s.excerpt ? h('q', { className: 'report-excerpt' }, s.excerpt) : null)))));
  }
  if (m.notes.length) el.append(section('Notes', m.notes.length, list(m.notes, 'report-notes'), true));
  if (m.ambiguous.length) el.append(section('Ambiguous names', m.ambiguous.length, list(m.ambiguous, 'report-ambiguous'), true));
  if (m.unresolved.length) el.append(section('Unresolved names', m.unresolved.length, list(m.unresolved, 'report-unresolved'), true));
}

export function mountReport(el: HTMLElement, store: Store): () => void {
  let shown: Report | null = null;
  const render = () => {
    const report = store.getState().data?.report ?? null;
    if (report === shown) return;
    shown = report;
    clear(el);
    if (report) renderReport(el, report);
  };
  render();
  let unsubscribe: (() => void) | null = store.subscribe(render);
  return () => {
    unsubscribe?.();
    unsubscribe = null;
    clear(el);
  };
}
