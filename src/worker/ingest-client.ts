/**
 * The page side of ingestion: sends text to the worker and resolves with the thread data,
 * reporting progress on the way. A newer request supersedes an older one still running.
 */
import type { RetryOffer, ThreadData } from '../store/state';
import type { IngestRequest, IngestResponse } from './protocol';

/** A failed ingestion: its message, and how the input could be read again. */
export class IngestFailure extends Error {
  constructor(message: string, readonly retry?: RetryOffer) {
    super(message);
  }
}

let worker: Worker | undefined;
let nextId = 1;

function getWorker(): Worker {
  worker ??= new Worker(new URL('./ingest-worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

export function ingestInWorker(
  req: Omit<IngestRequest, 'id'>, onProgress: (progress: number, message: string) => void,
): Promise<ThreadData> {
  const id = nextId++;
  const w = getWorker();
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<IngestResponse>) => {
      const msg = event.data;
      if (msg.id !== id) return;
      if (msg.type === 'progress') { onProgress(msg.progress, msg.message); return; }
      w.removeEventListener('message', onMessage);
      if (msg.type === 'done') resolve(msg.data);
      else reject(new IngestFailure(msg.message, msg.retry));
    };
    w.addEventListener('message', onMessage);
    // A file's bytes move to the worker rather than being copied.
    w.postMessage({ ...req, id } satisfies IngestRequest, typeof req.input === 'string' ? [] : [req.input]);
  });
}
