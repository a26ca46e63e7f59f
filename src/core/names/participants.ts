/**
 * Groups author spellings into participants: one participant per person across case,
 * punctuation and spacing variants ("J.Doe" = "J. Doe" = "j doe"), and across chat nick
 * changes. People who are only talked about never become participants: only authors do.
 * An author written as a removal marker ("[deleted]", "[removed]": the account is gone) is
 * an unknown person: each such comment gets a participant of its own, with no name to be
 * addressed by, rather than one "[deleted]" who would seem to join unrelated conversations.
 */
import type { Participant, RawComment } from '../types';
import { fold, isPrintableAscii, nameKey } from './fold';

/** Participant id: the folded name as a slug ("eric-a-brill"), unique within the thread. */
function slug(name: string): string {
  const folded = fold(name).replace(/\([^)]*\)/g, ' ');
  // Folded printable ASCII has only a-z and 0-9 for letters and digits: the same dashes without the Unicode pattern.
  const dashed = isPrintableAscii(folded) ? folded.replace(/[^a-z0-9]+/g, '-') : folded.replace(/[^\p{L}\p{N}]+/gu, '-');
  return dashed.replace(/^-+|-+$/g, '') || 'anonymous';
}

export interface ParticipantTable {
  participants: Participant[];
  /** Participant id of the comment at 0-based position `i` ('' for system lines of people who never spoke). */
  idAt(i: number): string;
}

/** Author names platforms show in place of a removed account. */
const REMOVED_AUTHOR = /^\[(?:deleted|removed)\]$/i;

function isRemovedAuthor(author: string): boolean {
  return REMOVED_AUTHOR.test(author.trim());
}

/**
 * Builds participants from comments in thread order. System comments (chat joins/quits) do not
 * make anybody a participant, but their nick changes merge the old nick into the new one.
 */
export function buildParticipants(comments: readonly RawComment[]): ParticipantTable {
  // Authors repeat: fold each distinct spelling once.
  const keys = new Map<string, string>();
  const keyOf = (author: string): string => {
    let k = keys.get(author);
    if (k === undefined) {
      k = nameKey(author);
      keys.set(author, k);
    }
    return k;
  };
  const parentKey = new Map<string, string>(); // nick-change union: key -> key it was renamed to
  const find = (k: string): string => {
    if (!parentKey.has(k)) return k; // never renamed (every author in most threads)
    let cur = k;
    const seen = new Set<string>();
    while (parentKey.has(cur) && !seen.has(cur)) {
      seen.add(cur);
      cur = parentKey.get(cur)!;
    }
    return cur;
  };
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i]!;
    if (c.system && c.renamedTo && c.author) {
      const a = find(keyOf(c.author));
      const b = find(keyOf(c.renamedTo));
      if (a !== b) parentKey.set(a, b);
    }
  }

  const byKey = new Map<string, Participant>();
  /** Each exact author spelling seen so far → its participant (authors repeat: most comments stop here). */
  const byAuthor = new Map<string, Participant>();
  const usedIds = new Set<string>();
  const participants: Participant[] = [];
  const ofComment: (Participant | undefined)[] = new Array(comments.length).fill(undefined);
  const newParticipant = (author: string, spelling: string): Participant => {
    let id = slug(author);
    for (let n = 2; usedIds.has(id); n++) id = `${slug(author)}-${n}`;
    usedIds.add(id);
    const p: Participant = { id, name: spelling, spellings: [], commentIndexes: [] };
    participants.push(p);
    return p;
  };
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i]!;
    if (c.system) continue;
    let p = byAuthor.get(c.author);
    if (p === undefined) {
      const spelling = c.author.trim();
      if (!spelling) continue;
      if (REMOVED_AUTHOR.test(spelling)) {
        // Nobody can be addressed by a removal marker: no spellings, so no aliases.
        p = newParticipant(c.author, spelling);
        p.commentIndexes.push(i + 1);
        ofComment[i] = p;
        continue;
      }
      const key = find(keyOf(c.author));
      p = byKey.get(key);
      if (!p) {
        p = newParticipant(c.author, spelling);
        byKey.set(key, p);
      }
      if (!p.spellings.includes(spelling)) p.spellings.push(spelling);
      byAuthor.set(c.author, p);
    }
    p.commentIndexes.push(i + 1);
    ofComment[i] = p;
  }

  return {
    participants,
    idAt: (i: number) => {
      const p = ofComment[i];
      if (p) return p.id;
      // A system line: the participant of its author, if they spoke.
      const author = comments[i]?.author ?? '';
      return isRemovedAuthor(author) ? '' : (byKey.get(find(keyOf(author))))?.id ?? '';
    },
  };
}
