/**
 * Evaluation case for a Zulip topic (a JSON array of `{content, id, sender_full_name,
 * timestamp}` messages, content in HTML), read by the project's JSON parser as `ingest` reads
 * it. Gold comes from the corpus's `gold.csv` (`file, message_id, …, quote_reply_to_ids`): the
 * messages a quote-reply quotes ("Name said:" + blockquote, ids joined by `;`), kept when they
 * are in the same file. Zulip topics are flat streams, so only the messages with such a target
 * have gold: they alone are scored.
 */
import { InputError } from '../errors';
import { parseInput } from '../parse/index';
import { buildThread } from '../thread';
import type { EvalCase } from './datasets';
import { goldLinks } from './gold-links';
import { readGoldTable } from './gold-table';
import { hideParentIds } from './hide-parents';

const GOLD_COLUMNS = ['file', 'message_id', 'quote_reply_to_ids'];

/**
 * `goldFile` is the topic's name in gold.csv's `file` column. Throws when a gold row names a
 * message the parser did not read, so that gold and input cannot silently drift apart.
 */
export function loadZulipCase(name: string, topicJson: string, goldCsv: string, goldFile: string): EvalCase {
  const parsed = parseInput(topicJson, { format: 'json', fileName: goldFile });
  const { thread } = buildThread(hideParentIds(parsed));
  const inFile = new Set(thread.comments.map((c) => c.id));
  const rows = readGoldTable(goldCsv, GOLD_COLUMNS).filter((r) => r.cell('file') === goldFile);
  if (rows.length === 0) {
    throw new InputError('BAD_ANNOTATION', `gold.csv has no rows for "${goldFile}" (the gold of ${name}).`, {
      hint: 'The file column of gold.csv must name the topic file.',
    });
  }
  const targets = new Map<string, string[]>();
  for (const r of rows) {
    const id = r.cell('message_id');
    if (!inFile.has(id)) {
      throw new InputError('BAD_ANNOTATION', `${name}: gold.csv row ${r.row} names message ${id}, which is not among the ${thread.comments.length} messages read from the topic file.`, {
        line: r.row, unit: 'row', hint: 'Check that the topic file and gold.csv are unchanged from the corpus.',
      });
    }
    const quoted = r.cell('quote_reply_to_ids').split(';').map((s) => s.trim()).filter((t) => inFile.has(t) && t !== id);
    if (quoted.length > 0) targets.set(id, quoted);
  }
  const { goldParents, goldTargets } = goldLinks(thread, (id) => targets.get(id));
  const scored = thread.comments.filter((c) => goldParents.has(c.id)).map((c) => c.id);
  return { name, kind: 'zulip', thread, scored, goldParents, goldTargets };
}
