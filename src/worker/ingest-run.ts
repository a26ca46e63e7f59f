/**
 * One ingestion as the worker runs it: read a file's bytes as text (off the page's thread: a
 * large workbook takes seconds), parse, infer with progress, and turn any failure into a message
 * that names the file, the line or row, and what to do, with how the page can offer to read the
 * input again (another format, columns chosen by hand).
 */
import { isInputError } from '../core/errors';
import { detectFormat } from '../core/parse/detect';
import { fileText } from '../core/parse/file-text';
import { FORMAT_NAMES, parseInput } from '../core/parse/index';
import { ingestParsed } from '../core/pipeline';
import { SIGNALS } from '../core/types';
import type { RetryOffer } from '../store/state';
import type { IngestRequest, IngestResponse } from './protocol';

export function runIngest(req: IngestRequest, post: (msg: IngestResponse) => void): void {
  const name = req.fileName ?? 'the pasted text';
  let text: string | undefined;
  try {
    const read = typeof req.input === 'string' ? { text: req.input } : fileText(new Uint8Array(req.input));
    text = read.text;
    post({ id: req.id, type: 'progress', progress: 0.05, message: `Parsing ${name}…` });
    const parsed = parseInput(text, {
      ...(req.format ? { format: req.format } : {}), ...(req.fileName ? { fileName: req.fileName } : {}),
      ...(req.columns ? { columns: req.columns } : {}), ...(req.chatDate ? { chatDate: req.chatDate } : {}),
      ...(read.note ? { readNotes: [read.note] } : {}),
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
    // Nothing to read another way: an empty input, or a file that is not text (no text was read).
    if (e.code === 'EMPTY_INPUT' || text === undefined) {
      post({ id: req.id, type: 'error', message: e.describe(name) });
      return;
    }
    // The page offers to read it again: a choice of columns, or the format the content looks
    // like, replaces the command line's hint (--columns, --format).
    const format = req.format && req.format !== 'auto' ? req.format : detectFormat(text, req.fileName);
    const retry: RetryOffer = { format, ...(e.columns ? { columns: e.columns } : {}), ...(e.looksLike ? { suggested: e.looksLike } : {}) };
    const message = e.columns || e.looksLike
      ? `${e.describe(name, { hint: false })}${e.looksLike ? ` The content looks like ${FORMAT_NAMES[e.looksLike]}.` : ''}`
      : e.describe(name);
    post({ id: req.id, type: 'error', message, retry });
  }
}
