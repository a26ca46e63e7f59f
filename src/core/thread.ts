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
  if (!map) {
    const made = new Map<string, Comment>();
    const comments = thread.comments;
    for (let i = 0; i < comments.length; i++) made.set(comments[i]!.id, comments[i]!);
    byIdCache.set(comments, (map = made));
  }
  return map;
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

export function buildThread(parsed: ParseResult): { thread: Thread; notes: string[] } {
  const notes: string[] = [];
  const table = buildParticipants(parsed.comments);
  /** Comments by id as they are made: the repeated-id check, then the thread's commentsById. */
  const byId = new Map<string, Comment>();
  let duplicates = 0;
  const comments: Comment[] = parsed.comments.map((raw, i) => {
    let id = raw.id?.trim() || `c${i + 1}`;
    if (byId.has(id)) {
      duplicates++;
      let n = 2;
      while (byId.has(`${id}~${n}`)) n++;
      id = `${id}~${n}`;
    }
    const c: Comment = { id, index: i + 1, author: raw.author.trim(), authorId: table.idAt(i), text: raw.text };
    byId.set(id, c);
    if (raw.time) c.time = raw.time;
    if (raw.timePrecision) c.timePrecision = raw.timePrecision;
    if (raw.parentId) c.parentId = raw.parentId;
    if (raw.line !== undefined) c.line = raw.line;
    if (raw.system) c.system = true;
    if (raw.topic !== undefined) c.topic = raw.topic;
    return c;
  });
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
