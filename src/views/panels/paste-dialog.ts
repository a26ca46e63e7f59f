/**
 * The "Paste…" dialog: a <dialog> with a textarea for page text, CSV, JSON, mbox, a chat log
 * or a WordPress export, a "Read as" choice (recognised automatically unless one is chosen) and
 * an Open button that loads it as the thread.
 */
import type { Format } from '../../core/types';
import { TID } from '../testids';
import { button, h } from './dom';
import { formatSelect } from './read-dialog';

export interface PasteDialog {
  open(): void;
  dispose(): void;
}

export function createPasteDialog(host: HTMLElement, onOpen: (text: string, format: Format | 'auto') => void): PasteDialog {
  const area = h('textarea', {
    testid: TID.pasteArea, className: 'paste-area',
    attrs: { rows: '14', spellcheck: 'false', 'aria-label': 'Thread text', placeholder: 'Paste the text of a comment page (or its HTML), or CSV, JSON, mbox, a chat log, a WordPress or Disqus export…' },
  });
  const format = formatSelect(TID.pasteFormat, 'auto');
  const dialog = h('dialog', { className: 'paste-dialog', attrs: { 'aria-label': 'Paste a thread' } });
  const submit = button('Open', () => {
    const text = area.value;
    if (!text.trim()) {
      area.focus();
      return;
    }
    dialog.close();
    area.value = '';
    onOpen(text, format.value as Format | 'auto');
  }, { testid: TID.pasteSubmit, className: 'primary' });
  const cancel = button('Cancel', () => dialog.close());
  dialog.append(
    h('h2', {}, 'Paste a thread'),
    h('p', { className: 'muted' }, 'Copy the comments of a page (select all, copy) or paste CSV, JSON, mbox, a chat log or a WordPress export. The format is recognised automatically, or choose it under Read as.'),
    area,
    h('div', { className: 'paste-actions' }, h('label', { className: 'read-field paste-format' }, h('span', {}, 'Read as'), format), cancel, submit),
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
