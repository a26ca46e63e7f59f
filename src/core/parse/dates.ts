/**
 * Date parsing shared by every parser. Accepts the shapes comment sources actually print
 * (ISO 8601, RFC 2822 mail dates, unix seconds/milliseconds, "April 29, 2010",
 * "July 23, 2012 at 2:28 pm", "29/04/2010 14:05") and returns ISO 8601 UTC with its precision.
 * Times without a zone are taken as UTC so results never depend on the machine's time zone.
 */
import type { TimePrecision } from '../types';

export interface ParsedDate {
  iso: string;
  precision: TimePrecision;
  /**
   * For an all-numeric date ("04/05/2020"): which number its values show to be the day ('day':
   * the first, being over 12; 'month': the first is the month, the second being over 12), or
   * 'either' when both could be. An input's dates then decide together (see date-order.ts).
   */
  numericOrder?: 'day' | 'month' | 'either';
}

/** How to read an all-numeric date whose two numbers could each be the day: day first (the default) or month first. */
export interface DateOptions {
  monthFirst?: boolean;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?';
const TIME = '(?:\\s*(?:at|@|,|-)?\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([ap]\\.?m\\.?)?)?';
const ZONE = '(?:\\s*(z|utc|gmt|[+-]\\d{2}:?\\d{2}))?';

/** "April 29, 2010", "Apr 29 2010 at 2:28 pm", "Thursday, April 29, 2010 14:05 GMT" */
const MONTH_FIRST = new RegExp(`^${WEEKDAY}${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}${ZONE}$`, 'i');
/** "29 April 2010", "29 Apr 2010 14:05:00 +0200" (RFC 2822) */
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+(\\d{4})${TIME}${ZONE}$`, 'i');
/** "2010-04-29", "2010-04-29 14:05", "2010-04-29T14:05:33.341Z", "2010/04/29 14:05" */
const ISO_LIKE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(z|utc|gmt|[+-]\d{2}:?\d{2})?$/i;
/** "29/04/2010", "04/29/2010 2:05 pm", "04/29/2010 at 2:05 pm": day first unless the second number cannot be a month. */
const NUMERIC = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?:,?\s+(?:(?:at|@|-)\s+)?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function zoneMinutes(zone: string | undefined): number {
  if (!zone) return 0;
  const z = zone.toLowerCase();
  if (z === 'z' || z === 'utc' || z === 'gmt') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  if (!m) return 0;
  const sign = m[1] === '-' ? -1 : 1;
  return sign * (Number(m[2]) * 60 + Number(m[3]));
}

function to24(hour: number, ampm: string | undefined): number {
  if (!ampm) return hour;
  const pm = ampm.toLowerCase().startsWith('p');
  if (hour === 12) return pm ? 12 : 0;
  return pm ? hour + 12 : hour;
}

function build(
  y: number, mo: number, d: number,
  h?: number, mi?: number, s?: number, zone?: string,
): ParsedDate | undefined {
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || y < 1970 || y > 2100) return undefined;
  if (h === undefined || mi === undefined) {
    const probe = new Date(Date.UTC(y, mo - 1, d));
    if (probe.getUTCDate() !== d) return undefined;
    return { iso: `${y}-${pad(mo)}-${pad(d)}T00:00:00Z`, precision: 'day' };
  }
  if (h > 23 || mi > 59 || (s ?? 0) > 59) return undefined;
  const ms = Date.UTC(y, mo - 1, d, h, mi, s ?? 0) - zoneMinutes(zone) * 60_000;
  const dt = new Date(ms);
  if (Number.isNaN(dt.getTime())) return undefined;
  return { iso: dt.toISOString().replace('.000Z', 'Z'), precision: s === undefined ? 'minute' : 'second' };
}

function fromEpoch(n: number): ParsedDate | undefined {
  // 10-digit numbers are seconds, 13-digit ones milliseconds.
  const ms = n > 1e11 ? n : n * 1000;
  const dt = new Date(ms);
  if (Number.isNaN(dt.getTime()) || dt.getUTCFullYear() < 1970 || dt.getUTCFullYear() > 2100) return undefined;
  return { iso: dt.toISOString().replace('.000Z', 'Z'), precision: 'second' };
}

/** Days in month `mo` (1-12) of year `y` in the proleptic Gregorian calendar. */
function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return mo === 4 || mo === 6 || mo === 9 || mo === 11 ? 30 : 31;
}

/** Value of the `count` ASCII digits at `at`, or -1 when any of them is not a digit. */
function digitsAt(s: string, at: number, count: number): number {
  let value = 0;
  for (let i = at; i < at + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    value = value * 10 + d;
  }
  return value;
}

/** The day of the last time isoMillis read (`YYYY-MM-DD`) and its midnight in milliseconds: a thread's times come a day at a time. */
let lastDay = '';
let lastDayMillis = 0;

/**
 * Milliseconds since the epoch of a thread's ISO time (as the parsers write them, e.g.
 * `2010-04-29T14:05:00Z`), read by position without Date.parse for that exact shape; any other
 * string goes through Date.parse. Same value either way. The day's midnight is computed once
 * for a run of times on the same day.
 */
export function isoMillis(iso: string): number {
  // By character code: indexing a string makes a one-character string to compare.
  if (
    iso.length === 20 && iso.charCodeAt(4) === 45 /* - */ && iso.charCodeAt(7) === 45 && iso.charCodeAt(10) === 84 /* T */ &&
    iso.charCodeAt(13) === 58 /* : */ && iso.charCodeAt(16) === 58 && iso.charCodeAt(19) === 90 /* Z */
  ) {
    const h = digitsAt(iso, 11, 2), mi = digitsAt(iso, 14, 2), sec = digitsAt(iso, 17, 2);
    if (h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && sec >= 0 && sec <= 59) {
      const clock = h * 3_600_000 + mi * 60_000 + sec * 1000;
      if (lastDay !== '' && iso.startsWith(lastDay)) return lastDayMillis + clock;
      const y = digitsAt(iso, 0, 4), mo = digitsAt(iso, 5, 2), d = digitsAt(iso, 8, 2);
      if (y >= 1970 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)) {
        lastDay = iso.slice(0, 10);
        lastDayMillis = Date.UTC(y, mo - 1, d);
        return lastDayMillis + clock;
      }
    }
  }
  return Date.parse(iso);
}

/**
 * Fast path for the commonest machine-written shape, `YYYY-MM-DDTHH:MM:SS(.fraction)Z`, when it
 * names a real instant in range; anything else (other shapes, rollover dates such as Feb 30,
 * out-of-range fields) returns undefined and goes through the general rules, which give the same
 * answer for the strings accepted here: the UTC second, fraction dropped.
 */
function canonicalUtc(s: string): ParsedDate | undefined {
  const n = s.length;
  if (n < 20 || s.charCodeAt(n - 1) !== 90 /* Z */) return undefined;
  if (s[4] !== '-' || s[7] !== '-' || s[10] !== 'T' || s[13] !== ':' || s[16] !== ':') return undefined;
  if (n > 20) {
    if (n === 21 || s[19] !== '.' || digitsAt(s, 20, n - 21) < 0) return undefined;
  }
  const y = digitsAt(s, 0, 4);
  const mo = digitsAt(s, 5, 2);
  const d = digitsAt(s, 8, 2);
  const h = digitsAt(s, 11, 2);
  const mi = digitsAt(s, 14, 2);
  const sec = digitsAt(s, 17, 2);
  if (y < 1970 || y > 2100 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) {
    return undefined;
  }
  if (d > daysInMonth(y, mo)) return undefined;
  return { iso: n === 20 ? s : `${s.slice(0, 19)}Z`, precision: 'second' };
}

/** Parses one date string; undefined when it is not a date we recognise. */
export function parseDate(input: string | number | null | undefined, opts: DateOptions = {}): ParsedDate | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'number') return Number.isFinite(input) ? fromEpoch(input) : undefined;
  const canonical = canonicalUtc(input);
  if (canonical) return canonical;
  const s = input.trim().replace(/\s+/g, ' ');
  if (!s) return undefined;
  if (/^\d{9,13}(\.\d+)?$/.test(s)) return fromEpoch(Number(s));

  let m = ISO_LIKE.exec(s);
  if (m) {
    return build(Number(m[1]), Number(m[2]), Number(m[3]),
      m[4] !== undefined ? Number(m[4]) : undefined, m[5] !== undefined ? Number(m[5]) : undefined,
      m[6] !== undefined ? Number(m[6]) : undefined, m[7]);
  }
  m = MONTH_FIRST.exec(s);
  if (m) {
    const mo = MONTHS[m[1]!.toLowerCase().replace('.', '')]!;
    return build(Number(m[3]), mo, Number(m[2]),
      m[4] !== undefined ? to24(Number(m[4]), m[7]) : undefined, m[5] !== undefined ? Number(m[5]) : undefined,
      m[6] !== undefined ? Number(m[6]) : undefined, m[8]);
  }
  m = DAY_FIRST.exec(s);
  if (m) {
    const mo = MONTHS[m[2]!.toLowerCase().replace('.', '')]!;
    return build(Number(m[3]), mo, Number(m[1]),
      m[4] !== undefined ? to24(Number(m[4]), m[7]) : undefined, m[5] !== undefined ? Number(m[5]) : undefined,
      m[6] !== undefined ? Number(m[6]) : undefined, m[8]);
  }
  m = NUMERIC.exec(s);
  if (m) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const order = a > 12 && b <= 12 ? 'day' : b > 12 && a <= 12 ? 'month' : 'either';
    // Day first unless the numbers or the caller say month first.
    const [day, month] = order === 'month' || (order === 'either' && opts.monthFirst) ? [b, a] : [a, b];
    const parsed = build(Number(m[3]), month, day,
      m[4] !== undefined ? to24(Number(m[4]), m[7]) : undefined, m[5] !== undefined ? Number(m[5]) : undefined,
      m[6] !== undefined ? Number(m[6]) : undefined);
    // The same number twice (05/05/2020) reads the same either way: it shows nothing.
    if (parsed && a !== b) parsed.numericOrder = order;
    return parsed;
  }
  // Last resort: RFC 2822 variants with odd spacing or zone names, e.g. "Tue, 17 Nov 2009 13:24:13 -0800 (PST)".
  const cleaned = s.replace(/\([^)]*\)\s*$/, '').trim();
  if (cleaned !== s) return parseDate(cleaned, opts);
  return undefined;
}

/** True when the line is nothing but a date (used to find date lines in pasted page text). */
export function isDateLine(line: string): boolean {
  return parseDate(line) !== undefined;
}
