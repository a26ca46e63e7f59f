/**
 * Loading a thread into the store: from a bundled sample, a chosen or dropped file, or pasted
 * text. Ingestion runs in the worker; a failure leaves the thread already shown in place.
 */
import type { Store } from '../store/store';
import type { SourceInfo } from '../store/state';
import { ingestInWorker } from '../worker/ingest-client';
import { findSample } from './samples';
import { fileText } from '../core/parse/file-text';

/** `readNotes`: how a file's bytes were read (see file-text.ts), for the report. */
export async function loadText(store: Store, text: string, source: SourceInfo, fileName?: string, readNotes?: string[]): Promise<void> {
  store.dispatch({ type: 'load/start', source });
  try {
    const data = await ingestInWorker(
      { input: text, ...(fileName ? { fileName } : {}), ...(readNotes ? { readNotes } : {}) },
      (progress, message) => store.dispatch({ type: 'load/progress', progress, message }),
    );
    store.dispatch({ type: 'load/done', source, data });
  } catch (e) {
    store.dispatch({ type: 'load/fail', error: e instanceof Error ? e.message : String(e) });
  }
}

export async function loadSample(store: Store, id: string): Promise<void> {
  const sample = findSample(id);
  if (!sample) {
    store.dispatch({ type: 'load/fail', error: `There is no bundled sample "${id}".` });
    return;
  }
  await loadText(store, sample.text, { kind: 'sample', label: sample.label, sampleId: sample.id }, sample.fileName);
}

/** Files above this size are refused with a message rather than freezing the tab. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export async function loadFile(store: Store, file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    store.dispatch({ type: 'load/fail', error: `${file.name}: the file is ${(file.size / 1e6).toFixed(0)} MB; threadgraph opens files up to ${MAX_FILE_BYTES / 1e6} MB. Split it, or use the command line.` });
    return;
  }
  let read: ReturnType<typeof fileText>;
  try {
    read = fileText(new Uint8Array(await file.arrayBuffer()));
  } catch {
    store.dispatch({ type: 'load/fail', error: `${file.name}: the file could not be read. Check that it is a text file.` });
    return;
  }
  await loadText(store, read.text, { kind: 'file', label: file.name }, file.name, read.note ? [read.note] : undefined);
}
