/**
 * One ingestion as the worker runs it: parse, infer with progress, and turn any failure into
 * a message that names the file, the line or row, and what to do, with how the page can offer
 * to read the input again (another format, columns chosen by hand).
 */
import { isInputError } from '../core/errors';
import { FORMAT_NAMES, parseInput } from '../core/parse/index';
import { ingestParsed } from '../core/pipeline';
import type { IngestRequest, IngestResponse } from './protocol';
import type { RetryOffer } from '../store/state';
import { detectFormat } from '../core/parse/detect';
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
    if (!isInputError(e)) {
      post({ id: req.id, type: 'error', message: `${name}: could not be read (${e instanceof Error ? e.message : String(e)}).` });
      return;
    }
    // An empty input reads as nothing whatever the format.
    if (e.code === 'EMPTY_INPUT') {
      post({ id: req.id, type: 'error', message: e.describe(name) });
      return;
    }
    // The page offers to read it again: a choice of columns, or the format the content looks
    // like, replaces the command line's hint (--columns, --format).
    const format = req.format && req.format !== 'auto' ? req.format : detectFormat(req.input, req.fileName);
    const retry: RetryOffer = { format, ...(e.columns ? { columns: e.columns } : {}), ...(e.looksLike ? { suggested: e.looksLike } : {}) };
    const message = e.columns || e.looksLike
      ? `${e.describe(name, { hint: false })}${e.looksLike ? ` The content looks like ${FORMAT_NAMES[e.looksLike]}.` : ''}`
      : e.describe(name);
    post({ id: req.id, type: 'error', message, retry });
  }
}
