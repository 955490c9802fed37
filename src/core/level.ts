// The shape of a level as the rules see it. `src/content/level-schema.ts` validates level files
// against a zod schema that must produce exactly this type (checked at compile time there), so the
// core never depends on zod and never reads a file.

export const LANGUAGES = ['en', 'ja', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

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

export type Setting = 'bureau' | 'city-map' | 'review-desk' | 'server-room';
export type Figure = 'secretary' | 'chief' | 'inspector' | 'staff' | 'none';

export interface Speaker {
  id: string;
  name: LocalText;
  figure: Figure;
}

export interface DialogueLine {
  speaker: string;
  text: LocalText;
  /** Empty when the line is the game's own fiction (the inspector and the bureau are not in the article). */
  sourceLines: SourceLines;
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

export type DistrictKind = 'homes' | 'critical' | 'commerce' | 'industry' | 'high-tech';

export interface District {
  id: string;
  name: LocalText;
  kind: DistrictKind;
  demandMw: number;
  description: LocalText;
  sourceLines: SourceLines;
  /** Where the scene draws the district on the city map (1600 x 1000 world units). */
  map: { x: number; y: number; radius: number };
}

export type OrderResponse = 'comply' | 'refuse' | 'escalate';

export const POWER_OUTCOME_KEYS = [
  'criticalServed',
  'criticalShort',
  'homesServed',
  'homesShort',
  'orderComplied',
  'orderRefused',
  'orderEscalated',
  'supplyUsed',
  'supplyWasted',
] as const;
export type PowerOutcomeKey = (typeof POWER_OUTCOME_KEYS)[number];

export interface PowerStep {
  kind: 'power';
  id: string;
  setting: Setting;
  title: LocalText;
  briefing: LocalText;
  supplyMw: number;
  /** Allocations move in whole steps, so the keyboard and the sliders agree. */
  stepMw: number;
  /** Share of home demand that counts as "homes kept lit". */
  homesServedShare: number;
  districts: District[];
  rules: Rule[];
  order: {
    from: LocalText;
    text: LocalText;
    favouredDistrict: string;
    sourceLines: SourceLines;
  };
  outcomes: Record<PowerOutcomeKey, Outcome[]>;
}

export interface DocumentField {
  id: string;
  label: LocalText;
  value: LocalText;
}

export interface ApplicationDocument {
  id: string;
  title: LocalText;
  fields: DocumentField[];
  sourceLines: SourceLines;
}

/** A reference to something on the desk: "documentId.fieldId" or "rule:ruleId". */
export type DeskRef = string;

export interface Discrepancy {
  id: string;
  between: [DeskRef, DeskRef];
  explanation: LocalText;
  found: Outcome;
}

export interface ReviewDecision {
  id: string;
  label: LocalText;
  /** Which outcomes apply depends on how many planted discrepancies the player had found. */
  outcomes: { allFound: Outcome[]; someFound: Outcome[]; noneFound: Outcome[] };
}

export interface ReviewStep {
  kind: 'review';
  id: string;
  setting: Setting;
  title: LocalText;
  briefing: LocalText;
  checkBudget: number;
  documents: ApplicationDocument[];
  rulebook: Rule[];
  discrepancies: Discrepancy[];
  gift?: { text: LocalText; sourceLines: SourceLines; returned: Outcome; kept: Outcome };
  decisions: ReviewDecision[];
}

export interface SiteObject {
  id: string;
  name: LocalText;
  /** What the inspector sees when this object does not hold the clue. */
  seen: LocalText;
  timeCost: number;
  /** Where the scene draws the object's frame in the server room (1600 x 1000 world units). */
  box: { x: number; y: number; width: number; height: number };
}

export interface InspectionConclusion {
  id: string;
  label: LocalText;
  outcomes: { withClue: Outcome[]; withoutClue: Outcome[] };
}

export interface InspectionStep {
  kind: 'inspection';
  id: string;
  setting: Setting;
  title: LocalText;
  briefing: LocalText;
  timeBudget: number;
  objects: SiteObject[];
  clue: {
    /** The seed picks which of these objects holds the clue, so a replay is not a memory test. */
    candidates: string[];
    seen: LocalText;
    sourceLines: SourceLines;
    /** Says plainly which details are the game's illustration rather than the article's. */
    illustrative: LocalText;
    found: Outcome;
  };
  conclusions: InspectionConclusion[];
}

export type LevelStep = SceneStep | PowerStep | ReviewStep | InspectionStep;

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
  steps: LevelStep[];
  debrief: {
    whatHappened: { text: LocalText; sourceLines: SourceLines }[];
    fiction: LocalText;
  };
}
