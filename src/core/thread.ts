/**
 * Builds a Thread from parsed comments: 1-based order, unique ids (the source's where it has
 * them, else `c<index>`), and participants resolved from author spellings. A thread whose
 * every time is midnight (dates stored as timestamps) is read as dated to the day. Also the
 * thread's comments by id, made once per thread (building the thread makes it on the way).
 */
import type { Comment, ParseResult, Thread } from './types';
import { buildParticipants } from './names/participants';

/** Comments by id, per thread (keyed by its comments array, which is never changed once built). */
const byIdCache = new WeakMap<readonly Comment[], ReadonlyMap<string, Comment>>();

/** The thread's comments by id, made on first use and kept for the thread. */
export function commentsById(thread: Pick<Thread, 'comments'>): ReadonlyMap<string, Comment> {
  let map = byIdCache.get(thread.comments);
  if (!map) byIdCache.set(thread.comments, (map = mapById(thread.comments)));
  return map;
}

/** The comments in a map by id (a later comment with the same id replaces an earlier one). */
function mapById(comments: readonly Comment[]): Map<string, Comment> {
  const byId = new Map<string, Comment>();
  for (let i = 0; i < comments.length; i++) byId.set(comments[i]!.id, comments[i]!);
  return byId;
}

/** True when two or more comments have a time finer than a day and every such time is 00:00:00 UTC. */
function midnightOnly(comments: readonly Comment[]): boolean {
  let timed = 0;
  for (const c of comments) {
    if (c.time === undefined || c.timePrecision === 'day') continue;
    if (!/T00:00:00(?:\.0+)?Z$/.test(c.time)) return false;
    timed++;
  }
  return timed >= 2;
}

/**
 * The comments by id, after giving each repeated id (in thread order) the first free `~2`,
 * `~3`… suffix. Ids rarely repeat, so they are first only collected: the map holds every
 * comment exactly when none repeats, and only then does each id need checking.
 */
function uniqueIds(comments: Comment[]): { byId: Map<string, Comment>; duplicates: number } {
  let byId = mapById(comments);
  if (byId.size === comments.length) return { byId, duplicates: 0 };
  let duplicates = 0;
  byId = new Map();
  for (const c of comments) {
    if (byId.has(c.id)) {
      duplicates++;
      let n = 2;
      while (byId.has(`${c.id}~${n}`)) n++;
      c.id = `${c.id}~${n}`;
    }
    byId.set(c.id, c);
  }
  return { byId, duplicates };
}

export function buildThread(parsed: ParseResult): { thread: Thread; notes: string[] } {
  const notes: string[] = [];
  const table = buildParticipants(parsed.comments);
  const comments: Comment[] = parsed.comments.map((raw, i) => {
    const c: Comment = { id: raw.id?.trim() || `c${i + 1}`, index: i + 1, author: raw.author.trim(), authorId: table.idAt(i), text: raw.text };
    if (raw.time) c.time = raw.time;
    if (raw.timePrecision) c.timePrecision = raw.timePrecision;
    if (raw.parentId) c.parentId = raw.parentId;
    if (raw.line !== undefined) c.line = raw.line;
    if (raw.system) c.system = true;
    if (raw.topic !== undefined) c.topic = raw.topic;
    return c;
  });
  const { byId, duplicates } = uniqueIds(comments);
  if (midnightOnly(comments)) {
    for (const c of comments) if (c.time !== undefined) c.timePrecision = 'day';
    notes.push('Every time in the input is midnight, so the times are read as dates only.');
  }
  if (duplicates > 0) notes.push(`${duplicates} comment id(s) appeared twice; the repeats were given a ~2 suffix.`);
  const dangling = comments.filter((c) => c.parentId !== undefined && !byId.has(c.parentId)).length;
  if (dangling > 0) notes.push(`${dangling} comment(s) answer a parent that is not in the input.`);
  const thread: Thread = {
    format: parsed.format,
    dialect: parsed.dialect,
    comments,
    participants: table.participants,
  };
  if (parsed.title) thread.title = parsed.title;
  byIdCache.set(comments, byId);
  return { thread, notes };
}
