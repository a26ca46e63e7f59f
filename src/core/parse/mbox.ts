/**
 * mbox parser: splits a mailbox on its `From ` separator lines (or reads one raw message that
 * starts with headers), and turns each message into a RawComment: author from the From header's
 * display name, id from Message-ID, parent from In-Reply-To (else the last References id), time
 * from Date, text from the decoded body. mboxrd `>From ` escaping is undone in bodies.
 */
import { InputError } from '../errors';
import type { ParseResult, RawComment, SkippedBlock } from '../types';
import { parseDate } from './dates';
import { excerpt, splitLines, stripBom } from './lines';
import { messageBodyText } from './mail-body';
import { authorFromHeader, headerValue, isHeaderLine, messageIds, readHeaderBlock } from './mail-headers';

const MBOX_HINT =
  'An mbox file starts every message with a "From " line followed by headers (From:, Date:, Message-ID:); ' +
  'a single message starts directly with its headers. Export the mailbox or message as mbox/.eml and try again.';

interface MessageSpan {
  /** Index of the separator line, or of the first header line for a bare message. */
  start: number;
  /** Index of the first header line. */
  headerStart: number;
  /** Index one past the last line. */
  end: number;
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** Indexes of `From ` separator lines: at the start of the file or after a blank line, followed by a header. */
function separatorIndexes(lines: readonly string[], firstContent: number): number[] {
  const found: number[] = [];
  for (let i = firstContent; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.startsWith('From ')) continue;
    if (i !== firstContent && !isBlank(lines[i - 1])) continue;
    if (!isHeaderLine(lines[i + 1] ?? '')) continue;
    found.push(i);
  }
  return found;
}

/** mboxrd: `>From ` becomes `From `, `>>From ` becomes `>From `. */
function unescapeFromLines(lines: readonly string[]): string[] {
  return lines.map((line) => (/^>+From /.test(line) ? line.slice(1) : line));
}

/** Body text without leading blank lines and trailing white space. */
function tidyBody(text: string): string {
  return text.replace(/^(?:[ \t]*\n)+/, '').trimEnd();
}

function readMessage(lines: readonly string[], span: MessageSpan, skipped: SkippedBlock[]): RawComment | undefined {
  const block = readHeaderBlock(lines, span.headerStart, span.end);
  const fields = block.fields;
  const line = span.start + 1;
  const from = headerValue(fields, 'from');
  const describe = headerValue(fields, 'subject') ?? lines[span.headerStart] ?? '';
  if (from === undefined) {
    skipped.push({ line, endLine: span.end, reason: 'message has no From header', excerpt: excerpt(describe) });
    return undefined;
  }
  const author = authorFromHeader(from);
  if (!author) {
    skipped.push({ line, endLine: span.end, reason: 'From header names no one', excerpt: excerpt(from) });
    return undefined;
  }
  const body = unescapeFromLines(lines.slice(block.bodyStart, span.end));
  const comment: RawComment = { author, text: tidyBody(messageBodyText(fields, body)), line };
  const id = messageIds(headerValue(fields, 'message-id'))[0];
  if (id) comment.id = id;
  const parentId = messageIds(headerValue(fields, 'in-reply-to'))[0] ?? messageIds(headerValue(fields, 'references')).pop();
  if (parentId) comment.parentId = parentId;
  const date = parseDate(headerValue(fields, 'date'));
  if (date) {
    comment.time = date.iso;
    comment.timePrecision = date.precision;
  }
  return comment;
}

function countNotes(comments: readonly RawComment[]): string[] {
  const notes: string[] = [];
  const undated = comments.filter((c) => c.time === undefined).length;
  if (undated) notes.push(`${undated} message(s) have no readable Date header`);
  const withoutId = comments.filter((c) => c.id === undefined).length;
  if (withoutId) notes.push(`${withoutId} message(s) have no Message-ID; replies to them cannot be matched`);
  const seen = new Set<string>();
  const duplicates = new Set<string>();
  for (const c of comments) {
    if (c.id === undefined) continue;
    if (seen.has(c.id)) duplicates.add(c.id);
    seen.add(c.id);
  }
  if (duplicates.size) notes.push(`${duplicates.size} Message-ID(s) occur more than once: ${[...duplicates].slice(0, 3).join(', ')}`);
  return notes;
}

/** Parses an mbox file (dialect `mbox`) or one raw message (dialect `message`). */
export function parseMbox(input: string): ParseResult {
  const lines = splitLines(stripBom(input));
  const firstContent = lines.findIndex((l) => !isBlank(l));
  if (firstContent < 0) {
    throw new InputError('EMPTY_INPUT', 'The input is empty: there is no message to read.', { line: 1, hint: MBOX_HINT });
  }
  const skipped: SkippedBlock[] = [];
  const spans: MessageSpan[] = [];
  let dialect = 'mbox';
  const separators = separatorIndexes(lines, firstContent);
  if (separators.length) {
    const first = separators[0]!;
    if (first > firstContent) {
      skipped.push({
        line: firstContent + 1, endLine: first, reason: 'text before the first "From " separator line',
        excerpt: excerpt(lines.slice(firstContent, first).join(' ')),
      });
    }
    separators.forEach((start, k) => {
      spans.push({ start, headerStart: start + 1, end: separators[k + 1] ?? lines.length });
    });
  } else if (isHeaderLine(lines[firstContent]!)) {
    dialect = 'message';
    spans.push({ start: firstContent, headerStart: firstContent, end: lines.length });
  } else {
    throw new InputError('BAD_MBOX', 'This is not an mbox file or mail message: no "From " separator line and no mail headers.', {
      line: firstContent + 1,
      hint: MBOX_HINT,
    });
  }
  const comments: RawComment[] = [];
  for (const span of spans) {
    const comment = readMessage(lines, span, skipped);
    if (comment) comments.push(comment);
  }
  return { format: 'mbox', dialect, comments, skipped, notes: countNotes(comments) };
}
