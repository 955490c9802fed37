// The state of a play, and the shapes every step kind fills: its progress, its actions, its events
// and its case-file record (KindTypes). A new kind adds one entry to KindTypes and one to the
// registry in core/kinds.ts; the compiler then names every other place that must handle it.

import type { BoardAction, BoardCaseRecord, BoardEvent, BoardProgress, BoardRefusal } from './board/model';
import type { DeskAction, DeskCaseRecord, DeskEvent, DeskRefusal, DeskState } from './desk/model';
import type { LessonId, LevelStep, OrderResponse, Outcome, RiskId } from './level';
import type { PlanAction, PlanCaseRecord, PlanEvent, PlanProgress, PlanRefusal } from './plan/model';
import type { RandomState } from './random';
import type { SiteAction, SiteCaseRecord, SiteDifficulty, SiteEvent, SiteRefusalReason, SiteVisit } from './site/model';

/** Bumped whenever a rule change would score the same decision log differently. */
export const RULES_VERSION = 5;

export type StepKind = LevelStep['kind'];
export type StepOf<K extends StepKind> = Extract<LevelStep, { kind: K }>;

// ---- Scenes ------------------------------------------------------------------------------------

export interface SceneProgress {
  /** The dialogue line shown (its index in the step's lines). */
  line: number;
  /** The lines this play says, in order: those without `when`, and those whose condition the case file met. */
  shown: number[];
}

export type SceneAction = { type: 'advance-dialogue' };
export type SceneEvent = { type: 'line-shown'; lineIndex: number };

// ---- The city grid -------------------------------------------------------------------------------

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
  /** Evidence this step found, by id (e.g. the declared-versus-metered comparison). */
  evidence: string[];
  /** Calls and pressure from the secretary's office, one point per push. */
  pressure: number;
  /** Every call the pushes rang, in order; the last may be ringing (answer null) and blocks the work. */
  calls: GridCall[];
  /** Next summer's supply plan, when the level offers one. */
  plan: string | null;
  conclusion: string | null;
}

/** What made the Secretary's office ring: an order pushed back, the meters touched, the favoured feed cut. */
export type GridCallReason = 'order-refused' | 'order-escalated' | 'metering-restored' | 'meter-audit' | 'favoured-cut';
/** Hear the caller out, or put the receiver down: either way the work goes on, and nothing is scored. */
export type GridCallAnswer = 'heard' | 'put-down';
export const GRID_CALL_ANSWERS = ['heard', 'put-down'] as const satisfies readonly GridCallAnswer[];

export interface GridCall {
  reason: GridCallReason;
  /** The day (index) being worked on when it rang; a day's own cut rings after it is run. */
  dayIndex: number;
  answer: GridCallAnswer | null;
}

/** Restore the favoured feed to the metering platform, audit the substation meter, or demand a load profile. */
export type GridMonitoringRequest = 'restore-metering' | 'meter-audit' | 'load-profile';
export const GRID_MONITORING_REQUESTS = ['restore-metering', 'meter-audit', 'load-profile'] as const satisfies readonly GridMonitoringRequest[];

export type GridAction =
  | { type: 'answer-order'; response: OrderResponse }
  /** Answers the Secretary's office's call that is ringing; nothing else is accepted while it rings. */
  | { type: 'grid-answer-call'; answer: GridCallAnswer }
  /** Moves a district to a place (0 = served first) in the load-shedding order; small in a log. */
  | { type: 'grid-move'; districtId: string; to: number }
  | { type: 'grid-cap'; districtId: string; mw: number | null }
  | { type: 'grid-rotation'; districtId: string; on: boolean }
  | { type: 'grid-measure'; measureId: string; on: boolean }
  | { type: 'grid-monitoring'; request: GridMonitoringRequest }
  | { type: 'compare-profiles' }
  | { type: 'run-day' }
  | { type: 'choose-plan'; planId: string }
  | { type: 'file-case-note'; conclusionId: string };

export type GridEvent =
  /** A lever changed; a move in the load-shedding order says where the district now stands (0 = served first, of how many). */
  | { type: 'levers-changed'; moved?: { districtId: string; to: number; of: number } }
  | { type: 'order-answered'; response: OrderResponse; dayId: string }
  | { type: 'monitoring-done'; request: GridMonitoringRequest }
  | { type: 'profiles-compared'; contradicted: boolean }
  | { type: 'day-run'; dayIndex: number }
  | { type: 'call-rang'; reason: GridCallReason; callIndex: number }
  | { type: 'call-answered'; answer: GridCallAnswer; callIndex: number };

/** What a grid step leaves for later chapters. */
export interface GridCaseRecord {
  evidence: string[];
  conclusion: string | null;
  daysRun: number;
  meteredFromDay: number | null;
  ordersComplied: number;
}

// ---- The site inspection -------------------------------------------------------------------------

export interface SiteProgress {
  /** Null until the player chooses how to go in (announced or not, and how hard). */
  visit: SiteVisit | null;
}

export type SiteStepAction =
  | { type: 'begin-visit'; announced: boolean; difficulty: SiteDifficulty }
  | { type: 'site'; act: SiteAction }
  | { type: 'leave-site' };

export type SiteStepEvent = Exclude<SiteEvent, { type: 'action-refused' }>;

// ---- The review desk -----------------------------------------------------------------------------

export type DeskStepAction =
  /** One action at the review desk (see core/desk/model.ts). */
  | { type: 'desk'; act: DeskAction }
  /** Leaves the desk once it has closed, after the player has read the years that follow. */
  | { type: 'leave-desk' };

export type DeskStepEvent = Exclude<DeskEvent, { type: 'action-refused' } | { type: 'scored' }>;

// ---- One table of every kind's shapes --------------------------------------------------------------

export interface KindTypes {
  scene: { progress: SceneProgress; action: SceneAction; event: SceneEvent; caseRecord: never };
  grid: { progress: GridProgress; action: GridAction; event: GridEvent; caseRecord: GridCaseRecord };
  desk: { progress: DeskState; action: DeskStepAction; event: DeskStepEvent; caseRecord: DeskCaseRecord };
  site: { progress: SiteProgress; action: SiteStepAction; event: SiteStepEvent; caseRecord: SiteCaseRecord };
  board: { progress: BoardProgress; action: BoardAction; event: BoardEvent; caseRecord: BoardCaseRecord };
  plan: { progress: PlanProgress; action: PlanAction; event: PlanEvent; caseRecord: PlanCaseRecord };
}

// A level step kind without an entry above (or an entry for no kind) fails to compile here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const KIND_TABLE_COVERS_EVERY_KIND: Same<keyof KindTypes, StepKind> = true;

export type ProgressOf<K extends StepKind> = KindTypes[K]['progress'];
export type ActionOf<K extends StepKind> = KindTypes[K]['action'];
export type EventOf<K extends StepKind> = KindTypes[K]['event'];
export type CaseRecordOf<K extends StepKind> = KindTypes[K]['caseRecord'];

// ---- The scored-decision record -------------------------------------------------------------------

/**
 * One scored decision, the one record every kind writes (through `recordDecision`) and the
 * debrief, the teacher page and an LMS read: which step, what was decided, and what it earned.
 */
export interface ScoredDecision extends Outcome {
  stepId: string;
  kind: StepKind;
  /** The decision point within the step: 'order', 'verdict', 'gift', 'call', 'metering'... */
  point: string;
  /** What the decision was about when a step has several of the point: an application, a day, a call. */
  subject: string | null;
  /** What was decided or came about: 'comply', 'approvedUnsound', 'mining-proven'... */
  choice: string;
  /** What the outcome rested on, when the same choice scores differently: 'withEvidence'... */
  basis: string | null;
}

// ---- The case file ----------------------------------------------------------------------------

export type CaseFileEntry = {
  [K in StepKind]: { kind: K; levelId: string; stepId: string; record: CaseRecordOf<K> };
}[StepKind];

/** What the inspector found and did, carried from chapter to chapter; `createGame` takes it as input. */
export interface CaseFile {
  entries: CaseFileEntry[];
}

export const EMPTY_CASE_FILE: CaseFile = { entries: [] };

// ---- The game ------------------------------------------------------------------------------------

export type ProgressTables = { [K in StepKind]: Record<string, ProgressOf<K>> };

export interface GameState extends ProgressTables {
  levelId: string;
  seed: number;
  random: RandomState;
  stepIndex: number;
  /** The case file the play began with (input: the play never changes it; see `caseFileAfter`). */
  caseFile: CaseFile;
  scored: ScoredDecision[];
  finished: boolean;
}

export type GameAction = ActionOf<StepKind>;

export type RefusalReason =
  | 'level-finished'
  | 'wrong-step'
  /** Not an action of this game, or missing a field its type needs: untrusted input. */
  | 'ill-formed'
  | 'unknown-id'
  | 'already-checked'
  | 'order-pending'
  | 'not-a-priority-order'
  | 'no-declaration'
  | 'no-readings'
  | 'days-left'
  | 'plan-pending'
  | 'no-days-left'
  | 'visit-not-begun'
  | 'visit-begun'
  | 'desk-open'
  | SiteRefusalReason
  | DeskRefusal
  | BoardRefusal
  | PlanRefusal;

/** An event of one step kind, said by the step it happened in. */
export type StepEvent = {
  [K in StepKind]: { type: 'step-event'; kind: K; stepId: string; event: EventOf<K> };
}[StepKind];

/** What happened, for the scenes to draw and the sound to play; the state is the truth. */
export type GameEvent =
  | { type: 'step-started'; stepId: string; stepIndex: number }
  | StepEvent
  | { type: 'scored'; decision: ScoredDecision }
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
