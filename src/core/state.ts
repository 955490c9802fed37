import type { DeskRef, LessonId, OrderResponse, Outcome, RiskId } from './level';
import type { RandomState } from './random';
import type { DeskAction, DeskEvent, DeskRefusal, DeskState } from './review-desk';
import type { SiteAction, SiteDifficulty, SiteEvent, SiteRefusalReason, SiteVisit } from './site-inspection';

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

/** The levers a player has set for the city grid; they apply to the next day run. */
export interface GridLeverSettings {
  /** Every district, served first to last. */
  priority: string[];
  capsMw: Record<string, number>;
  rotation: string[];
  /** Ids of the power-use rules the bureau enforces. */
  measures: string[];
}

export interface GridComparison {
  /** Days whose meter readings went into the comparison. */
  days: number[];
  declaredMwh: number;
  meteredMwh: number;
  ratio: number;
  hoursFarAbove: number;
  hours: number;
  flatness: number;
  contradicted: boolean;
}

export interface GridProgress {
  levers: GridLeverSettings;
  /** The levers in force on each day already run. */
  dayLevers: GridLeverSettings[];
  /** Answers to each day's order, by day id. */
  orders: Record<string, OrderResponse>;
  daysRun: number;
  /** The favoured district's feed is back on the metering platform from this day on. */
  meteringFromDay: number | null;
  /** A meter audit recovered the substation's readings for days before this one. */
  auditedBeforeDay: number;
  declarationReceived: boolean;
  comparison: GridComparison | null;
  /** What this step adds to the case file later levels use. */
  caseFile: string[];
  /** Calls and pressure from the secretary's office, one point per push. */
  pressure: number;
  conclusion: string | null;
}

export interface SiteProgress {
  /** Null until the player chooses how to go in (announced or not, and how hard). */
  visit: SiteVisit | null;
  /** What the site showed on arrival: the switch caught, if it was. */
  caughtOnArrival: string[];
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
  grid: Record<string, GridProgress>;
  site: Record<string, SiteProgress>;
  desk: Record<string, DeskState>;
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
  | { type: 'file-report'; conclusionId: string }
  /** Moves a district to a place (0 = served first) in the load-shedding order; small in a log. */
  | { type: 'grid-move'; districtId: string; to: number }
  | { type: 'grid-cap'; districtId: string; mw: number | null }
  | { type: 'grid-rotation'; districtId: string; on: boolean }
  | { type: 'grid-measure'; measureId: string; on: boolean }
  | { type: 'grid-monitoring'; request: GridMonitoringRequest }
  | { type: 'compare-profiles' }
  | { type: 'run-day' }
  | { type: 'file-case-note'; conclusionId: string }
  | { type: 'begin-visit'; announced: boolean; difficulty: SiteDifficulty }
  | { type: 'site'; act: SiteAction }
  | { type: 'leave-site' }
  /** One action at the review desk (see core/review-desk.ts). */
  | { type: 'desk'; act: DeskAction }
  /** Leaves the desk once it has closed, after the player has read the years that follow. */
  | { type: 'leave-desk' };

/** Restore the favoured feed to the metering platform, audit the substation meter, or demand a load profile. */
export type GridMonitoringRequest = 'restore-metering' | 'meter-audit' | 'load-profile';

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
  | 'not-examined'
  | 'not-a-priority-order'
  | 'no-declaration'
  | 'no-readings'
  | 'days-left'
  | 'no-days-left'
  | 'visit-not-begun'
  | 'visit-begun'
  | 'desk-open'
  | SiteRefusalReason
  | DeskRefusal;

/** What happened, for the scenes to draw and the sound to play; the state is the truth. */
export type GameEvent =
  | { type: 'step-started'; stepId: string; stepIndex: number }
  | { type: 'line-shown'; stepId: string; lineIndex: number }
  | { type: 'allocation-set'; stepId: string; districtId: string; mw: number }
  | { type: 'order-answered'; stepId: string; response: OrderResponse; dayId?: string }
  | { type: 'cross-checked'; stepId: string; a: DeskRef; b: DeskRef; discrepancyId: string | null }
  | { type: 'gift-handled'; stepId: string; choice: 'returned' | 'kept' }
  | { type: 'examined'; stepId: string; objectId: string; isClue: boolean }
  | { type: 'evidence-noted'; stepId: string; objectId: string }
  | { type: 'levers-changed'; stepId: string }
  | { type: 'monitoring-done'; stepId: string; request: GridMonitoringRequest }
  | { type: 'profiles-compared'; stepId: string; contradicted: boolean }
  | { type: 'day-run'; stepId: string; dayIndex: number }
  | { type: 'site-event'; stepId: string; event: Exclude<SiteEvent, { type: 'action-refused' }> }
  | { type: 'desk-event'; stepId: string; event: Exclude<DeskEvent, { type: 'action-refused' } | { type: 'scored' }> }
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
