/**
 * Fallback parser for pasted comment sections of unknown platforms. Every line that pairs a
 * date with a short name ("Ann Lee - May 3, 2020", "Posted by Ann Lee on May 3, 2020",
 * "May 3, 2020 | Commenter Ann Lee"), every name line followed by a date line (directly or
 * after a "·" or "OP" line), and every line that gives a name with a verb of speech ("Ann Lee
 * said...", "Ann wrote:") is reduced to a shape with the name and date (or an age, "3 years
 * ago") replaced by placeholders. The most frequent shape that repeats marks the comments (one
 * with a date or an age before any speech line, which may also introduce a quotation inside a
 * post); a score then decides whether it sits above each body (header) or below it (footer).
 * A speech line always opens its comment, and a date alone on the comment's last line is then
 * its date ("Ann said..." / text / "March 3, 2012 at 10:02 AM").
 * A header's name made of two participants' names is the author followed by the person
 * answered, as Disqus prints replies ("Priya Rao Kevin Wu • 3 years ago"): the comment then
 * answers that person's latest comment above. Article text above and the comment form below
 * are skipped. Returns undefined when no shape repeats.
 */
import type { ParseResult, RawComment, SkippedBlock } from '../../types';
import type { ParsedDate } from '../dates';
import {
  blockText, commonIndent, isActionLine, isBlank, leadingActionEnd,
  paragraphs, skipBlock, skipHead, trailingActionStart, trailingCountsStart, type LineRange,
} from './blocks';
import { findFormStart } from './comment-form';
import { findCommentsHeading, isCommentsHeading } from './headings';
import { analyseLine, DATE, NAME, WHEN, type LineInfo } from './marker-line';
import { looksLikeName } from './name-like';
import { firstNonBlank, lastNonBlank } from './span';

/** One occurrence of the chosen shape: a one- or two-line comment header or footer. */
interface Marker {
  /** Half-open 0-based line range of the marker. */
  start: number;
  end: number;
  name: string;
  date?: ParsedDate;
  /** The person the header says the comment answers, printed after the author's name. */
  answers?: string;
}

interface Candidate {
  shape: string;
  /** 0: one-line header, 1: name line then date line, 2: date line then name line, 3: speech line (SPEECH_RANK). */
  rank: number;
  markers: Marker[];
}

/** Rank of a shape that names the author with a verb of speech and no date. */
const SPEECH_RANK = 3;
/** Verbs of speech a header prints after (or before) the author's name. */
const SPEECH = /\b(?:said|says|wrote|writes|commented|replied)\b/;

/**
 * A one-line header's shape without the links after its last name or date, which some
 * platforms vary from comment to comment ("<NAME> <WHEN> | parent | next [–]", "<NAME> <WHEN> | prev | next [–]").
 */
function withoutTrailingLinks(shape: string): string {
  const words = shape.split(' ');
  let last = words.length - 1;
  while (last > 0 && words[last] !== NAME && words[last] !== DATE && words[last] !== WHEN) last--;
  return words.slice(0, last + 1).join(' ');
}

/** A line between a header's name and its date that carries neither: "·", or a tag such as "OP". */
const FILLER_LINE = /^(?:[·•|:–—-]|op|author|mod|moderator|admin|staff)$/i;
/** A handle alone on a line under a display name ("Jane Doe" / "@janedoe", as X prints them). */
const HANDLE_LINE = /^@[\p{L}\p{N}_.]{1,40}$/u;

/**
 * The line of the date that follows the name line `i`, directly or after at most two filler or
 * handle lines (new Reddit prints "ann" / "OP" / "·" / "3 days ago", X "Jane Doe" / "@janedoe" /
 * "·" / "2h"), and the handle; line -1 when no date follows so.
 */
function dateAfterFiller(lines: string[], infos: readonly (LineInfo | undefined)[], i: number): { line: number; handle?: string } {
  let handle: string | undefined;
  for (let j = i + 1; j <= i + 3 && j < lines.length; j++) {
    if (infos[j]?.kind === 'date') return handle === undefined ? { line: j } : { line: j, handle };
    const text = (lines[j] ?? '').trim();
    if (handle === undefined && HANDLE_LINE.test(text)) handle = text;
    else if (!FILLER_LINE.test(text)) break;
  }
  return { line: -1 };
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
    const dated = info.kind === 'name' ? dateAfterFiller(lines, infos, i) : { line: -1 };
    if (info.kind === 'name-date') {
      add(withoutTrailingLinks(info.shape), 0, { start: i, end: i + 1, name: info.name!, date: info.date });
    } else if (dated.line >= 0) {
      // A handle under the name joins it, as "Jane Doe (@janedoe)", so that "@janedoe" in other comments names her.
      const name = dated.handle !== undefined ? `${info.name!} (${dated.handle})` : info.name!;
      add(`${info.shape} / ${infos[dated.line]!.shape}`, 1, { start: i, end: dated.line + 1, name, date: infos[dated.line]!.date });
    } else if (info.kind === 'date' && next?.kind === 'name') {
      add(`${info.shape} / ${next.shape}`, 2, { start: i, end: i + 2, name: next.name!, date: info.date });
    } else if (info.kind === 'name' && SPEECH.test(info.shape)) {
      add(info.shape, SPEECH_RANK, { start: i, end: i + 1, name: info.name! });
    }
  });
  // A shape with a date (or an age) that repeats wins over any speech line: in forum pages
  // "NAME wrote:" also introduces quotations inside posts, and can outnumber the posts' headers.
  const repeated = [...byShape.values()].filter((c) => c.markers.length >= 2);
  const timed = repeated.filter((c) => c.rank < SPEECH_RANK);
  let best: Candidate | undefined;
  for (const candidate of timed.length > 0 ? timed : repeated) {
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

/**
 * Splits header names that are an author followed by the person answered. A name splits into
 * two parts that each look like a name when both parts are names of other headers, or when one
 * is and has two words or more (so that "Kevin Wu" never splits for a "Wu" alone). Of several
 * splits, the one whose known part is longest wins. Returns how many names were split.
 */
function splitAnsweredNames(markers: Marker[]): number {
  const known = new Set(markers.map((m) => m.name));
  let split = 0;
  for (const marker of markers) {
    const words = marker.name.split(/\s+/);
    let best: { author: string; answers: string; score: number } | undefined;
    for (let k = 1; k < words.length; k++) {
      const author = words.slice(0, k).join(' ');
      const answers = words.slice(k).join(' ');
      if (!looksLikeName(author) || !looksLikeName(answers)) continue;
      const authorKnown = known.has(author);
      const answersKnown = known.has(answers);
      const score = authorKnown && answersKnown ? 100 + words.length
        : answersKnown && words.length - k >= 2 ? words.length - k
          : authorKnown && k >= 2 ? k : 0;
      if (score > 0 && (!best || score > best.score)) best = { author, answers, score };
    }
    if (!best) continue;
    marker.name = best.author;
    marker.answers = best.answers;
    split++;
  }
  return split;
}

/**
 * Gives the comments ids (c1, c2, ... as threads without ids get) and each comment whose header
 * names the person answered a parent: that person's latest comment above. Notes how many.
 */
function linkAnswered(comments: RawComment[], markers: readonly Marker[], notes: string[]): void {
  const latest = new Map<string, string>();
  let linked = 0;
  comments.forEach((comment, i) => {
    comment.id = `c${i + 1}`;
    const answers = markers[i]!.answers;
    const parent = answers !== undefined ? latest.get(answers) : undefined;
    if (parent !== undefined) {
      comment.parentId = parent;
      linked++;
    }
    latest.set(comment.author, comment.id);
  });
  const named = markers.filter((m) => m.answers !== undefined).length;
  const unplaced = named - linked;
  notes.push(
    `${named} comment header(s) name the person answered after the author, as Disqus prints replies: read as replies to that person's latest comment above` +
    (unplaced > 0 ? ` (${unplaced} answer someone with no comment above, and keep no parent).` : '.'),
  );
}

/** The date on the last non-blank line of a body, when that line holds a date and nothing else, and the line's index. */
function trailingDate(lines: string[], body: LineRange): { date: ParsedDate; line: number } | undefined {
  const last = lastNonBlank(lines, body.start, body.end);
  if (last < 0 || firstNonBlank(lines, body.start, last) < 0) return undefined; // the date would be all of the body
  const info = analyseLine(lines[last] ?? '');
  return info?.kind === 'date' && info.date ? { date: info.date, line: last } : undefined;
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
      const bodyEnd = trailingActionStart(lines, { start: bodyStart, end: marker.start }, true);
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

  if (answered > 0) linkAnswered(comments, markers, notes);
  const empty = comments.filter((c) => c.text === '').length;
  if (empty > 0) notes.push(`${empty} comment(s) have no text between their markers.`);

  skipped.sort((a, b) => a.line - b.line);
  const result: ParseResult = { format: 'text', dialect: 'generic', comments, skipped, notes };
  if (title) result.title = title;
  return result;
}
