/**
 * Messages between the page and the ingestion worker.
 */
import type { Format } from '../core/types';
import type { RetryOffer, ThreadData } from '../store/state';

export interface IngestRequest {
  id: number;
  input: string;
  fileName?: string;
  format?: Format | 'auto';
  columns?: Record<string, string>;
  chatDate?: string;
  /** Notes on how the file was read (its encoding), for the report. */
  readNotes?: string[];
}

export type IngestResponse =
  | { id: number; type: 'progress'; progress: number; message: string }
  | { id: number; type: 'done'; data: ThreadData }
  | { id: number; type: 'error'; message: string; retry?: RetryOffer };
