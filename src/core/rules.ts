// The rules of a level: a pure step (level, state, action) -> { state, events }.
// No clock, no Math.random, no I/O: the same level, seed and actions always give the same result.

import type {
  DeskRef,
  InspectionStep,
  Level,
  LevelStep,
  Outcome,
  PowerOutcomeKey,
  PowerStep,
  ReviewStep,
} from './level';
import { applyDesk, initialDeskProgress } from './desk-rules';
import { applyGrid, initialGridProgress } from './grid-rules';
import { pickOne, seedFrom } from './random';
import { applySite, initialSiteProgress } from './site-rules';
import { score, scoreAll } from './score-events';
import type {
  GameAction,
  GameEvent,
  GameState,
  InspectionProgress,
  PowerProgress,
  RefusalReason,
  ReviewProgress,
  StepResult,
} from './state';

export function createGame(level: Level, seed: number): GameState {
  let random = seedFrom(seed);
  const state: GameState = {
    levelId: level.id,
    seed,
    random,
    stepIndex: 0,
    lineIndex: 0,
    power: {},
    review: {},
    inspection: {},
    grid: {},
    site: {},
    desk: {},
    scored: [],
    finished: false,
  };
  for (const step of level.steps) {
    if (step.kind === 'power') {
      state.power[step.id] = {
        allocations: Object.fromEntries(step.districts.map((d) => [d.id, 0])),
        order: 'pending',
        confirmed: false,
      };
    } else if (step.kind === 'review') {
      state.review[step.id] = { checks: [], found: [], gift: step.gift ? 'pending' : 'none', decision: null };
    } else if (step.kind === 'inspection') {
      let clueObject: string;
      [clueObject, random] = pickOne(step.clue.candidates, random);
      state.inspection[step.id] = { clueObject, examined: [], timeUsed: 0, notebook: [], conclusion: null };
    } else if (step.kind === 'grid') {
      state.grid[step.id] = initialGridProgress(step);
    } else if (step.kind === 'site') {
      // The visit itself is drawn from the seed when the player goes in, announced or not.
      state.site[step.id] = initialSiteProgress();
    } else if (step.kind === 'desk') {
      state.desk[step.id] = initialDeskProgress(step);
    }
  }
  state.random = random;
  return state;
}

export function currentStep(level: Level, state: GameState): LevelStep | undefined {
  return level.steps[state.stepIndex];
}

export function step(level: Level, state: GameState, action: GameAction): StepResult {
  const refuse = (reason: RefusalReason): StepResult => ({
    state,
    events: [{ type: 'action-refused', action, reason }],
  });
  if (state.finished) return refuse('level-finished');
  const current = currentStep(level, state);
  if (!current) return refuse('level-finished');

  const next = structuredClone(state);
  const events: GameEvent[] = [];
  const result = applyAction(level, current, next, action, events);
  if (result !== 'ok') return refuse(result);
  return { state: next, events };
}

export type Applied = 'ok' | RefusalReason;

function applyAction(level: Level, current: LevelStep, state: GameState, action: GameAction, events: GameEvent[]): Applied {
  switch (action.type) {
    case 'advance-dialogue': {
      if (current.kind !== 'scene') return 'wrong-step';
      if (state.lineIndex + 1 < current.lines.length) {
        state.lineIndex += 1;
        events.push({ type: 'line-shown', stepId: current.id, lineIndex: state.lineIndex });
      } else {
        finishStep(level, state, events);
      }
      return 'ok';
    }
    case 'answer-order':
      if (current.kind === 'grid') return applyGrid(current, state, action, events, () => finishStep(level, state, events));
      if (current.kind !== 'power') return 'wrong-step';
      return applyPower(level, current, state, action, events);
    case 'set-allocation':
    case 'confirm-allocation': {
      if (current.kind !== 'power') return 'wrong-step';
      return applyPower(level, current, state, action, events);
    }
    case 'cross-check':
    case 'handle-gift':
    case 'decide-application': {
      if (current.kind !== 'review') return 'wrong-step';
      return applyReview(level, current, state, action, events);
    }
    case 'examine':
    case 'note-evidence':
    case 'file-report': {
      if (current.kind !== 'inspection') return 'wrong-step';
      return applyInspection(level, current, state, action, events);
    }
    case 'grid-move':
    case 'grid-cap':
    case 'grid-rotation':
    case 'grid-measure':
    case 'grid-monitoring':
    case 'compare-profiles':
    case 'run-day':
    case 'file-case-note': {
      if (current.kind !== 'grid') return 'wrong-step';
      return applyGrid(current, state, action, events, () => finishStep(level, state, events));
    }
    case 'begin-visit':
    case 'site':
    case 'leave-site': {
      if (current.kind !== 'site') return 'wrong-step';
      return applySite(current, state, action, events, () => finishStep(level, state, events));
    }
    case 'desk':
    case 'leave-desk': {
      if (current.kind !== 'desk') return 'wrong-step';
      return applyDesk(current, state, action, events, () => finishStep(level, state, events));
    }
  }
}

function finishStep(level: Level, state: GameState, events: GameEvent[]): void {
  state.stepIndex += 1;
  state.lineIndex = 0;
  const upcoming = level.steps[state.stepIndex];
  if (upcoming) {
    events.push({ type: 'step-started', stepId: upcoming.id, stepIndex: state.stepIndex });
  } else {
    state.finished = true;
    events.push({ type: 'level-finished' });
  }
}

// ---- Power allocation -------------------------------------------------------------------------

/** Power still free to give: supply less what is already allocated. Never negative. */
export function unallocatedMw(step: PowerStep, progress: PowerProgress): number {
  const used = Object.values(progress.allocations).reduce((sum, mw) => sum + mw, 0);
  return Math.max(0, step.supplyMw - used);
}

function applyPower(
  level: Level,
  power: PowerStep,
  state: GameState,
  action: Extract<GameAction, { type: 'set-allocation' | 'answer-order' | 'confirm-allocation' }>,
  events: GameEvent[],
): Applied {
  const progress = state.power[power.id] as PowerProgress;
  const favoured = power.order.favouredDistrict;

  if (action.type === 'answer-order') {
    if (progress.order !== 'pending') return 'already-checked';
    progress.order = action.response;
    events.push({ type: 'order-answered', stepId: power.id, response: action.response });
    if (action.response === 'comply') {
      // Complying means the favoured district is served in full before anyone else.
      const district = power.districts.find((d) => d.id === favoured);
      if (district) {
        progress.allocations[favoured] = 0;
        const mw = Math.min(district.demandMw, roundDown(unallocatedMw(power, progress), power.stepMw));
        progress.allocations[favoured] = mw;
        events.push({ type: 'allocation-set', stepId: power.id, districtId: favoured, mw });
      }
    }
    return 'ok';
  }

  if (action.type === 'set-allocation') {
    const district = power.districts.find((d) => d.id === action.districtId);
    if (!district) return 'unknown-id';
    if (progress.order === 'comply' && district.id === favoured) return 'locked-by-order';
    const others = unallocatedMw(power, progress) + (progress.allocations[district.id] ?? 0);
    const wanted = Number.isFinite(action.mw) ? action.mw : 0;
    const mw = Math.max(0, Math.min(roundDown(wanted, power.stepMw), district.demandMw, roundDown(others, power.stepMw)));
    progress.allocations[district.id] = mw;
    events.push({ type: 'allocation-set', stepId: power.id, districtId: district.id, mw });
    return 'ok';
  }

  // confirm-allocation
  if (progress.order === 'pending') return 'order-pending';
  progress.confirmed = true;
  const servedShare = (kind: string): number => {
    const ds = power.districts.filter((d) => d.kind === kind);
    const demand = ds.reduce((s, d) => s + d.demandMw, 0);
    const served = ds.reduce((s, d) => s + (progress.allocations[d.id] ?? 0), 0);
    return demand === 0 ? 1 : served / demand;
  };
  const unmet = power.districts.some((d) => (progress.allocations[d.id] ?? 0) < d.demandMw);
  const keys: PowerOutcomeKey[] = [
    servedShare('critical') >= 1 ? 'criticalServed' : 'criticalShort',
    servedShare('homes') >= power.homesServedShare ? 'homesServed' : 'homesShort',
    progress.order === 'comply' ? 'orderComplied' : progress.order === 'refuse' ? 'orderRefused' : 'orderEscalated',
    unmet && unallocatedMw(power, progress) >= power.stepMw ? 'supplyWasted' : 'supplyUsed',
  ];
  for (const key of keys) scoreAll(state, events, power.id, key, power.outcomes[key]);
  finishStep(level, state, events);
  return 'ok';
}

function roundDown(mw: number, stepMw: number): number {
  return Math.floor(mw / stepMw + 1e-9) * stepMw;
}

// ---- Project review ---------------------------------------------------------------------------

export function samePair(a1: DeskRef, b1: DeskRef, a2: DeskRef, b2: DeskRef): boolean {
  return (a1 === a2 && b1 === b2) || (a1 === b2 && b1 === a2);
}

export function deskRefExists(review: ReviewStep, ref: DeskRef): boolean {
  if (ref.startsWith('rule:')) return review.rulebook.some((r) => `rule:${r.id}` === ref);
  const [docId, fieldId] = ref.split('.');
  return review.documents.some((d) => d.id === docId && d.fields.some((f) => f.id === fieldId));
}

function applyReview(
  level: Level,
  review: ReviewStep,
  state: GameState,
  action: Extract<GameAction, { type: 'cross-check' | 'handle-gift' | 'decide-application' }>,
  events: GameEvent[],
): Applied {
  const progress = state.review[review.id] as ReviewProgress;

  if (action.type === 'cross-check') {
    if (!deskRefExists(review, action.a) || !deskRefExists(review, action.b)) return 'unknown-id';
    if (action.a === action.b) return 'same-item';
    if (progress.checks.some((c) => samePair(c.a, c.b, action.a, action.b))) return 'already-checked';
    if (progress.checks.length >= review.checkBudget) return 'no-checks-left';
    const hit = review.discrepancies.find((d) => samePair(d.between[0], d.between[1], action.a, action.b));
    progress.checks.push({ a: action.a, b: action.b, discrepancyId: hit?.id ?? null });
    events.push({ type: 'cross-checked', stepId: review.id, a: action.a, b: action.b, discrepancyId: hit?.id ?? null });
    if (hit) {
      progress.found.push(hit.id);
      score(state, events, review.id, `discrepancy:${hit.id}`, hit.found);
    }
    return 'ok';
  }

  if (action.type === 'handle-gift') {
    if (!review.gift) return 'unknown-id';
    if (progress.gift !== 'pending') return 'already-checked';
    progress.gift = action.choice;
    events.push({ type: 'gift-handled', stepId: review.id, choice: action.choice });
    score(state, events, review.id, `gift:${action.choice}`, review.gift[action.choice]);
    return 'ok';
  }

  // decide-application
  const decision = review.decisions.find((d) => d.id === action.decisionId);
  if (!decision) return 'unknown-id';
  if (progress.gift === 'pending') return 'gift-pending';
  progress.decision = decision.id;
  const found = progress.found.length;
  const tier = found === review.discrepancies.length ? 'allFound' : found > 0 ? 'someFound' : 'noneFound';
  scoreAll(state, events, review.id, `decision:${decision.id}:${tier}`, decision.outcomes[tier]);
  finishStep(level, state, events);
  return 'ok';
}

// ---- Site inspection --------------------------------------------------------------------------

export function timeLeft(inspection: InspectionStep, progress: InspectionProgress): number {
  return Math.max(0, inspection.timeBudget - progress.timeUsed);
}

function applyInspection(
  level: Level,
  inspection: InspectionStep,
  state: GameState,
  action: Extract<GameAction, { type: 'examine' | 'note-evidence' | 'file-report' }>,
  events: GameEvent[],
): Applied {
  const progress = state.inspection[inspection.id] as InspectionProgress;

  if (action.type === 'examine') {
    const object = inspection.objects.find((o) => o.id === action.objectId);
    if (!object) return 'unknown-id';
    if (progress.examined.includes(object.id)) return 'already-checked';
    if (timeLeft(inspection, progress) < object.timeCost) return 'no-time-left';
    progress.examined.push(object.id);
    progress.timeUsed += object.timeCost;
    events.push({ type: 'examined', stepId: inspection.id, objectId: object.id, isClue: object.id === progress.clueObject });
    return 'ok';
  }

  if (action.type === 'note-evidence') {
    if (!inspection.objects.some((o) => o.id === action.objectId)) return 'unknown-id';
    if (!progress.examined.includes(action.objectId)) return 'not-examined';
    if (progress.notebook.includes(action.objectId)) return 'already-checked';
    progress.notebook.push(action.objectId);
    events.push({ type: 'evidence-noted', stepId: inspection.id, objectId: action.objectId });
    if (action.objectId === progress.clueObject) score(state, events, inspection.id, 'clue-found', inspection.clue.found);
    return 'ok';
  }

  // file-report
  const conclusion = inspection.conclusions.find((c) => c.id === action.conclusionId);
  if (!conclusion) return 'unknown-id';
  progress.conclusion = conclusion.id;
  const withClue = progress.notebook.includes(progress.clueObject);
  const tier = withClue ? 'withClue' : 'withoutClue';
  scoreAll(state, events, inspection.id, `report:${conclusion.id}:${tier}`, conclusion.outcomes[tier]);
  finishStep(level, state, events);
  return 'ok';
}
