/**
 * Builds a Thread from parsed comments: 1-based order, unique ids (the source's where it has
 * them, else `c<index>`), and participants resolved from author spellings. A thread whose
 * every time is midnight (dates stored as timestamps) is read as dated to the day.
 */
import type { Comment, ParseResult, Thread } from './types';
import { buildParticipants } from './names/participants';

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
  const used = new Set<string>();
  let duplicates = 0;
  const comments: Comment[] = parsed.comments.map((raw, i) => {
    let id = raw.id?.trim() || `c${i + 1}`;
    if (used.has(id)) {
      duplicates++;
      let n = 2;
      while (used.has(`${id}~${n}`)) n++;
      id = `${id}~${n}`;
    }
    used.add(id);
    const c: Comment = { id, index: i + 1, author: raw.author.trim(), authorId: table.idAt(i), text: raw.text };
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
  const dangling = comments.filter((c) => c.parentId !== undefined && !used.has(c.parentId)).length;
  if (dangling > 0) notes.push(`${dangling} comment(s) answer a parent that is not in the input.`);
  const thread: Thread = {
    format: parsed.format,
    dialect: parsed.dialect,
    comments,
    participants: table.participants,
  };
  if (parsed.title) thread.title = parsed.title;
  return { thread, notes };
}
