import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/core/pipeline';
import { createStore } from '../../src/store/store';
import { initialState, defaultView, type AppState } from '../../src/store/state';
import { queryToView, viewToQuery } from '../../src/store/url';
import { defaultSignals } from '../../src/core/infer/default-signals';
import { summaryLine, threadTopics, visibleGraph, visibleReplies } from '../../src/store/derived';
import { activeParticipants } from '../../src/views/network/active-participants';
import { SIGNALS } from '../../src/core/types';

const seed = ingest(readFileSync(new URL('../../seeds/000_be01d75ba33c9c53.txt', import.meta.url), 'utf8'));
const data = { thread: seed.thread, replies: seed.replies, report: seed.report };
const source = { kind: 'sample' as const, label: 'seed', sampleId: 'seed' };

function loaded() {
  const store = createStore(initialState());
  store.dispatch({ type: 'load/start', source });
  store.dispatch({ type: 'load/done', source, data });
  return store;
}

describe('store and reducer', () => {
  it('loads a thread and reports status', () => {
    const store = createStore(initialState());
    const seen: string[] = [];
    store.subscribe((s) => seen.push(s.status.phase));
    store.dispatch({ type: 'load/start', source });
    store.dispatch({ type: 'load/progress', progress: 0.5, message: 'inferring' });
    store.dispatch({ type: 'load/done', source, data });
    expect(seen).toEqual(['loading', 'loading', 'ready']);
    expect(store.getState().data!.thread.comments).toHaveLength(25);
  });

  it('shows replies by position alone by default in chat logs only, unless the signals were chosen', () => {
    const chat = ingest('[10:00] <ann> anyone here use vim?\n[10:01] <bob> yes, daily\n[10:02] <ann> thanks\n');
    const chatData = { thread: chat.thread, replies: chat.replies, report: chat.report };
    const store = loaded();
    expect(store.getState().view.signals).not.toContain('adjacency');
    store.dispatch({ type: 'load/done', source: { kind: 'paste', label: 'chat' }, data: chatData });
    expect(store.getState().view.signals).toContain('adjacency');
    store.dispatch({ type: 'load/done', source, data });
    expect(store.getState().view.signals).not.toContain('adjacency');
    // A choice the user made stays across loads.
    store.dispatch({ type: 'view/signals', signals: ['quote'] });
    store.dispatch({ type: 'load/done', source: { kind: 'paste', label: 'chat' }, data: chatData });
    expect(store.getState().view.signals).toEqual(['quote']);
  });

  it('keeps the shown thread when a later load fails', () => {
    const store = loaded();
    store.dispatch({ type: 'load/start', source: { kind: 'file', label: 'bad.csv' } });
    store.dispatch({ type: 'load/fail', error: 'bad.csv, line 3: unclosed quote.' });
    const s = store.getState();
    expect(s.data!.thread.comments).toHaveLength(25);
    expect(s.status).toMatchObject({ phase: 'ready', error: 'bad.csv, line 3: unclosed quote.' });
    expect(s.status.retry).toBeUndefined();
    // How to read it again stays with the error, until the next load starts.
    const retry = { format: 'csv' as const, columns: { names: ['Who', 'Said'], guess: { author: 'Who', text: 'Said' } } };
    store.dispatch({ type: 'load/fail', error: 'odd.csv, line 1: no author or text column found.', retry });
    expect(store.getState().status.retry).toEqual(retry);
    store.dispatch({ type: 'load/start', source: { kind: 'file', label: 'odd.csv' } });
    expect(store.getState().status.retry).toBeUndefined();
  });

  it('clamps the confidence floor and keeps signals in canonical order', () => {
    const store = loaded();
    store.dispatch({ type: 'view/minConfidence', value: 1.7 });
    expect(store.getState().view.minConfidence).toBe(1);
    store.dispatch({ type: 'view/minConfidence', value: Number.NaN });
    expect(store.getState().view.minConfidence).toBe(0);
    store.dispatch({ type: 'view/toggleSignal', signal: 'salutation' });
    store.dispatch({ type: 'view/toggleSignal', signal: 'adjacency' });
    store.dispatch({ type: 'view/toggleSignal', signal: 'salutation' });
    expect(store.getState().view.signals).toEqual(['explicit', 'salutation', 'mention', 'quote', 'reference', 'adjacency']);
  });

  it('refuses selections and windows that point at nothing', () => {
    const store = loaded();
    store.dispatch({ type: 'view/select', selection: { kind: 'participant', id: 'nobody' } });
    expect(store.getState().view.selection).toBeNull();
    store.dispatch({ type: 'view/select', selection: { kind: 'participant', id: 'eric-a-brill' } });
    expect(store.getState().view.selection).toEqual({ kind: 'participant', id: 'eric-a-brill' });
    store.dispatch({ type: 'view/timeWindow', window: [20, 3] });
    expect(store.getState().view.timeWindow).toEqual([3, 20]);
    store.dispatch({ type: 'view/timeWindow', window: [0, 99] });
    expect(store.getState().view.timeWindow).toBeNull();
  });

  it('does not notify when nothing changed', () => {
    const store = createStore(initialState());
    let calls = 0;
    store.subscribe(() => calls++);
    store.dispatch({ type: 'load/progress', progress: 0.3, message: 'x' });
    expect(calls).toBe(0);
  });
});

describe('view state in the URL', () => {
  it('round-trips every view setting', () => {
    const view = { ...defaultView(), minConfidence: 0.7, signals: ['quote' as const, 'salutation' as const], sizeBy: 'words' as const, colorBy: 'inWeight' as const,
      selection: { kind: 'edge' as const, source: 'm-ali', target: 'eric-a-brill' }, timeWindow: [3, 17] as [number, number], topic: 'post 6: Notes & news', search: 'eric & co' };
    const q = viewToQuery(view, 'seed');
    const back = queryToView(q);
    expect(back.sampleId).toBe('seed');
    expect(back.view).toEqual({ ...view, signals: ['salutation', 'quote'] });
  });

  it('writes nothing for the defaults and ignores broken values', () => {
    expect(viewToQuery(defaultView())).toBe('');
    const back = queryToView('?min=abc&size=bogus&color=&sel=x:1&w=a-b&signals=quote,nonsense');
    expect(back.view).toEqual({ ...defaultView(), signals: ['quote'] });
    expect(back.signalsGiven).toBe(true);
    expect(queryToView('?sample=seed&min=0.7').signalsGiven).toBe(false);
  });

  it('writes signals only when they differ from the shown thread\'s defaults', () => {
    const chatDefaults = defaultSignals('chat');
    expect(viewToQuery({ ...defaultView(), signals: [...chatDefaults] }, 'irc', chatDefaults)).toBe('sample=irc');
    // A chat log's adjacency switched off is a choice the link keeps.
    expect(viewToQuery(defaultView(), 'irc', chatDefaults)).toBe('sample=irc&signals=explicit%2Csalutation%2Cmention%2Cquote%2Creference');
  });
});

describe('derived values', () => {
  it('filters replies by confidence, signal and window, and the summary follows', () => {
    const store = loaded();
    const all = visibleReplies(store.getState()).length;
    expect(summaryLine(store.getState())).toBe(`11 participants · 25 comments · ${all} replies`);
    // Large counts are written with thousands separators.
    const now = store.getState();
    expect(summaryLine({ ...now, data: { ...now.data!, report: { ...now.data!.report, comments: 100000, participants: 15510 } } }))
      .toBe(`15,510 participants · 100,000 comments · ${all} replies`);
    store.dispatch({ type: 'view/toggleSignal', signal: 'quote' });
    const noQuote = visibleReplies(store.getState());
    expect(noQuote.every((r) => r.signal !== 'quote')).toBe(true);
    expect(noQuote.length).toBeLessThan(all);
    store.dispatch({ type: 'view/timeWindow', window: [1, 10] });
    const s: AppState = store.getState();
    expect(visibleReplies(s).every((r) => r.commentIndex <= 10)).toBe(true);
    const g = visibleGraph(s)!;
    expect(g.order).toBe(11);
    let weight = 0;
    g.forEachEdge((_e, a) => { weight += a.weight; });
    expect(weight).toBe(visibleReplies(s).length);
  });

  it('memoises: the same state gives the same graph object', () => {
    const s = loaded().getState();
    expect(visibleGraph(s)).toBe(visibleGraph(s));
  });

  it('shows one post of a blog export when a topic is chosen, and forgets a topic the thread lacks', () => {
    const wxr = ingest(readFileSync(new URL('../../data/cc-labs-excerpt.wxr.xml', import.meta.url), 'utf8'), { signals: [...SIGNALS] });
    const blog = { thread: wxr.thread, replies: wxr.replies, report: wxr.report };
    const store = loaded();
    expect(threadTopics(store.getState().data!.thread.comments)).toEqual([]);
    store.dispatch({ type: 'view/topic', topic: 'post 6: wpLicense 0.7.6' });
    expect(store.getState().view.topic).toBeNull(); // the seed has no such post
    store.dispatch({ type: 'load/done', source: { kind: 'file', label: 'blog' }, data: blog });
    expect(threadTopics(blog.thread.comments)).toEqual([
      { topic: 'post 6: wpLicense 0.7.6', comments: 3 },
      { topic: 'post 8: Summer of Code Projects', comments: 1 },
      { topic: 'post 107: Per-blog registrations for Wordpress-mu', comments: 2 },
    ]);
    store.dispatch({ type: 'view/minConfidence', value: 0 });
    store.dispatch({ type: 'view/signals', signals: ['explicit', 'salutation', 'mention', 'quote', 'reference', 'adjacency'] });
    // The excerpt's one reply (comment 81 answering 80) is on post 107.
    expect(visibleReplies(store.getState()).map((r) => r.commentId)).toEqual(['81']);
    store.dispatch({ type: 'view/topic', topic: 'post 6: wpLicense 0.7.6' });
    expect(visibleReplies(store.getState())).toEqual([]);
    expect(summaryLine(store.getState())).toBe('6 participants · 6 comments (3 on this post) · 0 replies');
    expect(visibleGraph(store.getState())!.size).toBe(0);
    store.dispatch({ type: 'view/topic', topic: 'post 107: Per-blog registrations for Wordpress-mu' });
    expect(visibleReplies(store.getState()).map((r) => r.commentId)).toEqual(['81']);
    expect(activeParticipants(blog.thread, null, store.getState().view.topic)).toEqual(new Set(['iz', 'nathan-kinkade']));
    store.dispatch({ type: 'load/done', source, data });
    expect(store.getState().view.topic).toBeNull();
  });
});

