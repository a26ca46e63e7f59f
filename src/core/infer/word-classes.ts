/**
 * Word classes the signals ask the lexicon about, computed once per distinct word so a signal
 * can skip a comment without scanning its text again.
 */

/** Words a post reference is built on ("post 9", "comment #12", "the previous reply"). */
export const REFERENCE_WORD = 1;

const REFERENCE = /^(post|comment|message|repl|msg|entry)/;

export function wordClasses(norm: string): number {
  return REFERENCE.test(norm) ? REFERENCE_WORD : 0;
}
