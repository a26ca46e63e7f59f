/**
 * Groups author spellings into participants: one participant per person across case,
 * punctuation and spacing variants ("J.Doe" = "J. Doe" = "j doe"), and across chat nick
 * changes. People who are only talked about never become participants: only authors do.
 */
import type { Participant, RawComment } from '../types';
import { fold, nameKey } from './fold';

/** Participant id: the folded name as a slug ("eric-a-brill"), unique within the thread. */
function slug(name: string): string {
  const s = fold(name).replace(/\([^)]*\)/g, ' ').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  return s || 'anonymous';
}

export interface ParticipantTable {
  participants: Participant[];
  /** Participant id for an author spelling ('' for system lines of people who never spoke). */
  idOf(author: string): string;
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
    if (parentKey.size === 0 || !parentKey.has(k)) return k; // no nick changes: most threads
    let cur = k;
    const seen = new Set<string>();
    while (parentKey.has(cur) && !seen.has(cur)) {
      seen.add(cur);
      cur = parentKey.get(cur)!;
    }
    return cur;
  };
  for (const c of comments) {
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
  for (let i = 0; i < comments.length; i++) {
    const c = comments[i]!;
    if (c.system) continue;
    let p = byAuthor.get(c.author);
    if (p === undefined) {
      const spelling = c.author.trim();
      if (!spelling) continue;
      const key = find(keyOf(c.author));
      p = byKey.get(key);
      if (!p) {
        let id = slug(c.author);
        for (let n = 2; usedIds.has(id); n++) id = `${slug(c.author)}-${n}`;
        usedIds.add(id);
        p = { id, name: spelling, spellings: [], commentIndexes: [] };
        byKey.set(key, p);
        participants.push(p);
      }
      if (!p.spellings.includes(spelling)) p.spellings.push(spelling);
      byAuthor.set(c.author, p);
    }
    p.commentIndexes.push(i + 1);
  }

  return {
    participants,
    idOf: (author: string) => (byAuthor.get(author) ?? byKey.get(find(keyOf(author))))?.id ?? '',
  };
}
