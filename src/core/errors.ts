/**
 * Typed errors: every error says what is wrong, where (file, line or row) and how to fix it.
 * Parsers throw InputError for input they cannot read at all; soft problems go to the report.
 */

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
  | 'BAD_ANNOTATION';

export class InputError extends Error {
  readonly code: ErrorCode;
  /** 1-based line (text formats) or row (tables) the error concerns. */
  readonly line?: number;
  /** Whether `line` counts text lines or table rows. */
  readonly unit: 'line' | 'row';
  /** What the user can do about it. */
  readonly hint?: string;

  constructor(code: ErrorCode, message: string, opts: { line?: number; unit?: 'line' | 'row'; hint?: string } = {}) {
    super(message);
    this.name = 'InputError';
    this.code = code;
    this.unit = opts.unit ?? 'line';
    if (opts.line !== undefined) this.line = opts.line;
    if (opts.hint !== undefined) this.hint = opts.hint;
  }

  /** One readable sentence: `<where>: <what>. <hint>` (a full stop is added where the message has none). */
  describe(source?: string): string {
    const where = [source, this.line !== undefined ? `${this.unit} ${this.line}` : undefined].filter(Boolean).join(', ');
    const what = this.hint && !/[.!?:;]$/.test(this.message) ? `${this.message}.` : this.message;
    return `${where ? where + ': ' : ''}${what}${this.hint ? ` ${this.hint}` : ''}`;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}
