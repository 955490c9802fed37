import type { DeskRef, LessonId, OrderResponse, Outcome, RiskId } from './level';
import type { RandomState } from './random';

/** Bumped whenever a rule change would score the same decision log differently. */
export const RULES_VERSION = 1;

export interface PowerProgress {
  allocations: Record<string, number>;
  order: 'pending' | OrderResponse;
  confirmed: boolean;
}

export interface CrossCheck {
  a: DeskRef;
  b: DeskRef;
  discrepancyId: string | null;
}

export interface ReviewProgress {
  checks: CrossCheck[];
  found: string[];
  gift: 'pending' | 'returned' | 'kept' | 'none';
  decision: string | null;
}

export interface InspectionProgress {
  /** Drawn from the seed when the game starts. */
  clueObject: string;
  examined: string[];
  timeUsed: number;
  notebook: string[];
  conclusion: string | null;
}

/** A scored decision: which outcome of which step, with its lesson, points, reason and source. */
export interface ScoredEvent extends Outcome {
  stepId: string;
  outcomeKey: string;
}

export interface GameState {
  levelId: string;
  seed: number;
  random: RandomState;
  stepIndex: number;
  /** The dialogue line shown, within a scene step. */
  lineIndex: number;
  power: Record<string, PowerProgress>;
  review: Record<string, ReviewProgress>;
  inspection: Record<string, InspectionProgress>;
  scored: ScoredEvent[];
  finished: boolean;
}

export type GameAction =
  | { type: 'advance-dialogue' }
  | { type: 'set-allocation'; districtId: string; mw: number }
  | { type: 'answer-order'; response: OrderResponse }
  | { type: 'confirm-allocation' }
  | { type: 'cross-check'; a: DeskRef; b: DeskRef }
  | { type: 'handle-gift'; choice: 'returned' | 'kept' }
  | { type: 'decide-application'; decisionId: string }
  | { type: 'examine'; objectId: string }
  | { type: 'note-evidence'; objectId: string }
  | { type: 'file-report'; conclusionId: string };

export type RefusalReason =
  | 'level-finished'
  | 'wrong-step'
  | 'unknown-id'
  | 'order-pending'
  | 'locked-by-order'
  | 'already-checked'
  | 'no-checks-left'
  | 'same-item'
  | 'gift-pending'
  | 'no-time-left'
  | 'not-examined';

/** What happened, for the scenes to draw and the sound to play; the state is the truth. */
export type GameEvent =
  | { type: 'step-started'; stepId: string; stepIndex: number }
  | { type: 'line-shown'; stepId: string; lineIndex: number }
  | { type: 'allocation-set'; stepId: string; districtId: string; mw: number }
  | { type: 'order-answered'; stepId: string; response: OrderResponse }
  | { type: 'cross-checked'; stepId: string; a: DeskRef; b: DeskRef; discrepancyId: string | null }
  | { type: 'gift-handled'; stepId: string; choice: 'returned' | 'kept' }
  | { type: 'examined'; stepId: string; objectId: string; isClue: boolean }
  | { type: 'evidence-noted'; stepId: string; objectId: string }
  | { type: 'scored'; scored: ScoredEvent }
  | { type: 'level-finished' }
  | { type: 'action-refused'; action: GameAction; reason: RefusalReason };

export interface StepResult {
  state: GameState;
  events: GameEvent[];
}

export type LessonTally = Record<LessonId, { earned: number; possible: number; score: number | null }>;

export interface RiskRecord {
  id: RiskId;
  spotted: boolean;
  fell: boolean;
}
