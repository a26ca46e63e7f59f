/**
 * Header names that are an author followed by the person answered, as Disqus prints replies
 * ("Priya Rao Kevin Wu • 3 years ago"), for the parser of unknown platforms (generic.ts): the
 * name is split, and the comment becomes a reply to that person's latest comment above.
 */
import type { RawComment } from '../../types';
import type { Marker } from './marker-shape';
import { looksLikeName } from './name-like';

/**
 * Splits header names that are an author followed by the person answered. A name splits into
 * two parts that each look like a name when both parts are names of other headers, or when one
 * is and has two words or more (so that "Kevin Wu" never splits for a "Wu" alone). Of several
 * splits, the one whose known part is longest wins. Returns how many names were split.
 */
export function splitAnsweredNames(markers: Marker[]): number {
  const known = new Set(markers.map((m) => m.name));
  let split = 0;
  for (const marker of markers) {
    const words = marker.name.split(/\s+/);
    let best: { author: string; answers: string; score: number } | undefined;
    for (let k = 1; k < words.length; k++) {
      const author = words.slice(0, k).join(' ');
      const answers = words.slice(k).join(' ');
      if (!looksLikeName(author) || !looksLikeName(answers)) continue;
      const authorKnown = known.has(author);
      const answersKnown = known.has(answers);
      const score = authorKnown && answersKnown ? 100 + words.length
        : answersKnown && words.length - k >= 2 ? words.length - k
          : authorKnown && k >= 2 ? k : 0;
      if (score > 0 && (!best || score > best.score)) best = { author, answers, score };
    }
    if (!best) continue;
    marker.name = best.author;
    marker.answers = best.answers;
    split++;
  }
  return split;
}

/**
 * Gives the comments ids (c1, c2, ... as threads without ids get) and each comment whose header
 * names the person answered a parent: that person's latest comment above. Notes how many.
 */
export function linkAnswered(comments: RawComment[], markers: readonly Marker[], notes: string[]): void {
  const latest = new Map<string, string>();
  let linked = 0;
  comments.forEach((comment, i) => {
    comment.id = `c${i + 1}`;
    const answers = markers[i]!.answers;
    const parent = answers !== undefined ? latest.get(answers) : undefined;
    if (parent !== undefined) {
      comment.parentId = parent;
      linked++;
    }
    latest.set(comment.author, comment.id);
  });
  const named = markers.filter((m) => m.answers !== undefined).length;
  const unplaced = named - linked;
  notes.push(
    `${named} comment header(s) name the person answered after the author, as Disqus prints replies: read as replies to that person's latest comment above` +
    (unplaced > 0 ? ` (${unplaced} answer someone with no comment above, and keep no parent).` : '.'),
  );
}
