/**
 * Participant search: a case-insensitive substring match on the label, also ignoring accents
 * ("rene" finds "René") and runs of spaces, so what is typed in the search box finds a name
 * however it is written in the thread.
 */

/** Lower case, accents removed, whitespace collapsed and trimmed. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Ids whose label contains the query; null when the query is blank (no search active). */
export function searchMatches(nodes: Iterable<readonly [id: string, label: string]>, query: string): Set<string> | null {
  const q = foldForSearch(query);
  if (!q) return null;
  const found = new Set<string>();
  for (const [id, label] of nodes) if (foldForSearch(label).includes(q)) found.add(id);
  return found;
}
