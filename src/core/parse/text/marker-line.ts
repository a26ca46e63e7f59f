/**
 * One line of pasted page text as a possible comment marker: does it pair a date with a short
 * name ("Ann Lee - May 3, 2020", "Posted by Ann Lee on May 3, 2020"), or is it a date or a name
 * alone (half of a two-line header)? Returns its shape with placeholders for name and date. An
 * age or a day without its year printed instead of a date ("Ann Lee • 3 years ago", "Mar 3")
 * takes the date's place, with no time.
 */
import type { ParsedDate } from '../dates';
import { isActionLine, parseDateLine } from './blocks';
import { looksLikeName } from './name-like';
import { isFormLine } from './comment-form';
import { isCommentsHeading } from './headings';

export const NAME = '<NAME>';
export const DATE = '<DATE>';
/** An age ("3 years ago", "2d") or a day without its year ("Mar 3"): when, without a full date, so with no time. */
export const WHEN = '<WHEN>';
/** Longest line considered as a header; longest date in words ("Thursday, April 29, 2010 at 2:28 pm GMT"). */
const MAX_MARKER_LINE = 120;
const MAX_TOKENS = 16;
const MAX_DATE_TOKENS = 8;

/** Words and symbols printed around names and dates in comment headers. */
const CONNECTOR_WORDS = new Set([
  'posted', 'written', 'comment', 'commented', 'commenter', 'registered', 'by', 'on', 'at', 'from', 'said', 'says',
  'wrote', 'writes', 'reply', 'replied', 'edit', 'permalink',
]);
/**
 * Links a forum prints after a header's date ("4 hours ago | parent | next [–]"): connectors only
 * when nothing else follows the date, since some are also names ("Joe Root", "Link Wray").
 */
const LINK_WORDS = new Set(['parent', 'next', 'prev', 'root', 'context', 'flag', 'hide', 'link']);
const CONNECTOR_SYMBOLS = /^(?:[|·•:,\-–—@#/()[\]»«›‹→]+|\.{2,}|…)$/;
/** A tag printed against a name, such as a forum's mark of the thread's author ("[S]", "[M]"): a connector, left out of shapes. */
const TAG = String.raw`\[[A-Za-z]{1,3}\]`;
const NAME_TAG = new RegExp(`^${TAG}$`);
/** Punctuation or a tag split off the end of a word as a token of its own: "said:" "Ann," "said..." "said…" "ann[S]". */
const TRAILING_PUNCT = new RegExp(String.raw`(?:[:,]|\.{2,}|…|${TAG})$`);
/** A collapse toggle glued to the start of a name ("[–]ann"), split off as a token of its own: a connector, left out of shapes. */
const TOGGLE_MARK = String.raw`\[[–+-]\]`;
const LEADING_TOGGLE = new RegExp(`^${TOGGLE_MARK}`);
const TOGGLE = new RegExp(`^${TOGGLE_MARK}$`);
const DATE_START = /^(?:\d|mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const EDGE_PUNCT_START = /^[(|[·•:,;–—-]+/;
const EDGE_PUNCT_END = /[)|\]·•:,;–—-]+$/;

interface Token {
  text: string;
  start: number;
  end: number;
}

/** What one line offers as a comment marker. */
export interface LineInfo {
  /** `name-date`: a whole header on one line; `date`/`name`: half of a two-line header. */
  kind: 'name-date' | 'date' | 'name';
  /** The line with its name and date replaced by placeholders and connector words lowercased. */
  shape: string;
  name?: string;
  /** Absent when the line gives an age ("3 years ago") or a day without its year rather than a date. */
  date?: ParsedDate;
}

/**
 * An age as comment systems print it instead of a date: "3 years ago", "an hour ago", "5 hr. ago",
 * "2d ago", "just now", or a bare "2d", "5h", "3w", "1y", "2mo".
 */
const AGE_PHRASE =
  /(?:^|(?<=[\s|·•,(]))(?:(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?|months?|mos?|years?|yrs?|[smhdwy])\.?\s+ago|just now|\d+(?:mo|yr|[smhdwy]))(?=$|[\s|·•,)])/i;
/** A day without its year ("Mar 3", "3 March"), as pages print this year's dates: a placeholder like an age, with no time. */
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY_PHRASE = new RegExp(
  String.raw`(?:^|(?<=[\s|·•,(]))(?:${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH}\.?)(?=$|[\s|·•,)])`,
  'i',
);

/** Whitespace tokens, with a collapse toggle before a word and a ":", ",", ellipsis or tag after it split off as tokens of their own. */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    let start = m.index;
    let word = m[0];
    const toggle = LEADING_TOGGLE.exec(word)?.[0].length ?? 0;
    if (toggle > 0 && toggle < word.length) {
      tokens.push({ text: word.slice(0, toggle), start, end: start + toggle });
      start += toggle;
      word = word.slice(toggle);
    }
    const punct = TRAILING_PUNCT.exec(word)?.[0].length ?? 0;
    if (punct > 0 && punct < word.length) {
      const cut = start + word.length - punct;
      tokens.push({ text: word.slice(0, -punct), start, end: cut });
      tokens.push({ text: word.slice(-punct), start: cut, end: start + word.length });
    } else {
      tokens.push({ text: word, start, end: start + word.length });
    }
  }
  return tokens;
}

const SCORE_NUMBER = /^[-+−]?\d+$/;
const SCORE_WORD = /^points?$/i;

/** Whether token k is a connector: a connector word or symbol, a name tag or toggle, or either word of a score ("12 points"). */
function isConnectorAt(tokens: readonly Token[], k: number): boolean {
  const text = tokens[k]!.text;
  if (CONNECTOR_WORDS.has(text.toLowerCase()) || CONNECTOR_SYMBOLS.test(text) || NAME_TAG.test(text) || TOGGLE.test(text)) return true;
  if (SCORE_NUMBER.test(text)) return SCORE_WORD.test(tokens[k + 1]?.text ?? '');
  return SCORE_WORD.test(text) && SCORE_NUMBER.test(tokens[k - 1]?.text ?? '');
}

/** A connector as a shape shows it: lowercased, numbers as "#" and "point" as "points" (scores vary), tags and toggles left out (''). */
function shapeWord(token: Token): string {
  if (NAME_TAG.test(token.text) || TOGGLE.test(token.text)) return '';
  if (SCORE_NUMBER.test(token.text)) return '#';
  const word = token.text.toLowerCase();
  return word === 'point' ? 'points' : word;
}

/** The connectors as a shape shows them, tags and toggles left out. */
function shapeWords(tokens: readonly Token[]): string[] {
  return tokens.map(shapeWord).filter((w) => w !== '');
}

/**
 * Splits text into leading connectors, the name in between, and trailing connectors (as
 * shapeWord shows them). `afterDate`: the text follows a header's date, so that when it holds
 * nothing but connectors and forum links, it is all connectors.
 */
function splitConnectors(text: string, afterDate = false): { lead: string[]; name: string; trail: string[] } {
  const tokens = tokenize(text);
  if (afterDate && tokens.every((t, k) => isConnectorAt(tokens, k) || LINK_WORDS.has(t.text.toLowerCase()))) {
    return { lead: shapeWords(tokens), name: '', trail: [] };
  }
  let first = 0;
  let last = tokens.length - 1;
  while (first <= last && isConnectorAt(tokens, first)) first++;
  while (last >= first && isConnectorAt(tokens, last)) last--;
  const lead = shapeWords(tokens.slice(0, first));
  const trail = shapeWords(tokens.slice(Math.max(first, last + 1)));
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

/** Where the line prints an age or a day without its year instead of a date, if it does. */
function findWhen(text: string): { start: number; end: number } | undefined {
  const age = AGE_PHRASE.exec(text);
  if (age) return { start: age.index, end: age.index + age[0].length };
  const day = DAY_PHRASE.exec(text);
  return day ? { start: day.index, end: day.index + day[0].length } : undefined;
}

/** Classifies one line as a name+date header, a date-only line, a name-only line, or nothing. */
export function analyseLine(line: string): LineInfo | undefined {
  const text = line.trim();
  if (text === '' || text.length > MAX_MARKER_LINE) return undefined;
  if (isActionLine(text) || isFormLine(text) || isCommentsHeading(text)) return undefined;
  const found: { date?: ParsedDate; start: number; end: number } | undefined = findDate(text) ?? findWhen(text);
  if (!found) {
    const { lead, name, trail } = splitConnectors(text);
    if (!name || !looksLikeName(name)) return undefined;
    return { kind: 'name', name, shape: [...lead, NAME, ...trail].join(' ') };
  }
  const before = splitConnectors(text.slice(0, found.start));
  const after = splitConnectors(text.slice(found.end), true);
  if (before.name && after.name) return undefined;
  const name = before.name || after.name;
  if (name && !looksLikeName(name)) return undefined;
  const shape = [
    ...before.lead, before.name ? NAME : '', ...before.trail, found.date ? DATE : WHEN, ...after.lead, after.name ? NAME : '', ...after.trail,
  ].filter((part) => part !== '').join(' ');
  const info: LineInfo = name ? { kind: 'name-date', shape, name } : { kind: 'date', shape };
  if (found.date) info.date = found.date;
  return info;
}
