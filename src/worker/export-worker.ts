/**
 * The export Web Worker: makes the CSV, GEXF and JSON exports off the main thread. It rebuilds
 * the same filtered replies and graph the page shows (everything is deterministic), so the
 * files equal what the page would make.
 */
import { textExport, type TextExport, type TextExportKind } from '../views/panels/export-content';
import { initialState, type AppState, type ThreadData, type ViewState } from '../store/state';

export interface ExportRequest {
  id: number;
  kind: TextExportKind;
  data: ThreadData;
  view: ViewState;
  source: AppState['source'];
}

export type ExportResponse = { id: number; result: TextExport | null } | { id: number; error: string };

self.onmessage = (event: MessageEvent<ExportRequest>) => {
  const { id, kind, data, view, source } = event.data;
  try {
    const state: AppState = { ...initialState(), data, view, source };
    (self as unknown as Worker).postMessage({ id, result: textExport(kind, state) } satisfies ExportResponse);
  } catch (e) {
    (self as unknown as Worker).postMessage({ id, error: e instanceof Error ? e.message : String(e) } satisfies ExportResponse);
  }
};
