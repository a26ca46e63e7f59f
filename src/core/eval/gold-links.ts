/**
 * Gold reply links for an evaluation case, from "comment → gold parent comment ids": the parent
 * links kept are those whose parent is a comment of the thread, and the gold participants are
 * those parents' authors. A comment with no parent in the thread has no gold link.
 */
import type { Thread } from '../types';

export interface GoldLinks {
  /** Comment id → gold parent comment ids (only parents in the thread). */
  goldParents: Map<string, Set<string>>;
  /** Comment id → participant ids of those parents' authors. */
  goldTargets: Map<string, Set<string>>;
}

/**
 * Builds gold links for the thread's comments. `parentsOf` gives a comment's gold parent ids
 * (ids of the thread); ids not in the thread, and a comment's own id, are dropped.
 */
export function goldLinks(thread: Thread, parentsOf: (commentId: string) => Iterable<string> | undefined): GoldLinks {
  const byId = new Map(thread.comments.map((c) => [c.id, c]));
  const goldParents = new Map<string, Set<string>>();
  const goldTargets = new Map<string, Set<string>>();
  for (const c of thread.comments) {
    const parents = [...(parentsOf(c.id) ?? [])]
      .map((id) => byId.get(id))
      .filter((p): p is NonNullable<typeof p> => p !== undefined && p.id !== c.id);
    if (parents.length === 0) continue;
    goldParents.set(c.id, new Set(parents.map((p) => p.id)));
    goldTargets.set(c.id, new Set(parents.map((p) => p.authorId)));
  }
  return { goldParents, goldTargets };
}
