// Entry of the scan worker thread: the command line runs TypeScript sources through tsx, so the
// worker registers it too before loading scan-worker.ts. A failure to load is reported to the
// waiting side (scan-thread.ts) instead of leaving it waiting.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

try {
  register();
  await import('./scan-worker.ts');
} catch (e) {
  workerData.port.postMessage({ kind: 'error', message: `could not start: ${e instanceof Error ? e.message : String(e)}` });
  Atomics.add(workerData.signal, 0, 1);
  Atomics.notify(workerData.signal, 0);
}
