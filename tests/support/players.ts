// Scripted players: each plays a level through the core the way a kind of player would, reading
// the state as a player reads the screen (never the seed's answer directly).

import { createGame, step, type GameAction, type GameState, type Level, type LevelStep } from '../../src/core';

export interface Strategy {
  power(step: Extract<LevelStep, { kind: 'power' }>, state: GameState): GameAction[];
  review(step: Extract<LevelStep, { kind: 'review' }>, state: GameState): GameAction[];
  /** Called repeatedly; return the next action given what the inspection has shown so far. */
  inspection(step: Extract<LevelStep, { kind: 'inspection' }>, state: GameState): GameAction;
}

export function playThrough(level: Level, seed: number, strategy: Strategy): { state: GameState; actions: GameAction[] } {
  let state = createGame(level, seed);
  const actions: GameAction[] = [];
  const act = (action: GameAction): void => {
    const result = step(level, state, action);
    if (result.events.some((e) => e.type === 'action-refused')) return;
    state = result.state;
    actions.push(action);
  };
  for (let guard = 0; !state.finished && guard < 500; guard++) {
    const current = level.steps[state.stepIndex]!;
    if (current.kind === 'scene') act({ type: 'advance-dialogue' });
    else if (current.kind === 'power') strategy.power(current, state).forEach(act);
    else if (current.kind === 'review') strategy.review(current, state).forEach(act);
    else act(strategy.inspection(current, state));
  }
  return { state, actions };
}

/** Follows every rule: lights the critical loads, then homes, then the rest; finds everything. */
export const diligentInspector: Strategy = {
  power(power) {
    const actions: GameAction[] = [{ type: 'answer-order', response: 'escalate' }];
    const order = ['critical', 'homes', 'commerce', 'industry', 'high-tech'];
    const districts = [...power.districts].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
    let free = power.supplyMw;
    for (const d of districts) {
      const mw = Math.min(d.demandMw, Math.floor(free / power.stepMw) * power.stepMw);
      actions.push({ type: 'set-allocation', districtId: d.id, mw });
      free -= mw;
    }
    actions.push({ type: 'confirm-allocation' });
    return actions;
  },
  review(review) {
    return [
      ...review.discrepancies.map((d): GameAction => ({ type: 'cross-check', a: d.between[0], b: d.between[1] })),
      ...(review.gift ? [{ type: 'handle-gift', choice: 'returned' } as GameAction] : []),
      { type: 'decide-application', decisionId: 'reject' },
    ];
  },
  inspection(inspection, state) {
    const progress = state.inspection[inspection.id]!;
    // Look at each candidate in turn; note what turns out to be the clue (the screen says so).
    const seenClue = progress.examined.find((id) => id === progress.clueObject);
    if (seenClue && !progress.notebook.includes(seenClue)) return { type: 'note-evidence', objectId: seenClue };
    const next = inspection.clue.candidates.find((id) => !progress.examined.includes(id));
    if (!seenClue && next) return { type: 'examine', objectId: next };
    return { type: 'file-report', conclusionId: 'dig-deeper' };
  },
};

/** What happened in Fuzhou: favour first, approve, sign off on what is shown. */
export const historicalOfficial: Strategy = {
  power(power) {
    const actions: GameAction[] = [{ type: 'answer-order', response: 'comply' }];
    let free = power.supplyMw - (power.districts.find((d) => d.id === power.order.favouredDistrict)?.demandMw ?? 0);
    for (const d of power.districts.filter((x) => x.id !== power.order.favouredDistrict && x.kind !== 'homes')) {
      const mw = Math.min(d.demandMw, Math.max(0, Math.floor(free / power.stepMw) * power.stepMw));
      actions.push({ type: 'set-allocation', districtId: d.id, mw });
      free -= mw;
    }
    for (const d of power.districts.filter((x) => x.kind === 'homes')) {
      actions.push({ type: 'set-allocation', districtId: d.id, mw: Math.max(0, free) });
    }
    actions.push({ type: 'confirm-allocation' });
    return actions;
  },
  review(review) {
    return [...(review.gift ? [{ type: 'handle-gift', choice: 'kept' } as GameAction] : []), { type: 'decide-application', decisionId: 'approve' }];
  },
  inspection() {
    return { type: 'file-report', conclusionId: 'sign-off' };
  },
};
