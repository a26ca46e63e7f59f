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

export interface ParseOptions {
  format?: Format | 'auto';
  /** File name, used for format detection by extension and in messages. */
  fileName?: string;
  /** Hand mapping of table columns (CSV) or fields (JSON): role → header name or dotted path. */
  columns?: CsvOptions['columns'];
  /** Date (YYYY-MM-DD) of the first line of a chat log whose lines carry only times. */
  chatDate?: string;
}

export function parseInput(input: string, opts: ParseOptions = {}): ParseResult {
  if (input.trim() === '') {
    throw new InputError('EMPTY_INPUT', 'the input is empty.', { hint: 'Choose a file with comments in it, or paste a comment section.' });
  }
  const format = !opts.format || opts.format === 'auto' ? detectFormat(input, opts.fileName) : opts.format;
  switch (format) {
    case 'text': return parseText(input);
    case 'csv': return parseCsv(input, opts.columns ? { columns: opts.columns } : {});
    case 'json': return parseJson(input, opts.columns ? { columns: opts.columns } : {});
    case 'mbox': return parseMbox(input);
    case 'chat': return parseChat(input, opts.chatDate ? { date: opts.chatDate } : {});
    case 'wxr': return parseWxr(input);
    default:
      throw new InputError('UNKNOWN_FORMAT', `unknown format "${String(format)}".`, { hint: 'Use one of auto, text, csv, json, mbox, chat, wxr.' });
  }
}
