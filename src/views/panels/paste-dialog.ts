/**
 * The "Paste…" dialog: a <dialog> with a textarea for page text, CSV, JSON, mbox, a chat log
 * or a WordPress export (the format is detected) and an Open button that loads it as the thread.
 */
import { TID } from '../testids';
import { button, h } from './dom';

export interface PasteDialog {
  open(): void;
  dispose(): void;
}

export function createPasteDialog(host: HTMLElement, onOpen: (text: string) => void): PasteDialog {
  const area = h('textarea', {
    testid: TID.pasteArea, className: 'paste-area',
    attrs: { rows: '14', spellcheck: 'false', 'aria-label': 'Thread text', placeholder: 'Paste the text of a comment page (or its HTML), or CSV, JSON, mbox, a chat log, a WordPress or Disqus export…' },
  });
  const dialog = h('dialog', { className: 'paste-dialog', attrs: { 'aria-label': 'Paste a thread' } });
  const submit = button('Open', () => {
    const text = area.value;
    if (!text.trim()) {
      area.focus();
      return;
    }
    dialog.close();
    area.value = '';
    onOpen(text);
  }, { testid: TID.pasteSubmit, className: 'primary' });
  const cancel = button('Cancel', () => dialog.close());
  dialog.append(
    h('h2', {}, 'Paste a thread'),
    h('p', { className: 'muted' }, 'Copy the comments of a page (select all, copy) or paste CSV, JSON, mbox, a chat log or a WordPress export. The format is recognised automatically.'),
    area,
    h('div', { className: 'paste-actions' }, cancel, submit),
  );
  host.append(dialog);
  return {
    open() {
      if (dialog.open) return;
      dialog.showModal();
      area.focus();
    },
    dispose() {
      if (dialog.open) dialog.close();
      dialog.remove();
    },
  };
}
