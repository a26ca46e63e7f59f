/**
 * The keyboard shortcuts list: a "?" button in the top bar and the `?` key open a dialog naming
 * every shortcut of the app (each view handles its own keys; this only lists them). The key is
 * ignored while typing in a field, with a modifier held, or inside a dialog.
 */
import { TID } from '../testids';
import { button, clear, h, inOpenDialog, typingInto } from './dom';

/** Keys and what they do, in the order the dialog lists them. */
export const SHORTCUTS: readonly { keys: string[]; does: string }[] = [
  { keys: ['Ctrl O', '⌘ O'], does: 'Open a thread file' },
  { keys: ['/'], does: 'Search names and comment text' },
  { keys: ['+', '−'], does: 'Zoom the network in, out' },
  { keys: ['0'], does: 'Fit the whole network' },
  { keys: ['Esc'], does: 'Clear the selection; in the timeline, clear the time window' },
  { keys: ['j', '→'], does: 'Next comment of the conversation, when a comment is selected' },
  { keys: ['k', '←'], does: 'Previous comment of the conversation' },
  { keys: ['?'], does: 'This list' },
];

export function mountShortcuts(el: HTMLElement): () => void {
  const doc = el.ownerDocument;
  const win = doc.defaultView ?? window;
  const dialog = h('dialog', { className: 'paste-dialog shortcuts-dialog', testid: TID.shortcutsDialog, attrs: { 'aria-label': 'Keyboard shortcuts' } },
    h('h2', {}, 'Keyboard shortcuts'),
    h('dl', { className: 'shortcuts' }, ...SHORTCUTS.flatMap((s) => [
      h('dt', {}, ...s.keys.flatMap((k, i) => [i > 0 ? ' or ' : null, h('kbd', {}, k)])),
      h('dd', {}, s.does),
    ])),
    h('div', { className: 'paste-actions' }, button('Close', () => dialog.close(), { className: 'primary' })));
  const open = () => {
    if (!dialog.open) dialog.showModal();
  };
  const opener = button('?', open, { testid: TID.shortcutsButton, className: 'shortcuts-button', title: 'Keyboard shortcuts (?)', attrs: { 'aria-label': 'Keyboard shortcuts' } });
  el.append(opener, dialog);

  const onKey = (e: KeyboardEvent) => {
    if (e.key !== '?' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingInto(e.target)) return;
    if (inOpenDialog(e.target)) return;
    e.preventDefault();
    open();
  };
  win.addEventListener('keydown', onKey);
  return () => {
    win.removeEventListener('keydown', onKey);
    if (dialog.open) dialog.close();
    clear(el);
  };
}
