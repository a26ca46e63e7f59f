/**
 * Recognises the heading that separates an article from its comment section in pasted page
 * text ("Reader Comments (69)", "12 Comments", "Responses", "5 thoughts on “Title”").
 */

const HEADING_PATTERNS: RegExp[] = [
  /^(reader\s+)?(comments?|responses?|replies|discussion|reactions?)\s*(\(\d+\))?:?$/i,
  /^\d+\s+(reader\s+)?(comments?|responses?|replies|thoughts?|reactions?)\b.{0,120}$/i,
  /^(one|two|three|four|five|six|seven|eight|nine|ten)\s+(comments?|responses?|replies|thoughts?)\b.{0,120}$/i,
  /^(show|view|read)\s+(all\s+)?\d*\s*comments?$/i,
];

/** True when the line looks like a comment-section heading. */
export function isCommentsHeading(line: string): boolean {
  const t = line.trim();
  if (t.length === 0 || t.length > 140) return false;
  return HEADING_PATTERNS.some((re) => re.test(t));
}

/** 0-based index of the last comments heading before `before` (exclusive), or -1. */
export function findCommentsHeading(lines: string[], before: number): number {
  for (let i = Math.min(before, lines.length) - 1; i >= 0; i--) {
    if (isCommentsHeading(lines[i]!)) return i;
  }
  return -1;
}
