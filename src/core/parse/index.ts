/**
 * One entry point for every input format: auto-detects the format (or takes the user's
 * choice) and hands the input to that format's parser.
 */
import type { Format, ParseResult } from '../types';
import { InputError } from '../errors';
import { detectFormat } from './detect';
import { parseText } from './text/index';
import { parseCsv, type CsvOptions } from './csv';
import { parseJson } from './json';
import { parseMbox } from './mbox';
import { parseChat } from './chat';
import { parseWxr } from './wxr';
import { parseDisqus } from './disqus';

export interface ParseOptions {
  format?: Format | 'auto';
  /** File name, used for format detection by extension and in messages. */
  fileName?: string;
  /** Hand mapping of table columns (CSV) or fields (JSON): role → header name or dotted path. */
  columns?: CsvOptions['columns'];
  /** Date (YYYY-MM-DD) of the first line of a chat log whose lines carry only times. */
  chatDate?: string;
  /** Notes on how the input was read (its encoding: see file-text.ts), put first in the report's notes. */
  readNotes?: readonly string[];
}

export function parseInput(input: string, opts: ParseOptions = {}): ParseResult {
  if (input.trim() === '') {
    throw new InputError('EMPTY_INPUT', 'the input is empty.', { hint: 'Choose a file with comments in it, or paste a comment section.' });
  }
  const chosen = opts.format !== undefined && opts.format !== 'auto';
  const format = chosen ? opts.format as Format : detectFormat(input, opts.fileName);
  let parsed: ParseResult;
  try {
    parsed = withComments(parseAs(format, input, opts), format);
  } catch (e) {
    throw chosen ? withFormatHint(e, format, input) : e;
  }
  if (opts.readNotes?.length) parsed.notes.unshift(...opts.readNotes);
  return parsed;
}

/**
 * When a format the user chose cannot read the input and its content looks like another format,
 * the error says so (a JSON file read with --format csv fails on its quotes, not on being JSON).
 */
function withFormatHint(e: unknown, chosen: Format, input: string): unknown {
  if (!(e instanceof InputError) || e.code === 'UNKNOWN_FORMAT' || e.code === 'BAD_OPTION') return e;
  const looks = detectFormat(input);
  if (looks === chosen) return e;
  const hint = `${e.hint ? `${e.hint} ` : ''}The content looks like ${FORMAT_NAMES[looks]}: try --format ${looks} (or auto).`;
  // Columns found by misreading the content are no choice to offer.
  return new InputError(e.code, e.message, { ...(e.line !== undefined ? { line: e.line } : {}), unit: e.unit, hint, looksLike: looks });
}

/** Each format as a sentence names it. */
export const FORMAT_NAMES: Record<Format, string> = {
  text: 'pasted page text', csv: 'CSV', json: 'JSON', mbox: 'an mbox archive', chat: 'a chat log', wxr: 'a WordPress export',
  disqus: 'a Disqus export',
};

function parseAs(format: Format, input: string, opts: ParseOptions): ParseResult {
  switch (format) {
    case 'text': return parseText(input);
    case 'csv': return parseCsv(input, opts.columns ? { columns: opts.columns } : {});
    case 'json': return parseJson(input, opts.columns ? { columns: opts.columns } : {});
    case 'mbox': return parseMbox(input);
    case 'chat': return parseChat(input, { ...(opts.chatDate ? { date: opts.chatDate } : {}), ...(opts.fileName ? { fileName: opts.fileName } : {}) });
    case 'wxr': return parseWxr(input);
    case 'disqus': return parseDisqus(input);
    default:
      throw new InputError('UNKNOWN_FORMAT', `unknown format "${String(format)}".`, { hint: 'Use one of auto, text, csv, json, mbox, chat, wxr, disqus.' });
  }
}

/** What each format holds when it holds no comment, and what to choose instead. */
const NOTHING_IN: Record<Format, { what: string; hint: string }> = {
  text: { what: 'the pasted text holds no comment', hint: 'Paste the whole comment section, with each comment\'s author and date line.' },
  csv: { what: 'the table has no row with a comment below its header', hint: 'Choose a table with one comment per row.' },
  json: { what: 'the JSON holds no comment objects', hint: 'Give an array of comment objects with author and text fields, a Reddit comment listing, or one object per line.' },
  mbox: { what: 'the archive holds no message with a sender', hint: 'Choose an mbox archive whose messages have From headers.' },
  chat: { what: 'no line of the log is a chat message', hint: 'Chat lines look like "[12:34] <nick> text".' },
  wxr: { what: 'the WordPress export holds no approved reader comments', hint: 'Export a site (or a post) that has comments.' },
  disqus: { what: 'the Disqus export holds no comment that is not deleted or spam', hint: 'Export a site whose pages have comments.' },
};

/**
 * An input that yields no comment at all (system lines such as joins and quits are none) is an
 * input error, not an empty thread: the command line stops with it, and the app keeps the thread
 * it shows. The error names the first skipped block, if any, and why it was skipped.
 */
function withComments(parsed: ParseResult, format: Format): ParseResult {
  if (parsed.comments.some((c) => !c.system)) return parsed;
  const { what, hint } = NOTHING_IN[format];
  if (parsed.comments.length > 0) {
    throw new InputError('NO_COMMENTS', 'no comments found: every line read is a join, quit or other system line.', { line: parsed.comments[0]!.line, hint });
  }
  const first = parsed.skipped[0];
  if (!first) throw new InputError('NO_COMMENTS', `no comments found: ${what}.`, { hint });
  const skipped = parsed.skipped.length === 1
    ? `the one block read was skipped: ${first.reason}`
    : `all ${parsed.skipped.length} blocks read were skipped (the first: ${first.reason})`;
  throw new InputError('NO_COMMENTS', `no comments found: ${skipped}.`, { line: first.line, hint });
}
