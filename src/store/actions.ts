/**
 * Everything that can change the app state, as plain action objects.
 */
import type { Signal } from '../core/types';
import type { ColorAttribute, NodeMetric, RetryOffer, Selection, SourceInfo, ThreadData, ViewState } from './state';

export type Action =
  | { type: 'load/start'; source: SourceInfo }
  | { type: 'load/progress'; progress: number; message: string }
  | { type: 'load/done'; source: SourceInfo; data: ThreadData }
  | { type: 'load/fail'; error: string; retry?: RetryOffer }
  | { type: 'view/minConfidence'; value: number }
  | { type: 'view/toggleSignal'; signal: Signal }
  | { type: 'view/signals'; signals: Signal[] }
  | { type: 'view/sizeBy'; metric: NodeMetric }
  | { type: 'view/colorBy'; attribute: ColorAttribute }
  | { type: 'view/select'; selection: Selection | null }
  | { type: 'view/hover'; hover: Selection | null }
  | { type: 'view/timeWindow'; window: [number, number] | null }
  | { type: 'view/topic'; topic: string | null }
  | { type: 'view/search'; text: string }
  | { type: 'view/replace'; view: ViewState };
