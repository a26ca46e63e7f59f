/**
 * Scores for reply inference against gold structure: link precision/recall/F over
 * (message, parent) pairs, coverage, and the IRC rule of Kummerfeld et al. (ACL 2019)
 * where a message with no predicted parent counts as a self-link (a new conversation).
 */

/** Each scored item (comment id or line) → the set of things it links to (parents or participants). */
export type LinkSets<K = string> = ReadonlyMap<K, ReadonlySet<K>>;

/** Counts behind a score, kept so that several files can be summed before dividing. */
export interface LinkCounts {
  matched: number;
  predicted: number;
  gold: number;
}

export interface Prf extends LinkCounts {
  precision: number;
  recall: number;
  f: number;
}

export interface Coverage {
  covered: number;
  total: number;
  share: number;
}

/** Precision, recall and F1 from counts; an empty denominator gives 0. */
export function prfFromCounts(counts: LinkCounts): Prf {
  const precision = counts.predicted > 0 ? counts.matched / counts.predicted : 0;
  const recall = counts.gold > 0 ? counts.matched / counts.gold : 0;
  const f = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { ...counts, precision, recall, f };
}

export function addCounts(a: LinkCounts, b: LinkCounts): LinkCounts {
  return { matched: a.matched + b.matched, predicted: a.predicted + b.predicted, gold: a.gold + b.gold };
}

export const NO_COUNTS: LinkCounts = { matched: 0, predicted: 0, gold: 0 };

/**
 * Counts (item, target) pairs over the scored items: predicted pairs, gold pairs and pairs in
 * both. Items missing from a map have no links there. Only `scored` items count.
 */
export function countLinks<K>(predicted: LinkSets<K>, gold: LinkSets<K>, scored: Iterable<K>): LinkCounts {
  let matched = 0, nPredicted = 0, nGold = 0;
  for (const item of scored) {
    const p = predicted.get(item);
    const g = gold.get(item);
    nPredicted += p?.size ?? 0;
    nGold += g?.size ?? 0;
    if (p && g) for (const target of p) if (g.has(target)) matched++;
  }
  return { matched, predicted: nPredicted, gold: nGold };
}

/** Link P/R/F over the scored items (comment → parent comment, or comment → participant). */
export function linkScores<K>(predicted: LinkSets<K>, gold: LinkSets<K>, scored: Iterable<K>): Prf {
  return prfFromCounts(countLinks(predicted, gold, scored));
}

/** Share of the given items that have at least one predicted link. */
export function coverage<K>(predicted: LinkSets<K>, items: Iterable<K>): Coverage {
  let covered = 0, total = 0;
  for (const item of items) {
    total++;
    if ((predicted.get(item)?.size ?? 0) > 0) covered++;
  }
  return { covered, total, share: total > 0 ? covered / total : 0 };
}

/** The predicted parents of one message under the IRC rule: none predicted means a self-link. */
export function withSelfLink<K>(message: K, parents: ReadonlySet<K> | undefined): ReadonlySet<K> {
  return parents && parents.size > 0 ? parents : new Set([message]);
}

/**
 * IRC link counts as in Kummerfeld et al. (ACL 2019): for each scored message the gold parents
 * (self-links included, as annotated) and the predicted parents (a self-link when none are
 * predicted); matched = (message, parent) pairs in both; precision = matched / predicted links,
 * recall = matched / gold links.
 */
export function ircLinkCounts<K>(predicted: LinkSets<K>, gold: LinkSets<K>, scored: Iterable<K>): LinkCounts {
  const completed = new Map<K, ReadonlySet<K>>();
  const items = [...scored];
  for (const message of items) completed.set(message, withSelfLink(message, predicted.get(message)));
  return countLinks(completed, gold, items);
}

export function ircLinkScores<K>(predicted: LinkSets<K>, gold: LinkSets<K>, scored: Iterable<K>): Prf {
  return prfFromCounts(ircLinkCounts(predicted, gold, scored));
}
