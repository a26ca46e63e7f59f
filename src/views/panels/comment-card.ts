/**
 * DOM of one comment card in the text panel: author and time, the full text built from text
 * nodes and <mark> elements around the evidence segments, and the replies the comment makes
 * (→ target) and receives (← source). Names and comments are buttons that select them.
 */
import { TID } from '../testids';
import type { Selection } from '../../store/state';
import type { CommentCard, ReplyLine } from './details-model';
import type { Segment } from './highlight';
import { SIGNAL_LABELS } from './labels';
import type { Signal } from '../../core/types';
import { button, h } from './dom';

export interface CardActions {
  select(selection: Selection): void;
  hover(selection: Selection | null): void;
}

/** A button naming a participant: selects them on click, highlights them on hover. */
export function personButton(name: string, id: string, actions: CardActions, title = `Show ${name}'s comments`): HTMLButtonElement {
  const b = button(name, () => actions.select({ kind: 'participant', id }), { className: 'link person', title });
  b.addEventListener('mouseenter', () => actions.hover({ kind: 'participant', id }));
  b.addEventListener('mouseleave', () => actions.hover(null));
  return b;
}

/** A button opening a comment. */
export function commentButton(label: string, commentId: string, actions: CardActions, title?: string): HTMLButtonElement {
  const b = button(label, () => actions.select({ kind: 'comment', id: commentId }), { className: 'link comment-link', ...(title ? { title } : {}) });
  b.addEventListener('mouseenter', () => actions.hover({ kind: 'comment', id: commentId }));
  b.addEventListener('mouseleave', () => actions.hover(null));
  return b;
}

function signalNames(labels: string[]): string {
  return labels.map((l) => SIGNAL_LABELS[l as Signal] ?? l).join(', ');
}

/** The comment text as text nodes and <mark> elements, one per merged evidence segment. */
export function highlightedText(segments: Segment[]): HTMLElement {
  const p = h('div', { className: 'comment-text' });
  for (const s of segments) {
    if (!s.marked) {
      p.append(document.createTextNode(s.text));
      continue;
    }
    const mark = h('mark', { testid: TID.evidence, title: `Evidence: ${signalNames(s.labels)}` });
    mark.dataset.signals = s.labels.join(' ');
    mark.textContent = s.text;
    p.append(mark);
  }
  return p;
}

function replyLineItem(line: ReplyLine, actions: CardActions): HTMLElement {
  const li = h('li', { testid: TID.replyLine, className: `reply-line reply-${line.direction}` });
  li.dataset.replyId = line.replyId;
  if (line.direction === 'out') {
    li.append('→ ', personButton(line.personName, line.personId, actions), ` · ${line.detail}`);
    if (line.commentId !== undefined && line.commentIndex !== undefined) {
      li.append(' · ', commentButton(`answers comment ${line.commentIndex}`, line.commentId, actions, `Open comment ${line.commentIndex}, the one answered`));
    }
  } else if (line.commentId !== undefined) {
    li.append('← ', commentButton(line.personName, line.commentId, actions, `Open ${line.personName}'s comment ${line.commentIndex ?? ''}`.trim()), ` · ${line.detail}`);
  } else {
    li.append('← ', personButton(line.personName, line.personId, actions), ` · ${line.detail}`);
  }
  return li;
}

export function commentCardElement(card: CommentCard, actions: CardActions, selected = false): HTMLElement {
  const article = h('article', { testid: TID.commentCard, className: `comment-card${selected ? ' selected' : ''}` });
  article.dataset.commentId = card.commentId;
  article.append(
    h('header', { className: 'comment-head' },
      personButton(card.author, card.authorId, actions),
      ' ',
      commentButton(card.timeLabel, card.commentId, actions, `Open comment ${card.index}`),
      card.dated ? h('span', { className: 'muted comment-index' }, ` · comment ${card.index}`) : null,
      card.topic !== undefined ? h('span', { className: 'muted comment-topic' }, ` · on ${card.topic}`) : null),
    highlightedText(card.segments),
  );
  if (card.made.length || card.received.length) {
    article.append(h('ul', { className: 'reply-lines' },
      ...card.made.map((l) => replyLineItem(l, actions)),
      ...card.received.map((l) => replyLineItem(l, actions))));
  }
  return article;
}
