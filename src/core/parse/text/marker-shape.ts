/**
 * Finds the line shape that marks comments in pasted text of an unknown platform (generic.ts).
 * Every line that pairs a date with a short name ("Ann Lee - May 3, 2020"), every name line
 * followed by a date line (directly or after a "·", "OP" or handle line), and every line that
 * gives a name with a verb of speech ("Ann Lee said...") becomes a shape with the name and date
 * (or an age, "3 years ago") replaced by placeholders (marker-line.ts). The most frequent shape
 * that repeats wins, one with a date or an age before any speech line.
 */
import type { ParsedDate } from '../dates';
import { analyseLine, DATE, NAME, WHEN, type LineInfo } from './marker-line';

/** One occurrence of the chosen shape: a one- or two-line comment header or footer. */
export interface Marker {
  /** Half-open 0-based line range of the marker. */
  start: number;
  end: number;
  name: string;
  date?: ParsedDate;
  /** The person the header says the comment answers, printed after the author's name. */
  answers?: string;
}

export interface Candidate {
  shape: string;
  /** 0: one-line header, 1: name line then date line, 2: date line then name line, 3: speech line (SPEECH_RANK). */
  rank: number;
  markers: Marker[];
}

/** Rank of a shape that names the author with a verb of speech and no date. */
export const SPEECH_RANK = 3;
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
export function chooseShape(lines: string[]): Candidate | undefined {
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
