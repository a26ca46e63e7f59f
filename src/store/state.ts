/**
 * The app's state as plain data: the loaded thread, the view settings that a shared link
 * restores (filters, metrics, selection, time window, topic, search), and the loading status.
 */
import type { Format, Report, Reply, Signal, Thread } from '../core/types';
import type { ColumnChoice } from '../core/errors';
import { DEFAULT_SIGNALS } from '../core/graph/build';

/** Node metrics the network can size or colour participants by. */
export const NODE_METRICS = ['comments', 'words', 'inWeight', 'outWeight', 'degree', 'replyRank'] as const;
export type NodeMetric = (typeof NODE_METRICS)[number];
export const COLOR_ATTRIBUTES = ['community', ...NODE_METRICS] as const;
export type ColorAttribute = (typeof COLOR_ATTRIBUTES)[number];

export type Selection =
  | { kind: 'participant'; id: string }
  | { kind: 'edge'; source: string; target: string }
  | { kind: 'comment'; id: string };

export interface ViewState {
  minConfidence: number;
  signals: Signal[];
  sizeBy: NodeMetric;
  colorBy: ColorAttribute;
  selection: Selection | null;
  /** Inclusive range of 1-based comment indexes brushed on the timeline; null = whole thread. */
  timeWindow: [number, number] | null;
  /** The one discussion shown when the thread holds several (a post of a blog export); null = all. */
  topic: string | null;
  search: string;
}

/** Where the shown thread came from: a bundled sample can be reopened from a link, a file cannot. */
export interface SourceInfo {
  kind: 'sample' | 'file' | 'paste';
  label: string;
  sampleId?: string;
}

export interface ThreadData {
  thread: Thread;
  replies: Reply[];
  report: Report;
}

/**
 * How a failed input can be read again: as another format, and, when no author or text column
 * (or field) was recognised, with columns chosen by hand.
 */
export interface RetryOffer {
  /** The format the input was read as (the detected one, unless one was asked for). */
  format: Format;
  /** The format the content looks like, when the one asked for could not read it. */
  suggested?: Format;
  columns?: ColumnChoice;
}

export interface Status {
  phase: 'idle' | 'loading' | 'ready' | 'error';
  /** 0..1 while loading. */
  progress: number;
  message: string;
  /** The last load error; the thread already shown stays. */
  error: string | null;
  /** How the input that failed can be read again (another format, columns chosen by hand). */
  retry?: RetryOffer;
}

export interface AppState {
  source: SourceInfo | null;
  data: ThreadData | null;
  view: ViewState;
  status: Status;
  /** What the pointer is over (not part of a shared link). */
  hover: Selection | null;
}

export const DEFAULT_MIN_CONFIDENCE = 0.5;

export function defaultView(): ViewState {
  return {
    minConfidence: DEFAULT_MIN_CONFIDENCE,
    signals: [...DEFAULT_SIGNALS],
    sizeBy: 'comments',
    colorBy: 'community',
    selection: null,
    timeWindow: null,
    topic: null,
    search: '',
  };
}

export function initialState(): AppState {
  return {
    source: null,
    data: null,
    view: defaultView(),
    status: { phase: 'idle', progress: 0, message: '', error: null },
    hover: null,
  };
}
