/**
 * Strengths of each kind of cue evidence, in one place: how strongly the words themselves
 * point at someone. They are inputs to the reply scorer (src/core/infer/rank), whose fitted
 * weights and calibration turn them into probabilities; they are not probabilities themselves.
 */
export const WEIGHTS = {
  explicit: 0.99,
  /** A name opening the comment ("Ann," on the first line). */
  salutationFirstLine: 0.95,
  /** A name opening a later paragraph. */
  salutationParagraph: 0.9,
  /** A name opening a later line inside a paragraph. */
  salutationLine: 0.82,
  /** ", Name." or "Name!" closing a sentence. */
  vocative: 0.78,
  /** Factor applied when the name was matched through a small typo. */
  typoFactor: 0.92,
  /** A name inside the text, when the comment addresses nobody else by salutation. */
  mention: 0.55,
  /** A name inside the text of a comment that opens by addressing someone else. */
  mentionBeside: 0.35,
  /** An "@handle" inside the text. */
  handleMention: 0.75,
  /** Words in quotation marks (or "> " lines) found in an earlier comment. */
  quoteMarked: 0.85,
  /** Words quoted inside a quotation ("> > "): the quoted message was answering them. */
  quoteNested: 0.25,
  /** An attribution line naming the quoted person ("On ..., NAME wrote:", "NAME said:"). */
  quoteAttribution: 0.88,
  /** A long run of words copied from an earlier comment without quotation marks. */
  quoteCopied: 0.7,
  /** "post 9", "comment #12", ">>1234". */
  reference: 0.8,
  /** "#12" alone. */
  referenceHash: 0.6,
  /** "the previous comment", "the post above". */
  referenceRelative: 0.5,
} as const;

/**
 * Combines independent pieces of evidence for one target: 1 - Π(1 - c), at most 0.995 (1 when
 * one piece is all but certain). Reads the pieces' confidences in place: a list of them would be
 * whole numbers for some comments and fractions for others, two array shapes the engine's
 * optimised code would have to be thrown away for.
 */
export function combineConfidence(pieces: readonly { readonly confidence: number }[]): number {
  let miss = 1;
  let certain = false;
  for (let k = 0; k < pieces.length; k++) {
    const c = pieces[k]!.confidence;
    miss *= 1 - c;
    if (c >= 0.99) certain = true;
  }
  return Math.min(1 - miss, certain ? 1 : 0.995);
}
