/**
 * One input's all-numeric dates ("04/05/2020") read one way throughout: month first when some
 * date of the input can only be read month first (04/13/2020) and none only day first, else day
 * first, as parseDate reads them one by one. Each parser shows it every date it read; at the end,
 * the dates that could go either way are turned month first if need be, and a note says what was
 * decided unless the input's own dates showed day first.
 */
import type { RawComment } from '../types';
import type { ParsedDate } from './dates';
import { excerpt } from './lines';

/** Where a date was seen: its text when the parser has it, and the comment's line. */
interface Seen {
  value?: string;
  line?: number;
}

export class DateOrder {
  private readonly eitherWay: RawComment[] = [];
  private firstEitherWay: Seen | undefined;
  private dayFirst: Seen | undefined;
  private monthFirst: Seen | undefined;

  /** Notes the date `parsed` (read from `value`, when known) that the parser gave `comment`. */
  see(comment: RawComment, parsed: ParsedDate, value?: string): void {
    const order = parsed.numericOrder;
    if (order === undefined) return;
    const seen: Seen = { ...(value !== undefined ? { value } : {}), ...(comment.line !== undefined ? { line: comment.line } : {}) };
    if (order === 'day') this.dayFirst ??= seen;
    else if (order === 'month') this.monthFirst ??= seen;
    else {
      this.eitherWay.push(comment);
      this.firstEitherWay ??= seen;
    }
  }

  /** Turns the undecided dates month first if the input says so; the note to report, if any. */
  settle(): string | undefined {
    const n = this.eitherWay.length;
    if (n === 0) return undefined;
    const day = this.dayFirst, month = this.monthFirst;
    const such = `${n} date${n === 1 ? '' : 's'} such as ${describe(this.firstEitherWay!)}`;
    const verb = n === 1 ? 'was' : 'were';
    if (month && !day) {
      // An all-numeric date has no zone, so its ISO form holds the two numbers as written: swapping
      // month and day reads it month first (both are 12 or less, so the date exists).
      for (const c of this.eitherWay) if (c.time) c.time = `${c.time.slice(0, 5)}${c.time.slice(8, 10)}-${c.time.slice(5, 7)}${c.time.slice(10)}`;
      return `${such} ${verb} read month first, as ${describe(month)} shows.`;
    }
    if (day && month) return `The input writes dates both day first (${describe(day)}) and month first (${describe(month)}); ${such}, which could be either, ${verb} read day first.`;
    if (!day) return `${such} ${verb} read day first: no date in the input shows which number is the day.`;
    return undefined;
  }
}

function describe(seen: Seen): string {
  const at = seen.line !== undefined ? `line ${seen.line}` : '';
  return seen.value !== undefined ? `"${excerpt(seen.value, 40)}"${at ? ` at ${at}` : ''}` : `the one at ${at || 'an unknown line'}`;
}
