/**
 * One ingestion as the worker runs it: parse, infer with progress, and turn any failure into
 * a message that names the file, the line or row, and what to do.
 */
import { isInputError } from '../core/errors';
import { parseInput } from '../core/parse/index';
import { ingestParsed } from '../core/pipeline';
import type { IngestRequest, IngestResponse } from './protocol';
import { SIGNALS } from '../core/types';

export function runIngest(req: IngestRequest, post: (msg: IngestResponse) => void): void {
  const name = req.fileName ?? 'the pasted text';
  try {
    post({ id: req.id, type: 'progress', progress: 0.05, message: `Parsing ${name}…` });
    const parsed = parseInput(req.input, {
      ...(req.format ? { format: req.format } : {}), ...(req.fileName ? { fileName: req.fileName } : {}),
      ...(req.columns ? { columns: req.columns } : {}), ...(req.chatDate ? { chatDate: req.chatDate } : {}),
      ...(req.readNotes ? { readNotes: req.readNotes } : {}),
    });
    post({ id: req.id, type: 'progress', progress: 0.3, message: `Inferring replies in ${parsed.comments.length} comments…` });
    // Every signal runs, adjacency included, so the app's toggles can switch any of them on.
    const result = ingestParsed(parsed, {
      signals: SIGNALS,
      onProgress: (done, total) => post({ id: req.id, type: 'progress', progress: 0.3 + 0.65 * (done / Math.max(1, total)), message: `Inferring replies: ${done} of ${total} comments…` }),
    });
    post({ id: req.id, type: 'done', data: { thread: result.thread, replies: result.replies, report: result.report } });
  } catch (e) {
    const message = isInputError(e) ? e.describe(name) : `${name}: could not be read (${e instanceof Error ? e.message : String(e)}).`;
    post({ id: req.id, type: 'error', message });
  }
}
