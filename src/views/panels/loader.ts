/**
 * Opening a thread: "Open file…" (a hidden file input; Ctrl/Cmd+O), a file dropped anywhere
 * on the page, "Paste…" (a dialog with a textarea) and the bundled samples. Loading runs in
 * the worker through src/app/load; errors go to the status strip.
 */
import { TID } from '../testids';
import type { Store } from '../../store/store';
import type { AppState } from '../../store/state';
import { loadFile, loadSample, loadText } from '../../app/load';
import { SAMPLES } from '../../app/samples';
import { button, clear, h } from './dom';
import { createPasteDialog } from './paste-dialog';
import { attachDropZone } from './drop-zone';

export const ACCEPTED_FILES = '.txt,.html,.htm,.csv,.tsv,.xlsx,.json,.ndjson,.jsonl,.mbox,.eml,.log,.xml,.wxr';

export function mountLoader(el: HTMLElement, store: Store): () => void {
  const win = el.ownerDocument.defaultView ?? window;

  const input = h('input', { type: 'file', testid: TID.fileInput, className: 'visually-hidden', attrs: { accept: ACCEPTED_FILES, tabindex: '-1', 'aria-hidden': 'true' } });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void loadFile(store, file);
  });
  const openFile = button('Open file…', () => input.click(), { className: 'open-file', title: 'Open a thread file (Ctrl+O): page text or a saved page, CSV, TSV, an Excel workbook, JSON, NDJSON, mbox, e-mail, chat log, WordPress or Disqus export' });

  const paste = createPasteDialog(el, (text, format) => void loadText(store, text, { kind: 'paste', label: 'pasted text' }, undefined, { format }));
  const pasteButton = button('Paste…', () => paste.open(), { testid: TID.pasteButton, title: 'Paste the text of a comment page, CSV, JSON…' });

  const select = h('select', { testid: TID.sampleSelect, attrs: { 'aria-label': 'Open a bundled sample' } },
    h('option', { attrs: { value: '' } }, 'Samples…'),
    ...SAMPLES.map((s) => h('option', { attrs: { value: s.id } }, s.label)));
  select.addEventListener('change', () => {
    if (select.value) void loadSample(store, select.value);
  });

  el.append(openFile, input, pasteButton, select);

  const reflect = (state: AppState) => {
    const id = state.source?.kind === 'sample' ? state.source.sampleId ?? '' : '';
    if (select.value !== id) select.value = id;
  };
  reflect(store.getState());
  let unsubscribe: (() => void) | null = store.subscribe((state, prev) => {
    const finished = prev.status.phase === 'loading' && state.status.phase !== 'loading';
    if (state.source !== prev.source || finished) reflect(state);
  });

  const onKey = (e: KeyboardEvent) => {
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'o') {
      e.preventDefault();
      input.click();
    }
  };
  win.addEventListener('keydown', onKey);
  const detachDrop = attachDropZone(win, (file) => void loadFile(store, file));

  let disposed = false;
  return () => {
    if (disposed) return;
    disposed = true;
    unsubscribe?.();
    unsubscribe = null;
    win.removeEventListener('keydown', onKey);
    detachDrop();
    paste.dispose();
    clear(el);
  };
}
