/**
 * Test helper: a small hand-made thread (neutral invented names) with replies chosen to cover
 * reciprocal pairs, one-way edges, several signals and confidences, and a participant nobody
 * links to, plus an app state holding it.
 */
import type { Comment, Participant, Reply, Report, Signal, Thread } from '../../../src/core/types';
import { initialState, type AppState } from '../../../src/store/state';

const NAMES = ['Ada Moss', 'Bo Lind', 'Cai Ferro', 'Dara Holt', 'Elin Voss', 'Finn Oak'];

/** [author index, target index | null, signal, confidence] per comment, in thread order. */
const COMMENTS: [number, number | null, Signal, number][] = [
  [0, null, 'explicit', 1],
  [1, 0, 'salutation', 0.95], // B→A
  [0, 1, 'mention', 0.9], // A→B (reciprocal with B→A)
  [2, 0, 'quote', 0.6], // C→A, weak
  [1, 0, 'explicit', 0.99], // B→A again (weight 2)
  [3, 2, 'reference', 0.85], // D→C
  [2, 3, 'adjacency', 0.4], // C→D adjacency only
  [4, 0, 'mention', 0.7], // E→A
  [0, 4, 'salutation', 0.95], // A→E (reciprocal)
  [5, null, 'explicit', 1], // F, nobody
];

function slug(name: string): string {
  return name.toLowerCase().replace(/\s+/g, '-');
}

export function fixtureThread(): { thread: Thread; replies: Reply[] } {
  const participants: Participant[] = NAMES.map((name) => ({ id: slug(name), name, spellings: [name], commentIndexes: [] }));
  const comments: Comment[] = [];
  const replies: Reply[] = [];
  COMMENTS.forEach(([author, target, signal, confidence], i) => {
    const p = participants[author]!;
    const index = i + 1;
    const text = `comment ${index} with some words`;
    comments.push({ id: `c${index}`, index, author: p.name, authorId: p.id, text });
    p.commentIndexes.push(index);
    if (target !== null) {
      const t = participants[target]!;
      const evidence = { signal, confidence, text: 'comment', start: 0, end: 7 };
      replies.push({
        id: `c${index}->${t.id}`, commentId: `c${index}`, commentIndex: index, source: p.id, target: t.id,
        signal, confidence, evidence, support: [evidence],
      });
    }
  });
  return { thread: { format: 'csv', dialect: 'test', title: 'A test thread', comments, participants }, replies };
}

export function fixtureReport(thread: Thread): Report {
  return {
    format: thread.format, dialect: thread.dialect, comments: thread.comments.length, participants: thread.participants.length,
    skipped: [], notes: [], undated: thread.comments.length,
    repliesPerSignal: { explicit: 0, salutation: 0, mention: 0, quote: 0, reference: 0, adjacency: 0 },
    unanswered: 0, ambiguousNames: [], unresolvedNames: [],
  };
}

export function fixtureState(view: Partial<AppState['view']> = {}): AppState {
  const { thread, replies } = fixtureThread();
  const s = initialState();
  return {
    ...s,
    source: { kind: 'sample', label: 'fixture' },
    data: { thread, replies, report: fixtureReport(thread) },
    status: { phase: 'ready', progress: 1, message: '', error: null },
    view: { ...s.view, ...view },
  };
}
