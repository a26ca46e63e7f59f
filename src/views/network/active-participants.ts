/**
 * Who speaks inside the brushed time window and the chosen topic: the participants with at
 * least one comment among comments from..to (1-based, inclusive) on that topic (a post of a
 * blog export). Everyone else is drawn pale in the network.
 */
import type { Thread } from '../../core/types';

/** Ids of participants commenting inside the window and topic; null when neither is set. */
export function activeParticipants(thread: Pick<Thread, 'comments'>, window: [number, number] | null, topic: string | null = null): Set<string> | null {
  if (!window && topic === null) return null;
  const active = new Set<string>();
  const from = Math.max(1, window ? window[0] : 1);
  const to = Math.min(thread.comments.length, window ? window[1] : thread.comments.length);
  for (let i = from; i <= to; i++) {
    const c = thread.comments[i - 1];
    if (c && !c.system && (topic === null || c.topic === topic)) active.add(c.authorId);
  }
  return active;
}
