/**
 * Where each comment's author stands among the thread's participants, read from the
 * participants' lists of comments: a lookup by comment index instead of one by author id per
 * comment. A caller checks the position against the comment's author id (the lists may not
 * account for every comment of a thread made elsewhere) and looks the id up where they differ.
 */
import type { Thread } from '../types';

/** Position in thread.participants of each 1-based comment index's author, -1 where no list names it. */
export function positionsByIndex(thread: Pick<Thread, 'comments' | 'participants'>): Int32Array {
  const byIndex = new Int32Array(thread.comments.length + 2).fill(-1);
  const participants = thread.participants;
  for (let i = 0; i < participants.length; i++) {
    const indexes = participants[i]!.commentIndexes;
    for (let k = 0; k < indexes.length; k++) if (indexes[k]! >= 0 && indexes[k]! < byIndex.length) byIndex[indexes[k]!] = i;
  }
  return byIndex;
}
