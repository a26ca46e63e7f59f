/**
 * Who speaks inside the brushed time window: the participants with at least one comment among
 * comments from..to (1-based, inclusive). Everyone else is drawn pale in the network.
 */
import type { Thread } from '../../core/types';

/** Ids of participants commenting inside the window; null when no window is set. */
export function activeParticipants(thread: Pick<Thread, 'comments'>, window: [number, number] | null): Set<string> | null {
  if (!window) return null;
  const active = new Set<string>();
  const from = Math.max(1, window[0]);
  const to = Math.min(thread.comments.length, window[1]);
  for (let i = from; i <= to; i++) {
    const c = thread.comments[i - 1];
    if (c && !c.system) active.add(c.authorId);
  }
  return active;
}
