/**
 * Seeded synthetic threads for benchmarks: realistic shape (a few hundred words of vocabulary
 * per topic, people who answer recent speakers by name, quote earlier comments, cite post
 * numbers), written as CSV text so the benchmark measures the real parser too.
 */
import { mulberry32, randomInt, type Rng } from '../core/graph/random';
import { toCsv } from '../core/export/csv';

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'ten', 'vo', 'shi', 'an', 'del', 'po', 'ur', 'bex', 'si', 'nor', 'ga', 'tu', 'rel', 'fa', 'zo', 'qui'];
/** Names are built from other syllables than words, as real names rarely double as the thread's words. */
const NAME_SYLLABLES = ['ar', 'bel', 'cor', 'dan', 'ev', 'fin', 'gil', 'hal', 'iv', 'jor', 'kel', 'lin', 'mar', 'nod', 'os', 'per', 'quin', 'ros', 'sol', 'tam', 'ul', 'ver', 'wyn', 'yar'];
const FUNCTION_WORDS = ['the', 'a', 'of', 'to', 'and', 'in', 'is', 'that', 'it', 'for', 'not', 'but', 'we', 'you', 'this', 'on', 'with', 'as', 'are', 'be'];

function word(rng: Rng, syllables: number, from: readonly string[] = SYLLABLES): string {
  let w = '';
  for (let i = 0; i < syllables; i++) w += from[randomInt(rng, from.length)];
  return w;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A thread of `n` comments as CSV (id,author,date,text). Same seed, same bytes. */
export function syntheticThreadCsv(n: number, seed = 42): string {
  const rng = mulberry32(seed);
  const people = Array.from({ length: Math.max(5, Math.min(20_000, Math.round(n / 5))) }, (_, i) => `${capital(word(rng, 3, NAME_SYLLABLES))} ${capital(word(rng, 3, NAME_SYLLABLES))}${i}`);
  const vocab = Array.from({ length: 5000 }, () => word(rng, 1 + randomInt(rng, 3)));
  const texts: string[] = [];
  const authors: number[] = [];
  const rows: (string | number)[][] = [];
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < n; i++) {
    // Conversations cluster: most authors come from a small recent window.
    const author = i > 10 && rng() < 0.7 ? authors[i - 1 - randomInt(rng, Math.min(i, 10))]! : randomInt(rng, people.length);
    const words: string[] = [];
    const length = 15 + randomInt(rng, 60);
    for (let k = 0; k < length; k++) words.push(rng() < 0.4 ? FUNCTION_WORDS[randomInt(rng, FUNCTION_WORDS.length)]! : vocab[randomInt(rng, vocab.length)]!);
    let text = words.join(' ') + '.';
    const r = rng();
    if (i > 0 && r < 0.45) {
      const target = authors[i - 1 - randomInt(rng, Math.min(i, 8))]!;
      text = `${people[target]!.split(' ')[0]},\n${text}`;
    } else if (i > 0 && r < 0.6) {
      const j = i - 1 - randomInt(rng, Math.min(i, 20));
      const src = texts[j]!.split(/\s+/);
      const at = randomInt(rng, Math.max(1, src.length - 8));
      text = `"${src.slice(at, at + 6).join(' ').replace(/[".]/g, '')}" ${text}`;
    } else if (i > 5 && r < 0.65) {
      text = `${text} See post ${1 + randomInt(rng, i)}.`;
    }
    texts.push(text);
    authors.push(author);
    rows.push([`m${i + 1}`, people[author]!, new Date(start + i * 60_000).toISOString(), text]);
  }
  return toCsv(['id', 'author', 'date', 'text'], rows);
}
