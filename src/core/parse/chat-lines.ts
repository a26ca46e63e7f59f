/**
 * Line patterns of chat logs. IRC-style lines (`[HH:MM] <nick> text`, `HH:MM <@nick> text`,
 * `[YYYY-MM-DD HH:MM:SS] <nick> text`, `* nick action`, `-nick- notice`, and system lines
 * introduced by `===`, `-!-`, `***`, `-->`, `<--`, `--`, `---`) and WhatsApp-style message
 * headers (`DD/MM/YYYY, HH:MM - Name: text`, `[DD/MM/YYYY, HH:MM:SS] Name: text`).
 * Each function reads one line and says what it is; it knows nothing about neighbouring lines.
 */
import { parseDate } from './dates';

export interface Clock {
  hour: number;
  minute: number;
  second?: number;
  /** `am`/`pm` when the log writes it. */
  meridiem?: 'am' | 'pm';
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type SystemKind = 'join' | 'part' | 'quit' | 'nick' | 'mode' | 'kick' | 'topic' | 'action' | 'day' | 'log' | 'other';

export interface IrcLine {
  kind: 'message' | 'action' | 'notice' | 'system';
  /** Nick the line is about (speaker, joiner, old nick, ...); '' when none. */
  nick: string;
  /** Message text; for system lines the whole line after its timestamp. */
  text: string;
  clock?: Clock;
  /** Date written on the line itself, or carried by a day-change / log-opened marker. */
  date?: CalendarDate;
  systemKind?: SystemKind;
  /** New nick of a nick change. */
  renamedTo?: string;
}

const TIME = '(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\s?([AaPp])\\.?[Mm]\\.?)?';
const STAMP = `(?:(\\d{4})-(\\d{2})-(\\d{2})[ T])?${TIME}`;
/** A timestamp prefix: `[HH:MM]`, `[HH:MM:SS]`, `[YYYY-MM-DD HH:MM:SS]`, or the same without brackets. */
const STAMP_PREFIX = new RegExp(`^(?:\\[${STAMP}\\]|${STAMP})(?:\\s+|$)`);

const MODE_PREFIX = /^[@+%~&!]+/;

function clockFrom(h: string | undefined, m: string | undefined, s: string | undefined, ap: string | undefined): Clock | undefined {
  if (h === undefined || m === undefined) return undefined;
  const clock: Clock = { hour: Number(h), minute: Number(m) };
  if (s !== undefined) clock.second = Number(s);
  if (ap !== undefined) clock.meridiem = ap.toLowerCase() === 'p' ? 'pm' : 'am';
  if (clock.hour > 23 || clock.minute > 59 || (clock.second ?? 0) > 59) return undefined;
  return clock;
}

function dateFrom(y: string | undefined, mo: string | undefined, d: string | undefined): CalendarDate | undefined {
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  return { year: Number(y), month: Number(mo), day: Number(d) };
}

/** The date of a marker such as `Day changed Sat Nov 15 2004` or `Log opened Sat Nov 15 10:00:00 2004`. */
function markerDate(text: string): { date?: CalendarDate; clock?: Clock } {
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?/.exec(text);
  const withoutTime = text.replace(/\s*\d{1,2}:\d{2}(?::\d{2})?/, '').replace(/\s+/g, ' ').trim();
  const parsed = parseDate(withoutTime);
  if (!parsed) return {};
  const [y, mo, d] = parsed.iso.slice(0, 10).split('-');
  const result: { date?: CalendarDate; clock?: Clock } = { date: dateFrom(y, mo, d)! };
  const clock = time ? clockFrom(time[1], time[2], time[3], undefined) : undefined;
  if (clock) result.clock = clock;
  return result;
}

interface SystemMeaning {
  systemKind: SystemKind;
  nick: string;
  renamedTo?: string;
}

const HOST = '(?:\\s+[\\[(][^\\])]*[\\])])?';
const SYSTEM_RULES: { pattern: RegExp; meaning: (m: RegExpExecArray) => SystemMeaning }[] = [
  { pattern: /^(\S+) is now known as (\S+)\s*$/, meaning: (m) => ({ systemKind: 'nick', nick: m[1]!, renamedTo: m[2]! }) },
  { pattern: new RegExp(`^(\\S+)${HOST}\\s+has joined\\b`), meaning: (m) => ({ systemKind: 'join', nick: m[1]! }) },
  { pattern: new RegExp(`^(\\S+)${HOST}\\s+has left\\b`), meaning: (m) => ({ systemKind: 'part', nick: m[1]! }) },
  { pattern: new RegExp(`^(\\S+)${HOST}\\s+has quit\\b`), meaning: (m) => ({ systemKind: 'quit', nick: m[1]! }) },
  { pattern: /^(\S+) was kicked (?:off|from) \S+ by /, meaning: (m) => ({ systemKind: 'kick', nick: m[1]! }) },
  { pattern: /^(?:server)?mode\/\S+ \[.*\]\s+by (\S+)/i, meaning: (m) => ({ systemKind: 'mode', nick: m[1]! }) },
  { pattern: /^(\S+) sets mode\b/, meaning: (m) => ({ systemKind: 'mode', nick: m[1]! }) },
  { pattern: /^\.*\[topic\/[^:\]]*:([^\]\s]+)\]/i, meaning: (m) => ({ systemKind: 'topic', nick: m[1]! }) },
  { pattern: /^(\S+) changed the topic of /, meaning: (m) => ({ systemKind: 'topic', nick: m[1]! }) },
  { pattern: /^topic (?:for|set by)\b/i, meaning: () => ({ systemKind: 'topic', nick: '' }) },
];

/** What a system line says, given the text after its marker (`===`, `-!-`, ...). */
function systemMeaning(marker: string, rest: string): SystemMeaning & { date?: CalendarDate; clock?: Clock } {
  const day = /^(day changed|log opened|log closed)\b\s*(?:to\s+)?(.*)$/i.exec(rest);
  if (day) {
    const kind: SystemKind = day[1]!.toLowerCase() === 'day changed' ? 'day' : 'log';
    return { systemKind: kind, nick: '', ...markerDate(day[2]!) };
  }
  for (const rule of SYSTEM_RULES) {
    const m = rule.pattern.exec(rest);
    if (m) return rule.meaning(m);
  }
  // `=== nick does something`: the /me lines of old logs (read as actions, not system lines);
  // other markers carry client messages.
  const first = /^(\S+)\s+\S/.exec(rest);
  if (marker === '===' && first && !first[1]!.endsWith(':')) return { systemKind: 'action', nick: first[1]! };
  return { systemKind: 'other', nick: '' };
}

const SYSTEM_MARKER = /^(===|-!-|\*\*\*|-->|<--|---|--)\s+(.*)$/;
/** `<nick> text`; logs converted from other clients may show nicks with spaces (`<[cc] name>`). */
const MESSAGE = /^<\s*([^>]{1,60}?)\s*>(?:\s(.*))?$/;
const ACTION = /^\*\s+(\S+)(?:\s+(.*))?$/;
const NOTICE = /^-([^\s-]\S*?)(?::[#&]\S*)?-\s+(.*)$/;

/** Reads one IRC-style log line; undefined when it has none of the known shapes. */
export function parseIrcLine(line: string): IrcLine | undefined {
  let rest = line.trim();
  let clock: Clock | undefined;
  let date: CalendarDate | undefined;
  const stamp = STAMP_PREFIX.exec(rest);
  if (stamp) {
    const bracketed = stamp[1] !== undefined || stamp[4] !== undefined;
    const g = bracketed ? stamp.slice(1, 8) : stamp.slice(8, 15);
    clock = clockFrom(g[3], g[4], g[5], g[6]);
    if (!clock) return undefined;
    date = dateFrom(g[0], g[1], g[2]);
    rest = rest.slice(stamp[0].length);
  }
  const withTime = <T extends IrcLine>(parsed: T): T => {
    if (clock && !parsed.clock) parsed.clock = clock;
    if (date && !parsed.date) parsed.date = date;
    return parsed;
  };
  const system = SYSTEM_MARKER.exec(rest);
  if (system) {
    const meaning = systemMeaning(system[1]!, system[2]!);
    if (meaning.systemKind === 'action') {
      // A /me line of an old log is something the person said, like `* nick text`.
      const words = system[2]!.slice(system[2]!.indexOf(meaning.nick) + meaning.nick.length).trim();
      return withTime({ kind: 'action', nick: meaning.nick.replace(MODE_PREFIX, ''), text: words });
    }
    const parsed: IrcLine = { kind: 'system', nick: meaning.nick.replace(MODE_PREFIX, ''), text: rest, systemKind: meaning.systemKind };
    if (meaning.renamedTo) parsed.renamedTo = meaning.renamedTo.replace(MODE_PREFIX, '');
    if (meaning.date) parsed.date = meaning.date;
    if (meaning.clock) parsed.clock = meaning.clock;
    return withTime(parsed);
  }
  const message = MESSAGE.exec(rest);
  if (message) {
    const nick = message[1]!.replace(MODE_PREFIX, '');
    if (nick) return withTime({ kind: 'message', nick, text: message[2] ?? '' });
  }
  const action = ACTION.exec(rest);
  if (action) return withTime({ kind: 'action', nick: action[1]!.replace(MODE_PREFIX, ''), text: action[2] ?? '' });
  const notice = NOTICE.exec(rest);
  if (notice) return withTime({ kind: 'notice', nick: notice[1]!, text: notice[2]! });
  return undefined;
}

export interface WhatsAppHeader {
  /** The two leading date numbers as written; which is the day is decided for the whole file. */
  first: number;
  second: number;
  year: number;
  clock: Clock;
  /** Sender; '' for system lines ("X added Y", "Messages are end-to-end encrypted"). */
  name: string;
  text: string;
  system: boolean;
  /** For system lines, the person the line is about, when the wording says. */
  nick: string;
}

const WHATSAPP_DATE = '(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4}),?\\s+' + TIME;
const WHATSAPP_ANDROID = new RegExp(`^${WHATSAPP_DATE}\\s+[-–]\\s+(.*)$`);
const WHATSAPP_IOS = new RegExp(`^\\[${WHATSAPP_DATE}\\]\\s+(.*)$`);
const WHATSAPP_SENDER = /^([^:"]{1,80}?):\s(.*)$|^([^:"]{1,80}?):$/;
const WHATSAPP_SYSTEM_SUBJECT = /^(.+?) (?:left|joined(?: using this group's invite link)?|added .+|removed .+|created (?:group|this group).*|changed (?:the subject|this group's|the group|their phone number).*)$/;

/** Reads one WhatsApp-style header line; undefined for any other line (e.g. a continuation). */
export function parseWhatsAppHeader(line: string): WhatsAppHeader | undefined {
  const clean = line.replace(/^[\u200e\u200f\ufeff]+/, '').trimEnd();
  const m = WHATSAPP_ANDROID.exec(clean) ?? WHATSAPP_IOS.exec(clean);
  if (!m) return undefined;
  const clock = clockFrom(m[4], m[5], m[6], m[7]);
  if (!clock) return undefined;
  const yearText = m[3]!;
  const header: Omit<WhatsAppHeader, 'name' | 'text' | 'system' | 'nick'> = {
    first: Number(m[1]), second: Number(m[2]), year: yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText), clock,
  };
  const body = m[8]!.replace(/^[\u200e\u200f]+/, '');
  const sender = WHATSAPP_SENDER.exec(body);
  if (sender) {
    return { ...header, name: (sender[1] ?? sender[3]!).trim(), text: sender[2] ?? '', system: false, nick: '' };
  }
  const subject = WHATSAPP_SYSTEM_SUBJECT.exec(body);
  return { ...header, name: '', text: body, system: true, nick: subject ? subject[1]!.trim() : '' };
}
