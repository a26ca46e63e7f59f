/**
 * Keeps the address bar in step with the view state (replaceState, so Back is not flooded),
 * so copying the URL shares the same view. Signals are written only when they differ from the
 * shown thread's defaults.
 */
import type { Store } from '../store/store';
import { viewToQuery } from '../store/url';
import { defaultSignals } from '../core/infer/default-signals';

export function syncUrl(store: Store, win: Window): () => void {
  return store.subscribe((state, prev) => {
    if (state.view === prev.view && state.source === prev.source) return;
    const sampleId = state.source?.kind === 'sample' ? state.source.sampleId : undefined;
    const q = viewToQuery(state.view, sampleId, state.data ? defaultSignals(state.data.thread.format) : undefined);
    const url = `${win.location.pathname}${q ? `?${q}` : ''}${win.location.hash}`;
    if (url !== `${win.location.pathname}${win.location.search}${win.location.hash}`) win.history.replaceState(null, '', url);
  });
}
