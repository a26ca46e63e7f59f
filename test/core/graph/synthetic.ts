/**
 * Seeded generator of large synthetic threads with replies, for performance tests.
 * Authors follow a skewed distribution (a few very active people, many occasional ones) and each
 * comment answers the author of a recent earlier comment, as in real discussions.
 */
import { mulberry32 } from '../../../src/core/graph/random';
import type { Comment, Participant, Reply, Signal, Thread } from '../../../src/core/types';

const SIGNAL_CYCLE: Signal[] = ['salutation', 'mention', 'quote', 'reference', 'explicit'];
const WORDS = ['the', 'bridge', 'signal', 'council', 'budget', 'lane', 'crossing', 'minutes', 'safer', 'traffic'];

export function syntheticThread(participantCount: number, commentCount: number, seed = 7): { thread: Thread; replies: Reply[] } {
  const rng = mulberry32(seed);
  const participants: Participant[] = [];
  for (let i = 0; i < participantCount; i++) {
    participants.push({ id: `p${i}`, name: `Person ${i}`, spellings: [`Person ${i}`], commentIndexes: [] });
  }
  const comments: Comment[] = [];
  const replies: Reply[] = [];
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < commentCount; i++) {
    // Everyone writes at least once; afterwards a skewed pick favours low ids.
    const author = i < participantCount ? i : Math.floor(participantCount * rng() ** 3);
    const p = participants[author]!;
    const words: string[] = [];
    const n = 5 + Math.floor(rng() * 30);
    for (let w = 0; w < n; w++) words.push(WORDS[Math.floor(rng() * WORDS.length)]!);
    const comment: Comment = {
      id: `c${i + 1}`, index: i + 1, author: p.name, authorId: p.id,
      time: new Date(start + i * 60_000).toISOString().replace('.000Z', 'Z'), text: words.join(' '),
    };
    comments.push(comment);
    p.commentIndexes.push(i + 1);
    if (i === 0) continue;
    const earlier = comments[Math.max(0, i - 1 - Math.floor(rng() * 50))]!;
    if (earlier.authorId === p.id) continue;
    const signal = SIGNAL_CYCLE[i % SIGNAL_CYCLE.length]!;
    const confidence = 0.3 + 0.7 * rng();
    const evidence = { signal, confidence, text: words[0]!, start: 0, end: words[0]!.length };
    replies.push({
      id: `${comment.id}->${earlier.authorId}`, commentId: comment.id, commentIndex: i + 1, source: p.id,
      target: earlier.authorId, targetCommentId: earlier.id, signal, confidence, evidence, support: [evidence],
    });
  }
  return { thread: { format: 'json', dialect: 'synthetic', comments, participants }, replies };
}
