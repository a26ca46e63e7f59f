/**
 * The words the timeline shows, as plain strings: a comment's time at its known precision
 * (UTC, locale-independent), the tooltip lines of a comment, and the caption of an exported
 * picture naming the active filters. Pure; the view sets them with textContent / .text().
 */
import type { Comment, Thread } from '../../core/types';
import type { ViewState } from '../../store/state';
import { filterLine } from '../network/caption';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Characters of comment text a tooltip shows. */
export const TOOLTIP_TEXT_CHARS = 300;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "29 Apr 2010" for a YYYY-MM-DD day or an ISO time. */
export function dayLabel(isoOrDay: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoOrDay);
  if (!m) return isoOrDay;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** "29 Apr 2010", "29 Apr 2010 14:05 UTC" or "29 Apr 2010 14:05:33 UTC", by precision; '' when undated. */
export function timeLabel(comment: Pick<Comment, 'time' | 'timePrecision'>): string {
  if (!comment.time) return '';
  const d = new Date(comment.time);
  if (Number.isNaN(d.getTime())) return comment.time;
  const day = dayLabel(d.toISOString());
  if (comment.timePrecision === 'day') return day;
  const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return comment.timePrecision === 'second' ? `${day} ${clock}:${pad(d.getUTCSeconds())} UTC` : `${day} ${clock} UTC`;
}

/** The first `max` characters of a text with runs of whitespace collapsed, "…" when cut. */
export function excerptOf(text: string, max = TOOLTIP_TEXT_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  return `${flat.slice(0, max).trimEnd()}…`;
}

export interface TooltipLines {
  author: string;
  /** "comment 5 · 29 Apr 2010", or "comment 5" when undated. */
  when: string;
  text: string;
}

export function tooltipLines(comment: Comment): TooltipLines {
  const time = timeLabel(comment);
  return {
    author: comment.author,
    when: time ? `comment ${comment.index} · ${time}` : `comment ${comment.index}`,
    text: excerptOf(comment.text),
  };
}

/**
 * One line naming what the picture shows and the filters in force (worded as the network's
 * caption), e.g. "Title — min confidence 0.5 · signals: explicit, quote · comments 3–17 · 12 replies drawn".
 */
export function captionLine(thread: Thread, view: ViewState, replies: number): string {
  const title = thread.title?.trim();
  const drawn = `${replies} repl${replies === 1 ? 'y' : 'ies'} drawn`;
  return `${title ? `${title} — ` : ''}Timeline · ${filterLine(view)} · ${drawn}`;
}
