/**
 * Test helper: a thread from [author, text] pairs (optionally with id and parent), run through
 * the real thread builder and inference.
 */
import type { RawComment, Signal, Thread, Reply } from '../../src/core/types';
import { buildThread } from '../../src/core/thread';
import { inferReplies } from '../../src/core/infer/index';

export type Row = [author: string, text: string, extra?: Partial<RawComment>];

export function makeThread(rows: Row[]): Thread {
  const comments: RawComment[] = rows.map(([author, text, extra]) => ({ author, text, ...extra }));
  return buildThread({ format: 'text', dialect: 'test', comments, skipped: [], notes: [] }).thread;
}

/** Replies as sorted "index:Author->Target(signal)" strings, for readable assertions. */
export function replyList(thread: Thread, replies: Reply[]): string[] {
  const name = (id: string) => thread.participants.find((p) => p.id === id)?.name ?? id;
  return replies.map((r) => `${r.commentIndex}:${name(r.source)}->${name(r.target)}(${r.signal})`).sort();
}

export function infer(rows: Row[], signals?: Signal[]) {
  const thread = makeThread(rows);
  const result = inferReplies(thread, signals ? { signals } : {});
  return { thread, ...result, list: replyList(thread, result.replies) };
}
