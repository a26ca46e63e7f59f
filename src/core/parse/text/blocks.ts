/**
 * Line-level helpers shared by the pasted-text parsers (WordPress, Squarespace, generic):
 * blank-line trimming, indentation, paragraph splitting, comment bodies, the "Reply"/"Edit"
 * action links, the article and heading above a thread (with the post title a "94 thoughts on
 * “Title”" heading names), lenient date lines, and turning a range of lines into a
 * SkippedBlock. Comments headings themselves are recognised by ./headings, the comment
 * form below a thread by ./comment-form, name-like strings by ./name-like, first/last
 * non-blank lines found by ./span.
 *
 * Ranges are half-open ranges of 0-based indexes into the `lines` array (`splitLines` output);
 * SkippedBlock line numbers are 1-based and inclusive.
 */
import type { SkippedBlock } from '../../types';
import { parseDate, type ParsedDate } from '../dates';
import { excerpt } from '../lines';
import { isCommentsHeading } from './headings';
import { lastNonBlank } from './span';

/** Half-open range [start, end) of 0-based line indexes. */
export interface LineRange {
  start: number;
  end: number;
}

/** True for undefined, empty and whitespace-only lines. */
export function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** Width of a line's leading whitespace in columns (a tab counts as `tabWidth`). */
export function indentWidth(line: string, tabWidth = 4): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width += 1;
    else if (ch === '\t') width += tabWidth;
    else break;
  }
  return width;
}

/** Removes at most `width` columns of leading whitespace (a tab counts as `tabWidth`). */
export function dedentLine(line: string, width: number, tabWidth = 4): string {
  let removed = 0;
  let i = 0;
  while (i < line.length && removed < width) {
    const ch = line[i];
    if (ch === ' ') removed += 1;
    else if (ch === '\t') removed += tabWidth;
    else break;
    i++;
  }
  return line.slice(i);
}

/** The range without its leading and trailing blank lines (empty, start === end, if all blank). */
export function trimBlankLines(lines: string[], range: LineRange): LineRange {
  let { start, end } = range;
  while (start < end && isBlank(lines[start])) start++;
  while (end > start && isBlank(lines[end - 1])) end--;
  return { start, end };
}

/** Smallest indentation (in columns) of the non-blank lines in the range; 0 when all are blank. */
export function commonIndent(lines: string[], range: LineRange): number {
  let min: number | undefined;
  for (let i = range.start; i < range.end; i++) {
    const line = lines[i] ?? '';
    if (isBlank(line)) continue;
    const width = indentWidth(line);
    if (min === undefined || width < min) min = width;
  }
  return min ?? 0;
}

/** Splits a range into paragraphs: maximal runs of non-blank lines. */
export function paragraphs(lines: string[], range: LineRange): LineRange[] {
  const out: LineRange[] = [];
  let start: number | undefined;
  for (let i = range.start; i < range.end; i++) {
    if (isBlank(lines[i])) {
      if (start !== undefined) out.push({ start, end: i });
      start = undefined;
    } else if (start === undefined) {
      start = i;
    }
  }
  if (start !== undefined) out.push({ start, end: range.end });
  return out;
}

/**
 * The plain text of a range: each line loses `indent` columns of leading whitespace and its
 * trailing whitespace, runs of blank lines become one empty line (a paragraph break), and
 * leading/trailing blank lines are dropped.
 */
export function blockText(lines: string[], range: LineRange, indent = 0): string {
  const { start, end } = trimBlankLines(lines, range);
  const out: string[] = [];
  for (let i = start; i < end; i++) {
    const line = dedentLine(lines[i] ?? '', indent).replace(/\s+$/, '');
    if (line === '' && out[out.length - 1] === '') continue;
    out.push(line);
  }
  return out.join('\n');
}

/**
 * A SkippedBlock for a range (blank edges trimmed, 1-based inclusive line numbers), or
 * undefined when the range holds only blank lines (blank lines need not be reported).
 */
export function skipBlock(lines: string[], range: LineRange, reason: string): SkippedBlock | undefined {
  const { start, end } = trimBlankLines(lines, range);
  if (start >= end) return undefined;
  const block: SkippedBlock = { line: start + 1, reason, excerpt: excerpt(lines.slice(start, end).join(' ')) };
  if (end - 1 > start) block.endLine = end;
  return block;
}

/** One action link as comment systems print it under or beside a comment. */
const ACTION =
  String.raw`(?:reply|edit|like|unlike|liked|share|report|flag|permalink|link|quote|delete|spam|hide|upvote|downvote|vote|log ?in to reply|reply to this comment|reply to comment|loading\.*|liked by \d+ (?:person|people)|\d+ likes?|(?:load|show|view) (?:\d+ )?more (?:comments|replies)|see more|sort by(?: (?:best|top|newest|oldest|new|old))?|embed|save|parent|source|give award)`;
/** Actions, perhaps after a vote count ("12 • Reply • Share"). */
const ACTION_LINE = new RegExp(String.raw`^(?:[-+−]?\d+\s*[|·•]\s*)?${ACTION}(?:\s*[|·•]?\s*${ACTION})*$`);

/**
 * True when the line holds nothing but comment action links: "Reply", "Reply ↓", "Edit",
 * "Like Reply", "Log in to Reply", "Liked by 2 people", "Reply | Quote", "(Edit)",
 * "12 • Reply • Share ›", "Load more comments".
 */
export function isActionLine(line: string): boolean {
  const cleaned = line
    .toLowerCase()
    .replace(/[↓↑→←↩⤶↪»«›‹()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return cleaned !== '' && ACTION_LINE.test(cleaned);
}

/** A vote count alone on a line: "15", "-2", "1.2K". */
const VOTE_COUNT = /^[-+−]?\d+(?:[.,]\d+)?[kKmM]?$/;

/**
 * Start of the run of action-link lines (and blank lines) that ends the range, e.g. the
 * "Reply" line under a WordPress comment. With `voteCount`, a number alone on the line right
 * above them goes too ("15" over "Reply", as YouTube prints votes): only for layouts that may
 * print votes, since elsewhere that number is the comment's own last line. Returns `range.end`
 * when the range does not end with an action line.
 */
export function trailingActionStart(lines: string[], range: LineRange, voteCount = false): number {
  let cut = range.end;
  let i = range.end - 1;
  while (i >= range.start) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      i--;
      continue;
    }
    if (!isActionLine(line)) break;
    cut = i;
    i--;
  }
  if (voteCount && cut < range.end && cut - 1 > range.start && VOTE_COUNT.test((lines[cut - 1] ?? '').trim())) cut--;
  return cut;
}

/**
 * Start of a run of two or more lines holding nothing but a count (and blank lines) that ends
 * the range: the reply, share and like counts X prints under a post ("12" / "3" / "1.2K").
 * Returns `range.end` when the range does not end so (one number alone may be a comment's text).
 */
export function trailingCountsStart(lines: string[], range: LineRange): number {
  let cut = range.end;
  let counts = 0;
  for (let i = range.end - 1; i > range.start; i--) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    if (!VOTE_COUNT.test(line)) break;
    cut = i;
    counts++;
  }
  return counts >= 2 ? cut : range.end;
}

/** End of the run of action-link lines (and blank lines) that opens the range. */
export function leadingActionEnd(lines: string[], range: LineRange): number {
  let cut = range.start;
  for (let i = range.start; i < range.end; i++) {
    const line = lines[i] ?? '';
    if (isBlank(line)) continue;
    if (!isActionLine(line)) break;
    cut = i + 1;
  }
  return cut;
}

const COUNT_WORD = String.raw`(?:\d+|no|one|two|three|four|five|six|seven|eight|nine|ten)`;
const COMMENT_NOUN = String.raw`(?:comments?|responses?|replies|reply|thoughts?|reactions?)`;
const HEADING_TITLE = new RegExp(
  String.raw`^${COUNT_WORD}\s+${COMMENT_NOUN}\s+(?:on|to|about)\s+["“‘'«]?(.+?)["”’'»]?$`,
  'i',
);

/** The post title named by a comments heading ("94 thoughts on “Title”" → "Title"), if any. */
export function commentsHeadingTitle(line: string): string | undefined {
  const m = HEADING_TITLE.exec(line.trim().replace(/\s+/g, ' '));
  const title = m?.[1]?.trim();
  return title ? title : undefined;
}

/**
 * Skipped blocks for everything above the first comment: the article (and anything else) and,
 * when it is the last thing before the comments (action lines such as "Sort by Best" aside),
 * the comments heading on its own. Also returns the post title when the heading names one.
 */
export function skipHead(lines: string[], end: number): { skipped: SkippedBlock[]; title?: string } {
  const skipped: SkippedBlock[] = [];
  let last = lastNonBlank(lines, 0, end);
  while (last >= 0 && isActionLine(lines[last] ?? '') && lastNonBlank(lines, 0, last) >= 0) last = lastNonBlank(lines, 0, last);
  if (last < 0) return { skipped };
  const headingLine = lines[last] ?? '';
  if (!isCommentsHeading(headingLine)) {
    const block = skipBlock(lines, { start: 0, end }, 'article text above the first comment');
    if (block) skipped.push(block);
    return { skipped };
  }
  const article = skipBlock(lines, { start: 0, end: last }, 'article text above the first comment');
  if (article) skipped.push(article);
  const heading = skipBlock(lines, { start: last, end }, 'comments heading');
  if (heading) skipped.push(heading);
  const title = commentsHeadingTitle(headingLine);
  return title ? { skipped, title } : { skipped };
}

/** Links and words printed around a date on a date line: "Edit", "| Reply", "#", "Permalink". */
const DATE_TRAILER = /\s*(?:[|·•–—-]\s*)?\(?(?:edit|reply|permalink|link|quote|report|#)\)?\s*$/i;
const DATE_LEADER = /^\s*(?:posted on|posted|published on|published|on|at|date:?)\s+/i;
const EDGE_PUNCTUATION = /^[\s|·•:,;–—-]+|[\s|·•:,;–—-]+$/g;

/**
 * Parses a line (or part of one) that holds a single date, tolerating the words and links
 * printed around it: "July 23, 2012 at 2:28 pm Edit", "May 3, 2020 | Reply", "on 3 May 2020".
 */
export function parseDateLine(text: string): ParsedDate | undefined {
  let s = text.replace(EDGE_PUNCTUATION, '');
  for (let round = 0; round < 4; round++) {
    if (!s || !/\d/.test(s)) return undefined;
    const parsed = parseDate(s);
    if (parsed) return parsed;
    const next = s.replace(DATE_TRAILER, '').replace(DATE_LEADER, '').replace(EDGE_PUNCTUATION, '');
    if (next === s) return undefined;
    s = next;
  }
  return undefined;
}
