/**
 * Loading a thread into the store: from a bundled sample, a chosen or dropped file, or pasted
 * text. Ingestion runs in the worker, which also reads a file's bytes as text; a failure leaves
 * the thread already shown in place, and the input that failed is kept so that it can be read
 * again another way (retryLoad).
 */
import type { Store } from '../store/store';
import type { SourceInfo } from '../store/state';
import type { Format } from '../core/types';
import type { ColumnMap } from '../core/parse/fields';
import { IngestFailure, ingestInWorker } from '../worker/ingest-client';
import { findSample } from './samples';

/** How to read an input: a format instead of detecting one, columns or fields named by hand. */
export interface ReadOptions {
  format?: Format | 'auto';
  columns?: ColumnMap;
}

interface Input {
  /** Text, or a file's bytes (kept whole: each reading sends the worker a copy). */
  content: string | ArrayBuffer;
  source: SourceInfo;
  fileName?: string;
}

/** Per store, the last input that failed to load, for retryLoad; gone once a load succeeds. */
const failedInputs = new WeakMap<Store, Input>();

async function load(store: Store, input: Input, read: ReadOptions = {}): Promise<void> {
  store.dispatch({ type: 'load/start', source: input.source });
  try {
    const data = await ingestInWorker(
      {
        input: typeof input.content === 'string' ? input.content : input.content.slice(0),
        ...(input.fileName ? { fileName: input.fileName } : {}),
        ...(read.format ? { format: read.format } : {}), ...(read.columns ? { columns: read.columns } : {}),
      },
      (progress, message) => store.dispatch({ type: 'load/progress', progress, message }),
    );
    failedInputs.delete(store);
    store.dispatch({ type: 'load/done', source: input.source, data });
  } catch (e) {
    failedInputs.set(store, input);
    const retry = e instanceof IngestFailure ? e.retry : undefined;
    store.dispatch({ type: 'load/fail', error: e instanceof Error ? e.message : String(e), ...(retry ? { retry } : {}) });
  }
}

/** Loads pasted or bundled text; `fileName` helps recognise its format. */
export async function loadText(store: Store, text: string, source: SourceInfo, fileName?: string, read: ReadOptions = {}): Promise<void> {
  await load(store, { content: text, source, ...(fileName ? { fileName } : {}) }, read);
}

/** Reads the input that failed last again, as `read` says; false when there is none. */
export function retryLoad(store: Store, read: ReadOptions): boolean {
  const input = failedInputs.get(store);
  if (!input) return false;
  void load(store, input, read);
  return true;
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

/** Loads a chosen or dropped file: its bytes go to the worker, which reads them as text (file-text.ts). */
export async function loadFile(store: Store, file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) {
    store.dispatch({ type: 'load/fail', error: `${file.name}: the file is ${(file.size / 1e6).toFixed(0)} MB; threadgraph opens files up to ${MAX_FILE_BYTES / 1e6} MB. Split it, or use the command line.` });
    return;
  }
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    store.dispatch({ type: 'load/fail', error: `${file.name}: the file could not be read. Check that it is a text file you may open.` });
    return;
  }
  await load(store, { content: bytes, source: { kind: 'file', label: file.name }, fileName: file.name });
}
