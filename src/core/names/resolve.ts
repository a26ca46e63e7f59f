/**
 * Chooses one participant for a name hit. Exact full names beat partial aliases; among people
 * sharing the same kind of alias (two "Ann"s), the one who spoke most recently before the
 * comment wins, else the first to speak after it. The author is never chosen over someone else.
 */
import type { AliasEntry } from './aliases';

export interface Resolution {
  participantId: string;
  /** Other people the same words could mean (empty when unambiguous). */
  alternatives: readonly string[];
}

/** Latest 1-based comment index of a participant before `index`, or undefined. */
export type LastSpoke = (participantId: string, index: number) => number | undefined;
/** First 1-based comment index of a participant after `index`, or undefined. */
export type NextSpoke = (participantId: string, index: number) => number | undefined;

const NO_ALTERNATIVES: readonly string[] = [];

/** The ranking's scores, reused from one call to the next. */
let rankScores = new Float64Array(16);

/** Whether group member `a` ranks before member `b`: higher score, then id in locale order. */
function comesFirst(scores: Float64Array, group: readonly string[], a: number, b: number): boolean {
  const d = scores[b]! - scores[a]!;
  if (d !== 0) return d < 0;
  return group[a]!.localeCompare(group[b]!) < 0;
}

export function resolveEntries(
  entries: readonly AliasEntry[], commentIndex: number, authorId: string,
  lastSpoke: LastSpoke, nextSpoke: NextSpoke,
): Resolution | undefined {
  if (entries.length === 0) return undefined;
  // Most names belong to one person: no grouping or ranking to do.
  if (entries.length === 1) return { participantId: entries[0]!.participantId, alternatives: NO_ALTERNATIVES };
  const bestKind = entries[0]!.kind;
  // The people sharing the best kind of alias, the author left out when others remain.
  const group: string[] = [];
  let hasAuthor = false;
  for (const e of entries) {
    if (e.kind !== bestKind) continue;
    if (e.participantId === authorId) hasAuthor = true;
    else group.push(e.participantId);
  }
  if (group.length === 0) return hasAuthor ? { participantId: authorId, alternatives: NO_ALTERNATIVES } : undefined;
  if (group.length === 1) return { participantId: group[0]!, alternatives: NO_ALTERNATIVES };
  // Most recent speaker first, then the first to speak after the comment, then by id. The group
  // is a handful of people: an insertion sort of their positions, with no comparator to make.
  if (rankScores.length < group.length) rankScores = new Float64Array(group.length * 2);
  const scores = rankScores;
  for (let k = 0; k < group.length; k++) {
    const id = group[k]!;
    const before = lastSpoke(id, commentIndex);
    if (before !== undefined) scores[k] = 1e9 + before;
    else {
      const after = nextSpoke(id, commentIndex);
      scores[k] = after !== undefined ? 1e9 - after : 0;
    }
  }
  const order: number[] = [];
  for (let k = 0; k < group.length; k++) {
    let at = order.length;
    while (at > 0 && comesFirst(scores, group, k, order[at - 1]!)) at--;
    order.splice(at, 0, k);
  }
  const alternatives: string[] = [];
  for (let k = 1; k < order.length; k++) alternatives.push(group[order[k]!]!);
  return { participantId: group[order[0]!]!, alternatives };
}
