/**
 * Turns the clock times of a chat log into full UTC times while walking the log in order.
 *
 * Rules:
 * - A time gets a date only when one is known: from the line itself, from a day-change or
 *   log-opened marker, or from the caller's starting date. Otherwise it stays undated.
 * - 24-hour logs: when the clock goes backwards by more than one hour (23:59 → 00:01) the date
 *   advances by one day; smaller backward steps are taken as written (same day).
 * - 12-hour logs without am/pm (every hour is between 1 and 12, as in some mid-2000s IRC
 *   logs): the dial is read with 12 as 0, so `[12:59]` → `[01:00]` is one minute later, and every
 *   backward step of more than an hour on the dial (`[11:59]` → `[12:00]`) adds 12 hours; two such
 *   steps make a new day. The first line is taken as morning, so a log opening at `[12:18]`
 *   starts at 00:18.
 * - A new date from a marker or a dated line restarts the count.
 */
import type { TimePrecision } from '../types';
import type { CalendarDate, Clock } from './chat-lines';

const DAY_SECONDS = 86_400;
const HALF_DAY_SECONDS = 43_200;
const ROLLOVER_SECONDS = 3_600;

export interface Stamp {
  iso: string;
  precision: TimePrecision;
}

/** True when the log's clocks look like a 12-hour dial without am/pm. */
export function isTwelveHourDial(clocks: readonly Clock[]): boolean {
  if (!clocks.length) return false;
  return clocks.every((c) => c.meridiem === undefined && c.hour >= 1 && c.hour <= 12);
}

/** Parses `YYYY-MM-DD`; undefined when it is not a real calendar date. */
export function parseCalendarDate(text: string): CalendarDate | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const date = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  const probe = new Date(Date.UTC(date.year, date.month - 1, date.day));
  if (probe.getUTCFullYear() !== date.year || probe.getUTCMonth() !== date.month - 1 || probe.getUTCDate() !== date.day) return undefined;
  return date;
}

function dayStartMs(date: CalendarDate): number {
  return Date.UTC(date.year, date.month - 1, date.day);
}

function toIso(ms: number): string {
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

/** Seconds since midnight, with am/pm applied. */
function secondsOfDay(clock: Clock): number {
  let hour = clock.hour;
  if (clock.meridiem) hour = (hour % 12) + (clock.meridiem === 'pm' ? 12 : 0);
  return hour * 3600 + clock.minute * 60 + (clock.second ?? 0);
}

/** Walks a log's clocks in order and dates them. */
export class ChatClock {
  private dayMs: number | undefined;
  private previous: number | undefined;
  private halfDays = 0;
  private last: Stamp | undefined;

  constructor(private readonly twelveHour: boolean, start?: CalendarDate) {
    if (start) this.dayMs = dayStartMs(start);
  }

  /** A new date is known (marker or dated line): later clocks count from its midnight. */
  setDate(date: CalendarDate): void {
    this.dayMs = dayStartMs(date);
    this.previous = undefined;
    this.halfDays = 0;
  }

  get hasDate(): boolean {
    return this.dayMs !== undefined;
  }

  /** The full time of a clock reading, advancing the day (or half day) when the clock went back. */
  stamp(clock: Clock): Stamp | undefined {
    const reading = this.twelveHour ? (clock.hour % 12) * 3600 + clock.minute * 60 + (clock.second ?? 0) : secondsOfDay(clock);
    if (this.previous !== undefined && reading < this.previous - ROLLOVER_SECONDS) {
      if (this.twelveHour) this.halfDays += 1;
      else if (this.dayMs !== undefined) this.dayMs += DAY_SECONDS * 1000;
    }
    this.previous = reading;
    if (this.dayMs === undefined) return undefined;
    const offset = this.twelveHour ? this.halfDays * HALF_DAY_SECONDS : 0;
    this.last = { iso: toIso(this.dayMs + (offset + reading) * 1000), precision: clock.second === undefined ? 'minute' : 'second' };
    return this.last;
  }

  /** The date alone, for markers that carry a date but no clock. */
  dayStamp(): Stamp | undefined {
    if (this.dayMs === undefined) return undefined;
    this.last = { iso: toIso(this.dayMs), precision: 'day' };
    return this.last;
  }

  /** The time of the latest stamped line, for lines that have no clock of their own. */
  lastStamp(): Stamp | undefined {
    return this.last;
  }
}
