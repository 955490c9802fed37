// Each step kind's own events, as its messages and painter read them: the inner event of the
// core's `{ type: 'step-event', kind, stepId, event }`. The names are the core's (EventOf<K>);
// this file only gives each kind's a short name for the messages and painters.

import type { EventOf, GameEvent, StepEvent, StepKind } from '../../core';

export type { StepKind, StepOf };
import type { StepOf } from '../../core';
export type InnerEventOf<K extends StepKind> = EventOf<K>;

export type SceneInnerEvent = EventOf<'scene'>;
export type GridInnerEvent = EventOf<'grid'>;
export type SiteInnerEvent = EventOf<'site'>;
export type DeskInnerEvent = EventOf<'desk'>;
export type BoardInnerEvent = EventOf<'board'>;
export type PlanInnerEvent = EventOf<'plan'>;

/** The event of one step kind, or null for the events of no kind (a new step, a refusal, a score, the end). */
export function kindEventOf(event: GameEvent): StepEvent | null {
  return event.type === 'step-event' ? event : null;
}
