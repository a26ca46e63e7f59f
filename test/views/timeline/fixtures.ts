/**
 * Test inputs for the timeline: the seed thread (dates only) and two chat fixtures (times to the
 * minute, system lines), run through the real pipeline and the store's reply filter.
 */
import { readFileSync } from 'node:fs';
import { ingest } from '../../../src/core/pipeline';
import { filterReplies } from '../../../src/core/graph/build';
import { buildTimelineModel } from '../../../src/views/timeline/model';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

export function seedIngest() {
  return ingest(read('../../../seeds/000_be01d75ba33c9c53.txt'));
}

export function chatIngest(file: 'irssi-gardening.log' | 'whatsapp-allotment.txt' | 'ubuntu-irc-excerpt.txt') {
  return ingest(read(`../../fixtures/chat/${file}`), { fileName: file });
}

/** Model of an ingested thread with the replies the app shows by default (confidence ≥ 0.5, no adjacency). */
export function modelOf(ingested: ReturnType<typeof seedIngest>) {
  const replies = filterReplies(ingested.replies, { minConfidence: 0.5 });
  return { thread: ingested.thread, replies, model: buildTimelineModel(ingested.thread, replies) };
}
