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
  cue: { scale: 0.764, offset: -0.127 },
  replies: {
    primary: {
      upTo: [0.426, 0.53, 0.673, 0.775, 0.894, 0.923, 0.957, 0.969, 0.978, 0.985, 0.99, 0.995, 1],
      value: [0.406, 0.557, 0.718, 0.839, 0.841, 0.891, 0.896, 0.902, 0.926, 0.956, 0.961, 0.978, 0.978],
    },
    secondary: {
      salutation: {
        upTo: [0.94],
        value: [0.523],
      },
      quote: {
        upTo: [0.932],
        value: [0.178],
      },
      mention: {
        upTo: [0.423, 0.948],
        value: [0.045, 0.102],
      },
    },
  },
  weights: {
    salutation: 2.961,
    mention: 4.414,
    namedOlder: 2.533,
    quote: 3.213,
    reference: 4.994,
    namesSomeoneElse: -1.964,
    sameAuthor: 1.964,
    ownLatest: 0.844,
    authorsLatest: 0.256,
    gap1: 1.209,
    gap2: 0.73,
    gap3: 0.479,
    gap4to5: 0.175,
    gap6to10: -0.392,
    gap11to20: -1.135,
    gapOver20: -2.001,
    logMinutes: -0.597,
    timeUnknown: 0,
    candidateAddressedAuthor: 1.392,
    talkedBefore: 1.417,
    candidateAsks: 0.258,
    questionAnswer: -0.083,
    authorSpokeSince: -1.461,
    candidateAnsweredAuthor: 0.919,
    continuesExchange: -0.183,
    candidateOpened: 0.672,
    sharedRareWords: 2.175,
    noneBias: 0.935,
    noneHasCue: -2.621,
    noneAsks: 0.972,
    noneOpensCall: 1.54,
    noneFirstComment: 2.758,
    noneLogSilence: 0.423,
    noneLogWords: 0.404,
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
      upTo: [0.754, 0.909, 0.995, 1],
      value: [0.528, 0.636, 0.942, 1],
    },
    secondary: {
      salutation: {
        upTo: [0.94],
        value: [0.523],
      },
      quote: {
        upTo: [0.932],
        value: [0.178],
      },
      mention: {
        upTo: [0.423, 0.948],
        value: [0.045, 0.102],
      },
    },
  },
  weights: {
    salutation: 2.402,
    mention: 4.01,
    namedOlder: 2.051,
    quote: 3.819,
    reference: 4.995,
    namesSomeoneElse: -1.165,
    sameAuthor: 0.512,
    ownLatest: -0.118,
    authorsLatest: -0.128,
    gap1: 2.491,
    gap2: 0.402,
    gap3: -0.214,
    gap4to5: -0.33,
    gap6to10: -0.769,
    gap11to20: -0.609,
    gapOver20: -1.312,
    logMinutes: 0.087,
    timeUnknown: 0,
    candidateAddressedAuthor: 0.699,
    talkedBefore: 0.58,
    candidateAsks: 0.725,
    questionAnswer: -0.726,
    authorSpokeSince: -0.633,
    candidateAnsweredAuthor: 0.686,
    continuesExchange: -0.459,
    candidateOpened: 0.576,
    sharedRareWords: 1.162,
    noneBias: 0.341,
    noneHasCue: -1.099,
    noneAsks: 0.086,
    noneOpensCall: 1.153,
    noneFirstComment: 1.864,
    noneLogSilence: -0.024,
    noneLogWords: 0.502,
  },
};

/** The model for a thread: chat logs get the chat model, everything else the thread model. */
export function modelFor(thread: Pick<Thread, 'format'>): ScorerModel {
  return thread.format === 'chat' ? CHAT_MODEL : THREAD_MODEL;
}
