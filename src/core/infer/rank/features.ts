/**
 * The features the reply scorer reads, one name per feature so that fitted weights stay
 * readable. A comment's candidates are the earlier comments it may answer plus "none" (it
 * starts a new conversation or answers the article); candidate features describe the pair
 * (this comment, that earlier comment), "none" features describe this comment alone.
 */

export const CANDIDATE_FEATURES = [
  /** Strength (0..1) of a salutation naming the candidate's author, when the candidate is their latest comment. */
  'salutation',
  /** Strength of a name mention of the candidate's author, when the candidate is their latest comment. */
  'mention',
  /** A salutation or mention of the candidate's author, but the candidate is not their latest comment. */
  'namedOlder',
  /** Strength of a quotation of the candidate's words (or an attribution line naming its author). */
  'quote',
  /** Strength of a reference to the candidate by number or position. */
  'reference',
  /** This comment names someone, but not the candidate's author. */
  'namesSomeoneElse',
  /** The candidate is by this comment's author: a continuation of their own turn. */
  'sameAuthor',
  /** The candidate is this author's own latest comment. */
  'ownLatest',
  /** The candidate is its author's latest comment so far. */
  'authorsLatest',
  /** Gap of 1, 2, 3, 4–5, 6–10, 11–20 and over 20 comments, system lines not counted (one of them is 1). */
  'gap1', 'gap2', 'gap3', 'gap4to5', 'gap6to10', 'gap11to20', 'gapOver20',
  /** log(1 + minutes between the two comments); 0 when either time is unknown. */
  'logMinutes',
  /** Either time is unknown (or known to the day only). */
  'timeUnknown',
  /** The candidate named or quoted this comment's author. */
  'candidateAddressedAuthor',
  /** The two authors have named or quoted each other before, within the window. */
  'talkedBefore',
  /** The candidate asks a question. */
  'candidateAsks',
  /** The candidate asks and this comment does not: question and answer. */
  'questionAnswer',
  /** This comment's author wrote another comment since the candidate. */
  'authorSpokeSince',
  /** The candidate's own parent (as scored when it was read) is by this comment's author. */
  'candidateAnsweredAuthor',
  /** This author's previous comment answered the candidate's author (as scored). */
  'continuesExchange',
  /** The candidate was scored to answer nobody: it opened a conversation. */
  'candidateOpened',
  /** log(1 + rare words of four letters or more that both comments use). */
  'sharedRareWords',
] as const;

export const NONE_FEATURES = [
  /** Constant: the prior of starting a new conversation. */
  'noneBias',
  /** This comment names, quotes or references someone. */
  'noneHasCue',
  /** This comment asks a question. */
  'noneAsks',
  /** This comment opens with a greeting or a call to anyone ("hi all", "anyone know..."). */
  'noneOpensCall',
  /** This is the author's first comment in the thread. */
  'noneFirstComment',
  /** log(1 + minutes since the author's previous comment); 0 when unknown or first. */
  'noneLogSilence',
  /** log(1 + words in this comment). */
  'noneLogWords',
] as const;

export type CandidateFeature = (typeof CANDIDATE_FEATURES)[number];
export type NoneFeature = (typeof NONE_FEATURES)[number];
export type FeatureName = CandidateFeature | NoneFeature;

/** Every feature in one vector: candidate features first, then "none" features. */
export const FEATURES: readonly FeatureName[] = [...CANDIDATE_FEATURES, ...NONE_FEATURES];
export const FEATURE_COUNT = FEATURES.length;

export const FEATURE_INDEX = Object.fromEntries(FEATURES.map((f, i) => [f, i])) as Record<FeatureName, number>;

const GAP_FEATURES: readonly number[] = ['gap1', 'gap2', 'gap3', 'gap4to5', 'gap6to10', 'gap11to20', 'gapOver20']
  .map((f) => FEATURE_INDEX[f as CandidateFeature]);

/** Index of the one-hot gap feature for a position gap of `gap` (≥ 1) comments. */
export function gapFeature(gap: number): number {
  const bucket = gap <= 3 ? gap - 1 : gap <= 5 ? 3 : gap <= 10 ? 4 : gap <= 20 ? 5 : 6;
  return GAP_FEATURES[bucket]!;
}
