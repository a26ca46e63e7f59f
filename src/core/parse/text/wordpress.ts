/**
 * Pasted WordPress comment sections. Recognises the comment headers WordPress themes print
 * ("NAME says:" + date line, "NAME said:", "NAME says: DATE", "NAME on DATE said:"), reads the
 * nesting of threaded replies from their indentation, drops the "Reply" links, pingbacks, the
 * article above the first comment and the comment form below the last one (all listed in
 * `skipped`). Returns undefined when the text does not look like a WordPress comment list.
 */
import type { ParseResult, RawComment, SkippedBlock } from '../../types';
import type { ParsedDate } from '../dates';
import {
  blockText, indentWidth, isActionLine, isBlank, parseDateLine, skipBlock, skipHead,
  trailingActionStart,
} from './blocks';
import { findFormStart } from './comment-form';
import { firstNonBlank } from './span';
import { DateOrder } from '../date-order';

/** A recognised comment header. */
interface Header {
  /** 0-based index of the header line. */
  index: number;
  /** 0-based index of the first line after the header (and its date line). */
  bodyStart: number;
  /** Indentation of the header line in columns: deeper means a nested reply. */
  indent: number;
  author: string;
  date?: ParsedDate;
}

/** "NAME says:" / "NAME said:" on a line of its own. */
const BARE_HEADER = /^(.+?)\s+(?:says|said)\s*:$/i;
/** "NAME says: DATE" on one line. */
const SAYS_DATE_HEADER = /^(.+?)\s+(?:says|said)\s*:\s*(.+)$/i;
/** "NAME on DATE said:" on one line. */
const ON_DATE_SAID_HEADER = /^(.+)\s+(?:says|said)\s*:?$/i;
/** A date line is short: a date plus at most a few links ("Edit", "| Reply"). */
const MAX_DATE_LINE = 60;
const MAX_AUTHOR = 100;

const PHRASE_START = /^(?:a|an|the|this|that|it|he|she|they|we|i|you|my|our|his|her|their|everyone|someone|nobody|which|who|what)\b/i;

/** A header's author: not empty, not a whole sentence, not a quoted line. */
function plausibleAuthor(name: string): boolean {
  const t = name.trim();
  return t !== '' && t.length <= MAX_AUTHOR && t.split(/\s+/).length <= 10 && !/^[>"“‘]/.test(t);
}

/** Stricter check used when a single header has to justify claiming the page. */
function nameLike(name: string): boolean {
  return plausibleAuthor(name) && !PHRASE_START.test(name.trim()) && name.trim().split(/\s+/).length <= 6;
}

/** Reads a dated header at line i ("NAME says:" + date line, or a one-line form), else undefined. */
function readDatedHeader(lines: string[], i: number): Header | undefined {
  const raw = lines[i] ?? '';
  const text = raw.trim();
  if (text === '' || text.length > 200) return undefined;
  const indent = indentWidth(raw);

  const saysDate = SAYS_DATE_HEADER.exec(text);
  if (saysDate) {
    const date = parseDateLine(saysDate[2]!);
    if (date && plausibleAuthor(saysDate[1]!)) {
      return { index: i, bodyStart: i + 1, indent, author: saysDate[1]!.trim(), date };
    }
  }

  const onDate = ON_DATE_SAID_HEADER.exec(text);
  if (onDate) {
    const head = onDate[1]!;
    // The name may itself contain " on ": try every split, first that leaves a date after it.
    for (let at = head.indexOf(' on '); at > 0; at = head.indexOf(' on ', at + 1)) {
      const author = head.slice(0, at).trim();
      const date = parseDateLine(head.slice(at + 4));
      if (date && plausibleAuthor(author)) return { index: i, bodyStart: i + 1, indent, author, date };
    }
  }
  const bare = BARE_HEADER.exec(text);
  if (bare) {
    const next = firstNonBlank(lines, i + 1, Math.min(lines.length, i + 3));
    const dateText = next < 0 ? '' : (lines[next] ?? '').trim();
    const date = dateText.length <= MAX_DATE_LINE ? parseDateLine(dateText) : undefined;
    if (next >= 0 && date && plausibleAuthor(bare[1]!)) {
      return { index: i, bodyStart: next + 1, indent, author: bare[1]!.trim(), date };
    }
  }

  return undefined;
}

/** Reads an undated "NAME says:" header that starts a paragraph (themes that print no dates). */
function readBareHeader(lines: string[], i: number): Header | undefined {
  const raw = lines[i] ?? '';
  const bare = BARE_HEADER.exec(raw.trim());
  if (!bare || !nameLike(bare[1]!) || bare[1]!.length > 60) return undefined;
  const prev = lines[i - 1];
  if (i > 0 && !isBlank(prev) && !isActionLine(prev ?? '')) return undefined;
  return { index: i, bodyStart: i + 1, indent: indentWidth(raw), author: bare[1]!.trim() };
}

function findHeaders(lines: string[], read: (lines: string[], i: number) => Header | undefined): Header[] {
  const headers: Header[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = read(lines, i);
    if (!header) continue;
    headers.push(header);
    i = header.bodyStart - 1;
  }
  return headers;
}

/** "Pingback: ..." / "Trackback: ..." entries: links from other sites listed among comments. */
function isPingbackStart(lines: string[], i: number): boolean {
  if (!/^(?:pingback|trackback)\s*:/i.test((lines[i] ?? '').trim())) return false;
  const prev = lines[i - 1];
  return i === 0 || isBlank(prev) || isActionLine(prev ?? '');
}

type Entry = { kind: 'comment'; header: Header } | { kind: 'pingback'; index: number };

const entryStart = (e: Entry): number => (e.kind === 'comment' ? e.header.index : e.index);

/** Parses a pasted WordPress comment section, or returns undefined when it is not one. */
export function parseWordpressText(lines: string[]): ParseResult | undefined {
  const notes: string[] = [];
  const dates = new DateOrder();
  let headers = findHeaders(lines, readDatedHeader);
  const claimed = headers.length >= 2 || (headers.length === 1 && nameLike(headers[0]!.author));
  if (!claimed) {
    headers = findHeaders(lines, readBareHeader);
    if (headers.length < 2) return undefined;
    notes.push('No comment dates were found next to the "NAME says:" headers; comments keep their pasted order.');
  }

  const headerLines = new Set(headers.map((h) => h.index));
  const entries: Entry[] = headers.map((header) => ({ kind: 'comment' as const, header }));
  for (let i = 0; i < lines.length; i++) {
    if (!headerLines.has(i) && isPingbackStart(lines, i)) entries.push({ kind: 'pingback', index: i });
  }
  entries.sort((a, b) => entryStart(a) - entryStart(b));

  const skipped: SkippedBlock[] = [];
  const push = (block: SkippedBlock | undefined): void => {
    if (block) skipped.push(block);
  };

  const head = skipHead(lines, entryStart(entries[0]!));
  skipped.push(...head.skipped);

  const last = entries[entries.length - 1]!;
  const lastBodyStart = last.kind === 'comment' ? last.header.bodyStart : last.index + 1;
  const formStart = findFormStart(lines, { start: lastBodyStart, end: lines.length });
  if (formStart === undefined) notes.push('No comment form was found below the last comment; it runs to the end of the text.');
  const threadEnd = formStart ?? lines.length;

  const comments: RawComment[] = [];
  const indents: number[] = [];
  let pingbacks = 0;
  entries.forEach((entry, k) => {
    const next = entries[k + 1];
    const end = next ? entryStart(next) : threadEnd;
    if (entry.kind === 'pingback') {
      pingbacks++;
      push(skipBlock(lines, { start: entry.index, end }, 'pingback/trackback: a link from another site, not a comment'));
      return;
    }
    const { header } = entry;
    const cut = trailingActionStart(lines, { start: header.bodyStart, end });
    push(skipBlock(lines, { start: cut, end }, "'Reply' link"));
    const comment: RawComment = {
      id: `wp${comments.length + 1}`,
      author: header.author,
      text: blockText(lines, { start: header.bodyStart, end: cut }, header.indent),
      line: header.index + 1,
    };
    if (header.date) {
      comment.time = header.date.iso;
      comment.timePrecision = header.date.precision;
      dates.see(comment, header.date);
    }
    // Parent: the nearest earlier comment printed with a smaller indent.
    for (let p = comments.length - 1; p >= 0; p--) {
      if (indents[p]! < header.indent) {
        comment.parentId = comments[p]!.id;
        break;
      }
    }
    comments.push(comment);
    indents.push(header.indent);
  });

  if (formStart !== undefined) push(skipBlock(lines, { start: formStart, end: lines.length }, 'comment form below the last comment'));
  if (pingbacks > 0) notes.push(`${pingbacks} pingback/trackback entr${pingbacks === 1 ? 'y was' : 'ies were'} skipped.`);
  const nested = comments.filter((c) => c.parentId !== undefined).length;
  if (nested > 0) notes.push(`${nested} repl${nested === 1 ? 'y was' : 'ies were'} nested under another comment (read from their indentation).`);

  const dateNote = dates.settle();
  if (dateNote) notes.push(dateNote);
  skipped.sort((a, b) => a.line - b.line);
  const result: ParseResult = { format: 'text', dialect: 'wordpress', comments, skipped, notes };
  if (head.title) result.title = head.title;
  return result;
}
