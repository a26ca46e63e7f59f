/**
 * Where each comment's author stands among the thread's participants, read from the
 * participants' lists of comments: a lookup by comment index instead of one by author id per
 * comment. Each position is checked against the comment's author id (the lists may not account
 * for every comment of a thread made elsewhere), which is looked up by id where they differ.
 */
import type { Thread } from '../types';

/** Position in thread.participants of the author of each 1-based comment index, -1 when the author is no participant. */
export function authorPositions(thread: Pick<Thread, 'comments' | 'participants'>): Int32Array {
  const { comments, participants } = thread;
  const byIndex = new Int32Array(comments.length + 2).fill(-1);
  for (let i = 0; i < participants.length; i++) {
    const indexes = participants[i]!.commentIndexes;
    for (let k = 0; k < indexes.length; k++) if (indexes[k]! >= 0 && indexes[k]! < byIndex.length) byIndex[indexes[k]!] = i;
  }
  let position: Map<string, number> | undefined;
  const out = new Int32Array(comments.length + 2).fill(-1);
  for (let k = 0; k < comments.length; k++) {
    const c = comments[k]!;
    if (c.index < 0 || c.index >= out.length) continue;
    const at = byIndex[c.index]!;
    if (at >= 0 && participants[at]!.id === c.authorId) {
      out[c.index] = at;
      continue;
    }
    if (!position) {
      position = new Map();
      participants.forEach((p, i) => position!.set(p.id, i));
    }
    out[c.index] = position.get(c.authorId) ?? -1;
  }
  return out;
}
