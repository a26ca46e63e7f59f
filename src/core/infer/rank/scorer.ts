/**
 * The second half of reply inference: judges each analysed comment in thread order. A comment
 * with an explicit parent keeps it (its replies combine all its evidence); any other comment's
 * candidate parents are scored (candidates.ts, model.ts) and decided (decide.ts). The scorer
 * remembers what it decided (memory.ts), because later comments' features depend on it.
 * Replies are then filtered by the enabled signals (signal-filter.ts).
 */
import type { Comment, CommentLink, Reply, Signal, Thread } from '../../types';
import type { InferContext } from '../context';
import type { CommentAnalysis } from '../analyse';
import { combineEvidence } from '../combine';
import { keepSignals } from '../signal-filter';
import { ThreadMemory } from './memory';
import { CandidateBuilder, cueTargets, type CandidateSet } from './candidates';
import { softmaxInPlace, weightVector, type ScorerModel } from './model';
import { cueStrengths, decide } from './decide';

/** Receives every scored comment's candidate set (a copy) and the combined strength of the cues per person. */
export type CandidateListener = (comment: Comment, set: CandidateSet, cues: ReadonlyMap<string, number>) => void;

export class ReplyScorer {
  readonly replies: Reply[] = [];
  readonly links: CommentLink[] = [];
  private readonly memory: ThreadMemory;
  private readonly candidates: CandidateBuilder;

  constructor(
    private readonly ctx: InferContext, thread: Thread, private readonly model: ScorerModel,
    private readonly enabled: ReadonlySet<Signal>, private readonly onCandidates?: CandidateListener,
  ) {
    this.memory = new ThreadMemory(thread);
    this.candidates = new CandidateBuilder(ctx, this.memory, weightVector(model), model.window, onCandidates !== undefined);
  }

  /** Judges the next analysed comment in thread order. */
  score(comment: Comment, analysis: CommentAnalysis): void {
    const { ctx, memory } = this;
    const { explicit, evidence, tokens } = analysis;
    memory.noteQuestion(comment.index, analysis.asks);
    memory.words.remember(comment.index, tokens);
    let decided: Reply[];
    let parentAuthor: number | undefined;
    if (explicit.length > 0) {
      decided = combineEvidence(ctx, comment, [...explicit, ...evidence]);
      const parent = ctx.byId.get(explicit[0]!.targetCommentId ?? '');
      if (parent) {
        this.links.push({ commentId: comment.id, parentId: parent.id, confidence: explicit[0]!.confidence });
        parentAuthor = memory.authorOf[parent.index]!;
      }
    } else {
      const set = this.candidates.build(comment, evidence, tokens.count);
      this.onCandidates?.(comment, { targets: [...set.targets], x: set.x.slice() }, cueStrengths(comment, evidence));
      const decision = decide(ctx, memory, this.model, comment, set, softmaxInPlace(set.scores), evidence, this.enabled.has('adjacency'));
      decided = decision.replies;
      parentAuthor = -1;
      if (decision.link) {
        this.links.push(decision.link);
        parentAuthor = memory.authorOf[decision.parentIndex!]!;
      }
    }
    for (const r of decided) {
      const kept = keepSignals(r, this.enabled);
      if (kept) this.replies.push(kept);
    }
    memory.remember(comment.index, parentAuthor, cueTargets(comment, evidence));
  }
}
