/**
 * Bundled sample threads (see data/README.md): the seed opens by default.
 */
import seedText from '../../seeds/000_be01d75ba33c9c53.txt?raw';
import seedCsv from '../../data/seed-comments.csv?raw';
import seedJson from '../../data/seed-comments.json?raw';
import seedWordpress from '../../data/seed-comments-wordpress.txt?raw';
import ccLabsWxr from '../../data/cc-labs-excerpt.wxr.xml?raw';
import ubuntuIrc from '../../data/ubuntu-irc-2011-05-29.txt?raw';

export interface Sample {
  id: string;
  label: string;
  fileName: string;
  text: string;
}

export const SAMPLES: readonly Sample[] = [
  { id: 'seed', label: 'Blog interview, 25 comments (page text)', fileName: '000_be01d75ba33c9c53.txt', text: seedText },
  { id: 'seed-csv', label: 'Same comments as CSV', fileName: 'seed-comments.csv', text: seedCsv },
  { id: 'seed-json', label: 'Same comments as JSON', fileName: 'seed-comments.json', text: seedJson },
  { id: 'seed-wordpress', label: 'Same comments as WordPress page text', fileName: 'seed-comments-wordpress.txt', text: seedWordpress },
  { id: 'cc-labs-wxr', label: 'WordPress export: 3 posts of a tech blog', fileName: 'cc-labs-excerpt.wxr.xml', text: ccLabsWxr },
  { id: 'ubuntu-irc', label: 'IRC help channel, 250 lines (chat log)', fileName: 'ubuntu-irc-2011-05-29.txt', text: ubuntuIrc },
];

export const DEFAULT_SAMPLE = 'seed';

export function findSample(id: string | undefined): Sample | undefined {
  return SAMPLES.find((s) => s.id === id);
}
