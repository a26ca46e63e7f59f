/**
 * The ingestion Web Worker: parsing and inference run here so the page never freezes.
 */
import { runIngest } from './ingest-run';
import type { IngestRequest, IngestResponse } from './protocol';

self.onmessage = (event: MessageEvent<IngestRequest>) => {
  runIngest(event.data, (msg: IngestResponse) => (self as unknown as Worker).postMessage(msg));
};
