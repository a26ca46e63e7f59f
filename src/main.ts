/**
 * The browser app: creates the store, mounts every view into the page, opens the thread the
 * URL names (the seed by default) and keeps the URL in step with the view.
 */
import { createStore } from './store/store';
import { initialState } from './store/state';
import { queryToView } from './store/url';
import { loadSample } from './app/load';
import { DEFAULT_SAMPLE } from './app/samples';
import { syncUrl } from './app/url-sync';
import { mountNetwork } from './views/network/mount';
import { mountTimeline } from './views/timeline/mount';
import { mountLoader } from './views/panels/loader';
import { mountControls } from './views/panels/controls';
import { mountReport } from './views/panels/report';
import { mountSummary } from './views/panels/summary';
import { mountStatus } from './views/panels/status';
import { mountDetails } from './views/panels/details';
import { mountExports } from './views/panels/exports';
import { mountShortcuts } from './views/panels/shortcuts';

function el(id: string): HTMLElement {
  const node = document.getElementById(id);
  if (!node) throw new Error(`index.html has no #${id} element`);
  return node;
}

async function start(): Promise<void> {
  const store = createStore(initialState());
  // Exposed for debugging and browser tests; the app never reads it.
  (window as unknown as { threadgraph: unknown }).threadgraph = { store };
  mountSummary(el('summary'), store);
  mountStatus(el('status'), store);
  mountLoader(el('loader'), store);
  mountExports(el('exports'), store);
  mountShortcuts(el('shortcuts'));
  mountControls(el('controls'), store);
  mountReport(el('report'), store);
  mountNetwork(el('network'), store);
  mountDetails(el('details'), store);
  mountTimeline(el('timeline'), store);

  const { view, sampleId, signalsGiven } = queryToView(window.location.search);
  await loadSample(store, sampleId ?? DEFAULT_SAMPLE);
  // Signals the link does not name are the loaded thread's defaults (a chat log's include adjacency).
  store.dispatch({ type: 'view/replace', view: signalsGiven ? view : { ...view, signals: store.getState().view.signals } });
  syncUrl(store, window);
}

void start();
