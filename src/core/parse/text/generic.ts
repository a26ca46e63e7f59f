/**
 * Fallback parser for pasted comment sections of unknown platforms. Every line that pairs a
 * date with a short name ("Ann Lee - May 3, 2020", "Posted by Ann Lee on May 3, 2020",
 * "May 3, 2020 | Commenter Ann Lee"), and every name line directly followed by a date line, is
 * reduced to a shape with the name and date replaced by placeholders. The most frequent shape
 * that repeats marks the comments; a score then decides whether it sits above each body
 * (header) or below it (footer). Article text above and the comment form below are skipped.
 * Returns undefined when no shape repeats.
 */
import type { ParseResult, RawComment, SkippedBlock } from '../../types';
import type { ParsedDate } from '../dates';
import {
  blockText, commonIndent, findFormStart, isActionLine, isBlank, isFormLine, leadingActionEnd, looksLikeName,
  paragraphs, parseDateLine, skipBlock, skipHead, trailingActionStart, type LineRange,
} from './blocks';
import { findCommentsHeading, isCommentsHeading } from './headings';
import { firstNonBlank, lastNonBlank } from './span';

const NAME = '<NAME>';
const DATE = '<DATE>';
/** Longest line considered as a header; longest date in words ("Thursday, April 29, 2010 at 2:28 pm GMT"). */
const MAX_MARKER_LINE = 120;
const MAX_TOKENS = 16;
const MAX_DATE_TOKENS = 8;

/** Words and symbols printed around names and dates in comment headers. */
const CONNECTOR_WORDS = new Set([
  'posted', 'written', 'comment', 'commented', 'commenter', 'registered', 'by', 'on', 'at', 'from', 'said', 'says',
  'wrote', 'writes', 'reply', 'replied', 'edit', 'permalink',
]);
const CONNECTOR_SYMBOLS = /^[|·•:,\-–—@#/()[\]]+$/;
const DATE_START = /^(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const EDGE_PUNCT_START = /^[(|[·•:,;–—-]+/;
const EDGE_PUNCT_END = /[)|\]·•:,;–—-]+$/;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** What one line offers as a comment marker. */
interface LineInfo {
  /** `name-date`: a whole header on one line; `date`/`name`: half of a two-line header. */
  kind: 'name-date' | 'date' | 'name';
  /** The line with its name and date replaced by placeholders and connector words lowercased. */
  shape: string;
  name?: string;
  date?: ParsedDate;
}

/** One occurrence of the chosen shape: a one- or two-line comment header or footer. */
interface Marker {
  /** Half-open 0-based line range of the marker. */
  start: number;
  end: number;
  name: string;
  date?: ParsedDate;
}

/** Whitespace tokens with a trailing ":" or "," split off as their own token. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const start = m.index;
    const word = m[0];
    if (word.length > 1 && /[:,]$/.test(word)) {
      tokens.push({ text: word.slice(0, -1), start, end: start + word.length - 1 });
      tokens.push({ text: word.slice(-1), start: start + word.length - 1, end: start + word.length });
    } else {
      tokens.push({ text: word, start, end: start + word.length });
    }
  }
  return tokens;
}

const isConnector = (token: Token): boolean =>
  CONNECTOR_WORDS.has(token.text.toLowerCase()) || CONNECTOR_SYMBOLS.test(token.text);

/** Splits text into leading connectors, the name in between, and trailing connectors. */
function splitConnectors(text: string): { lead: string[]; name: string; trail: string[] } {
  const tokens = tokenize(text);
  let first = 0;
  let last = tokens.length - 1;
  while (first <= last && isConnector(tokens[first]!)) first++;
  while (last >= first && isConnector(tokens[last]!)) last--;
  const lower = (t: Token): string => t.text.toLowerCase();
  const lead = tokens.slice(0, first).map(lower);
  const trail = tokens.slice(Math.max(first, last + 1)).map(lower);
  const name = first <= last ? text.slice(tokens[first]!.start, tokens[last]!.end) : '';
  return { lead, name, trail };
}

/** The longest substring of the line that parses as a date, with its offsets. */
function findDate(text: string): { date: ParsedDate; start: number; end: number } | undefined {
  if (!/\d/.test(text)) return undefined;
  const tokens = [...text.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  if (tokens.length > MAX_TOKENS) return undefined;
  let best: { date: ParsedDate; start: number; end: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const head = tokens[i]!;
    const lead = EDGE_PUNCT_START.exec(head.text)?.[0].length ?? 0;
    if (!DATE_START.test(head.text.slice(lead))) continue;
    for (let j = i; j < Math.min(tokens.length, i + MAX_DATE_TOKENS); j++) {
      const tail = tokens[j]!;
      const start = head.start + lead;
      const end = tail.end - (EDGE_PUNCT_END.exec(tail.text)?.[0].length ?? 0);
      if (end <= start || (best && end - start <= best.end - best.start)) continue;
      const candidate = text.slice(start, end);
      // A bare number ("1234567890") is not a comment date, even if it reads as a timestamp.
      if (/^\d+$/.test(candidate)) continue;
      const date = parseDateLine(candidate);
      if (date) best = { date, start, end };
    }
  }
  return best;
}

/** Classifies one line as a name+date header, a date-only line, a name-only line, or nothing. */
function analyseLine(line: string): LineInfo | undefined {
  const text = line.trim();
  if (text === '' || text.length > MAX_MARKER_LINE) return undefined;
  if (isActionLine(text) || isFormLine(text) || isCommentsHeading(text)) return undefined;
  const found = findDate(text);
  if (!found) {
    const { lead, name, trail } = splitConnectors(text);
    if (!name || !looksLikeName(name)) return undefined;
    return { kind: 'name', name, shape: [...lead, NAME, ...trail].join(' ') };
  }
  const before = splitConnectors(text.slice(0, found.start));
  const after = splitConnectors(text.slice(found.end));
  if (before.name && after.name) return undefined;
  const name = before.name || after.name;
  if (name && !looksLikeName(name)) return undefined;
  const shape = [
    ...before.lead, before.name ? NAME : '', ...before.trail, DATE, ...after.lead, after.name ? NAME : '', ...after.trail,
  ].filter((part) => part !== '').join(' ');
  return name ? { kind: 'name-date', shape, name, date: found.date } : { kind: 'date', shape, date: found.date };
}

interface Candidate {
  shape: string;
  /** 0: one-line header, 1: name line then date line, 2: date line then name line. */
  rank: number;
  markers: Marker[];
}

/** Collects every marker shape in the text and returns the most frequent one that repeats. */
function chooseShape(lines: string[]): Candidate | undefined {
  const infos = lines.map((line) => analyseLine(line));
  const byShape = new Map<string, Candidate>();
  const add = (shape: string, rank: number, marker: Marker): void => {
    let candidate = byShape.get(shape);
    if (!candidate) byShape.set(shape, (candidate = { shape, rank, markers: [] }));
    const previous = candidate.markers[candidate.markers.length - 1];
    if (!previous || previous.end <= marker.start) candidate.markers.push(marker);
  };
  infos.forEach((info, i) => {
    if (!info) return;
    const next = infos[i + 1];
    if (info.kind === 'name-date') {
      add(info.shape, 0, { start: i, end: i + 1, name: info.name!, date: info.date });
    } else if (info.kind === 'name' && next?.kind === 'date') {
      add(`${info.shape} / ${next.shape}`, 1, { start: i, end: i + 2, name: info.name!, date: next.date });
    } else if (info.kind === 'date' && next?.kind === 'name') {
      add(`${info.shape} / ${next.shape}`, 2, { start: i, end: i + 2, name: next.name!, date: info.date });
    }
  });
  let best: Candidate | undefined;
  for (const candidate of byShape.values()) {
    if (candidate.markers.length < 2) continue;
    if (
      !best ||
      candidate.markers.length > best.markers.length ||
      (candidate.markers.length === best.markers.length &&
        (candidate.rank < best.rank || (candidate.rank === best.rank && candidate.markers[0]!.start < best.markers[0]!.start)))
    ) {
      best = candidate;
    }
  }
  return best;
}

/**
 * Drops markers above the comments heading: an article byline ("Posted by NAME on DATE") can
 * share the comments' shape. Only done when few markers sit above the heading and at least two
 * (and more) below it, so a stray "Comments" line inside a comment cannot cut the thread.
 */
function dropBylines(lines: string[], markers: Marker[], notes: string[]): Marker[] {
  const last = markers[markers.length - 1]!;
  for (let i = 0; i < last.start; i++) {
    if (!isCommentsHeading(lines[i] ?? '')) continue;
    const above = markers.filter((m) => m.start < i);
    const below = markers.filter((m) => m.start > i);
    if (above.length > 0 && above.length <= 2 && below.length >= 2 && below.length > above.length) {
      notes.push(
        `${above.length} line(s) shaped like a comment header above the comments heading (line ${i + 1}) were read as part of the article.`,
      );
      return below;
    }
    return markers;
  }
  return markers;
}

/**
 * Header or footer? Points for "header": a comments heading (or nothing) right above the first
 * marker; text between the last marker and the comment form. Points for "footer": only the form
 * (or nothing) after the last marker; text directly above the first marker. One more point to
 * the side most markers agree with: glued to the line below and not the line above (header), or
 * the reverse (footer). Ties read as header, the commoner layout.
 */
function decideLayout(lines: string[], markers: Marker[]): { footer: boolean; reasons: string[] } {
  let header = 0;
  let footer = 0;
  const reasons: string[] = [];
  const first = markers[0]!;
  const last = markers[markers.length - 1]!;

  const afterActions = leadingActionEnd(lines, { start: last.end, end: lines.length });
  const content = firstNonBlank(lines, afterActions, lines.length);
  const form = findFormStart(lines, { start: afterActions, end: lines.length });
  if (content < 0 || content === form) {
    footer += 2;
    reasons.push(content < 0 ? 'nothing follows the last one' : 'only the comment form follows the last one');
  } else if (form !== undefined) {
    header += 2;
    reasons.push('text sits between the last one and the comment form');
  } else {
    header += 1;
    reasons.push('text follows the last one');
  }

  const above = lastNonBlank(lines, 0, first.start);
  if (above < 0) {
    header += 2;
    reasons.push('nothing precedes the first one');
  } else if (isCommentsHeading(lines[above] ?? '')) {
    header += 2;
    reasons.push('a comments heading directly precedes the first one');
  } else if (above === first.start - 1) {
    footer += 1;
    reasons.push('text is glued to the top of the first one');
  }

  let gluedBelow = 0;
  let gluedAbove = 0;
  for (const m of markers) {
    const up = lines[m.start - 1];
    const down = lines[m.end];
    const upText = !isBlank(up) && !isActionLine(up ?? '');
    const downText = !isBlank(down) && !isActionLine(down ?? '');
    if (downText && !upText) gluedBelow++;
    if (upText && !downText) gluedAbove++;
  }
  if (gluedBelow > gluedAbove) {
    header += 1;
    reasons.push(`${gluedBelow} of ${markers.length} are glued to the text below them`);
  } else if (gluedAbove > gluedBelow) {
    footer += 1;
    reasons.push(`${gluedAbove} of ${markers.length} are glued to the text above them`);
  }
  return { footer: footer > header, reasons };
}

/** A paragraph that reads like a heading: one short line without sentence punctuation. */
function isHeadingLike(lines: string[], para: LineRange): boolean {
  const text = (lines[para.start] ?? '').trim();
  return para.end - para.start === 1 && text.length <= 80 && !/[.!?:;,…"”')]$/.test(text);
}

/**
 * Start of the first comment in a footer layout: just after a comments heading when there is
 * one; otherwise the paragraphs right above the first footer, back to a heading-like line and
 * at most as many paragraphs as a typical other comment has (lower median).
 */
function firstFooterCommentStart(
  lines: string[], markers: Marker[], notes: string[],
): number {
  const first = markers[0]!;
  const heading = findCommentsHeading(lines, first.start);
  if (heading >= 0) return heading + 1;
  const counts: number[] = [];
  for (let i = 1; i < markers.length; i++) {
    const body = { start: markers[i - 1]!.end, end: markers[i]!.start };
    counts.push(paragraphs(lines, body).filter((p) => !isActionLine(lines[p.start] ?? '')).length);
  }
  counts.sort((a, b) => a - b);
  // Lower median of the other comments' paragraph counts: a typical comment's length.
  const typical = Math.max(1, counts[Math.floor((counts.length - 1) / 2)] ?? 1);
  const paras = paragraphs(lines, { start: 0, end: first.start });
  let start = first.start;
  let taken = 0;
  for (let p = paras.length - 1; p >= 0 && taken < typical; p--) {
    const para = paras[p]!;
    if (taken > 0 && isHeadingLike(lines, para)) break;
    start = para.start;
    taken++;
  }
  if (firstNonBlank(lines, 0, start) >= 0) {
    notes.push(
      `No comments heading was found: the first comment was guessed to start at line ${start + 1} (${taken} paragraph(s) above the first comment footer).`,
    );
  }
  return start;
}

function toComment(marker: Marker, text: string, line: number): RawComment {
  const comment: RawComment = { author: marker.name, text, line };
  if (marker.date) {
    comment.time = marker.date.iso;
    comment.timePrecision = marker.date.precision;
  }
  return comment;
}

/** Parses pasted comment text of an unknown platform, or returns undefined when no comment marker repeats. */
export function parseGenericText(lines: string[]): ParseResult | undefined {
  const chosen = chooseShape(lines);
  if (!chosen) return undefined;
  const notes: string[] = [];
  const markers = dropBylines(lines, chosen.markers, notes);
  const layout = decideLayout(lines, markers);
  const shown = chosen.shape.replace(/ \/ /g, '" then "');
  notes.unshift(
    `Comments were found by the repeated line shape "${shown}" (${markers.length} times), read as a ${
      layout.footer ? 'footer below' : 'header above'
    } each comment because ${layout.reasons.join('; ')}.`,
  );

  const skipped: SkippedBlock[] = [];
  const push = (block: SkippedBlock | undefined): void => {
    if (block) skipped.push(block);
  };
  const comments: RawComment[] = [];
  const last = markers[markers.length - 1]!;
  let title: string | undefined;

  if (!layout.footer) {
    const head = skipHead(lines, markers[0]!.start);
    skipped.push(...head.skipped);
    title = head.title;
    const formStart = findFormStart(lines, { start: last.end, end: lines.length });
    if (formStart === undefined) notes.push('No comment form was found below the last comment; it runs to the end of the text.');
    const threadEnd = formStart ?? lines.length;
    markers.forEach((marker, i) => {
      const end = markers[i + 1]?.start ?? threadEnd;
      const cut = trailingActionStart(lines, { start: marker.end, end });
      push(skipBlock(lines, { start: cut, end }, "'Reply' link"));
      const body = { start: marker.end, end: cut };
      comments.push(toComment(marker, blockText(lines, body, commonIndent(lines, body)), marker.start + 1));
    });
    if (formStart !== undefined) push(skipBlock(lines, { start: formStart, end: lines.length }, 'comment form below the last comment'));
  } else {
    const firstStart = firstFooterCommentStart(lines, markers, notes);
    const head = skipHead(lines, firstStart);
    skipped.push(...head.skipped);
    title = head.title;
    markers.forEach((marker, i) => {
      const start = i === 0 ? firstStart : markers[i - 1]!.end;
      const bodyStart = leadingActionEnd(lines, { start, end: marker.start });
      push(skipBlock(lines, { start, end: bodyStart }, "'Reply' link"));
      const bodyEnd = trailingActionStart(lines, { start: bodyStart, end: marker.start });
      push(skipBlock(lines, { start: bodyEnd, end: marker.start }, "'Reply' link"));
      const body = { start: bodyStart, end: bodyEnd };
      const firstText = firstNonBlank(lines, bodyStart, bodyEnd);
      const line = (firstText >= 0 ? firstText : marker.start) + 1;
      comments.push(toComment(marker, blockText(lines, body, commonIndent(lines, body)), line));
    });
    const tailStart = leadingActionEnd(lines, { start: last.end, end: lines.length });
    push(skipBlock(lines, { start: last.end, end: tailStart }, "'Reply' link"));
    const tail = { start: tailStart, end: lines.length };
    const hasForm = findFormStart(lines, tail) !== undefined;
    push(skipBlock(lines, tail, hasForm ? 'comment form below the last comment' : 'text below the last comment'));
  }

  const empty = comments.filter((c) => c.text === '').length;
  if (empty > 0) notes.push(`${empty} comment(s) have no text between their markers.`);

  skipped.sort((a, b) => a.line - b.line);
  const result: ParseResult = { format: 'text', dialect: 'generic', comments, skipped, notes };
  if (title) result.title = title;
  return result;
}
