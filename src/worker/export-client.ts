/**
 * The page side of text exports: hands the thread and the view to the export worker and
 * resolves with the file content.
 */
import type { TextExport, TextExportKind } from '../views/panels/export-content';
import type { AppState } from '../store/state';
import type { ExportRequest, ExportResponse } from './export-worker';

let worker: Worker | undefined;
let nextId = 1;

export function textExportInWorker(kind: TextExportKind, state: AppState): Promise<TextExport | null> {
  if (!state.data) return Promise.resolve(null);
  worker ??= new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
  const w = worker;
  const id = nextId++;
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<ExportResponse>) => {
      if (event.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      if ('error' in event.data) reject(new Error(event.data.error));
      else resolve(event.data.result);
    };
    w.addEventListener('message', onMessage);
    w.postMessage({ id, kind, data: state.data!, view: state.view, source: state.source } satisfies ExportRequest);
  });
}
