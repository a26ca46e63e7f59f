/**
 * Messages between the page and the ingestion worker.
 */
import type { Format } from '../core/types';
import type { RetryOffer, ThreadData } from '../store/state';

export interface IngestRequest {
  id: number;
  /** Pasted or bundled text; or, for a file, its bytes, which the worker reads as text (file-text.ts). */
  input: string | ArrayBuffer;
  fileName?: string;
  format?: Format | 'auto';
  columns?: Record<string, string>;
  chatDate?: string;
}

export type IngestResponse =
  | { id: number; type: 'progress'; progress: number; message: string }
  | { id: number; type: 'done'; data: ThreadData }
  | { id: number; type: 'error'; message: string; retry?: RetryOffer };
