/**
 * Keeps the address bar in step with the view state (replaceState, so Back is not flooded),
 * so copying the URL shares the same view.
 */
import type { Store } from '../store/store';
import { viewToQuery } from '../store/url';

export function syncUrl(store: Store, win: Window): () => void {
  return store.subscribe((state, prev) => {
    if (state.view === prev.view && state.source === prev.source) return;
    const q = viewToQuery(state.view, state.source?.kind === 'sample' ? state.source.sampleId : undefined);
    const url = `${win.location.pathname}${q ? `?${q}` : ''}${win.location.hash}`;
    if (url !== `${win.location.pathname}${win.location.search}${win.location.hash}`) win.history.replaceState(null, '', url);
  });
}
