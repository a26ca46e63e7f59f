/**
 * The filter and display controls: minimum confidence slider, one checkbox per signal (with
 * how many replies it would show), size-by and colour-by metrics, the post to show when the
 * thread holds several (a blog export), a debounced search box (`/` puts the cursor in it) and
 * "Clear time window" while a window is brushed. The controls follow the state, so a link or
 * another view changing the filters is reflected here.
 */
import { SIGNALS, type Signal } from '../../core/types';
import { TID } from '../testids';
import type { Store } from '../../store/store';
import { COLOR_ATTRIBUTES, NODE_METRICS, type AppState, type ColorAttribute, type NodeMetric } from '../../store/state';
import { button, clear, h, inOpenDialog, typingInto } from './dom';
import { SIGNAL_HINTS, SIGNAL_LABELS, metricLabel } from './labels';
import { signalCounts } from './summary-model';
import { threadTopics } from '../../store/derived';

export const SEARCH_DEBOUNCE_MS = 150;

function metricSelect<T extends string>(testid: string, label: string, values: readonly T[], onPick: (v: T) => void): { wrap: HTMLElement; select: HTMLSelectElement } {
  const select = h('select', { testid }, ...values.map((v) => h('option', { attrs: { value: v } }, metricLabel(v as NodeMetric))));
  select.addEventListener('change', () => {
    if ((values as readonly string[]).includes(select.value)) onPick(select.value as T);
  });
  return { wrap: h('label', { className: 'control' }, h('span', { className: 'control-label' }, label), select), select };
}

export function mountControls(el: HTMLElement, store: Store): () => void {
  const win = el.ownerDocument.defaultView ?? window;

  // Minimum confidence: coalesced to one dispatch per frame while dragging.
  const slider = h('input', { type: 'range', testid: TID.confidence, attrs: { min: '0', max: '1', step: '0.05', 'aria-label': 'Minimum confidence' } });
  const sliderValue = h('output', { testid: TID.confidenceValue, className: 'control-value' });
  let frame: number | null = null;
  const flushSlider = () => {
    if (frame !== null) win.cancelAnimationFrame(frame);
    frame = null;
    store.dispatch({ type: 'view/minConfidence', value: Number(slider.value) });
  };
  slider.addEventListener('input', () => {
    sliderValue.textContent = Number(slider.value).toFixed(2);
    if (frame === null) frame = win.requestAnimationFrame(flushSlider);
  });
  slider.addEventListener('change', flushSlider);

  // Signals.
  const toggles = new Map<Signal, { input: HTMLInputElement; count: HTMLElement }>();
  const signalBox = h('fieldset', { className: 'signals' }, h('legend', {}, 'Signals'));
  for (const s of SIGNALS) {
    const input = h('input', { type: 'checkbox', testid: TID.signalToggle(s) });
    input.addEventListener('change', () => store.dispatch({ type: 'view/toggleSignal', signal: s }));
    const count = h('span', { className: 'signal-count muted' });
    toggles.set(s, { input, count });
    signalBox.append(h('label', { className: `signal signal-${s}`, title: SIGNAL_HINTS[s] }, input, ` ${SIGNAL_LABELS[s]} `, count));
  }

  const size = metricSelect<NodeMetric>(TID.sizeBy, 'Size by', NODE_METRICS, (metric) => store.dispatch({ type: 'view/sizeBy', metric }));
  const color = metricSelect<ColorAttribute>(TID.colorBy, 'Colour by', COLOR_ATTRIBUTES, (attribute) => store.dispatch({ type: 'view/colorBy', attribute }));

  // Search, debounced.
  const search = h('input', { type: 'search', testid: TID.search, attrs: { placeholder: 'Name or words…', 'aria-label': 'Search names and comment text', maxlength: '200' } });
  let searchTimer: ReturnType<typeof setTimeout> | null = null;
  const flushSearch = () => {
    if (searchTimer !== null) clearTimeout(searchTimer);
    searchTimer = null;
    store.dispatch({ type: 'view/search', text: search.value });
  };
  search.addEventListener('input', () => {
    if (searchTimer !== null) clearTimeout(searchTimer);
    searchTimer = setTimeout(flushSearch, SEARCH_DEBOUNCE_MS);
  });
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') flushSearch();
  });
  // "/" puts the cursor in the search box, as in most tools with one.
  const onSlash = (e: KeyboardEvent) => {
    if (e.key !== '/' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingInto(e.target)) return;
    if (inOpenDialog(e.target)) return;
    e.preventDefault();
    search.focus();
    search.select();
  };
  win.addEventListener('keydown', onSlash);

  // The post shown, when the thread holds several; options follow the loaded thread.
  const topicSelect = h('select', { testid: TID.topic, attrs: { 'aria-label': 'Post shown' } });
  const topicWrap = h('label', { className: 'control' }, h('span', { className: 'control-label' }, 'Post'), topicSelect);
  topicSelect.addEventListener('change', () => {
    store.dispatch({ type: 'view/topic', topic: topicSelect.value === '' ? null : topicSelect.value });
  });
  let topicsFor: unknown = null;

  const clearWindow = button('Clear time window', () => store.dispatch({ type: 'view/timeWindow', window: null }), { testid: TID.clearWindow, className: 'clear-window' });

  el.append(
    h('h2', { className: 'panel-title' }, 'Filters'),
    h('label', { className: 'control' }, h('span', { className: 'control-label' }, 'Minimum confidence '), sliderValue, slider),
    signalBox,
    size.wrap,
    color.wrap,
    topicWrap,
    h('label', { className: 'control' }, h('span', { className: 'control-label' }, 'Search'), search),
    clearWindow,
  );

  const reflect = (state: AppState) => {
    const v = state.view;
    if (frame === null && Number(slider.value) !== v.minConfidence) slider.value = String(v.minConfidence);
    if (frame === null) sliderValue.textContent = v.minConfidence.toFixed(2);
    const counts = signalCounts(state);
    for (const [s, t] of toggles) {
      t.input.checked = v.signals.includes(s);
      t.count.textContent = state.data ? `(${counts[s]})` : '';
    }
    if (size.select.value !== v.sizeBy) size.select.value = v.sizeBy;
    if (color.select.value !== v.colorBy) color.select.value = v.colorBy;
    if (searchTimer === null && search.value !== v.search && win.document.activeElement !== search) search.value = v.search;
    const comments = state.data?.thread.comments ?? [];
    if (topicsFor !== comments) {
      topicsFor = comments;
      const topics = threadTopics(comments);
      clear(topicSelect);
      topicSelect.append(
        h('option', { attrs: { value: '' } }, `All ${topics.length} posts`),
        ...topics.map((t) => h('option', { attrs: { value: t.topic } }, `${t.topic} (${t.comments})`)),
      );
      topicWrap.hidden = topics.length === 0;
    }
    if (topicSelect.value !== (v.topic ?? '')) topicSelect.value = v.topic ?? '';
    clearWindow.hidden = !v.timeWindow;
    clearWindow.textContent = v.timeWindow ? `Clear time window (comments ${v.timeWindow[0]}–${v.timeWindow[1]})` : 'Clear time window';
  };
  reflect(store.getState());
  let unsubscribe: (() => void) | null = store.subscribe((state, prev) => {
    if (state.view !== prev.view || state.data !== prev.data) reflect(state);
  });

  return () => {
    unsubscribe?.();
    unsubscribe = null;
    if (frame !== null) win.cancelAnimationFrame(frame);
    frame = null;
    if (searchTimer !== null) clearTimeout(searchTimer);
    searchTimer = null;
    win.removeEventListener('keydown', onSlash);
    clear(el);
  };
}
