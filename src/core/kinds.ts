// The registry of step kinds: one entry per kind, typed over every kind, so adding a kind is
// adding an entry here (and its shapes to KindTypes in state.ts) and the compiler names the rest.

import { boardKind } from './board/kind';
import { deskKind } from './desk/kind';
import { gridKind } from './grid/kind';
import { planKind } from './plan/kind';
import { sceneKind } from './scene/kind';
import { siteKind } from './site/kind';
import type { StepKindRules } from './step-kind';
import type { GameAction, StepKind } from './state';

export const STEP_KINDS: { readonly [K in StepKind]: StepKindRules<K> } = {
  scene: sceneKind,
  grid: gridKind,
  desk: deskKind,
  site: siteKind,
  board: boardKind,
  plan: planKind,
};

export const STEP_KIND_NAMES = Object.keys(STEP_KINDS) as StepKind[];

/** The kind each action type belongs to. */
export const KIND_OF_ACTION = new Map<string, StepKind>(
  STEP_KIND_NAMES.flatMap((kind) => Object.keys(STEP_KINDS[kind].actionTypes).map((type): [string, StepKind] => [type, kind])),
);

export function kindOfAction(action: GameAction): StepKind | undefined {
  return KIND_OF_ACTION.get(action.type);
}

/**
 * The rules of one kind, seen as rules over any step. TypeScript cannot follow a step's kind into
 * its entry (a correlated union), so the game's router asks here, the one place that widens.
 */
export function rulesOf(kind: StepKind): StepKindRules<StepKind> {
  return STEP_KINDS[kind] as unknown as StepKindRules<StepKind>;
}
