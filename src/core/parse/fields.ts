/**
 * Field auto-mapping shared by the CSV and JSON parsers: which header (or object key) holds the
 * author, time, text, id and parent of a comment. Names are compared case-insensitively and
 * ignoring spaces, underscores, hyphens and dots ("Posted At" = "posted_at"). A name equal to the
 * field itself (or a UTC-flavoured time such as `date_gmt`) beats a mere alias; among equals the
 * first column (or key) wins. Hand mapping (`columns`) always overrides.
 */
import { type ColumnChoice, InputError } from '../errors';

export type Field = 'author' | 'time' | 'text' | 'id' | 'parent';
export const FIELDS: readonly Field[] = ['author', 'time', 'text', 'id', 'parent'];

/** Hand mapping of fields to header names (CSV) or key paths (JSON, dots allowed). */
export type ColumnMap = Partial<Record<Field, string>>;

/** Accepted names per field, before normalisation. */
export const FIELD_ALIASES: Record<Field, readonly string[]> = {
  author: [
    'author', 'name', 'user', 'username', 'user_name', 'sender', 'from', 'commenter', 'author_name',
    'sender_full_name', 'sender_name',
  ],
  time: [
    'time', 'date', 'timestamp', 'created_at', 'created', 'posted_at', 'datetime', 'date_gmt', 'created_utc',
    'date_unixtime',
  ],
  text: ['text', 'body', 'message', 'comment', 'content', 'comment_text', 'selftext', 'cooked'],
  id: ['id', 'comment_id', 'message_id', 'post_id'],
  parent: [
    'parent', 'parent_id', 'in_reply_to', 'reply_to', 'replying_to', 'parent_comment_id', 'in_reply_to_id',
    'reply_to_id', 'reply_to_message_id', 'in_reply_to_status_id',
  ],
};

/** Aliases as good as the field's own name: a UTC time beats a local one in the same record. */
const PREFERRED_ALIASES: Partial<Record<Field, readonly string[]>> = {
  time: ['date_gmt', 'created_utc', 'date_unixtime'],
};

/** Lower case without spaces, underscores, hyphens and dots. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/[\s_.-]+/g, '');
}

const ALIAS_SETS: Record<Field, Set<string>> = Object.fromEntries(
  FIELDS.map((f) => [f, new Set(FIELD_ALIASES[f].map(normaliseName))]),
) as Record<Field, Set<string>>;

const PREFERRED_SETS: Record<Field, Set<string>> = Object.fromEntries(
  FIELDS.map((f) => [f, new Set([f, ...(PREFERRED_ALIASES[f] ?? [])].map(normaliseName))]),
) as Record<Field, Set<string>>;

/** 0 = the field's own name (or a preferred alias), 1 = an alias, undefined = no match. */
function rank(name: string, field: Field): number | undefined {
  const n = normaliseName(name);
  if (PREFERRED_SETS[field].has(n)) return 0;
  if (ALIAS_SETS[field].has(n)) return 1;
  return undefined;
}

/** Names matching `field`, best first (own name before aliases, then in the given order). */
export function candidateNames(names: readonly string[], field: Field): string[] {
  const ranked: { name: string; rank: number; order: number }[] = [];
  names.forEach((name, order) => {
    const r = rank(name, field);
    if (r !== undefined) ranked.push({ name, rank: r, order });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.map((c) => c.name);
}

/** Header index per field: hand-mapped names first, then auto-mapping of the remaining columns. */
export function mapColumns(header: readonly string[], hand: ColumnMap = {}): Partial<Record<Field, number>> {
  const result: Partial<Record<Field, number>> = {};
  const taken = new Set<number>();
  for (const field of FIELDS) {
    const wanted = hand[field];
    if (wanted === undefined || wanted === '') continue;
    const index = findHeader(header, wanted);
    if (index === undefined) {
      throw new InputError(
        'BAD_OPTION',
        `the column "${wanted}" given for ${field} is not in the header; the header has ${listNames(header)}`,
        { hint: 'Use one of the header names exactly as written.' },
      );
    }
    result[field] = index;
    taken.add(index);
  }
  for (const field of FIELDS) {
    if (result[field] !== undefined) continue;
    const free = header.map((name, i) => ({ name, i })).filter((c) => !taken.has(c.i));
    const best = candidateNames(free.map((c) => c.name), field)[0];
    if (best === undefined) continue;
    const index = free.find((c) => c.name === best)!.i;
    result[field] = index;
    taken.add(index);
  }
  return result;
}

/** Exact header name first, then the same name ignoring case, spaces, underscores, hyphens and dots. */
function findHeader(header: readonly string[], wanted: string): number | undefined {
  const exact = header.indexOf(wanted);
  if (exact >= 0) return exact;
  const n = normaliseName(wanted);
  const loose = header.findIndex((h) => normaliseName(h) === n);
  return loose >= 0 ? loose : undefined;
}

/** `"a", "b", "c"` — for error messages, shortened when the header is long. */
export function listNames(names: readonly string[], max = 20): string {
  if (names.length === 0) return 'no fields';
  const shown = names.slice(0, max).map((n) => `"${n}"`).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/**
 * The hint of every "no author/text column" error: `--columns author=X,text=Y` with names from
 * the input itself: the column already found for a field, else the first (author) or last (text)
 * name not mapped to anything.
 */
const AUTHORISH = /name|user|author|account|poster|sender|from|nick|login|handle|owner|writer|by$/i;
const TEXTISH = /text|body|content|message|msg|comment|post|note|html|markdown/i;
/** Names of ids, counts and links, which an example mapping never suggests ("in_reply_to_account_id"). */
const IDISH_WORD = /(?:^|[_\-.\s])(?:id|ids|count|url|uri|link|at|time|date)$|^id/i;
const IDISH_CAMEL = /[a-z](?:Id|Ids|Count|Url|Uri|Link|At|Time|Date)$/;
function isIdish(name: string): boolean {
  return IDISH_WORD.test(name) || IDISH_CAMEL.test(name);
}

/**
 * A suggested hand mapping: the fields already found, and for a missing author or text a name
 * that sounds like one ("account", "poster", "msg"), else the first (author) or last (text) name
 * not mapped to anything. Never an id, count or link.
 */
export function mappingGuess(names: readonly string[], mapped: ColumnMap): ColumnMap {
  const taken = new Set(Object.values(mapped));
  const free = names.filter((n) => !taken.has(n));
  const author = mapped.author ?? free.find((n) => AUTHORISH.test(n) && !isIdish(n)) ?? free[0];
  const others = free.filter((n) => n !== author);
  const text = mapped.text ?? others.find((n) => TEXTISH.test(lastSegment(n)) && !isIdish(n)) ?? others.pop();
  return { ...mapped, ...(author !== undefined ? { author } : {}), ...(text !== undefined ? { text } : {}) };
}

/** A dotted path's last key (`poster.links.home` → `home`): what the value is, not whose. */
const lastSegment = (path: string): string => path.slice(path.lastIndexOf('.') + 1);

export function mappingHint(names: readonly string[], mapped: ColumnMap): string {
  const guess = mappingGuess(names, mapped);
  const quote = (n: string): string => (/[\s,=]/.test(n) ? `"${n}"` : n);
  return `Name the columns by hand, e.g. --columns author=${quote(guess.author ?? '<name>')},text=${quote(guess.text ?? '<name>')}.`;
}

/** What an error about a missing author or text column offers for choosing the columns by hand. */
export function columnChoice(names: readonly string[], mapped: ColumnMap): ColumnChoice {
  return { names: [...names], guess: mappingGuess(names, mapped) };
}
