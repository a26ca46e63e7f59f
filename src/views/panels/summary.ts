/**
 * The summary in the top bar: "11 participants · 25 comments · 26 replies" (replies under the
 * current filters) and, muted, where the thread came from. Empty until a thread is loaded.
 */
import type { Store } from '../../store/store';
import type { AppState } from '../../store/state';
import { clear, h } from './dom';
import { summaryParts } from './summary-model';

export function mountSummary(el: HTMLElement, store: Store): () => void {
  let shown = '';
  const render = (state: AppState) => {
    const parts = summaryParts(state);
    const key = parts ? `${parts.line}\u0000${parts.source}` : '';
    if (key === shown) return;
    shown = key;
    clear(el);
    if (!parts) return;
    el.append(h('span', { className: 'summary-line' }, parts.line));
    if (parts.source) el.append(' ', h('span', { className: 'muted summary-source', title: `Source: ${parts.source}` }, parts.source));
  };
  render(store.getState());
  let unsubscribe: (() => void) | null = store.subscribe((state) => render(state));
  return () => {
    unsubscribe?.();
    unsubscribe = null;
    clear(el);
  };
}
