/**
 * The signals whose replies are shown unless the user says otherwise: all but adjacency
 * (replies found by position and time alone), and adjacency too in chat logs, where people
 * answer whatever just scrolled by and the scorer was fitted to judge that.
 */
import type { Format, Signal } from '../types';

export const DEFAULT_SIGNALS: readonly Signal[] = ['explicit', 'salutation', 'mention', 'quote', 'reference'];

export function defaultSignals(format: Format): readonly Signal[] {
  return format === 'chat' ? [...DEFAULT_SIGNALS, 'adjacency'] : DEFAULT_SIGNALS;
}
