/**
 * Fallback parser for pasted comment sections of unknown platforms. The line shape that repeats
 * with a name and a date ("Ann Lee - May 3, 2020", "May 3, 2020 | Commenter Ann Lee", a name line
 * then a date line, "Ann Lee said...": marker-shape.ts) marks the comments; a score then decides
 * whether it sits above each body (header) or below it (footer).
 * A speech line always opens its comment, and a date alone on the comment's last line is then
 * its date ("Ann said..." / text / "March 3, 2012 at 10:02 AM"). A header's name made of two
 * participants' names is the author followed by the person answered, as Disqus prints replies
 * (answered-names.ts). Article text above and the comment form below are skipped. Returns
 * undefined when no shape repeats.
 */
import type { ParseResult, RawComment, SkippedBlock } from '../../types';
import type { ParsedDate } from '../dates';
import {
  blockText, commonIndent, isActionLine, isBlank, leadingActionEnd,
  paragraphs, skipBlock, skipHead, trailingActionStart, trailingCountsStart, type LineRange,
} from './blocks';
import { findFormStart } from './comment-form';
import { findCommentsHeading, isCommentsHeading } from './headings';
import { analyseLine } from './marker-line';
import { chooseShape, SPEECH_RANK, type Marker } from './marker-shape';
import { linkAnswered, splitAnsweredNames } from './answered-names';
import { firstNonBlank, lastNonBlank } from './span';
import { DateOrder } from '../date-order';

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

/** The date on the last non-blank line of a body, when that line holds a date and nothing else, and the line's index. */
function trailingDate(lines: string[], body: LineRange): { date: ParsedDate; line: number } | undefined {
  const last = lastNonBlank(lines, body.start, body.end);
  if (last < 0 || firstNonBlank(lines, body.start, last) < 0) return undefined; // the date would be all of the body
  const info = analyseLine(lines[last] ?? '');
  return info?.kind === 'date' && info.date ? { date: info.date, line: last } : undefined;
}

function toComment(marker: Marker, text: string, line: number, dates: DateOrder): RawComment {
  const comment: RawComment = { author: marker.name, text, line };
  if (marker.date) {
    comment.time = marker.date.iso;
    comment.timePrecision = marker.date.precision;
    dates.see(comment, marker.date);
  }
  return comment;
}

/** Parses pasted comment text of an unknown platform, or returns undefined when no comment marker repeats. */
export function parseGenericText(lines: string[]): ParseResult | undefined {
  const chosen = chooseShape(lines);
  if (!chosen) return undefined;
  const notes: string[] = [];
  const dates = new DateOrder();
  const markers = dropBylines(lines, chosen.markers, notes);
  const answered = splitAnsweredNames(markers);
  const layout = chosen.rank === SPEECH_RANK
    ? { footer: false, reasons: ['each names the author with a verb of speech'] }
    : decideLayout(lines, markers);
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
      let cut = trailingActionStart(lines, { start: marker.end, end }, true);
      push(skipBlock(lines, { start: cut, end }, "'Reply' link"));
      const counts = trailingCountsStart(lines, { start: marker.end, end: cut });
      push(skipBlock(lines, { start: counts, end: cut }, 'reaction counts'));
      cut = counts;
      if (!marker.date) {
        const dated = trailingDate(lines, { start: marker.end, end: cut });
        if (dated) {
          marker.date = dated.date;
          cut = trailingActionStart(lines, { start: marker.end, end: dated.line }, true);
          push(skipBlock(lines, { start: cut, end: dated.line }, "'Reply' link"));
        }
      }
      const body = { start: marker.end, end: cut };
      comments.push(toComment(marker, blockText(lines, body, commonIndent(lines, body)), marker.start + 1, dates));
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
      const bodyEnd = trailingActionStart(lines, { start: bodyStart, end: marker.start }, true);
      push(skipBlock(lines, { start: bodyEnd, end: marker.start }, "'Reply' link"));
      const body = { start: bodyStart, end: bodyEnd };
      const firstText = firstNonBlank(lines, bodyStart, bodyEnd);
      const line = (firstText >= 0 ? firstText : marker.start) + 1;
      comments.push(toComment(marker, blockText(lines, body, commonIndent(lines, body)), line, dates));
    });
    const tailStart = leadingActionEnd(lines, { start: last.end, end: lines.length });
    push(skipBlock(lines, { start: last.end, end: tailStart }, "'Reply' link"));
    const tail = { start: tailStart, end: lines.length };
    const hasForm = findFormStart(lines, tail) !== undefined;
    push(skipBlock(lines, tail, hasForm ? 'comment form below the last comment' : 'text below the last comment'));
  }

  if (answered > 0) linkAnswered(comments, markers, notes);
  const empty = comments.filter((c) => c.text === '').length;
  if (empty > 0) notes.push(`${empty} comment(s) have no text between their markers.`);

  const dateNote = dates.settle();
  if (dateNote) notes.push(dateNote);
  skipped.sort((a, b) => a.line - b.line);
  const result: ParseResult = { format: 'text', dialect: 'generic', comments, skipped, notes };
  if (title) result.title = title;
  return result;
}
