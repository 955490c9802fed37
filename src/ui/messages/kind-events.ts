// Each step kind's own events, as its messages and painter read them: the inner event of
// `{ type: 'step-event', kind, stepId, event }`, the shape the core is moving to. Today's core
// sends most events flat (a stepId beside their fields) and site and desk ones wrapped; this file
// is the one place that adapts. When the core sends the wrapped shape for every kind, each type
// here becomes the core's own (`EventOf<'grid'>`...) and `kindEventOf` a one-line filter.

import type { GameEvent, Level, LevelStep } from '../../core';

export type StepKind = LevelStep['kind'];
export type StepOf<K extends StepKind> = Extract<LevelStep, { kind: K }>;

/** A flat event of today's core without the stepId that the wrapper carries. */
type InnerOf<E> = E extends unknown ? Omit<E, 'stepId'> : never;
type Flat<T extends GameEvent['type']> = InnerOf<Extract<GameEvent, { type: T }>>;

export type SceneInnerEvent = Flat<'line-shown'>;
export type GridInnerEvent = Flat<'levers-changed' | 'order-answered' | 'monitoring-done' | 'profiles-compared' | 'day-run'>;
export type SiteInnerEvent = Extract<GameEvent, { type: 'site-event' }>['event'];
export type DeskInnerEvent = Extract<GameEvent, { type: 'desk-event' }>['event'];
// LEGACY: the tutorial-only kinds (see scenes/painters/legacy-tutorial.ts).
export type PowerInnerEvent = Flat<'allocation-set' | 'order-answered'>;
export type ReviewInnerEvent = Flat<'cross-checked' | 'gift-handled'>;
export type InspectionInnerEvent = Flat<'examined' | 'evidence-noted'>;

interface InnerEvents {
  scene: SceneInnerEvent;
  grid: GridInnerEvent;
  desk: DeskInnerEvent;
  site: SiteInnerEvent;
  power: PowerInnerEvent;
  review: ReviewInnerEvent;
  inspection: InspectionInnerEvent;
}
export type InnerEventOf<K extends StepKind> = InnerEvents[K];

export type KindEvent = { [K in StepKind]: { type: 'step-event'; kind: K; stepId: string; event: InnerEventOf<K> } }[StepKind];

/**
 * Today's core event as `{ type: 'step-event', kind, stepId, event }`: the kind is that of the
 * step the event names. Null for the events of no kind (a new step, a refusal, a score, the end).
 */
export function kindEventOf(level: Level, event: GameEvent): KindEvent | null {
  if (!('stepId' in event) || event.type === 'step-started') return null;
  const step = level.steps.find((s) => s.id === event.stepId);
  if (!step) return null;
  const { stepId, ...inner } = event;
  const wrapped = event.type === 'site-event' || event.type === 'desk-event' ? event.event : inner;
  return { type: 'step-event', kind: step.kind, stepId, event: wrapped } as KindEvent;
}
