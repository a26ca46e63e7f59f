/**
 * Chat-log parser. Two dialects:
 * - `irc`: one message per line. Every non-empty line that has a known shape becomes one
 *   RawComment with `line` = its 1-based line number: messages, /me actions, notices, and
 *   system lines (joins, quits, nick changes, modes, day changes; `system: true`). Lines of no
 *   known shape are skipped as blocks; empty lines are skipped one by one ("empty line").
 * - `whatsapp`: a header line (`DD/MM/YYYY, HH:MM - Name: text`) starts a message and the lines
 *   after it that are not headers continue it.
 * Lines without a clock of their own (e.g. `===` lines) take the time of the line before.
 * See chat-clock.ts for how clock times become dated times.
 */
import { InputError } from '../errors';
import type { ParseResult, RawComment, SkippedBlock } from '../types';
import { ChatClock, isTwelveHourDial, parseCalendarDate, type Stamp } from './chat-clock';
import { type CalendarDate, type IrcLine, parseIrcLine, parseWhatsAppHeader, type WhatsAppHeader } from './chat-lines';
import { excerpt, splitLines, stripBom } from './lines';

export interface ChatOptions {
  /** Date of the log's first line, `YYYY-MM-DD`, for logs whose lines carry only a clock. */
  date?: string;
  /** The log's file name: a log named after its day (`#ubuntu.2005-08-08.log`) gives that date when `date` is not given. */
  fileName?: string;
}

const CHAT_HINT =
  'Chat logs need one message per line, e.g. "[12:18] <nick> text", "12:18 <nick> text", "<nick> text", ' +
  '"=== nick has joined #channel", or WhatsApp exports "15/11/2004, 12:18 - Name: text".';

const NO_DATE_NOTE = (n: number): string =>
  `${n} line(s) have a clock time but no date; give the date of the first line with --date YYYY-MM-DD, or in the file name (2005-08-08.log)`;

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function setTime(comment: RawComment, stamp: Stamp | undefined): void {
  if (!stamp) return;
  comment.time = stamp.iso;
  comment.timePrecision = stamp.precision;
}

/**
 * The calendar date a log's name holds (`2005-08-08.log`, `#ubuntu.2005-08-08.txt`,
 * `2004-11-15_03`), as `YYYY-MM-DD`; undefined when it holds none or an impossible one.
 */
export function dateInName(name: string): string | undefined {
  const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
  const m = /(?:^|\D)(\d{4}-\d{2}-\d{2})(?!\d)/.exec(base);
  return m && parseCalendarDate(m[1]!) ? m[1] : undefined;
}

function readStartDate(opts: ChatOptions): CalendarDate | undefined {
  if (opts.date === undefined || opts.date === '') return undefined;
  const date = parseCalendarDate(opts.date);
  if (!date) {
    throw new InputError('BAD_OPTION', `The date option "${opts.date}" is not a calendar date.`, {
      hint: 'Give the date of the log\'s first line as YYYY-MM-DD, e.g. --date 2004-11-15.',
    });
  }
  return date;
}

function ircComment(parsed: IrcLine, line: number): RawComment {
  const comment: RawComment = { author: parsed.nick, text: parsed.text, line };
  if (parsed.kind === 'system') comment.system = true;
  if (parsed.renamedTo) comment.renamedTo = parsed.renamedTo;
  return comment;
}

function parseIrc(lines: readonly string[], parsed: readonly (IrcLine | undefined)[], start: CalendarDate | undefined): ParseResult {
  const clocks = parsed.flatMap((p) => (p?.clock && !p.date ? [p.clock] : []));
  const twelveHour = isTwelveHourDial(clocks);
  const clock = new ChatClock(twelveHour, start);
  const comments: RawComment[] = [];
  const skipped: SkippedBlock[] = [];
  let undatedClocks = 0;
  let unmatched: { from: number; to: number; first: string } | undefined;
  const closeUnmatched = (): void => {
    if (!unmatched) return;
    const block: SkippedBlock = { line: unmatched.from, reason: 'line matches no chat log pattern', excerpt: excerpt(unmatched.first) };
    if (unmatched.to > unmatched.from) {
      block.endLine = unmatched.to;
      block.reason = 'lines match no chat log pattern';
    }
    skipped.push(block);
    unmatched = undefined;
  };
  lines.forEach((text, i) => {
    const lineNo = i + 1;
    const line = parsed[i];
    if (isBlank(text)) {
      closeUnmatched();
      skipped.push({ line: lineNo, reason: 'empty line', excerpt: '' });
      return;
    }
    if (!line) {
      if (unmatched) unmatched.to = lineNo;
      else unmatched = { from: lineNo, to: lineNo, first: text };
      return;
    }
    closeUnmatched();
    const comment = ircComment(line, lineNo);
    if (line.date) clock.setDate(line.date);
    if (line.clock) {
      const stamp = clock.stamp(line.clock);
      if (!stamp) undatedClocks++;
      setTime(comment, stamp);
    } else if (line.date) {
      setTime(comment, clock.dayStamp());
    } else {
      setTime(comment, clock.lastStamp());
    }
    comments.push(comment);
  });
  closeUnmatched();
  const notes: string[] = [];
  if (undatedClocks) notes.push(NO_DATE_NOTE(undatedClocks));
  if (twelveHour && clocks.some((c, k) => k > 0 && c.hour < 12 && clocks[k - 1]!.hour === 12)) {
    notes.push('the log uses a 12-hour clock without am/pm: 12:59 → 01:00 is read as one minute, and the first line as morning');
  }
  return { format: 'chat', dialect: 'irc', comments, skipped, notes };
}

/** Whether WhatsApp dates are written day first; decided once for the whole file. */
function dayFirstOrder(headers: readonly WhatsAppHeader[]): { dayFirst: boolean; guessed: boolean } {
  const firstAboveTwelve = headers.some((h) => h.first > 12);
  const secondAboveTwelve = headers.some((h) => h.second > 12);
  if (firstAboveTwelve !== secondAboveTwelve) return { dayFirst: firstAboveTwelve, guessed: false };
  // No evidence either way: US exports write am/pm and month first; others day first.
  return { dayFirst: !headers.some((h) => h.clock.meridiem !== undefined), guessed: true };
}

function whatsAppStamp(header: WhatsAppHeader, dayFirst: boolean): Stamp | undefined {
  const date: CalendarDate = dayFirst
    ? { year: header.year, month: header.second, day: header.first }
    : { year: header.year, month: header.first, day: header.second };
  const iso = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
  if (!parseCalendarDate(iso)) return undefined;
  const clock = new ChatClock(false, date);
  return clock.stamp(header.clock);
}

function whatsAppComment(header: WhatsAppHeader, lineNo: number, dayFirst: boolean): RawComment {
  const comment: RawComment = { author: header.system ? header.nick : header.name, text: header.text, line: lineNo };
  if (header.system) comment.system = true;
  setTime(comment, whatsAppStamp(header, dayFirst));
  return comment;
}

function parseWhatsApp(lines: readonly string[], headers: readonly (WhatsAppHeader | undefined)[]): ParseResult {
  const order = dayFirstOrder(headers.filter((h): h is WhatsAppHeader => h !== undefined));
  const comments: RawComment[] = [];
  const skipped: SkippedBlock[] = [];
  let current: RawComment | undefined;
  /** Empty lines seen since the last text line; they belong to a message only if it continues. */
  let pendingBlank: number[] = [];
  const flushBlank = (): void => {
    for (const line of pendingBlank) skipped.push({ line, reason: 'empty line', excerpt: '' });
    pendingBlank = [];
  };
  lines.forEach((text, i) => {
    const lineNo = i + 1;
    if (isBlank(text)) {
      pendingBlank.push(lineNo);
      return;
    }
    const header = headers[i];
    if (header) {
      flushBlank();
      current = whatsAppComment(header, lineNo, order.dayFirst);
      comments.push(current);
      return;
    }
    if (current) {
      current.text += '\n'.repeat(pendingBlank.length + 1) + text;
      pendingBlank = [];
      return;
    }
    flushBlank();
    skipped.push({ line: lineNo, reason: 'text before the first message', excerpt: excerpt(text) });
  });
  flushBlank();
  const notes: string[] = [];
  if (order.guessed && comments.length) {
    notes.push(`dates read ${order.dayFirst ? 'day' : 'month'} first: no date in the log shows which number is the day`);
  }
  const undated = comments.filter((c) => c.time === undefined).length;
  if (undated) notes.push(`${undated} message(s) have a date that is not a calendar date`);
  return { format: 'chat', dialect: 'whatsapp', comments, skipped, notes };
}

/** Parses an IRC-style or WhatsApp-style chat log. */
export function parseChat(input: string, opts: ChatOptions = {}): ParseResult {
  const lines = splitLines(stripBom(input));
  const firstContent = lines.findIndex((l) => !isBlank(l));
  if (firstContent < 0) {
    throw new InputError('EMPTY_INPUT', 'The input is empty: there is no chat line to read.', { line: 1, hint: CHAT_HINT });
  }
  const given = readStartDate(opts);
  const named = given ? undefined : dateInName(opts.fileName ?? '');
  const start = given ?? (named ? parseCalendarDate(named) : undefined);
  const irc = lines.map((l) => (isBlank(l) ? undefined : parseIrcLine(l)));
  const whatsApp = lines.map((l) => (isBlank(l) ? undefined : parseWhatsAppHeader(l)));
  const ircCount = irc.filter(Boolean).length;
  const whatsAppCount = whatsApp.filter(Boolean).length;
  if (ircCount === 0 && whatsAppCount === 0) {
    throw new InputError('BAD_CHAT', 'No line of this text looks like a chat log message.', { line: firstContent + 1, hint: CHAT_HINT });
  }
  if (whatsAppCount > ircCount) return parseWhatsApp(lines, whatsApp);
  const result = parseIrc(lines, irc, start);
  if (named && start && irc.some((p) => p?.clock && !p.date)) result.notes.unshift(`the log's first line is dated ${named}, the date in its file name`);
  return result;
}
