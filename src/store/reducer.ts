/**
 * The app's state transitions: small pure functions from (state, action) to a new state.
 * Invalid values are clamped or ignored, never stored.
 */
import { SIGNALS, type Signal } from '../core/types';
import { DEFAULT_SIGNALS, defaultSignals } from '../core/infer/default-signals';
import type { Action } from './actions';
import type { AppState, Selection, ViewState } from './state';
import { defaultView } from './state';

function clamp01(v: number): number {
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}

/** Keeps a selection only if it names something in the loaded thread. */
function validSelection(state: AppState, sel: Selection | null): Selection | null {
  const data = state.data;
  if (!sel || !data) return null;
  const has = (id: string) => data.thread.participants.some((p) => p.id === id);
  if (sel.kind === 'participant') return has(sel.id) ? sel : null;
  if (sel.kind === 'edge') return has(sel.source) && has(sel.target) ? sel : null;
  return data.thread.comments.some((c) => c.id === sel.id) ? sel : null;
}

function validWindow(state: AppState, w: [number, number] | null): [number, number] | null {
  const n = state.data?.thread.comments.length ?? 0;
  if (!w || n === 0) return null;
  const from = Math.max(1, Math.min(Math.round(w[0]), Math.round(w[1])));
  const to = Math.min(n, Math.max(Math.round(w[0]), Math.round(w[1])));
  if (from > to || (from === 1 && to === n)) return null;
  return [from, to];
}

function sameSignals(a: readonly Signal[], b: readonly Signal[]): boolean {
  return a.length === b.length && a.every((s) => b.includes(s));
}

function withView(state: AppState, view: Partial<ViewState>): AppState {
  return { ...state, view: { ...state.view, ...view } };
}

/** A topic some comment of the thread has, else null (all topics). */
function validTopic(state: AppState, topic: string | null): string | null {
  if (topic === null || !state.data) return null;
  return state.data.thread.comments.some((c) => c.topic === topic) ? topic : null;
}

export function reduce(state: AppState, action: Action): AppState {
  switch (action.type) {
    case 'load/start':
      return { ...state, status: { phase: 'loading', progress: 0, message: `Reading ${action.source.label}…`, error: null } };
    case 'load/progress':
      return state.status.phase === 'loading' ? { ...state, status: { ...state.status, progress: clamp01(action.progress), message: action.message } } : state;
    case 'load/done': {
      const loaded: AppState = { ...state, source: action.source, data: action.data, hover: null, status: { phase: 'ready', progress: 1, message: '', error: null } };
      // A new thread keeps the filters but not what pointed into the old one. Signals left at
      // the default follow the new thread's kind (chat logs add adjacency).
      const before = state.data ? defaultSignals(state.data.thread.format) : DEFAULT_SIGNALS;
      const untouched = sameSignals(state.view.signals, before) || sameSignals(state.view.signals, DEFAULT_SIGNALS);
      return withView(loaded, {
        selection: validSelection(loaded, state.view.selection),
        timeWindow: validWindow(loaded, state.view.timeWindow),
        topic: validTopic(loaded, state.view.topic),
        ...(untouched ? { signals: [...defaultSignals(action.data.thread.format)] } : {}),
      });
    }
    case 'load/fail':
      // The thread already shown stays; only the status reports the error.
      return {
        ...state,
        status: { phase: state.data ? 'ready' : 'error', progress: 0, message: '', error: action.error, ...(action.retry ? { retry: action.retry } : {}) },
      };
    case 'view/minConfidence':
      return withView(state, { minConfidence: Math.round(clamp01(action.value) * 100) / 100 });
    case 'view/toggleSignal': {
      const on = state.view.signals.includes(action.signal);
      const signals = on ? state.view.signals.filter((s) => s !== action.signal) : [...state.view.signals, action.signal];
      return withView(state, { signals: SIGNALS.filter((s) => signals.includes(s)) });
    }
    case 'view/signals':
      return withView(state, { signals: SIGNALS.filter((s) => action.signals.includes(s)) });
    case 'view/sizeBy':
      return withView(state, { sizeBy: action.metric });
    case 'view/colorBy':
      return withView(state, { colorBy: action.attribute });
    case 'view/select':
      return withView(state, { selection: validSelection(state, action.selection) });
    case 'view/hover':
      return { ...state, hover: validSelection(state, action.hover) };
    case 'view/timeWindow':
      return withView(state, { timeWindow: validWindow(state, action.window) });
    case 'view/topic':
      return withView(state, { topic: validTopic(state, action.topic) });
    case 'view/search':
      return withView(state, { search: action.text.slice(0, 200) });
    case 'view/replace': {
      const base = { ...defaultView(), ...action.view };
      return withView(state, {
        ...base,
        minConfidence: clamp01(base.minConfidence),
        signals: SIGNALS.filter((s) => base.signals.includes(s)),
        selection: validSelection(state, base.selection),
        timeWindow: validWindow(state, base.timeWindow),
        topic: validTopic(state, base.topic),
      });
    }
  }
}
