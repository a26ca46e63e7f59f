/**
 * The network's buttons: zoom in, zoom out, fit, and start/stop of the layout.
 */
import { TID } from '../testids';

export interface ToolbarActions {
  zoomIn(): void;
  zoomOut(): void;
  fit(): void;
  toggleLayout(): void;
}

export interface Toolbar {
  element: HTMLElement;
  setLayoutState(state: { running: boolean; available: boolean }): void;
}

function button(testId: string, text: string, label: string, onClick: () => void): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'tg-network-button';
  b.dataset.testid = testId;
  b.textContent = text;
  b.title = label;
  b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

export function createToolbar(actions: ToolbarActions): Toolbar {
  const element = document.createElement('div');
  element.className = 'tg-network-toolbar';
  element.setAttribute('role', 'toolbar');
  element.setAttribute('aria-label', 'Network view');
  const layout = button(TID.layoutToggle, 'Layout', 'Run the layout', actions.toggleLayout);
  layout.classList.add('tg-network-layout');
  element.append(
    button(TID.zoomIn, '+', 'Zoom in (+)', actions.zoomIn),
    button(TID.zoomOut, '−', 'Zoom out (−)', actions.zoomOut),
    button(TID.fit, '⤢', 'Fit the whole network (0)', actions.fit),
    layout,
  );
  return {
    element,
    setLayoutState({ running, available }) {
      layout.disabled = !available;
      layout.setAttribute('aria-pressed', String(running));
      layout.textContent = running ? 'Stop layout' : 'Run layout';
      layout.title = running ? 'Stop the layout where it is' : 'Run the layout again from the current positions';
      layout.setAttribute('aria-label', layout.title);
    },
  };
}
