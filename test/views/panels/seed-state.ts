/**
 * Test helper: an app store with the seed thread loaded (the bundled sample the app opens).
 */
import { readFileSync } from 'node:fs';
import { ingest } from '../../../src/core/pipeline';
import { createStore, type Store } from '../../../src/store/store';
import { initialState, type SourceInfo } from '../../../src/store/state';

const seed = ingest(readFileSync(new URL('../../../seeds/000_be01d75ba33c9c53.txt', import.meta.url), 'utf8'));
export const seedData = { thread: seed.thread, replies: seed.replies, report: seed.report };
export const seedSource: SourceInfo = { kind: 'sample', label: 'Blog interview, 25 comments (page text)', sampleId: 'seed' };

export function seedStore(): Store {
  const store = createStore(initialState());
  store.dispatch({ type: 'load/start', source: seedSource });
  store.dispatch({ type: 'load/done', source: seedSource, data: seedData });
  return store;
}
