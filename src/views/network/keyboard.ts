/**
 * Keyboard shortcuts of the network: `+` / `-` zoom, `0` fits the whole network, `Escape`
 * clears the selection. They are ignored while typing in a field and when a modifier key is held
 * (Ctrl/⌘ + and - are the browser's own zoom) or inside a dialog.
 */
import { inOpenDialog } from '../panels/dom';

export type NetworkCommand = 'zoomIn' | 'zoomOut' | 'fit' | 'clearSelection';

export interface KeyInfo {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Tag name of the focused element (upper case, as in the DOM), or null. */
  targetTag: string | null;
  /** The focused element is editable (contenteditable). */
  targetEditable: boolean;
  /** The focused element sits in a dialog, which handles its own keys (Escape closes it). */
  targetInDialog: boolean;
}

const TYPING_TAGS = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** The command a key press means, or null. */
export function keyCommand(k: KeyInfo): NetworkCommand | null {
  if (k.ctrlKey || k.metaKey || k.altKey) return null;
  if (k.targetEditable || k.targetInDialog || (k.targetTag !== null && TYPING_TAGS.has(k.targetTag))) return null;
  switch (k.key) {
    case '+':
    case '=':
      return 'zoomIn';
    case '-':
    case '_':
      return 'zoomOut';
    case '0':
      return 'fit';
    case 'Escape':
      return 'clearSelection';
    default:
      return null;
  }
}

/** Listens for the shortcuts on `target`; returns the function that stops listening. */
export function bindKeyboard(target: Document, run: (command: NetworkCommand) => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.defaultPrevented) return;
    const el = event.target instanceof Element ? event.target : null;
    const command = keyCommand({
      key: event.key,
      ctrlKey: event.ctrlKey,
      metaKey: event.metaKey,
      altKey: event.altKey,
      targetTag: el ? el.tagName.toUpperCase() : null,
      targetEditable: el instanceof HTMLElement && el.isContentEditable,
      targetInDialog: inOpenDialog(el),
    });
    if (!command) return;
    // Escape keeps its default so other listeners (menus, dialogs) still see it as usual.
    if (command !== 'clearSelection') event.preventDefault();
    run(command);
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
