/**
 * Drag-and-drop of a file anywhere on the page: an overlay appears while a file is dragged over
 * the window and the dropped file is handed to `onFile`. Drags without files are ignored.
 */
import { TID } from '../testids';
import { h } from './dom';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

export function attachDropZone(win: Window, onFile: (file: File) => void): () => void {
  const overlay = h('div', { className: 'drop-zone', testid: TID.dropZone, attrs: { 'aria-hidden': 'true' } },
    h('div', { className: 'drop-zone-box' }, 'Drop a file to open it'));
  overlay.hidden = true;
  win.document.body.append(overlay);
  /** dragenter/dragleave fire for every child element; count them to know when the drag left the window. */
  let depth = 0;

  const show = (on: boolean) => {
    overlay.hidden = !on;
    if (!on) depth = 0;
  };
  const onEnter = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth++;
    show(true);
  };
  const onOver = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    show(true);
  };
  const onLeave = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    depth = Math.max(0, depth - 1);
    if (depth === 0) show(false);
  };
  const onDrop = (e: DragEvent) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    show(false);
    const file = e.dataTransfer?.files[0];
    if (file) onFile(file);
  };
  win.addEventListener('dragenter', onEnter);
  win.addEventListener('dragover', onOver);
  win.addEventListener('dragleave', onLeave);
  win.addEventListener('drop', onDrop);
  return () => {
    win.removeEventListener('dragenter', onEnter);
    win.removeEventListener('dragover', onOver);
    win.removeEventListener('dragleave', onLeave);
    win.removeEventListener('drop', onDrop);
    overlay.remove();
  };
}
