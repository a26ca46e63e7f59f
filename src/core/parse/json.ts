/**
 * JSON / NDJSON parser. Finds the comments in: an array of comment objects; an object holding
 * them under a common key (comments, data, messages, items, posts, children, results, records);
 * one object per line (NDJSON); a single comment object; or Reddit's API listings. Nested
 * replies (`replies` / `children` / `comments` arrays, or Reddit `Listing`s) are flattened in page
 * order (depth first), each child's parent being its enclosing comment unless it names its own.
 * An item with a `title` (a submission or post) gets the title, a blank line, then its body.
 *
 * Accounting: every item becomes a comment (with the line where its object starts) or a skipped
 * block with that line and a reason (not an object, no author, no text, deleted, Reddit "more"
 * placeholder). Unreadable JSON throws InputError('BAD_JSON') naming the line.
 *
 * Dialects: `ndjson` (one object per line), `reddit` (Reddit wrappers, `t1_…` ids or `subreddit`;
 * ids and parent ids are then all in fullname form `t1_abc`), `zulip` (`sender_full_name`),
 * `wordpress` (text in `content.rendered`), `discourse`, `discord`, `slack` and `mastodon` (see
 * json-platforms.ts; a Mastodon status context's `ancestors` and `descendants` are read in that
 * order), else `generic`.
 */
import { InputError } from '../errors';
import type { ParseResult } from '../types';
import { type ColumnMap, type Field, FIELDS, candidateNames, columnChoice, listNames, mappingHint, normaliseName } from './fields';
import { JsonSyntaxError, type JsonLines, newJsonLines, readJson } from './json-reader';
import { readRecord } from './json-record';
import { type Item, Walker, elementsOf } from './json-walker';
import { excerpt, splitLines, stripBom } from './lines';
import { type JsonObject, isObject, listingChildren, looksLikeReddit, unwrapThing } from './reddit';
import { looksLikeSlack, slackUsers } from './slack';

export interface JsonOptions {
  /** Hand mapping of fields to key paths (`user.display`); overrides auto-mapping. */
  columns?: ColumnMap;
}

/** Keys under which an object may hold its list of comments, in order of preference. */
const WRAPPER_KEYS = ['comments', 'data', 'messages', 'items', 'posts', 'children', 'results', 'records'];
const JSON_HINT = 'Check the file is valid JSON (or one JSON object per line).';

interface Document {
  items: Item[];
  ndjson: boolean;
  title?: string;
  /** The whole parsed value(s), for recognising the dialect. */
  root: unknown;
}

function syntaxError(e: JsonSyntaxError, ndjson = false): InputError {
  let message = `JSON syntax error at line ${e.line}, column ${e.column}: ${e.message}`;
  if (e.tooDeep) message = `${e.message} (line ${e.line})`;
  else if (ndjson) message = `line ${e.line} is not valid JSON (NDJSON needs one complete object per line): ${e.message} (column ${e.column})`;
  return new InputError('BAD_JSON', message, {
    line: e.line,
    unit: 'line',
    hint: JSON_HINT,
  });
}

/** One JSON object per line. Undefined when the first non-blank line is not a JSON object by itself. */
function readNdjson(text: string, lines: JsonLines): Item[] | undefined {
  const rows = splitLines(text);
  const firstIndex = rows.findIndex((r) => r.trim() !== '');
  try {
    if (!isObject(readJson(rows[firstIndex] ?? '', firstIndex + 1, newJsonLines()))) return undefined;
  } catch {
    return undefined;
  }
  const items: Item[] = [];
  rows.forEach((row, i) => {
    if (row.trim() === '') return;
    try {
      items.push({ value: readJson(row, i + 1, lines), line: i + 1 });
    } catch (e) {
      if (e instanceof JsonSyntaxError) throw syntaxError(e, true);
      throw e;
    }
  });
  return items;
}

/** True when the object carries an author and a text (or title) itself, i.e. is a comment, not a wrapper. */
function isCommentLike(obj: JsonObject, hand: ColumnMap): boolean {
  const f = readRecord(obj, hand);
  return f.author !== undefined && (f.text !== undefined || f.deleted === true);
}

/** The array of comments inside a wrapper object, searched a few levels deep. */
function findCommentArray(obj: JsonObject, depth = 0): unknown[] | undefined {
  return underWrapperKey(obj, depth) ?? underMember(obj, depth) ?? Object.values(obj).find((v): v is unknown[] => Array.isArray(v) && v.some(isObject));
}

/** The list under one of WRAPPER_KEYS (searching objects under those keys too). */
function underWrapperKey(obj: JsonObject, depth: number): unknown[] | undefined {
  const byName = new Map(Object.keys(obj).map((k) => [normaliseName(k), k]));
  for (const wanted of WRAPPER_KEYS) {
    const key = byName.get(wanted);
    if (key === undefined) continue;
    const v = obj[key];
    if (Array.isArray(v)) return v;
    if (listingChildren(v)) return [v];
    if (isObject(v) && depth < 3) {
      const inner = findCommentArray(v, depth + 1);
      if (inner) return inner;
    }
  }
  return undefined;
}

/**
 * The list under one of WRAPPER_KEYS one object further in, under any key ({"post_stream":
 * {"posts": [...]}}, as Discourse forums give a topic), before any other list of objects (such a
 * topic also lists suggested topics).
 */
function underMember(obj: JsonObject, depth: number): unknown[] | undefined {
  if (depth >= 2) return undefined;
  for (const v of Object.values(obj)) {
    if (!isObject(v)) continue;
    const inner = underWrapperKey(v, depth + 1);
    if (inner) return inner;
  }
  return undefined;
}

function readDocument(text: string, lines: JsonLines, hand: ColumnMap): Document {
  let root: unknown;
  try {
    root = readJson(text, 1, lines);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const items = e.tooDeep ? undefined : readNdjson(text, lines);
    if (!items) throw syntaxError(e);
    return { items, ndjson: true, root: items.map((i) => i.value) };
  }
  const rootLine = (isObject(root) || Array.isArray(root) ? lines.containerLine.get(root) : undefined) ?? 1;
  if (Array.isArray(root)) return { items: elementsOf(root, lines, rootLine), ndjson: false, root };
  if (!isObject(root)) {
    throw new InputError('BAD_JSON', `the JSON is a single ${root === null ? 'null' : typeof root}, not a list of comments`, {
      line: 1,
      hint: 'Give an array of comment objects, an object with a "comments" array, or one object per line.',
    });
  }
  const title = typeof root.title === 'string' && root.title.trim() ? root.title.trim() : undefined;
  const single: Document = { items: [{ value: root, line: rootLine }], ndjson: false, root };
  if (listingChildren(root) || unwrapThing(root) || isCommentLike(root, hand)) return single;
  // A Mastodon status's context: the posts above it, then the replies below it.
  if (Array.isArray(root.ancestors) && Array.isArray(root.descendants)) {
    const items = [...elementsOf(root.ancestors, lines, rootLine), ...elementsOf(root.descendants, lines, rootLine)];
    return { items, ndjson: false, root };
  }
  const arr = findCommentArray(root);
  if (!arr) {
    throw new InputError('BAD_JSON', `no list of comments found; the top-level object has ${listNames(Object.keys(root))}`, {
      line: rootLine,
      hint: `Give an array of comment objects, or put them under one of: ${WRAPPER_KEYS.join(', ')}.`,
    });
  }
  const doc: Document = { items: elementsOf(arr, lines, rootLine), ndjson: false, root };
  if (title) doc.title = title;
  return doc;
}

/** The key auto-mapping picks for each field among `keys`. */
function autoMapped(keys: readonly string[]): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const best = candidateNames(keys, field)[0];
    if (best !== undefined) out[field] = best;
  }
  return out;
}

/** Throws when a hand-mapped path is in no item, or no item has an author or text field at all. */
function checkMapping(walker: Walker, hand: ColumnMap, commentCount: number): void {
  if (walker.objects === 0) return;
  const firstKeys = walker.firstKeys ?? [];
  const keys = listNames(firstKeys);
  for (const field of FIELDS) {
    const path = hand[field];
    if (path && !walker.fieldSeen.get(field)) {
      throw new InputError('BAD_OPTION', `the field "${path}" given for ${field} is in no item; the first item has ${keys}`, {
        hint: 'Use a key of the items; dots reach into nested objects (user.name).',
      });
    }
  }
  if (commentCount > 0) return;
  const missing = (['author', 'text'] as const).filter((f) => !walker.fieldSeen.get(f));
  if (missing.length > 0) {
    const paths = walker.firstPaths ?? firstKeys;
    throw new InputError('BAD_JSON', `no ${missing.join(' or ')} field found in the items; the first item has ${keys}`, {
      line: walker.firstLine ?? 1,
      hint: mappingHint(paths, autoMapped(paths)),
      columns: columnChoice(paths, autoMapped(paths)),
    });
  }
}

export function parseJson(input: string, opts: JsonOptions = {}): ParseResult {
  const text = stripBom(input);
  if (text.trim() === '') throw new InputError('EMPTY_INPUT', 'the JSON input is empty', { hint: JSON_HINT });
  const hand = opts.columns ?? {};
  const lines = newJsonLines();
  const doc = readDocument(text, lines, hand);
  const reddit = looksLikeReddit(doc.root);
  const slack = !reddit && looksLikeSlack(doc.root);
  const walker = new Walker(lines, hand, reddit, slack ? slackUsers(doc.root) : undefined);
  walker.walk(doc.items);
  const { comments, skipped, notes } = walker.finish();
  checkMapping(walker, hand, comments.length);

  const platform = walker.platforms.size === 1 ? [...walker.platforms][0] : undefined;
  const dialect = doc.ndjson ? 'ndjson' : reddit ? 'reddit' : walker.zulip ? 'zulip' : platform ?? (walker.wordpress ? 'wordpress' : 'generic');
  const result: ParseResult = { format: 'json', dialect, comments, skipped, notes };
  const title = doc.title ?? walker.title;
  if (title) result.title = excerpt(title, 200);
  return result;
}
