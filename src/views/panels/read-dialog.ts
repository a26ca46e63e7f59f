/**
 * The "Read as…" dialog of an input that failed to load: the format to read it as and, when no
 * author or text column (or field) was recognised, which column holds each comment's author,
 * text, time, id and parent. Read opens the same input again that way.
 */
import { FORMATS, type Format } from '../../core/types';
import { FIELDS, type ColumnMap, type Field } from '../../core/parse/fields';
import type { RetryOffer } from '../../store/state';
import type { ReadOptions } from '../../app/load';
import { TID } from '../testids';
import { button, clear, h } from './dom';

/** What each format is, as a choice names it. */
export const FORMAT_CHOICES: Record<Format, string> = {
  text: 'Page text or saved web page',
  csv: 'CSV or TSV table',
  json: 'JSON or NDJSON',
  mbox: 'Mail archive (mbox)',
  chat: 'Chat log',
  wxr: 'WordPress export (WXR)',
  disqus: 'Disqus export',
};

const FIELD_LABELS: Record<Field, string> = { author: 'Author', text: 'Text', time: 'Time', id: 'Comment id', parent: 'Answers (parent id)' };
const REQUIRED: ReadonlySet<Field> = new Set(['author', 'text']);

/** A select of "Recognise automatically" and every format. */
export function formatSelect(testid: string, chosen: Format | 'auto'): HTMLSelectElement {
  const select = h('select', { testid, attrs: { 'aria-label': 'Read as' } },
    h('option', { attrs: { value: 'auto' } }, 'Recognise automatically'),
    ...FORMATS.map((f) => h('option', { attrs: { value: f } }, FORMAT_CHOICES[f])));
  select.value = chosen;
  return select;
}

export interface ReadDialog {
  open(offer: RetryOffer): void;
  dispose(): void;
}

export function createReadDialog(host: HTMLElement, onRead: (read: ReadOptions) => void): ReadDialog {
  const dialog = h('dialog', { className: 'paste-dialog read-dialog', testid: TID.readDialog, attrs: { 'aria-label': 'Read the input another way' } });
  host.append(dialog);

  const build = (offer: RetryOffer) => {
    clear(dialog);
    const format = formatSelect(TID.readFormat, offer.suggested ?? offer.format);
    const selects = new Map<Field, HTMLSelectElement>();
    const columns = offer.columns
      ? h('fieldset', { className: 'read-columns' },
        h('legend', {}, offer.format === 'json' ? 'Fields of each comment' : 'Columns of each comment'),
        ...FIELDS.map((field) => {
          const select = h('select', { testid: TID.readColumn(field) },
            h('option', { attrs: { value: '' } }, REQUIRED.has(field) ? '(choose)' : '(none)'),
            ...offer.columns!.names.map((name) => h('option', { attrs: { value: name } }, name)));
          select.value = offer.columns!.guess[field] ?? '';
          selects.set(field, select);
          return h('label', { className: 'read-field' }, h('span', {}, FIELD_LABELS[field] + (REQUIRED.has(field) ? ' *' : '')), select);
        }))
      : null;
    const problem = h('p', { className: 'read-problem', attrs: { role: 'alert' } });
    // Columns belong to the format that found them.
    const reflect = () => {
      if (columns) columns.hidden = format.value !== offer.format && format.value !== 'auto';
      problem.textContent = '';
    };
    format.addEventListener('change', reflect);
    reflect();

    const form = h('form', {},
      h('h2', {}, 'Read it another way'),
      h('p', { className: 'muted' }, offer.columns
        ? `No ${offer.format === 'json' ? 'field' : 'column'} was recognised as the author or the text. Say which holds what.`
        : 'Choose the format to read it as.'),
      h('label', { className: 'read-field' }, h('span', {}, 'Read as'), format),
      columns, problem,
      h('div', { className: 'paste-actions' },
        button('Cancel', () => dialog.close()),
        h('button', { type: 'submit', className: 'primary', testid: TID.readSubmit }, 'Read')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const read: ReadOptions = { format: format.value as Format | 'auto' };
      if (columns && !columns.hidden) {
        const missing = [...REQUIRED].filter((f) => !selects.get(f)!.value);
        if (missing.length > 0) {
          problem.textContent = `Choose the ${missing.map((f) => FIELD_LABELS[f].toLowerCase()).join(' and ')} column.`;
          selects.get(missing[0]!)!.focus();
          return;
        }
        const chosen: ColumnMap = {};
        for (const [field, select] of selects) if (select.value) chosen[field] = select.value;
        read.columns = chosen;
      }
      dialog.close();
      onRead(read);
    });
    dialog.append(form);
    return format;
  };

  return {
    open(offer) {
      if (dialog.open) dialog.close();
      const first = build(offer);
      dialog.showModal();
      first.focus();
    },
    dispose() {
      if (dialog.open) dialog.close();
      dialog.remove();
    },
  };
}
