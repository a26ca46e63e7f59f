/**
 * Reddit knowledge for the JSON parser: the API's `{kind, data}` wrappers (`Listing`, `t1`
 * comments, `t3` submissions, `more` placeholders), recognising Reddit-shaped data, and keeping
 * ids in one form. Reddit names things `t1_abc` (a "fullname") in `name` and `parent_id` but
 * `abc` in `id`; when a source mixes the two, every id and parent id becomes the fullname.
 */

export type JsonObject = Record<string, unknown>;

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const FULLNAME = /^t[1-6]_[0-9a-z]+$/i;
const THING_KIND = /^t[1-6]$/;

/** `{kind: 'Listing', data: {children: [...]}}` → the children, else undefined. */
export function listingChildren(v: unknown): unknown[] | undefined {
  if (!isObject(v) || v.kind !== 'Listing' || !isObject(v.data)) return undefined;
  return Array.isArray(v.data.children) ? v.data.children : undefined;
}

/** `{kind: 't1', data: {...}}` → its kind and data, else undefined. */
export function unwrapThing(v: unknown): { kind: string; data: JsonObject } | undefined {
  if (!isObject(v) || typeof v.kind !== 'string' || !THING_KIND.test(v.kind) || !isObject(v.data)) return undefined;
  return { kind: v.kind, data: v.data };
}

/** A `more` placeholder (replies Reddit did not send): a sentence for the skipped list, else undefined. */
export function morePlaceholder(v: unknown): string | undefined {
  if (!isObject(v) || v.kind !== 'more') return undefined;
  const count = isObject(v.data) && typeof v.data.count === 'number' ? v.data.count : 0;
  return count > 0
    ? `Reddit "more" placeholder: ${count} more repl${count === 1 ? 'y is' : 'ies are'} not in the file`
    : 'Reddit "more" placeholder: further replies are not in the file';
}

/** True when the value has Reddit's wrappers, a `subreddit` field, or `t1_…`-style ids or parents. */
export function looksLikeReddit(root: unknown, budget = 5000): boolean {
  const stack: unknown[] = [root];
  let seen = 0;
  while (stack.length > 0 && seen++ < budget) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (let i = Math.min(v.length, budget) - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    if (!isObject(v)) continue;
    if (v.kind === 'Listing' || v.kind === 'more' || unwrapThing(v)) return true;
    if ('subreddit' in v || 'subreddit_id' in v) return true;
    for (const key of ['id', 'name', 'parent_id', 'link_id']) {
      const x = v[key];
      if (typeof x === 'string' && FULLNAME.test(x)) return true;
    }
    for (const x of Object.values(v)) if (typeof x === 'object' && x !== null) stack.push(x);
  }
  return false;
}

/**
 * Fullname of a Reddit item: kept when it already is one, else `name` when that is the fullname
 * of the same id, else the id prefixed by its kind (`t3` for submissions, `t1` for comments).
 */
export function redditFullname(rawId: string, item: JsonObject, kind: string): string {
  if (FULLNAME.test(rawId)) return rawId;
  const name = item.name;
  if (typeof name === 'string' && FULLNAME.test(name) && name.slice(3) === rawId) return name;
  return `${kind}_${rawId}`;
}

/** Fullname of a parent id: bare ids of known submissions become `t3_…`, others `t1_…`. */
export function redditParentFullname(rawParent: string, submissionIds: ReadonlySet<string>): string {
  if (FULLNAME.test(rawParent)) return rawParent;
  return submissionIds.has(rawParent) ? `t3_${rawParent}` : `t1_${rawParent}`;
}

/** Reddit marks removed content with these bodies. */
export function isDeletedBody(text: string): boolean {
  return text === '[deleted]' || text === '[removed]';
}
