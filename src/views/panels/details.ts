/**
 * The text panel ("why does this edge exist"): with nothing selected a hint and the people who
 * receive most replies; for a participant their comments; for an edge the comments behind it
 * and what each answers; for a comment its card and its thread neighbours (buttons, and j/k or
 * ←/→ when focus is not in a field). Evidence words are marked exactly; only replies visible
 * under the current filters are listed. Re-renders only when the data, filters or selection change.
 */
import { TID } from '../testids';
import type { Store } from '../../store/store';
import type { AppState, Selection } from '../../store/state';
import { visibleReplies } from '../../store/derived';
import { button, clear, h, inOpenDialog, typingInto } from './dom';
import { detailsModel, type CommentRef, type DetailsModel } from './details-model';
import { commentButton, commentCardElement, personButton, type CardActions } from './comment-card';

/** Cards listed at first for a participant or an edge; "Show more" adds this many again. */
export const CARD_PAGE = 100;

function title(text: string): HTMLElement {
  return h('h2', { testid: TID.detailsTitle, className: 'details-title' }, text);
}

function more(shown: number, total: number, onMore: () => void): HTMLElement | null {
  if (total <= shown) return null;
  return button(`Show ${Math.min(CARD_PAGE, total - shown)} more of ${total - shown}`, onMore, { className: 'show-more' });
}

function neighbour(label: string, ref: CommentRef | undefined, actions: CardActions, keys: string): HTMLElement {
  if (!ref) return h('span', { className: 'muted neighbour' }, `${label}: none`);
  return commentButton(`${label}: ${ref.author}, comment ${ref.index}`, ref.commentId, actions, `${ref.excerpt} (${keys})`);
}

function renderModel(el: HTMLElement, m: DetailsModel, actions: CardActions, onMore: () => void): void {
  switch (m.kind) {
    case 'empty':
      el.append(h('p', { className: 'muted details-hint' }, 'Open a thread to read its comments here.'));
      return;
    case 'overview':
      el.append(
        h('h2', { className: 'details-title' }, 'Comments and evidence'),
        h('p', { className: 'muted details-hint' }, m.hint),
        h('h3', { className: 'details-sub' }, 'Most answered'),
        m.top.length
          ? h('ol', { className: 'top-participants' }, ...m.top.map((p) => h('li', {},
            personButton(p.name, p.id, actions),
            h('span', { className: 'muted' }, ` · ${p.received} ${p.received === 1 ? 'reply' : 'replies'} received · ${p.comments} ${p.comments === 1 ? 'comment' : 'comments'}`))))
          : h('p', { className: 'muted' }, 'No reply passes the current filters.'),
      );
      return;
    case 'participant':
      el.append(
        h('header', { className: 'details-head' }, title(m.title), h('p', { className: 'muted' }, m.subtitle)),
        h('div', { className: 'cards' }, ...m.cards.map((c) => commentCardElement(c, actions))),
      );
      el.append(more(m.cards.length, m.total, onMore) ?? '');
      return;
    case 'edge':
      el.append(
        h('header', { className: 'details-head' }, title(m.title), h('p', { className: 'muted' },
          personButton(m.sourceName, m.source, actions), ' answers ', personButton(m.targetName, m.target, actions))),
        h('div', { className: 'cards' }, ...m.items.map((item) => h('div', { className: 'edge-item' },
          item.answered
            ? h('div', { className: 'answered' }, 'In reply to ',
              commentButton(`${item.answered.author}, comment ${item.answered.index}`, item.answered.commentId, actions, 'Open the comment answered'),
              h('q', { className: 'answered-excerpt' }, item.answered.excerpt))
            : h('div', { className: 'answered muted' }, 'The comment answered is not known.'),
          commentCardElement(item.card, actions)))),
      );
      if (m.items.length === 0) el.append(h('p', { className: 'muted' }, 'No replies between them pass the current filters.'));
      el.append(more(m.items.length, m.total, onMore) ?? '');
      return;
    case 'comment':
      el.append(
        h('header', { className: 'details-head' }, title(m.title)),
        commentCardElement(m.card, actions, true),
        h('nav', { className: 'neighbours', attrs: { 'aria-label': 'Thread neighbours' } },
          neighbour('Previous', m.previous, actions, 'k or ←'), neighbour('Next', m.next, actions, 'j or →')),
      );
      return;
  }
}

export function mountDetails(el: HTMLElement, store: Store): () => void {
  const win = el.ownerDocument.defaultView ?? window;
  /** Whether the current hover comes from a button of this panel (cleared when the buttons are replaced). */
  let hoverIsMine = false;
  const actions: CardActions = {
    select: (selection: Selection) => store.dispatch({ type: 'view/select', selection }),
    hover: (hover: Selection | null) => {
      hoverIsMine = hover !== null;
      store.dispatch({ type: 'view/hover', hover });
    },
  };
  let limit = CARD_PAGE;
  let shown: { data: unknown; replies: unknown; selection: unknown; limit: number } | null = null;
  let model: DetailsModel = { kind: 'empty' };

  const render = (state: AppState) => {
    const key = { data: state.data, replies: visibleReplies(state), selection: state.view.selection, limit };
    if (shown && shown.data === key.data && shown.replies === key.replies && shown.selection === key.selection && shown.limit === key.limit) return;
    const selectionChanged = !shown || shown.selection !== key.selection;
    shown = key;
    model = detailsModel(state, limit);
    clear(el);
    renderModel(el, model, actions, () => {
      limit += CARD_PAGE;
      render(store.getState());
    });
    // The button under the pointer was replaced and will send no mouseleave: drop its hover.
    if (hoverIsMine) actions.hover(null);
    if (selectionChanged) {
      el.scrollTop = 0;
      const card = el.querySelector('.comment-card.selected');
      if (card instanceof HTMLElement) card.scrollIntoView({ block: 'nearest' });
    }
  };

  render(store.getState());
  let unsubscribe: (() => void) | null = store.subscribe((state, prev) => {
    if (state.view.selection !== prev.view.selection || state.data !== prev.data) limit = CARD_PAGE;
    render(state);
  });

  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || typingInto(e.target)) return;
    if (inOpenDialog(e.target)) return;
    if (model.kind !== 'comment') return;
    const forward = e.key === 'j' || e.key === 'ArrowRight';
    const back = e.key === 'k' || e.key === 'ArrowLeft';
    const ref = forward ? model.next : back ? model.previous : undefined;
    if (!ref) return;
    e.preventDefault();
    actions.select({ kind: 'comment', id: ref.commentId });
  };
  win.addEventListener('keydown', onKey);

  return () => {
    unsubscribe?.();
    unsubscribe = null;
    win.removeEventListener('keydown', onKey);
    clear(el);
  };
}
