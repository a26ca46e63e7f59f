/**
 * Reads the comment fields of one JSON object: author (a string, or an object such as
 * `{name}`/`{login}`/`{screen_name}`), text (plain, Markdown with entities, or HTML such as
 * Zulip's `content` or WordPress's `content.rendered`, converted to plain text), time, id,
 * parent id and title. Keys are found with the shared alias lists; hand-mapped dotted paths win.
 */
import { type ColumnMap, type Field, FIELDS, candidateNames } from './fields';
import { plainText } from './lines';
import { type JsonObject, isDeletedBody, isObject } from './reddit';

export interface RecordFields {
  author?: string;
  /** Plain text, title included (title, blank line, body). */
  text?: string;
  title?: string;
  time?: string | number;
  id?: string;
  parent?: string;
  /** The body was a removal marker such as `[deleted]`. */
  deleted?: boolean;
  /** Which fields had a key (or hand-mapped path) present, even if its value was unusable. */
  present: Set<Field>;
  /** The text came from an object's `rendered` member (WordPress REST). */
  renderedText: boolean;
}

/** Members of an author object that hold a display name, best first. */
const NAME_MEMBERS = ['name', 'display_name', 'displayName', 'full_name', 'username', 'login', 'screen_name', 'nick'];
/** Members of a text object that hold the text, best first. */
const TEXT_MEMBERS = ['rendered', 'raw', 'text', 'body', 'html', 'content', 'value', 'markdown'];


/** Value at a dotted path; a key that itself contains dots is tried first. */
export function valueAtPath(obj: JsonObject, path: string): unknown {
  if (path in obj) return obj[path];
  let v: unknown = obj;
  for (const part of path.split('.')) {
    if (!isObject(v) || !(part in v)) return undefined;
    v = v[part];
  }
  return v;
}

/**
 * The dotted paths of an object's values that are not objects themselves, nested objects
 * followed up to three levels (`id`, `user.name`, `user.avatar.url`), in key order: what a hand
 * mapping can name.
 */
export function leafPaths(obj: JsonObject, depth = 3, prefix = ''): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(obj)) {
    if (isObject(value) && depth > 1) out.push(...leafPaths(value, depth - 1, `${prefix}${key}.`));
    else out.push(prefix + key);
  }
  return out;
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (!isObject(v)) return undefined;
  for (const key of NAME_MEMBERS) {
    const n = v[key];
    if (typeof n === 'string' && n.trim()) return n.trim();
  }
  return undefined;
}

/**
 * A number as the author ("author": 42, "user": 7), only when no candidate is a name or an
 * object: beside a name field, a number is a user id (WordPress's "author": 0 beside
 * "author_name"), and never the name.
 */
function numberedAuthor(values: unknown[]): string | undefined {
  let found: string | undefined;
  for (const v of values) {
    if (typeof v === 'string' || isObject(v)) return undefined;
    if (found === undefined && typeof v === 'number' && Number.isFinite(v)) found = String(v);
  }
  return found;
}

function textOf(v: unknown): { text: string; rendered: boolean } | undefined {
  if (typeof v === 'string') return { text: plainText(v), rendered: false };
  // Text in pieces, strings and objects with a `text` (Telegram's formatted messages: "I do, ",
  // {"type": "mention", "text": "@ann"}, " about ten."): the pieces joined.
  if (Array.isArray(v)) return textPieces(v);
  if (!isObject(v)) return undefined;
  for (const key of TEXT_MEMBERS) {
    const t = v[key];
    if (typeof t === 'string') return { text: plainText(t), rendered: key === 'rendered' };
  }
  return undefined;
}

function textPieces(pieces: readonly unknown[]): { text: string; rendered: boolean } | undefined {
  let joined = '';
  for (const p of pieces) {
    if (typeof p === 'string') joined += p;
    else if (isObject(p) && typeof p.text === 'string') joined += p.text;
    else return undefined;
  }
  return { text: plainText(joined), rendered: false };
}

function idOf(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (isObject(v)) return idOf(v.id);
  return undefined;
}

function timeOf(v: unknown): string | number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim()) return v.trim();
  return undefined;
}

/** Matching keys per field, cached by the object's key list (items of one source share a shape). */
const shapeCache = new Map<string, Record<Field, string[]>>();

function keysByField(obj: JsonObject): Record<Field, string[]> {
  const keys = Object.keys(obj);
  const shape = keys.join('\u0000');
  let byField = shapeCache.get(shape);
  if (!byField) {
    if (shapeCache.size >= 500) shapeCache.clear();
    byField = Object.fromEntries(FIELDS.map((f) => [f, candidateNames(keys, f)])) as Record<Field, string[]>;
    shapeCache.set(shape, byField);
  }
  return byField;
}

/** Candidate values for a field: the hand-mapped path alone, else every matching key, best first. */
function candidates(obj: JsonObject, field: Field, hand: ColumnMap, present: Set<Field>): unknown[] {
  const path = hand[field];
  if (path) {
    const v = valueAtPath(obj, path);
    if (v !== undefined) present.add(field);
    return v === undefined ? [] : [v];
  }
  const keys = keysByField(obj)[field];
  if (keys.length > 0) present.add(field);
  return keys.map((k) => obj[k]);
}

function first<T>(values: unknown[], read: (v: unknown) => T | undefined): T | undefined {
  for (const v of values) {
    const r = read(v);
    if (r !== undefined) return r;
  }
  return undefined;
}

export function readRecord(obj: JsonObject, hand: ColumnMap = {}): RecordFields {
  const present = new Set<Field>();
  const fields: RecordFields = { present, renderedText: false };
  const authorValues = candidates(obj, 'author', hand, present);
  const author = first(authorValues, nameOf) ?? numberedAuthor(authorValues);
  if (author !== undefined) fields.author = author;

  let body: string | undefined;
  for (const v of candidates(obj, 'text', hand, present)) {
    const t = textOf(v);
    if (t === undefined || t.text === '') continue;
    if (isDeletedBody(t.text)) {
      fields.deleted = true;
      break;
    }
    body = t.text;
    fields.renderedText = t.rendered;
    break;
  }
  const title = textOf(obj.title)?.text;
  if (title) fields.title = title;
  const text = title && body ? `${title}\n\n${body}` : (title ?? body);
  if (text !== undefined) fields.text = text;

  const time = first(candidates(obj, 'time', hand, present), timeOf);
  if (time !== undefined) fields.time = time;
  const id = first(candidates(obj, 'id', hand, present), idOf);
  if (id !== undefined) fields.id = id;
  const parent = first(candidates(obj, 'parent', hand, present), idOf);
  if (parent !== undefined) fields.parent = parent;
  return fields;
}
