/**
 * The "What was parsed" panel: format and dialect, counts, skipped blocks (line ranges, reason,
 * excerpt) in a collapsible list, notes, and the names that were guessed or not resolved; long
 * lists show their first rows and a "Show more" button.
 */
import type { Store } from '../../store/store';
import type { Report } from '../../core/types';
import { button, clear, h } from './dom';
import { reportModel } from './report-model';

/** Rows shown at first, and added by each "Show more": a long thread can list thousands of names. */
export const REPORT_ROWS = 100;

/**
 * A list of the first REPORT_ROWS items, and while some are not shown a "Show N more" button
 * that adds the next ones (thousands of list items would make every layout of the page slow).
 */
function cappedList<T>(items: readonly T[], row: (item: T) => HTMLElement, className: string): HTMLElement {
  const ul = h('ul', { className });
  const more = button('', () => addRows(), { className: 'link report-more' });
  const wrap = h('div', {}, ul, more);
  let shownRows = 0;
  const addRows = () => {
    const next = items.slice(shownRows, shownRows + REPORT_ROWS);
    ul.append(...next.map(row));
    shownRows += next.length;
    const left = items.length - shownRows;
    more.hidden = left === 0;
    more.textContent = `Show ${Math.min(left, REPORT_ROWS).toLocaleString('en-US')} more (${left.toLocaleString('en-US')} not shown)`;
  };
  addRows();
  return wrap;
}

function list(items: string[], className: string): HTMLElement {
  return cappedList(items, (t) => h('li', {}, t), className);
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
    el.append(section('Skipped blocks', m.skipped.length, cappedList(m.skipped, (s) => h('li', {},
      h('span', { className: 'report-where' }, s.where), ': ', s.reason,
      s.excerpt ? h('q', { className: 'report-excerpt' }, s.excerpt) : null), 'report-skipped')));
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
