/**
 * Chooses one participant for a name hit. Exact full names beat partial aliases; among people
 * sharing the same kind of alias (two "Ann"s), the one who spoke most recently before the
 * comment wins, else the first to speak after it. The author is never chosen over someone else.
 */
import type { AliasEntry } from './aliases';

export interface Resolution {
  participantId: string;
  /** Other people the same words could mean (empty when unambiguous). */
  alternatives: string[];
}

/** Latest 1-based comment index of a participant before `index`, or undefined. */
export type LastSpoke = (participantId: string, index: number) => number | undefined;
/** First 1-based comment index of a participant after `index`, or undefined. */
export type NextSpoke = (participantId: string, index: number) => number | undefined;

export function resolveEntries(
  entries: readonly AliasEntry[], commentIndex: number, authorId: string,
  lastSpoke: LastSpoke, nextSpoke: NextSpoke,
): Resolution | undefined {
  if (entries.length === 0) return undefined;
  const bestKind = entries[0]!.kind;
  let group = entries.filter((e) => e.kind === bestKind).map((e) => e.participantId);
  if (group.length > 1) group = group.filter((id) => id !== authorId);
  if (group.length === 1) return { participantId: group[0]!, alternatives: [] };
  const score = (id: string): number => {
    const before = lastSpoke(id, commentIndex);
    if (before !== undefined) return 1e9 + before;
    const after = nextSpoke(id, commentIndex);
    return after !== undefined ? 1e9 - after : 0;
  };
  const sorted = [...group].sort((a, b) => score(b) - score(a) || a.localeCompare(b));
  return { participantId: sorted[0]!, alternatives: sorted.slice(1) };
}
