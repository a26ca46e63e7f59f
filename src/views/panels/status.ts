/**
 * The status strip: while loading, a progress bar and what is happening; after a failed load,
 * the error (which names the line or row and what to do) with a Dismiss button — the thread
 * already shown stays — and, where the input can be read another way, a button that opens the
 * "Read as…" dialog (another format, columns chosen by hand). Nothing at all when idle, so the
 * strip collapses.
 */
import { TID } from '../testids';
import type { Store } from '../../store/store';
import type { Status } from '../../store/state';
import { button, clear, h } from './dom';
import { retryLoad } from '../../app/load';
import { createReadDialog } from './read-dialog';

export function mountStatus(el: HTMLElement, store: Store): () => void {
  /** The status whose error the user dismissed; a new load produces a new status object. */
  let dismissed: Status | null = null;
  let shown: Status | null = null;
  const readDialog = createReadDialog(el.ownerDocument.body, (read) => retryLoad(store, read));

  const render = (status: Status) => {
    if (status === shown) return;
    shown = status;
    clear(el);
    if (status.phase === 'loading') {
      const bar = h('progress', { testid: TID.progress, attrs: { max: '1', 'aria-label': 'Loading progress' } });
      bar.value = status.progress;
      el.append(h('div', { className: 'status-loading' }, bar, h('span', { className: 'status-message' }, status.message)));
      return;
    }
    if (status.error && status !== dismissed) {
      const dismiss = button('Dismiss', () => {
        dismissed = status;
        shown = null;
        render(store.getState().status);
      }, { className: 'status-dismiss', title: 'Hide this message' });
      const retry = status.retry;
      const readAgain = retry
        ? button(retry.columns ? 'Choose columns…' : 'Read as…', () => readDialog.open(retry), {
          testid: TID.readAgain, className: 'primary', title: 'Read the same input again as another format, or with columns chosen by hand',
        })
        : null;
      el.append(h('div', { className: 'status-error', testid: TID.error, attrs: { role: 'alert' } },
        h('span', { className: 'status-error-text' }, status.error),
        store.getState().data ? h('span', { className: 'muted' }, ' The thread shown before stays open.') : null,
        readAgain, dismiss));
    }
  };

  render(store.getState().status);
  let unsubscribe: (() => void) | null = store.subscribe((state) => render(state.status));
  return () => {
    unsubscribe?.();
    unsubscribe = null;
    readDialog.dispose();
    clear(el);
  };
}
