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
  // chat: fitted by `npm run -s cli -- fit --rounds 3 --l2 1 --l2-kind 4` on irc-train: 11457 comments (201 whose gold parent is outside the window left out);
  // reply calibration on irc-train.
  cue: { scale: 0.767, offset: -0.137 },
  replies: {
    primary: {
      upTo: [0.43, 0.533, 0.669, 0.769, 0.894, 0.92, 0.954, 0.966, 0.974, 0.984, 0.99, 0.993, 1],
      value: [0.417, 0.568, 0.714, 0.828, 0.843, 0.889, 0.89, 0.904, 0.921, 0.949, 0.956, 0.975, 0.979],
    },
    secondary: {
      salutation: {
        upTo: [0.94],
        value: [0.525],
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
    salutation: 2.964,
    mention: 4.362,
    namedOlder: 2.541,
    quote: 3.211,
    reference: 4.994,
    namesSomeoneElse: -1.955,
    sameAuthor: 1.973,
    ownLatest: 0.842,
    authorsLatest: 0.254,
    gap1: 1.187,
    gap2: 0.716,
    gap3: 0.47,
    gap4to5: 0.166,
    gap6to10: -0.405,
    gap11to20: -1.155,
    gapOver20: -2.018,
    logMinutes: -0.597,
    timeUnknown: 0,
    candidateAddressedAuthor: 1.416,
    talkedBefore: 1.431,
    candidateAsks: 0.262,
    questionAnswer: -0.082,
    authorSpokeSince: -1.453,
    candidateAnsweredAuthor: 0.883,
    continuesExchange: -0.186,
    candidateOpened: 0.688,
    sharedRareWords: 2.175,
    noneBias: 1.039,
    noneHasCue: -2.573,
    noneAsks: 0.938,
    noneOpensCall: 1.524,
    noneFirstComment: 2.705,
    noneLogSilence: 0.41,
    noneLogWords: 0.38,
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
      upTo: [0.753, 0.909, 0.995, 1],
      value: [0.528, 0.636, 0.943, 1],
    },
    secondary: {
      salutation: {
        upTo: [0.94],
        value: [0.525],
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
    salutation: 2.405,
    mention: 3.977,
    namedOlder: 2.049,
    quote: 3.819,
    reference: 4.995,
    namesSomeoneElse: -1.16,
    sameAuthor: 0.519,
    ownLatest: -0.119,
    authorsLatest: -0.124,
    gap1: 2.481,
    gap2: 0.391,
    gap3: -0.227,
    gap4to5: -0.338,
    gap6to10: -0.778,
    gap11to20: -0.625,
    gapOver20: -1.32,
    logMinutes: 0.086,
    timeUnknown: 0,
    candidateAddressedAuthor: 0.713,
    talkedBefore: 0.586,
    candidateAsks: 0.726,
    questionAnswer: -0.723,
    authorSpokeSince: -0.633,
    candidateAnsweredAuthor: 0.677,
    continuesExchange: -0.457,
    candidateOpened: 0.584,
    sharedRareWords: 1.158,
    noneBias: 0.417,
    noneHasCue: -1.077,
    noneAsks: 0.073,
    noneOpensCall: 1.139,
    noneFirstComment: 1.824,
    noneLogSilence: -0.028,
    noneLogWords: 0.492,
  },
};

/** The model for a thread: chat logs get the chat model, everything else the thread model. */
export function modelFor(thread: Pick<Thread, 'format'>): ScorerModel {
  return thread.format === 'chat' ? CHAT_MODEL : THREAD_MODEL;
}
