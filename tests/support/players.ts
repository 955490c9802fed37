// Scripted players: each plays a level through the core the way a kind of player would, reading
// the state as a player reads the screen (never the seed's answer directly).

import { createGame, step, type GameAction, type GameState, type Level, type LevelStep } from '../../src/core';

export interface Strategy {
  power(step: Extract<LevelStep, { kind: 'power' }>, state: GameState): GameAction[];
  review(step: Extract<LevelStep, { kind: 'review' }>, state: GameState): GameAction[];
  /** Called repeatedly; return the next action given what the inspection has shown so far. */
  inspection(step: Extract<LevelStep, { kind: 'inspection' }>, state: GameState): GameAction;
  /** Called once per day of a grid step (with everything the player does before running it), then once to file the note. */
  grid(step: Extract<LevelStep, { kind: 'grid' }>, state: GameState): GameAction[];
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
    else if (current.kind === 'grid') strategy.grid(current, state).forEach(act);
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
  grid: diligentGridDay,
};

type GridStep = Extract<LevelStep, { kind: 'grid' }>;

/** The order a people-first dispatcher sheds load in: critical loads and homes last to be cut. */
export function peopleFirstPriority(grid: GridStep): string[] {
  const rank = ['hospital', 'water', 'signals', 'homes', 'rural', 'schools', 'commerce', 'industry', 'high-tech'];
  const ids = [...grid.districts]
    .sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind))
    .map((d) => d.id)
    .filter((id) => id !== grid.favouredDistrict);
  return [...ids, grid.favouredDistrict];
}

/** The moves that turn the current load-shedding order into the wanted one, first place first. */
export function movesTo(wanted: readonly string[], current: readonly string[]): GameAction[] {
  const order = [...current];
  const moves: GameAction[] = [];
  wanted.forEach((id, to) => {
    const from = order.indexOf(id);
    if (from === to || from < 0) return;
    order.splice(from, 1);
    order.splice(to, 0, id);
    moves.push({ type: 'grid-move', districtId: id, to });
  });
  return moves;
}

/**
 * A people-first day: critical loads and homes first, the favoured company last, its order
 * referred up, metering restored and the declared profile asked for on day one, and the two
 * compared as soon as there are readings; the comparison goes into the note.
 */
function diligentGridDay(grid: GridStep, state: GameState): GameAction[] {
  const progress = state.grid[grid.id]!;
  if (progress.daysRun === grid.days.length) {
    return [{ type: 'file-case-note', conclusionId: progress.caseFile.length > 0 ? 'attach-comparison' : 'note-suspicion' }];
  }
  const today = grid.days[progress.daysRun]!;
  const actions: GameAction[] = [];
  if (today.order) actions.push({ type: 'answer-order', response: 'escalate' });
  if (progress.daysRun === 0) {
    actions.push(
      ...movesTo(peopleFirstPriority(grid), progress.levers.priority),
      { type: 'grid-monitoring', request: 'restore-metering' },
      { type: 'grid-monitoring', request: 'load-profile' },
    );
  }
  if (progress.daysRun > 0 && !progress.comparison) actions.push({ type: 'compare-profiles' });
  actions.push({ type: 'run-day' });
  return actions;
}

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
  grid(grid, state) {
    // The dispatch office's list as found (Genesis first), every order obeyed, the meters left alone.
    const progress = state.grid[grid.id]!;
    if (progress.daysRun === grid.days.length) return [{ type: 'file-case-note', conclusionId: 'nothing-to-report' }];
    const today = grid.days[progress.daysRun]!;
    return [...(today.order ? [{ type: 'answer-order', response: 'comply' } as GameAction] : []), { type: 'run-day' }];
  },
};
