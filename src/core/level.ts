// The shape of a level as the rules see it. `src/content/level-schema.ts` validates level files
// against a zod schema that must produce exactly this type (checked at compile time there), so the
// core never depends on zod and never reads a file.

import type { BoardDefinition } from './board/model';
import type { ReviewDesk } from './desk/model';
import type { GridDemandMeasure, GridDistrictKind } from './grid/dispatch';
import type { Condition } from './conditions';
import type { PlanDefinition } from './plan/model';
import type { SiteApproach, SiteDefinition, SiteVerdict } from './site/model';
import type { LevelQuestion } from './questions';
import type { PausePoint } from './pause-points';

export const LANGUAGES = ['en', 'ja', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How real people of the case are shown: by their names (the default) or by their roles only. */
export const NAMES_MODES = ['names', 'roles'] as const;
export type NamesMode = (typeof NAMES_MODES)[number];

/**
 * How a teacher's link runs a play: practice (the default: hints after each decision), assessment
 * (no hints, one fixed seed for the class) or facilitated (a room at a projector: pause points with
 * the room's votes, large high-contrast text, no timers unless the facilitator starts one).
 */
export const PLAY_MODES = ['practice', 'assessment', 'facilitated'] as const;
export type PlayMode = (typeof PLAY_MODES)[number];

/** Player-facing text in every language the game ships. zh is Simplified Chinese. */
export type LocalText = Record<Language, string>;

export const LESSONS = ['LS1', 'LS2', 'LS3', 'LS4'] as const;
/** The case's four lessons: supervision; scientific planning; law and integrity; people first and green. */
export type LessonId = (typeof LESSONS)[number];

export const RISKS = ['R1', 'R2', 'R3', 'R4'] as const;
/** The risks the article lists: short-termism; no planning; leaning on policy; no supervision (waste). */
export type RiskId = (typeof RISKS)[number];

/** Line numbers (1-84) of the source article a fact or a judgement rests on. */
export type SourceLines = number[];

/** What one decision earns or costs, on which lesson, and why. */
export interface Outcome {
  lesson: LessonId;
  points: number;
  text: LocalText;
  sourceLines: SourceLines;
  risk?: { id: RiskId; kind: 'spotted' | 'fell' };
}

export type Setting = 'bureau' | 'city-map' | 'city-grid' | 'review-desk' | 'server-room' | 'computing-hall' | 'research-lab' | 'mining-hall' | 'evidence-board' | 'high-tech-zone';
/** Who a speaker is drawn as: one body each, in one style (assets/art/person-*.svg); 'none' draws no one. */
export const FIGURES = ['inspector', 'chief', 'secretary', 'staff', 'businessman', 'resident', 'shopkeeper', 'investigator', 'none'] as const;
export type Figure = (typeof FIGURES)[number];
/** The face a figure wears for a line (a shared overlay, assets/art/face-*.svg); a line without one is neutral. */
export const MOODS = ['neutral', 'worried', 'stern', 'pleased'] as const;
export type Mood = (typeof MOODS)[number];

export interface Speaker {
  id: string;
  name: LocalText;
  figure: Figure;
  /**
   * Set when the speaker is a real person of the case (the Party Secretary, anyone the article
   * names): their name as the level's fiction note writes it. Their lines are the game's own words,
   * so the dialogue marks each one as dramatised, and the loader checks the note names them.
   */
  realPerson?: LocalText;
}

export interface DialogueLine {
  speaker: string;
  text: LocalText;
  /** Empty when the line is the game's own fiction (the inspector and the bureau are not in the article). */
  sourceLines: SourceLines;
  /** Said only when the case file the chapter starts with meets this (what earlier chapters left). */
  when?: Condition;
  /** The speaker's face for this line, where it tells something; neutral when absent. */
  mood?: Mood;
}

export interface SceneStep {
  kind: 'scene';
  id: string;
  setting: Setting;
  lines: DialogueLine[];
}

export interface Rule {
  id: string;
  text: LocalText;
  sourceLines: SourceLines;
}

/** A reference to something on the desk: "documentId.fieldId" or "rule:ruleId". */
export type DeskRef = string;

export type OrderResponse = 'comply' | 'refuse' | 'escalate';

// ---- The city grid: days of hourly dispatch (issue 3) ------------------------------------------

export interface GridMapDistrict {
  id: string;
  name: LocalText;
  kind: GridDistrictKind;
  /** Demand in MW for each hour of a mild day (24 values, hour 0 = midnight to 1 am). */
  profileMw: number[];
  /** How much the worst heat raises demand: 0.3 means +30%. */
  heatSensitivity: number;
  /** Critical loads (hospital, water works) fall back to generators when cut. */
  critical: boolean;
  description: LocalText;
  sourceLines: SourceLines;
  /** Where the scene draws the district on the city-grid art (1600 x 1000 world units). */
  map: { x: number; y: number; radius: number };
}

export interface GridMeasure {
  id: string;
  name: LocalText;
  text: LocalText;
  sourceLines: SourceLines;
  effect: GridDemandMeasure;
}

/** A "priority supply" order from the secretary's office, answered before the day runs. */
export interface GridOrder {
  from: LocalText;
  text: LocalText;
  sourceLines: SourceLines;
  outcomes: Record<OrderResponse, Outcome[]>;
}

export interface GridDayPlan {
  id: string;
  title: LocalText;
  /** The day's conditions in words: heat, the import line, the reservoirs. */
  conditions: LocalText;
  sourceLines: SourceLines;
  /** 0 for a mild day, 1 for the worst of the heat. */
  heat: number;
  /** MW the city can get in each hour (24 values). */
  supplyMw: number[];
  order?: GridOrder;
}

export const GRID_OUTCOME_KEYS = [
  'homesKept',
  'homesDark',
  'criticalKept',
  'criticalOnGenerators',
  'meteringRestored',
  'meteringAuditedOnly',
  'meteringBypassed',
  'evidenceFound',
  'evidenceMissed',
  'noFavourWhileDark',
  'favouredWhileDark',
] as const;
export type GridOutcomeKey = (typeof GRID_OUTCOME_KEYS)[number];

export interface GridConclusion {
  id: string;
  label: LocalText;
  /** This note attaches the declared-versus-metered comparison: only such a note files the evidence. */
  filesEvidence?: boolean;
  /** "withEvidence" when the declared-versus-metered comparison is in the case file. */
  outcomes: { withEvidence: Outcome[]; withoutEvidence: Outcome[] };
}

export interface GridStep {
  kind: 'grid';
  id: string;
  setting: Setting;
  title: LocalText;
  briefing: LocalText;
  /** Says how the level's city was scaled from the article's figures. */
  scaleNote: LocalText;
  districts: GridMapDistrict[];
  /** The dispatch office's load-shedding order as the player finds it: served first to last. */
  initialPriority: string[];
  /** The district the secretary's orders favour (Genesis). */
  favouredDistrict: string;
  /** What the favoured company declared it would draw: a daily profile in MW (24 values). */
  declared: { profileMw: number[]; text: LocalText; sourceLines: SourceLines };
  /** Caps move in whole steps, so the keyboard and the sliders agree. */
  capStepMw: number;
  rules: Rule[];
  measures: GridMeasure[];
  days: GridDayPlan[];
  thresholds: {
    /** Share of home demand served in the evening peak that counts as "homes kept lit". */
    homesPeakServedShare: number;
    /** MWh served to the favoured district while homes went short that counts as waste (R4). */
    favouredWhileDarkMwh: number;
  };
  /** Illustrative rates for the day's report; the article gives none, and the level says so. */
  consequences: { complaintsPerMwh: number; tradeLostYuanPerMwh: number };
  outcomes: Record<GridOutcomeKey, Outcome[]>;
  conclusions: GridConclusion[];
  /**
   * Next summer's supply plan, chosen after the last day and before the note (LS2): optional. Its
   * outcomes depend on whether the favoured feed has metered readings to plan from.
   */
  plans?: GridPlan[];
}

export interface GridPlan {
  id: string;
  label: LocalText;
  outcomes: { withReadings: Outcome[]; withoutReadings: Outcome[] };
}

// ---- The site inspection: a hall, tools, a report (issue 5) -----------------------------------

export interface SiteStep {
  kind: 'site';
  id: string;
  setting: Setting;
  title: LocalText;
  briefing: LocalText;
  /** The hall: stations, staff, clues and the site's truth (see core/site-inspection.ts). */
  site: SiteDefinition;
  /** Where each station and staff member is drawn in the setting's art (1600 x 1000 units). */
  layout: Record<string, { x: number; y: number; width: number; height: number }>;
  /** What each verdict the visit can come to earns or costs, on which lessons, and why (with the article lines). */
  verdicts: Record<SiteVerdict, Outcome[]>;
  /**
   * What going in unannounced or announced earns or costs. Needed where the site hides anything: an
   * announced visit lets it (L31), so the choice is a decision with something to gain and to lose.
   */
  approach?: Record<SiteApproach, Outcome[]>;
}

// ---- The review desk: applications against a rulebook, over days (issue 4) --------------------

/**
 * A desk step is the desk itself (core/review-desk.ts: rulebook, bulletins, applications, calls,
 * outcomes) plus how the level introduces it. The desk's id is the step's id.
 */
export interface DeskStep extends ReviewDesk {
  kind: 'desk';
  setting: Setting;
  title: LocalText;
  briefing: LocalText;
}

// ---- The evidence board: documents linked into a chain (issue 13) -----------------------------

/** A board step is the board itself (core/board/model.ts: cards, relations, what holds, the offer, recipients) plus how the level introduces it. */
export interface BoardStep extends BoardDefinition {
  kind: 'board';
  id: string;
  setting: Setting;
  title: LocalText;
  briefing: LocalText;
}

// ---- The zone plan: what the High-Tech Zone becomes after the mining (issue 13) -----------------

/** A plan step is the plan itself (core/plan/model.ts: budget, headroom, options and their studies, faults) plus how the level introduces it. */
export interface PlanStep extends PlanDefinition {
  kind: 'plan';
  id: string;
  setting: Setting;
  title: LocalText;
  briefing: LocalText;
}

/** What the debrief can measure in the player's play, to set beside the article's record. */
export const RECORD_MEASURES = ['homesPeakServed', 'favouredHoursRun', 'generatorHours', 'ordersComplied', 'metering', 'evidence'] as const;
export type RecordMeasure = (typeof RECORD_MEASURES)[number];

/** A question for the room after a level, with the answer its cited article lines support. */
export interface DiscussionItem {
  prompt: LocalText;
  /** What the cited lines say, in our words: nothing more. */
  answer: LocalText;
  sourceLines: SourceLines;
}

/** Every kind of step a level can hold; core/kinds.ts registers the rules of each. */
export type LevelStep = SceneStep | GridStep | DeskStep | SiteStep | BoardStep | PlanStep;

export interface Level {
  id: string;
  /** Bumped whenever a change to the file would change a replayed score. */
  version: number;
  year: string;
  order: number;
  title: LocalText;
  summary: LocalText;
  minutes: [number, number];
  speakers: Speaker[];
  /** What the level invents: people, days, documents, figures, and whose words are dramatised. */
  fiction: LocalText;
  /** Where facilitated mode stops before a step for the room to discuss (and vote); never scored (core/pause-points.ts). */
  pausePoints?: PausePoint[];
  steps: LevelStep[];
  debrief: {
    whatHappened: { text: LocalText; sourceLines: SourceLines }[];
    /** Rows that set what the player's city went through beside what the article reports. */
    againstTheRecord?: { measure: RecordMeasure; record: LocalText; sourceLines: SourceLines }[];
    /** What to watch for in the chapters that follow: a story chapter (no decision scored) says this instead of scores. */
    watchNext?: LocalText;
  };
  /** Asked before the first step and again after the last (core/questions.ts); never scored. */
  questions?: LevelQuestion[];
  /** Questions to discuss after the level (the teacher's catalogue and the facilitator's guide); never scored. */
  discussion: DiscussionItem[];
}
