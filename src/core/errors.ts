/**
 * Typed errors: every error says what is wrong, where (file, line or row) and how to fix it.
 * Parsers throw InputError for input they cannot read at all; soft problems go to the report.
 */

import type { Format } from './types';

export type ErrorCode =
  | 'EMPTY_INPUT'
  | 'UNKNOWN_FORMAT'
  | 'BAD_CSV'
  | 'BAD_JSON'
  | 'BAD_MBOX'
  | 'BAD_CHAT'
  | 'BAD_XML'
  | 'BAD_TEXT'
  | 'NO_COMMENTS'
  | 'BAD_OPTION'
  | 'BAD_ANNOTATION'
  | 'NOT_TEXT';

/**
 * For an input whose author or text column (CSV) or field (JSON) was not found: the names a
 * user can choose from, in input order, and a suggested mapping (field → name).
 */
export interface ColumnChoice {
  names: string[];
  guess: Partial<Record<'author' | 'time' | 'text' | 'id' | 'parent', string>>;
}

export interface ErrorOptions {
  line?: number;
  unit?: 'line' | 'row';
  hint?: string;
  columns?: ColumnChoice;
  looksLike?: Format;
}

export class InputError extends Error {
  readonly code: ErrorCode;
  /** 1-based line (text formats) or row (tables) the error concerns. */
  readonly line?: number;
  /** Whether `line` counts text lines or table rows. */
  readonly unit: 'line' | 'row';
  /** What the user can do about it. */
  readonly hint?: string;
  /** The columns or fields to choose from, when the error is that none was recognised. */
  readonly columns?: ColumnChoice;
  /** The format the content looks like, when a format the user chose could not read it. */
  readonly looksLike?: Format;

  constructor(code: ErrorCode, message: string, opts: ErrorOptions = {}) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.unit = opts.unit ?? 'line';
    if (opts.line !== undefined) this.line = opts.line;
    if (opts.hint !== undefined) this.hint = opts.hint;
    if (opts.columns !== undefined) this.columns = opts.columns;
    if (opts.looksLike !== undefined) this.looksLike = opts.looksLike;
  }

  /**
   * One readable sentence: `<where>: <what>. <hint>` (a full stop is added where the message has
   * none). `hint: false` leaves the hint out (the full stop stays), for a caller that offers its
   * own way to fix it.
   */
  describe(source?: string, opts: { hint?: boolean } = {}): string {
    const hint = opts.hint === false ? undefined : this.hint;
    const where = [source, this.line !== undefined ? `${this.unit} ${this.line}` : undefined].filter(Boolean).join(', ');
    const what = (hint || opts.hint === false) && !/[.!?:;]$/.test(this.message) ? `${this.message}.` : this.message;
    return `${where ? where + ': ' : ''}${what}${hint ? ` ${hint}` : ''}`;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
