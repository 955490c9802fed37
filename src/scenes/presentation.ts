// One table of what every step kind shows and says: its painter (what Phaser draws) and its
// messages (what the player is told and hears for each of its events). Typed over every kind, so
// a new kind does not compile until it has an entry. Each kind's HTML panel is chosen in
// ui/level-view.ts.

import type { LevelUiState } from '../ui/level-parts';
import { boardMessage, rememberBoardEvent } from '../ui/messages/board';
import { deskEventMessage, rememberDeskEvent } from '../ui/messages/desk';
import { gridMessage, rememberGridEvent } from '../ui/messages/grid';
import { planMessage, rememberPlanEvent } from '../ui/messages/plan';
import type { InnerEventOf, StepKind, StepOf } from '../ui/messages/kind-events';
import type { MessageContext, Said } from '../ui/messages/said';
import { sceneMessage } from '../ui/messages/scene';
import { siteMessage } from '../ui/messages/site';
import { BoardPainter } from './painters/board';
import { DeskPainter } from './painters/desk';
import { GridPainter } from './painters/grid';
import { PlanPainter } from './painters/plan';
import type { Painter, PainterHost } from './painters/painter';
import { SpeakerPainter } from './painters/scene';
import { HallPainter } from './painters/site';

export interface KindPresentation<K extends StepKind> {
  /** What the player is told and hears after one of the kind's events (pure: see ui/messages). */
  message(event: InnerEventOf<K>, ctx: MessageContext<StepOf<K>>): Said;
  /** What the screen remembers after the event: a selection cleared, the hours set playing. */
  remember?(event: InnerEventOf<K>, ui: LevelUiState): void;
  /** What Phaser draws for a step of the kind; made once per play of a level. */
  painter(host: PainterHost): Painter<StepOf<K>, InnerEventOf<K>>;
}

export const PRESENTATION: { readonly [K in StepKind]: KindPresentation<K> } = {
  scene: { message: sceneMessage, painter: (host) => new SpeakerPainter(host) },
  grid: { message: gridMessage, remember: rememberGridEvent, painter: (host) => new GridPainter(host) },
  desk: { message: deskEventMessage, remember: rememberDeskEvent, painter: (host) => new DeskPainter(host) },
  site: { message: siteMessage, painter: (host) => new HallPainter(host) },
  board: { message: boardMessage, remember: rememberBoardEvent, painter: (host) => new BoardPainter(host) },
  plan: { message: planMessage, remember: rememberPlanEvent, painter: (host) => new PlanPainter(host) },
};

export const STEP_KINDS = Object.keys(PRESENTATION) as StepKind[];

/**
 * One kind's entry, seen as an entry for any kind. TypeScript cannot follow a step's kind into its
 * entry (a correlated union); the scene asks here with a step and that step's own events.
 */
export function presentationOf(kind: StepKind): KindPresentation<StepKind> {
  return PRESENTATION[kind] as unknown as KindPresentation<StepKind>;
}
