/**
 * The fitted scorer weights: one model for chat logs (people answer what just scrolled by)
 * and one for comment threads, forums and mail (people answer the article, or name or quote
 * whom they answer). Both come from `npm run -s cli -- fit` (src/cli/fit.ts) on training
 * splits only (src/core/eval/splits.ts), fitted together as shared weights plus each kind's
 * own adjustment; cue weights start from the prior in fit.ts, and each kind's cue calibration
 * is fitted after its weights. Re-run the command and paste its output here after changing a
 * feature.
 */
import type { Thread } from '../../types';
import type { ScorerModel } from './model';

export const CHAT_MODEL: ScorerModel = {
  name: 'chat',
  window: 50,
  // chat: fitted by `npm run -s cli -- fit --rounds 3 --l2 1 --l2-kind 4` on irc-train: 11420 comments (204 whose gold parent is outside the window left out);
  // reply calibration on irc-train.
  cue: { scale: 0.674, offset: 0.136 },
  replies: {
    primary: {
      upTo: [0.424, 0.535, 0.63, 0.715, 0.808, 0.894, 0.923, 0.961, 0.969, 0.977, 0.988, 0.991, 0.994, 0.996, 1],
      value: [0.415, 0.554, 0.71, 0.743, 0.844, 0.845, 0.889, 0.892, 0.908, 0.921, 0.957, 0.97, 0.975, 0.977, 0.978],
    },
    secondary: {
      salutation: {
        upTo: [0.936],
        value: [0.526],
      },
      quote: {
        upTo: [0.928],
        value: [0.178],
      },
      mention: {
        upTo: [0.563, 0.943],
        value: [0.039, 0.144],
      },
    },
  },
  weights: {
    salutation: 2.929,
    mention: 4.472,
    namedOlder: 2.501,
    quote: 3.186,
    reference: 4.994,
    namesSomeoneElse: -1.977,
    sameAuthor: 1.943,
    ownLatest: 0.835,
    authorsLatest: 0.262,
    gap1: 1.205,
    gap2: 0.725,
    gap3: 0.484,
    gap4to5: 0.175,
    gap6to10: -0.39,
    gap11to20: -1.127,
    gapOver20: -1.987,
    logMinutes: -0.599,
    timeUnknown: 0,
    candidateAddressedAuthor: 1.36,
    talkedBefore: 1.417,
    candidateAsks: 0.256,
    questionAnswer: -0.076,
    authorSpokeSince: -1.463,
    candidateAnsweredAuthor: 0.944,
    continuesExchange: -0.178,
    candidateOpened: 0.652,
    sharedRareWords: 2.169,
    noneBias: 0.915,
    noneHasCue: -2.623,
    noneAsks: 0.966,
    noneOpensCall: 1.553,
    noneFirstComment: 2.776,
    noneLogSilence: 0.423,
    noneLogWords: 0.399,
  },
};

export const THREAD_MODEL: ScorerModel = {
  name: 'thread',
  window: 10,
  // thread: fitted by `npm run -s cli -- fit --rounds 3 --l2 1 --l2-kind 4` on iac-train, lemire-train, zulip-train: 307 comments (32 whose gold parent is outside the window left out);
  // reply calibration on iac-train, lemire-train, zulip-train.
  cue: { scale: 0.689, offset: 0.114 },
  replies: {
    primary: {
      upTo: [0.753, 0.908, 0.995, 1],
      value: [0.528, 0.636, 0.942, 1],
    },
    secondary: {
      salutation: {
        upTo: [0.936],
        value: [0.526],
      },
      quote: {
        upTo: [0.928],
        value: [0.178],
      },
      mention: {
        upTo: [0.563, 0.943],
        value: [0.039, 0.144],
      },
    },
  },
  weights: {
    salutation: 2.378,
    mention: 4.05,
    namedOlder: 2.03,
    quote: 3.804,
    reference: 4.995,
    namesSomeoneElse: -1.172,
    sameAuthor: 0.504,
    ownLatest: -0.118,
    authorsLatest: -0.128,
    gap1: 2.488,
    gap2: 0.401,
    gap3: -0.212,
    gap4to5: -0.329,
    gap6to10: -0.767,
    gap11to20: -0.603,
    gapOver20: -1.303,
    logMinutes: 0.087,
    timeUnknown: 0,
    candidateAddressedAuthor: 0.68,
    talkedBefore: 0.58,
    candidateAsks: 0.722,
    questionAnswer: -0.724,
    authorSpokeSince: -0.633,
    candidateAnsweredAuthor: 0.698,
    continuesExchange: -0.46,
    candidateOpened: 0.572,
    sharedRareWords: 1.164,
    noneBias: 0.325,
    noneHasCue: -1.1,
    noneAsks: 0.083,
    noneOpensCall: 1.163,
    noneFirstComment: 1.876,
    noneLogSilence: -0.022,
    noneLogWords: 0.502,
  },
};

/** The model for a thread: chat logs get the chat model, everything else the thread model. */
export function modelFor(thread: Pick<Thread, 'format'>): ScorerModel {
  return thread.format === 'chat' ? CHAT_MODEL : THREAD_MODEL;
}
