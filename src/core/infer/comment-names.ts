/**
 * Finds and resolves the participant names in one comment, outside quoted material. Each hit
 * is resolved to one participant (recency decides between people sharing a name); ambiguous
 * choices are kept for the report. Both the salutation and the mention signals read this.
 */
import type { Comment, NameIssue } from '../types';
import type { TokenList } from '../names/lexicon';
import { findNameHits, type NameHit } from '../names/matcher';
import type { AliasEntry } from '../names/aliases';
import { resolveEntries } from '../names/resolve';
import type { InferContext } from './context';
import { commentQuotes, overlapsAny, type QuoteSpan } from './masks';

export interface ResolvedHit extends NameHit {
  participantId: string;
  /** True when every alias this hit matched is also an ordinary word ("Bill", "Will"). */
  wordLike: boolean;
}

export interface CommentNames {
  tokens: TokenList;
  quotes: QuoteSpan[];
  masked: (start: number, end: number) => boolean;
  hits: ResolvedHit[];
  ambiguous: NameIssue[];
}

/** The mask of a comment without quotations. */
const NOTHING_MASKED = (): boolean => false;

/** The display name of the participant `id` among a hit's entries (the alternatives of a resolution all are). */
function nameIn(entries: readonly AliasEntry[], id: string): string {
  for (const e of entries) if (e.participantId === id) return e.name;
  return id;
}

/** `tokens` (and `quotes`, when already found) are the comment's, from the thread's lexicon. */
export function analyseNames(
  ctx: InferContext, comment: Comment, tokens: TokenList = ctx.lexicon.tokenize(comment.text),
  quotes: QuoteSpan[] = commentQuotes(comment.text, tokens),
): CommentNames {
  const masked = quotes.length > 0 ? overlapsAny(quotes) : NOTHING_MASKED;
  const hits: ResolvedHit[] = [];
  const ambiguous: NameIssue[] = [];
  for (const hit of findNameHits(comment.text, ctx.aliases, tokens, masked)) {
    const r = resolveEntries(hit.entries, comment.index, comment.authorId, ctx.lastSpoke, ctx.nextSpoke);
    if (!r) continue;
    let chosen = hit.entries[0]!;
    for (const e of hit.entries) if (e.participantId === r.participantId) { chosen = e; break; }
    hits.push({
      start: hit.start, end: hit.end, nameStart: hit.nameStart, nameEnd: hit.nameEnd, tokenIndex: hit.tokenIndex,
      tokenCount: hit.tokenCount, entries: hit.entries, honorific: hit.honorific, handle: hit.handle,
      participantId: r.participantId, wordLike: chosen.wordLike && hit.tokenCount === 1,
    });
    if (r.alternatives.length > 0 && r.participantId !== comment.authorId) {
      const candidates = [chosen.name];
      for (const id of r.alternatives) candidates.push(nameIn(hit.entries, id));
      ambiguous.push({ commentIndex: comment.index, text: comment.text.slice(hit.start, hit.end), candidates, chosen: chosen.name });
    }
  }
  return { tokens, quotes, masked, hits, ambiguous };
}
