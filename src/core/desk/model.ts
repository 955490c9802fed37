// The review desk (issue 4): an inbox of applications, a rulebook that grows with daily bulletins,
// cross-checks judged by rules over machine-readable field values, pressure and gifts, verdicts,
// and the years that follow. Pure and deterministic: no clock, no randomness, plain JSON state.
//
// A field is named by a DeskRef ("documentId.fieldId" or "rule:ruleId"), scoped to one
// application. A discrepancy is never
// just listed by hand: the rule engine (`breachesOf`) finds it from the field values, and the
// level's `truth` must agree with the engine (`auditDesk`), so a teacher's new application is
// checked both ways: every planted discrepancy is findable and every harmless oddity passes.

import type { DeskRef, DialogueLine, LocalText, Outcome, Rule, SourceLines } from '../level';
import type { ContentProblem, DecisionPoint } from '../step-kind';

// ---- The desk as a level describes it ---------------------------------------------------------

export const DESK_DOCUMENT_KINDS = [
  'application-form',
  'budget',
  'energy-assessment',
  'environmental-assessment',
  'industrial-policy',
  'subsidy-request',
  'company-registration',
  'related-parties',
  'site-photos',
  'support-letter',
  'market-evidence',
  'further-information',
  'interview-notes',
] as const;
/** What kind of paper a document is, so the interface can draw it; the rules never look at it. */
export type DeskDocumentKind = (typeof DESK_DOCUMENT_KINDS)[number];

export interface DeskField {
  id: string;
  label: LocalText;
  /** What the player reads. */
  value: LocalText;
  /** What the rules test: yuan, kWh, a share... in the unit the rule that reads it states. */
  number?: number;
  /** What the rules test when the value is a kind, not an amount: 'approved', 'official', 'crypto-mining'. */
  category?: string;
  /** Hidden until this inquiry is made. */
  revealedBy?: string;
  /**
   * What the field says, in a form the content audit can compare with the other fields: two
   * fields whose claims about the same thing conflict must be a breach a rule finds, or be
   * explained to the player (`auditDesk`). The rules never read them.
   */
  claims?: FieldClaim[];
}

/**
 * What a field claims about one thing (`about`, a name the level chooses: "annual-use",
 * "hours-of-use", "demand"). Either a kind ("office-hours", "yes") or an amount in a unit: an
 * amount ("about 5.4 million"), or a bound ("below 5 million": atMost).
 */
export type FieldClaim = { about: string; is: string } | { about: string; unit: string; amount?: number; atLeast?: number; atMost?: number };

/** Two amounts claimed about the same thing agree within this share of the larger ("about 5 MW"). */
export const CLAIM_TOLERANCE = 0.1;

/** Why two claims cannot be compared, or whether they conflict. */
export type ClaimComparison = 'different-things' | 'incomparable' | 'agree' | 'conflict';

export function compareClaims(x: FieldClaim, y: FieldClaim): ClaimComparison {
  if (x.about !== y.about) return 'different-things';
  if ('is' in x || 'is' in y) {
    if (!('is' in x) || !('is' in y)) return 'incomparable';
    return x.is === y.is ? 'agree' : 'conflict';
  }
  if (x.unit !== y.unit) return 'incomparable';
  if (x.amount !== undefined && y.amount !== undefined) {
    return above(Math.abs(x.amount - y.amount), CLAIM_TOLERANCE * Math.max(Math.abs(x.amount), Math.abs(y.amount))) ? 'conflict' : 'agree';
  }
  // Otherwise compare as ranges: an amount is the point itself, a bound is open on one side.
  const low = (c: typeof x) => c.amount ?? c.atLeast ?? Number.NEGATIVE_INFINITY;
  const high = (c: typeof x) => c.amount ?? c.atMost ?? Number.POSITIVE_INFINITY;
  return above(low(x), high(y)) || above(low(y), high(x)) ? 'conflict' : 'agree';
}

/** How a claim reads in an author's message: "annual-use 4600000 kWh/year", "hours-of-use is office-hours". */
export function describeClaim(claim: FieldClaim): string {
  if ('is' in claim) return `${claim.about} is ${claim.is}`;
  const parts = [claim.amount !== undefined ? `${claim.amount}` : '', claim.atLeast !== undefined ? `at least ${claim.atLeast}` : '', claim.atMost !== undefined ? `at most ${claim.atMost}` : ''].filter(Boolean);
  return `${claim.about} ${parts.join(' and ') || '(no amount)'} ${claim.unit}`;
}

export interface DeskDocument {
  /** Rules name fields by "documentId.fieldId", so use the same document ids across applications. */
  id: string;
  kind: DeskDocumentKind;
  title: LocalText;
  fields: DeskField[];
  sourceLines: SourceLines;
  /** The whole document is hidden until this inquiry is made. */
  revealedBy?: string;
}

/**
 * How a rule judges one application. A field the application does not have is not judged (the
 * rule does not apply), except the `requires` field of a conditional rule: missing is a breach.
 */
export type DeskRuleTest =
  /** field <= share x of: a subsidy cap as a share of investment. */
  | { kind: 'max-share'; field: DeskRef; of: DeskRef; share: number }
  /** When field > above, `requires` must hold one of `oneOf`: an energy review above a threshold. */
  | { kind: 'requires-if-above'; field: DeskRef; above: number; requires: DeskRef; oneOf: string[] }
  /** When field's category is in `in`, `requires` must hold one of `oneOf`: disclosure when an official introduced. */
  | { kind: 'requires-if-in'; field: DeskRef; in: string[]; requires: DeskRef; oneOf: string[] }
  /** The category must not be on the list: restricted and eliminated industries. */
  | { kind: 'not-in'; field: DeskRef; list: string[] }
  /** The category must be on the list: an environmental approval that was granted. */
  | { kind: 'one-of'; field: DeskRef; list: string[] }
  /** field >= min: evidence of market demand. */
  | { kind: 'at-least'; field: DeskRef; min: number }
  /** field <= max: energy used per yuan of output. */
  | { kind: 'at-most'; field: DeskRef; max: number }
  /** The two fields agree: numbers within `tolerance` (a share of the larger), categories equal. */
  | { kind: 'agree'; field: DeskRef; other: DeskRef; tolerance: number };

export interface DeskRule extends Rule {
  test: DeskRuleTest;
}

/** A day's instructions from above; its rules stay in force for the rest of the level. */
export interface Bulletin {
  id: string;
  day: number;
  text: LocalText;
  sourceLines: SourceLines;
  rules: DeskRule[];
}

export type InquiryKind = 'request-information' | 'interview';

/** Asking for more: reveals every document and field whose `revealedBy` names it, and costs time. */
export interface Inquiry {
  id: string;
  kind: InquiryKind;
  label: LocalText;
  /** What the applicant says or sends back. */
  answer: LocalText;
  minutes: number;
}

export type GiftChoice = 'returned' | 'kept' | 'handed-in';

/** Something the applicant left in the folder. Keeping it puts money in the player's pocket. */
export interface Gift {
  text: LocalText;
  valueYuan: number;
  sourceLines: SourceLines;
  outcomes: Record<GiftChoice, Outcome[]>;
}

export type CallResponse = 'obliged' | 'declined' | 'reported';

/** The secretary's office rings about an application. Obliging buys time and fixes the verdict. */
export interface PressureCall {
  id: string;
  day: number;
  applicationId: string;
  from: LocalText;
  text: LocalText;
  wants: Verdict;
  /** Minutes added to the day when the player obliges: the office sends help. */
  timeBonusMinutes: number;
  sourceLines: SourceLines;
  outcomes: Record<CallResponse, Outcome[]>;
}

export const VERDICTS = ['approve', 'approve-with-conditions', 'reject', 'refer'] as const;
/** Approve; approve on conditions (the found discrepancies put right); reject; refer to the discipline commission. */
export type Verdict = (typeof VERDICTS)[number];

/**
 * What a verdict meant, given the truth of the application. "Sound" is a legitimate project,
 * "unsound" one that breaks the rules; "reasoned" means every planted discrepancy in force was
 * named as a reason (or a condition).
 */
export const VERDICT_KEYS = [
  'approvedSound',
  'conditionedSound',
  'rejectedSound',
  'referredSound',
  'approvedUnsound',
  'conditionedCured',
  'conditionedUncured',
  'rejectedReasoned',
  'rejectedUnreasoned',
  'referredCorrupt',
  'referredUnfounded',
  'leftUndecided',
] as const;
export type VerdictKey = (typeof VERDICT_KEYS)[number];

/** A planted discrepancy: the rule it breaks and the fields the rule engine names for it. */
export interface PlantedDiscrepancy {
  id: string;
  rule: string;
  between: DeskRef[];
  /**
   * Other pairs of fields that show the same breach: their claims contradict each other because
   * of it (the meter's "flat, day and night" against the declared "office hours" shows the same
   * false declaration as the annual figures). A cross-check of such a pair finds this discrepancy.
   */
  alsoShownBy?: [DeskRef, DeskRef][];
  explanation: LocalText;
  found: Outcome;
}

/**
 * Something that looks odd but breaks no rule: the test that over-suspicion is a mistake too.
 * A cross-check of its fields that finds no breach shows its explanation instead of "no
 * discrepancy", so a contradiction the rules do not test is never answered as if there were none.
 */
export interface HarmlessOddity {
  id: string;
  refs: DeskRef[];
  explanation: LocalText;
}

export interface ApplicationTruth {
  legitimate: boolean;
  /**
   * A power-for-money deal stands behind it: referral, with the evidence, is the right answer. Such
   * a folder may break no rule at all (its evidence is what the applicant says when asked).
   */
  corrupt: boolean;
  /** Every breach can be put right by conditions (a subsidy cut to the cap, an approval obtained). */
  curable: boolean;
  discrepancies: PlantedDiscrepancy[];
  oddities: HarmlessOddity[];
}

/** Something that happens in a later year because of a verdict. */
export interface ConsequenceEntry {
  year: number;
  text: LocalText;
  sourceLines: SourceLines;
}

export interface Application {
  id: string;
  applicant: LocalText;
  project: LocalText;
  arrivesOnDay: number;
  /**
   * The day its decision is due (counted like arrivesOnDay); the day it arrives unless set. Every
   * rule its planted discrepancies need is in force by then (`auditDesk`).
   */
  dueOnDay?: number;
  documents: DeskDocument[];
  inquiries: Inquiry[];
  gift?: Gift;
  truth: ApplicationTruth;
  /** Replaces the desk's outcomes for this application, key by key (the fuel-car plant's own story). */
  outcomes?: Partial<Record<VerdictKey, Outcome[]>>;
  consequences: Partial<Record<VerdictKey, ConsequenceEntry[]>>;
  /**
   * A short scene played once the folder is given a verdict (the case's climax: the inspector
   * carries it up, the chief's reaction, the call that follows). Presentation only: it scores nothing.
   */
  afterDecision?: Partial<Record<Verdict, DialogueLine[]>>;
}

/** How one verdict reads on a desk that is not an approvals desk (an audit): its button and what it does. */
export interface VerdictWording {
  label: LocalText;
  /** The one-line consequence shown when the verdict is given. */
  consequence: LocalText;
}

export interface ReviewDesk {
  id: string;
  /**
   * The desk's own words for the four verdicts (an audit's "the record stands" for approve);
   * the interface's words when absent. Words only: the rules judge the verdicts the same way.
   */
  verdictWording?: Record<Verdict, VerdictWording>;
  /** The year the desk sits in; consequences name later years. */
  year: number;
  days: number;
  minutesPerDay: number;
  /** A cross-check that finds nothing costs this much; one that finds a discrepancy costs nothing. */
  falseCheckMinutes: number;
  /** Kept gifts worth more than this in total end the level with the player investigated. */
  giftLimitYuan: number;
  rulebook: DeskRule[];
  bulletins: Bulletin[];
  applications: Application[];
  calls: PressureCall[];
  outcomes: Record<VerdictKey, Outcome[]>;
  investigated: { outcomes: Outcome[]; consequences: ConsequenceEntry[] };
}

// ---- The state of play ------------------------------------------------------------------------

export interface DeskCheck {
  a: DeskRef;
  b: DeskRef;
  /** The planted discrepancy found, or null for a check that found nothing. */
  discrepancyId: string | null;
  ruleId: string | null;
}

export interface DeskDecision {
  verdict: Verdict;
  /** Found discrepancies named as reasons (or, for approval with conditions, as the conditions). */
  reasons: string[];
  key: VerdictKey;
  day: number;
}

export interface ApplicationProgress {
  inquiries: string[];
  checks: DeskCheck[];
  found: string[];
  gift: 'none' | 'pending' | GiftChoice;
  /** Set when the player obliged a call: the only verdict left. */
  lockedTo: Verdict | null;
  decision: DeskDecision | null;
}

export type CallState = 'waiting' | 'pending' | 'moot' | CallResponse;

export type DeskEnding = 'closed' | 'investigated';

export interface DeskState {
  deskId: string;
  day: number;
  minutesUsed: number;
  /** Minutes added to today by obliging calls. */
  bonusMinutes: number;
  applications: Record<string, ApplicationProgress>;
  calls: Record<string, CallState>;
  pocketYuan: number;
  ending: DeskEnding | null;
  finished: boolean;
}

export type DeskAction =
  | { type: 'desk-cross-check'; applicationId: string; a: DeskRef; b: DeskRef }
  | { type: 'desk-inquire'; applicationId: string; inquiryId: string }
  | { type: 'desk-handle-gift'; applicationId: string; choice: GiftChoice }
  | { type: 'desk-answer-call'; callId: string; response: CallResponse }
  | { type: 'desk-decide'; applicationId: string; verdict: Verdict; reasons: string[] }
  | { type: 'desk-end-day' };

/** The desk's decision points: what the player decides, and being caught with gifts. */
export type DeskPoint = 'discrepancy' | 'gift' | 'verdict' | 'call' | 'investigated';

export type DeskRefusal =
  | 'desk-closed'
  | 'unknown-id'
  | 'not-on-desk'
  | 'same-item'
  | 'needs-a-field'
  | 'already-checked'
  | 'no-time-left'
  | 'gift-pending'
  | 'call-pending'
  | 'locked-by-call'
  | 'reason-not-found'
  | 'reasons-not-allowed'
  | 'already-done';

export type DeskEvent =
  | { type: 'desk-day-started'; day: number; bulletinIds: string[]; arrivals: string[]; callIds: string[] }
  /** `explainedBy`: the harmless oddity whose explanation answers a check that found no breach. */
  | { type: 'desk-cross-checked'; applicationId: string; a: DeskRef; b: DeskRef; discrepancyId: string | null; ruleId: string | null; explainedBy: string | null; minutes: number }
  | { type: 'desk-inquired'; applicationId: string; inquiryId: string; minutes: number }
  | { type: 'desk-gift-handled'; applicationId: string; choice: GiftChoice }
  | { type: 'desk-call-answered'; callId: string; response: CallResponse }
  | { type: 'desk-decided'; applicationId: string; verdict: Verdict; key: VerdictKey }
  | { type: 'desk-ended'; ending: DeskEnding }
  /** A decision the desk scores; the game turns it into ScoredDecision records (one per outcome). */
  | { type: 'scored'; point: DeskPoint; subject: string | null; choice: string; outcomes: Outcome[] }
  | { type: 'action-refused'; action: DeskAction; reason: DeskRefusal };

export interface DeskStepResult {
  state: DeskState;
  events: DeskEvent[];
}

// ---- The rule engine --------------------------------------------------------------------------

/** One rule broken by one application, with the fields that show it. */
export interface Breach {
  ruleId: string;
  refs: DeskRef[];
}

/** The rulebook on a given day: the level's rules, then each bulletin issued so far. */
export function rulesInForce(desk: ReviewDesk, day: number): DeskRule[] {
  return [...desk.rulebook, ...desk.bulletins.filter((b) => b.day <= day).flatMap((b) => b.rules)];
}

export function allRules(desk: ReviewDesk): DeskRule[] {
  return rulesInForce(desk, Number.POSITIVE_INFINITY);
}

export function findField(application: Application, ref: DeskRef): { document: DeskDocument; field: DeskField } | undefined {
  const dot = ref.indexOf('.');
  if (dot < 0 || ref.startsWith('rule:')) return undefined;
  const document = application.documents.find((d) => d.id === ref.slice(0, dot));
  const field = document?.fields.find((f) => f.id === ref.slice(dot + 1));
  return document && field ? { document, field } : undefined;
}

/** Amounts compared with a little slack, so 30% of 30 million is not refused for a rounding error. */
function above(value: number, limit: number): boolean {
  return value - limit > 1e-9 * Math.max(1, Math.abs(limit));
}

/** The fields that show the application breaks the test, or null when it passes. */
function breachRefs(application: Application, test: DeskRuleTest): DeskRef[] | null {
  const field = (ref: DeskRef) => findField(application, ref)?.field;
  const num = (ref: DeskRef) => field(ref)?.number;
  const cat = (ref: DeskRef) => field(ref)?.category;
  const requirement = (trigger: DeskRef, requires: DeskRef, oneOf: readonly string[]): DeskRef[] | null => {
    const held = field(requires);
    if (!held) return [trigger];
    return held.category !== undefined && oneOf.includes(held.category) ? null : [trigger, requires];
  };
  switch (test.kind) {
    case 'max-share': {
      const value = num(test.field);
      const of = num(test.of);
      if (value === undefined || of === undefined) return null;
      return above(value, test.share * of) ? [test.field, test.of] : null;
    }
    case 'requires-if-above': {
      const value = num(test.field);
      if (value === undefined || !above(value, test.above)) return null;
      return requirement(test.field, test.requires, test.oneOf);
    }
    case 'requires-if-in': {
      const category = cat(test.field);
      if (category === undefined || !test.in.includes(category)) return null;
      return requirement(test.field, test.requires, test.oneOf);
    }
    case 'not-in': {
      const category = cat(test.field);
      return category !== undefined && test.list.includes(category) ? [test.field] : null;
    }
    case 'one-of': {
      const category = cat(test.field);
      return category !== undefined && !test.list.includes(category) ? [test.field] : null;
    }
    case 'at-least': {
      const value = num(test.field);
      return value !== undefined && above(test.min, value) ? [test.field] : null;
    }
    case 'at-most': {
      const value = num(test.field);
      return value !== undefined && above(value, test.max) ? [test.field] : null;
    }
    case 'agree': {
      const a = field(test.field);
      const b = field(test.other);
      if (!a || !b) return null;
      if (a.number !== undefined && b.number !== undefined) {
        const gap = Math.abs(a.number - b.number);
        return above(gap, test.tolerance * Math.max(Math.abs(a.number), Math.abs(b.number))) ? [test.field, test.other] : null;
      }
      if (a.category !== undefined && b.category !== undefined) return a.category === b.category ? null : [test.field, test.other];
      return null;
    }
  }
}

/** Every rule the application breaks, judged on all its fields, shown or still hidden. */
export function breachesOf(application: Application, rules: readonly DeskRule[]): Breach[] {
  return rules.flatMap((rule) => {
    const refs = breachRefs(application, rule.test);
    return refs ? [{ ruleId: rule.id, refs }] : [];
  });
}

function sameRefs(a: readonly DeskRef[], b: readonly DeskRef[]): boolean {
  const x = [...a].sort();
  const y = [...b].sort();
  return x.length === y.length && x.every((ref, i) => ref === y[i]);
}

/** The planted discrepancy a breach is, if the level planted it. */
export function plantedFor(application: Application, breach: Breach): PlantedDiscrepancy | undefined {
  return application.truth.discrepancies.find((d) => d.rule === breach.ruleId && sameRefs(d.between, breach.refs));
}

/** A stable id for a breach the level did not plant (a content mistake `auditDesk` reports). */
function breachId(application: Application, breach: Breach): string {
  return plantedFor(application, breach)?.id ?? `${breach.ruleId}@${breach.refs.join('+')}`;
}

/**
 * Judges a cross-check of two desk items. A field against a rule finds a breach of that rule
 * that names the field; two fields find a breach that names both. Two rules test nothing.
 */
export function judgeCrossCheck(application: Application, rules: readonly DeskRule[], a: DeskRef, b: DeskRef): { discrepancyId: string; ruleId: string } | null {
  const ruleIdOf = (ref: DeskRef) => (ref.startsWith('rule:') ? ref.slice('rule:'.length) : null);
  const ruleA = ruleIdOf(a);
  const ruleB = ruleIdOf(b);
  for (const breach of breachesOf(application, rules)) {
    const hit =
      ruleA !== null
        ? ruleA === breach.ruleId && breach.refs.includes(b)
        : ruleB !== null
          ? ruleB === breach.ruleId && breach.refs.includes(a)
          : breach.refs.length === 2 && breach.refs.includes(a) && breach.refs.includes(b);
    if (hit) return { discrepancyId: breachId(application, breach), ruleId: breach.ruleId };
  }
  if (ruleA !== null || ruleB !== null) return null;
  // Two fields whose claims contradict each other because of a planted breach show that breach too.
  const shown = application.truth.discrepancies.find(
    (d) =>
      (d.alsoShownBy ?? []).some((pair) => sameRefs(pair, [a, b])) &&
      claimsOf(application, a, b) === 'conflict' &&
      breachesOf(application, rules).some((breach) => plantedFor(application, breach) === d),
  );
  return shown ? { discrepancyId: shown.id, ruleId: shown.rule } : null;
}

/**
 * How the claims of two fields compare: 'conflict' if any two of them conflict, else
 * 'incomparable' if any two cannot be compared, else 'agree' if any two are about the same thing.
 */
export function claimsOf(application: Application, a: DeskRef, b: DeskRef): ClaimComparison {
  const xs = findField(application, a)?.field.claims ?? [];
  const ys = findField(application, b)?.field.claims ?? [];
  const found = new Set(xs.flatMap((x) => ys.map((y) => compareClaims(x, y))));
  return (['conflict', 'incomparable', 'agree'] as const).find((c) => found.has(c)) ?? 'different-things';
}

/** The fields a rule's test reads. */
export function fieldsRead(test: DeskRuleTest): DeskRef[] {
  switch (test.kind) {
    case 'max-share':
      return [test.field, test.of];
    case 'requires-if-above':
    case 'requires-if-in':
      return [test.field, test.requires];
    case 'agree':
      return [test.field, test.other];
    case 'not-in':
    case 'one-of':
    case 'at-least':
    case 'at-most':
      return [test.field];
  }
}

/**
 * The harmless oddity that answers a cross-check which found no breach: one naming both fields,
 * or, for a field against a rule, one naming that field when the rule reads it.
 */
export function explainingOddity(application: Application, rules: readonly DeskRule[], a: DeskRef, b: DeskRef): HarmlessOddity | undefined {
  const ruleOf = (ref: DeskRef) => (ref.startsWith('rule:') ? rules.find((r) => `rule:${r.id}` === ref) : undefined);
  const rule = ruleOf(a) ?? ruleOf(b);
  const fieldRef = rule ? (ruleOf(a) ? b : a) : null;
  return application.truth.oddities.find((o) =>
    rule && fieldRef !== null ? o.refs.includes(fieldRef) && fieldsRead(rule.test).includes(fieldRef) : o.refs.includes(a) && o.refs.includes(b),
  );
}

// ---- Checking the level's truth against the rule engine ---------------------------------------

/**
 * Everything wrong with a desk's truth (empty when sound): a planted discrepancy the engine does
 * not find or the player could never reach, a breach the level did not plant, a legitimate
 * application that breaks a rule, an oddity that is not there, a call that may ring too late.
 */
export function auditDesk(desk: ReviewDesk): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: string, code: DeskAuditCode, detail: string): void => {
    problems.push({ path, code, detail, ...(AUDIT_EXPECTED[code] ? { expected: AUDIT_EXPECTED[code] } : {}) });
  };
  const rules = allRules(desk);
  const lastDay = desk.days - 1;
  desk.applications.forEach((app, i) => {
    const at = `applications[${i}]`;
    const breaches = breachesOf(app, rules);
    const due = dueDay(app);
    if (due < app.arrivesOnDay || due > lastDay) add(`${at}.dueOnDay`, 'due-out-of-range', `due on day ${due}, but it arrives on day ${app.arrivesOnDay} and the last day is ${lastDay}`);
    if (app.arrivesOnDay > lastDay) add(`${at}.arrivesOnDay`, 'arrives-after-last-day', `arrives on day ${app.arrivesOnDay}, after the last day (${lastDay})`);
    if (app.truth.legitimate && breaches.length > 0) {
      add(at, 'legitimate-breaks-rule', `marked legitimate but breaks ${breaches.map((b) => b.ruleId).join(', ')}`);
    }
    // A power-for-money folder may break no rule: its evidence is what the applicant says when
    // asked, so it must have something an inquiry brings to the desk. Any other unsound folder needs a breach.
    if (!app.truth.legitimate && app.truth.discrepancies.length === 0) {
      if (!app.truth.corrupt) add(`${at}.truth`, 'nothing-planted', 'marked not legitimate but has no planted discrepancy');
      else if (!hasAskableEvidence(app)) add(`${at}.truth`, 'nothing-planted', 'marked corrupt with no planted discrepancy, but no inquiry brings anything to the desk, so nothing shows it');
    }
    for (const breach of breaches) {
      if (!plantedFor(app, breach)) add(at, 'breach-not-planted', `breaks ${breach.ruleId} on ${breach.refs.join(' + ')}, which truth.discrepancies does not plant`);
    }
    app.truth.discrepancies.forEach((planted, j) => {
      const where = `${at}.truth.discrepancies[${j}]`;
      if (!breaches.some((b) => plantedFor(app, b) === planted)) add(where, 'planted-not-found', `the rule engine finds no breach of ${planted.rule} on ${planted.between.join(' + ')}`);
      const ruleDay = ruleDayOf(desk, planted.rule);
      if (ruleDay === undefined || ruleDay > lastDay) add(where, 'rule-never-in-force', `rule ${planted.rule} is never in force while the desk is open`);
      // A player who decides when the folder is due must be able to find every planted breach by then.
      else if (ruleDay > due) add(where, 'rule-after-due', `rule ${planted.rule} comes with the bulletin of day ${ruleDay} (the player's day ${ruleDay + 1}), after the decision on ${app.id} is due on day ${due} (the player's day ${due + 1})`);
      if (!planted.between.some((ref) => revealable(app, ref))) add(where, 'never-shown', 'none of its fields can ever be shown');
      (planted.alsoShownBy ?? []).forEach(([a, b], k) => {
        const missing = [a, b].filter((ref) => !findField(app, ref));
        if (missing.length > 0) add(`${where}.alsoShownBy[${k}]`, 'no-such-field', `no field ${missing.join(', ')}`);
        else if (claimsOf(app, a, b) !== 'conflict') add(`${where}.alsoShownBy[${k}]`, 'shown-by-agreeing-fields', `the claims of ${a} and ${b} do not contradict each other, so the pair shows nothing`);
      });
    });
    problems.push(...contradictionProblems(desk, app, at, due));
    app.truth.oddities.forEach((oddity, j) => {
      for (const ref of oddity.refs) {
        if (!findField(app, ref)) add(`${at}.truth.oddities[${j}]`, 'no-such-field', `no field ${ref}`);
      }
    });
  });
  desk.calls.forEach((call, i) => {
    const application = desk.applications.find((a) => a.id === call.applicationId);
    if (!application) add(`calls[${i}]`, 'no-such-application', `no application ${call.applicationId}`);
    // A call is scored as a decision point, so every player must hear it: it rings before the first chance to decide.
    else if (call.day !== application.arrivesOnDay) {
      add(`calls[${i}]`, 'call-rings-late', `rings on day ${call.day} but ${application.id} arrives on day ${application.arrivesOnDay}, so a player may decide before it rings`);
    }
  });
  return problems;
}

/** The day an application's decision is due. */
export function dueDay(application: Application): number {
  return application.dueOnDay ?? application.arrivesOnDay;
}

/**
 * Every pair of fields whose claims contradict each other must be a breach that a rule in force
 * when the decision is due finds, or be answered on the desk by a harmless oddity naming both.
 */
function contradictionProblems(desk: ReviewDesk, app: Application, at: string, due: number): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const rules = rulesInForce(desk, due);
  const claims = app.documents.flatMap((d, j) => d.fields.flatMap((f, k) => (f.claims ?? []).map((claim, c) => ({ ref: `${d.id}.${f.id}`, claim, path: `${at}.documents[${j}].fields[${k}].claims[${c}]` }))));
  const reported = new Set<string>();
  // A pair named in a planted discrepancy's alsoShownBy is that discrepancy's to answer: if the
  // breach is not there, or its rule comes late, the discrepancy's own problem says so, once.
  const shownBy = (a: DeskRef, b: DeskRef) => app.truth.discrepancies.some((d) => (d.alsoShownBy ?? []).some((pair) => sameRefs(pair, [a, b])));
  claims.forEach((x, i) => {
    for (const y of claims.slice(i + 1)) {
      if (x.ref === y.ref) continue;
      const comparison = compareClaims(x.claim, y.claim);
      const says = `${x.ref} claims "${describeClaim(x.claim)}" and ${y.ref} claims "${describeClaim(y.claim)}"`;
      if (comparison === 'incomparable') {
        problems.push({ path: x.path, code: 'claims-incomparable', detail: `${says}: the same thing, but not in the same terms`, expected: AUDIT_EXPECTED['claims-incomparable'] });
      } else if (comparison === 'conflict' && !reported.has(`${x.ref}|${y.ref}`) && !shownBy(x.ref, y.ref) && !judgeCrossCheck(app, rules, x.ref, y.ref) && !explainingOddity(app, rules, x.ref, y.ref)) {
        reported.add(`${x.ref}|${y.ref}`);
        problems.push({
          path: x.path,
          code: 'contradiction-unexplained',
          detail: `${says}, which contradict each other, yet no rule in force by day ${due} (the player's day ${due + 1}, when the decision is due) finds it and no oddity explains it, so the desk would answer "no discrepancy"`,
          expected: AUDIT_EXPECTED['contradiction-unexplained'],
        });
      }
    }
  });
  return problems;
}

/** A pair of fields whose claims contradict each other, and how the desk answers a check of it on the due day. */
export interface Contradiction {
  a: DeskRef;
  b: DeskRef;
  /** The planted discrepancy the check finds, or null. */
  found: string | null;
  /** The harmless oddity that explains it when nothing is found, or null. */
  explainedBy: string | null;
}

/** Every contradiction between two fields of an application, as a student checking it on the due day meets it. */
export function contradictionsOf(desk: ReviewDesk, application: Application): Contradiction[] {
  const rules = rulesInForce(desk, dueDay(application));
  const refs = application.documents.flatMap((d) => d.fields.filter((f) => f.claims?.length).map((f) => `${d.id}.${f.id}`));
  return refs.flatMap((a, i) =>
    refs
      .slice(i + 1)
      .filter((b) => claimsOf(application, a, b) === 'conflict')
      .map((b) => {
        const found = judgeCrossCheck(application, rules, a, b)?.discrepancyId ?? null;
        return { a, b, found, explainedBy: found === null ? (explainingOddity(application, rules, a, b)?.id ?? null) : null };
      }),
  );
}

/** What the author should have written, for the audit codes that need more than "truth that agrees with the rules". */
const AUDIT_EXPECTED: Partial<Record<DeskAuditCode, string>> = {
  'rule-after-due': 'every rule a planted discrepancy needs in force on or before the day its decision is due',
  'due-out-of-range': 'a due day from the day it arrives to the last day',
  'contradiction-unexplained': 'every contradiction between two fields found by a rule or explained to the player',
  'claims-incomparable': 'claims about the same thing made in the same terms',
  'shown-by-agreeing-fields': 'a pair of fields whose claims contradict each other',
};

export const DESK_AUDIT_CODES = [
  'rule-after-due',
  'due-out-of-range',
  'contradiction-unexplained',
  'claims-incomparable',
  'shown-by-agreeing-fields',
  'arrives-after-last-day',
  'legitimate-breaks-rule',
  'nothing-planted',
  'breach-not-planted',
  'planted-not-found',
  'rule-never-in-force',
  'never-shown',
  'no-such-field',
  'no-such-application',
  'call-rings-late',
] as const;
export type DeskAuditCode = (typeof DESK_AUDIT_CODES)[number];

function ruleDayOf(desk: ReviewDesk, ruleId: string): number | undefined {
  if (desk.rulebook.some((r) => r.id === ruleId)) return 0;
  return desk.bulletins.find((b) => b.rules.some((r) => r.id === ruleId))?.day;
}

/** Whether some inquiry the folder offers reveals a document or a field. */
function hasAskableEvidence(app: Application): boolean {
  return askedForEvidence(app, app.inquiries.map((q) => q.id));
}

/** Whether one of the inquiries made brought a document or a field of the folder to the desk. */
function askedForEvidence(app: Application, asked: readonly string[]): boolean {
  const made = new Set(asked.filter((id) => app.inquiries.some((q) => q.id === id)));
  return app.documents.some((d) => (d.revealedBy !== undefined && made.has(d.revealedBy)) || d.fields.some((f) => f.revealedBy !== undefined && made.has(f.revealedBy)));
}

function revealable(app: Application, ref: DeskRef): boolean {
  const found = findField(app, ref);
  if (!found) return false;
  const known = (inquiryId: string | undefined) => inquiryId === undefined || app.inquiries.some((q) => q.id === inquiryId);
  return known(found.document.revealedBy) && known(found.field.revealedBy);
}

// ---- Reading the desk -------------------------------------------------------------------------

export function minutesLeft(desk: ReviewDesk, state: DeskState): number {
  return Math.max(0, desk.minutesPerDay + state.bonusMinutes - state.minutesUsed);
}

/** Applications that have arrived and wait for a verdict, in the level's order. */
export function inbox(desk: ReviewDesk, state: DeskState): Application[] {
  return desk.applications.filter((a) => a.arrivesOnDay <= state.day && state.applications[a.id]?.decision === null);
}

/** Whether the player can see this item now: a field shown (or revealed), or a rule in force. */
export function isOnDesk(desk: ReviewDesk, state: DeskState, application: Application, ref: DeskRef): boolean {
  if (ref.startsWith('rule:')) return rulesInForce(desk, state.day).some((r) => `rule:${r.id}` === ref);
  const found = findField(application, ref);
  if (!found) return false;
  const asked = state.applications[application.id]?.inquiries ?? [];
  const shown = (inquiryId: string | undefined) => inquiryId === undefined || asked.includes(inquiryId);
  return shown(found.document.revealedBy) && shown(found.field.revealedBy);
}

/** The documents of an application as the player sees them now: hidden ones and hidden fields left out. */
export function visibleDocuments(desk: ReviewDesk, state: DeskState, application: Application): DeskDocument[] {
  const asked = state.applications[application.id]?.inquiries ?? [];
  const shown = (inquiryId: string | undefined) => inquiryId === undefined || asked.includes(inquiryId);
  return application.documents
    .filter((d) => shown(d.revealedBy))
    .map((d) => ({ ...d, fields: d.fields.filter((f) => shown(f.revealedBy)) }))
    .filter((d) => d.fields.length > 0);
}

/** What a verdict is called on this desk, or null where the interface's words apply. */
export function verdictWording(desk: ReviewDesk, verdict: Verdict, part: keyof VerdictWording): LocalText | null {
  return desk.verdictWording?.[verdict][part] ?? null;
}

/** Outcomes of a verdict key for one application: its own, or the desk's. */
export function verdictOutcomes(desk: ReviewDesk, application: Application, key: VerdictKey): Outcome[] {
  return application.outcomes?.[key] ?? desk.outcomes[key];
}

/** What a verdict means given the truth, the reasons named and the rules in force when it was given. */
export function verdictKey(application: Application, rules: readonly DeskRule[], verdict: Verdict, reasons: readonly string[], asked: readonly string[] = []): VerdictKey {
  const truth = application.truth;
  if (truth.legitimate) {
    return ({ approve: 'approvedSound', 'approve-with-conditions': 'conditionedSound', reject: 'rejectedSound', refer: 'referredSound' } as const)[verdict];
  }
  // A reason cannot be asked for under a rule not yet issued.
  const inForce = truth.discrepancies.filter((d) => rules.some((r) => r.id === d.rule));
  // A folder that breaks no rule is reasoned only by what an inquiry brought to the desk (`asked`):
  // a referral made without hearing anyone carries no evidence.
  const reasoned = inForce.length === 0 ? askedForEvidence(application, asked) : inForce.every((d) => reasons.includes(d.id));
  switch (verdict) {
    case 'approve':
      return 'approvedUnsound';
    case 'approve-with-conditions':
      return truth.curable && reasoned ? 'conditionedCured' : 'conditionedUncured';
    case 'reject':
      return reasoned ? 'rejectedReasoned' : 'rejectedUnreasoned';
    case 'refer':
      return truth.corrupt && reasoned ? 'referredCorrupt' : 'referredUnfounded';
  }
}

/** The verdict keys an application can end with, given its truth. */
export function possibleVerdictKeys(application: Application): VerdictKey[] {
  const t = application.truth;
  if (t.legitimate) return ['approvedSound', 'conditionedSound', 'rejectedSound', 'referredSound', 'leftUndecided'];
  return [
    'approvedUnsound',
    ...(t.curable ? (['conditionedCured'] as const) : []),
    'conditionedUncured',
    'rejectedReasoned',
    'rejectedUnreasoned',
    ...(t.corrupt ? (['referredCorrupt'] as const) : []),
    'referredUnfounded',
    'leftUndecided',
  ];
}

// ---- Playing the desk -------------------------------------------------------------------------

export function openDesk(desk: ReviewDesk): DeskState {
  const state: DeskState = {
    deskId: desk.id,
    day: 0,
    minutesUsed: 0,
    bonusMinutes: 0,
    applications: Object.fromEntries(
      desk.applications.map((a): [string, ApplicationProgress] => [
        a.id,
        { inquiries: [], checks: [], found: [], gift: a.gift ? 'pending' : 'none', lockedTo: null, decision: null },
      ]),
    ),
    calls: Object.fromEntries(desk.calls.map((c) => [c.id, 'waiting' as CallState])),
    pocketYuan: 0,
    ending: null,
    finished: false,
  };
  ringCalls(desk, state);
  return state;
}

/** One action at the desk. A refused action returns the very same state and says why. */
export function deskStep(desk: ReviewDesk, state: DeskState, action: DeskAction): DeskStepResult {
  const next = structuredClone(state);
  const events = deskStepInPlace(desk, next, action);
  return events[0]?.type === 'action-refused' ? { state, events } : { state: next, events };
}

/**
 * One action applied to a desk state the caller owns and has already copied (the game's step
 * copies its whole state once). On a refusal the caller must throw its copy away: a refused
 * action may have begun to change it.
 */
export function deskStepInPlace(desk: ReviewDesk, state: DeskState, action: DeskAction): DeskEvent[] {
  const events: DeskEvent[] = [];
  const result = state.finished ? 'desk-closed' : applyDeskAction(desk, state, action, events);
  return result === 'ok' ? events : [{ type: 'action-refused', action, reason: result }];
}

/** Rebuilds a desk from its accepted actions (refused ones change nothing, so they may be in the list). */
export function replayDesk(desk: ReviewDesk, actions: readonly DeskAction[]): DeskState {
  return actions.reduce((s, a) => deskStep(desk, s, a).state, openDesk(desk));
}

function applyDeskAction(desk: ReviewDesk, state: DeskState, action: DeskAction, events: DeskEvent[]): 'ok' | DeskRefusal {
  if (action.type === 'desk-end-day') return endDay(desk, state, events);
  if (action.type === 'desk-answer-call') return answerCall(desk, state, action, events);

  const application = desk.applications.find((a) => a.id === action.applicationId);
  const progress = state.applications[action.applicationId];
  if (!application || !progress) return 'unknown-id';
  if (application.arrivesOnDay > state.day || progress.decision !== null) return 'not-on-desk';

  switch (action.type) {
    case 'desk-cross-check': {
      const { a, b } = action;
      if (a === b) return 'same-item';
      if (!isOnDesk(desk, state, application, a) || !isOnDesk(desk, state, application, b)) return 'not-on-desk';
      if (a.startsWith('rule:') && b.startsWith('rule:')) return 'needs-a-field';
      if (progress.checks.some((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a))) return 'already-checked';
      // Asked before judging, so a refusal never tells the player whether the check would have hit.
      if (minutesLeft(desk, state) < desk.falseCheckMinutes) return 'no-time-left';
      const rules = rulesInForce(desk, state.day);
      const hit = judgeCrossCheck(application, rules, a, b);
      const minutes = hit ? 0 : desk.falseCheckMinutes;
      const explainedBy = hit ? null : (explainingOddity(application, rules, a, b)?.id ?? null);
      state.minutesUsed += minutes;
      progress.checks.push({ a, b, discrepancyId: hit?.discrepancyId ?? null, ruleId: hit?.ruleId ?? null });
      events.push({ type: 'desk-cross-checked', applicationId: application.id, a, b, discrepancyId: hit?.discrepancyId ?? null, ruleId: hit?.ruleId ?? null, explainedBy, minutes });
      if (hit && !progress.found.includes(hit.discrepancyId)) {
        progress.found.push(hit.discrepancyId);
        const planted = application.truth.discrepancies.find((d) => d.id === hit.discrepancyId);
        if (planted) scored(events, 'discrepancy', application.id, planted.id, [planted.found]);
      }
      return 'ok';
    }
    case 'desk-inquire': {
      const inquiry = application.inquiries.find((q) => q.id === action.inquiryId);
      if (!inquiry) return 'unknown-id';
      if (progress.inquiries.includes(inquiry.id)) return 'already-done';
      if (minutesLeft(desk, state) < inquiry.minutes) return 'no-time-left';
      state.minutesUsed += inquiry.minutes;
      progress.inquiries.push(inquiry.id);
      events.push({ type: 'desk-inquired', applicationId: application.id, inquiryId: inquiry.id, minutes: inquiry.minutes });
      return 'ok';
    }
    case 'desk-handle-gift': {
      if (!application.gift) return 'unknown-id';
      if (progress.gift !== 'pending') return 'already-done';
      progress.gift = action.choice;
      events.push({ type: 'desk-gift-handled', applicationId: application.id, choice: action.choice });
      scored(events, 'gift', application.id, action.choice, application.gift.outcomes[action.choice]);
      if (action.choice === 'kept') {
        state.pocketYuan += application.gift.valueYuan;
        if (state.pocketYuan > desk.giftLimitYuan) {
          scored(events, 'investigated', null, 'investigated', desk.investigated.outcomes);
          // The folders still open are left undecided: being caught never spares the player a verdict's cost.
          scoreUndecided(desk, state, events);
          closeDesk(state, events, 'investigated');
        }
      }
      return 'ok';
    }
    case 'desk-decide': {
      if (progress.gift === 'pending') return 'gift-pending';
      if (desk.calls.some((c) => c.applicationId === application.id && state.calls[c.id] === 'pending')) return 'call-pending';
      if (progress.lockedTo !== null && progress.lockedTo !== action.verdict) return 'locked-by-call';
      if (action.verdict === 'approve' && action.reasons.length > 0) return 'reasons-not-allowed';
      if (action.reasons.some((r) => !progress.found.includes(r))) return 'reason-not-found';
      const rules = rulesInForce(desk, state.day);
      const reasons = [...new Set(action.reasons)];
      const key = verdictKey(application, rules, action.verdict, reasons, progress.inquiries);
      progress.decision = { verdict: action.verdict, reasons, key, day: state.day };
      events.push({ type: 'desk-decided', applicationId: application.id, verdict: action.verdict, key });
      scored(events, 'verdict', application.id, key, verdictOutcomes(desk, application, key));
      return 'ok';
    }
  }
}

function answerCall(desk: ReviewDesk, state: DeskState, action: Extract<DeskAction, { type: 'desk-answer-call' }>, events: DeskEvent[]): 'ok' | DeskRefusal {
  const call = desk.calls.find((c) => c.id === action.callId);
  if (!call) return 'unknown-id';
  if (state.calls[call.id] !== 'pending') return state.calls[call.id] === 'waiting' ? 'not-on-desk' : 'already-done';
  state.calls[call.id] = action.response;
  events.push({ type: 'desk-call-answered', callId: call.id, response: action.response });
  scored(events, 'call', call.id, action.response, call.outcomes[action.response]);
  if (action.response === 'obliged') {
    state.bonusMinutes += call.timeBonusMinutes;
    const progress = state.applications[call.applicationId];
    if (progress) progress.lockedTo = call.wants;
  }
  return 'ok';
}

function endDay(desk: ReviewDesk, state: DeskState, events: DeskEvent[]): 'ok' | DeskRefusal {
  if (Object.values(state.calls).includes('pending')) return 'call-pending';
  if (state.day + 1 >= desk.days) {
    scoreUndecided(desk, state, events);
    closeDesk(state, events, 'closed');
    return 'ok';
  }
  state.day += 1;
  state.minutesUsed = 0;
  state.bonusMinutes = 0;
  const callIds = ringCalls(desk, state);
  events.push({
    type: 'desk-day-started',
    day: state.day,
    bulletinIds: desk.bulletins.filter((b) => b.day === state.day).map((b) => b.id),
    arrivals: desk.applications.filter((a) => a.arrivesOnDay === state.day).map((a) => a.id),
    callIds,
  });
  return 'ok';
}

/** Every application without a verdict when the desk closes, arrived or not, is scored as left undecided. */
function scoreUndecided(desk: ReviewDesk, state: DeskState, events: DeskEvent[]): void {
  for (const application of desk.applications) {
    const progress = state.applications[application.id];
    if (progress && progress.decision === null) {
      scored(events, 'verdict', application.id, 'leftUndecided', verdictOutcomes(desk, application, 'leftUndecided'));
    }
  }
}

/** Today's calls ring; a call about an application already decided (or not yet arrived) is moot. */
function ringCalls(desk: ReviewDesk, state: DeskState): string[] {
  const rung: string[] = [];
  for (const call of desk.calls) {
    if (call.day !== state.day || state.calls[call.id] !== 'waiting') continue;
    const application = desk.applications.find((a) => a.id === call.applicationId);
    const progress = state.applications[call.applicationId];
    const live = application !== undefined && application.arrivesOnDay <= state.day && progress?.decision === null;
    state.calls[call.id] = live ? 'pending' : 'moot';
    if (live) rung.push(call.id);
  }
  return rung;
}

function closeDesk(state: DeskState, events: DeskEvent[], ending: DeskEnding): void {
  state.ending = ending;
  state.finished = true;
  events.push({ type: 'desk-ended', ending });
}

function scored(events: DeskEvent[], point: DeskPoint, subject: string | null, choice: string, outcomes: readonly Outcome[]): void {
  events.push({ type: 'scored', point, subject, choice, outcomes: [...outcomes] });
}

// ---- Scoring ----------------------------------------------------------------------------------

/** Every decision point at the desk as its alternatives. */
export function deskDecisionPoints(desk: ReviewDesk): DecisionPoint[] {
  const points: DecisionPoint[] = [];
  for (const application of desk.applications) {
    for (const d of application.truth.discrepancies) points.push({ point: 'discrepancy', subject: application.id, alternatives: [[d.found], []] });
    if (application.gift) {
      const o = application.gift.outcomes;
      points.push({ point: 'gift', subject: application.id, alternatives: [o.returned, o.kept, o['handed-in']] });
    }
    points.push({ point: 'verdict', subject: application.id, alternatives: possibleVerdictKeys(application).map((key) => verdictOutcomes(desk, application, key)) });
  }
  for (const call of desk.calls) points.push({ point: 'call', subject: call.id, alternatives: [call.outcomes.obliged, call.outcomes.declined, call.outcomes.reported] });
  points.push({ point: 'investigated', subject: null, alternatives: [[], desk.investigated.outcomes] });
  return points;
}

// ---- The years that follow, and the record for later levels -----------------------------------

export interface TimelineEntry extends ConsequenceEntry {
  /** Null for what happens to the inspector, not to a project. */
  applicationId: string | null;
  key: VerdictKey | 'investigated';
}

/**
 * What the verdicts lead to, year by year: each decided application's consequences for its
 * verdict key, each undecided one's for `leftUndecided` once the desk has closed, and the
 * investigation if the player was caught. Sorted by year, then in the level's order.
 */
export function consequenceTimeline(desk: ReviewDesk, state: DeskState): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const application of desk.applications) {
    const decision = state.applications[application.id]?.decision;
    const key: VerdictKey | null = decision ? decision.key : state.ending !== null ? 'leftUndecided' : null;
    if (key === null) continue;
    for (const entry of application.consequences[key] ?? []) entries.push({ ...entry, applicationId: application.id, key });
  }
  if (state.ending === 'investigated') {
    for (const entry of desk.investigated.consequences) entries.push({ ...entry, applicationId: null, key: 'investigated' });
  }
  // Array.prototype.sort is stable, so entries of one year keep the level's order.
  return entries.sort((a, b) => a.year - b.year);
}

export interface DeskCaseDecision {
  applicationId: string;
  project: LocalText;
  verdict: Verdict | null;
  reasons: string[];
  key: VerdictKey | null;
  legitimate: boolean;
  day: number | null;
}

/** What a later level needs to know of this desk, without needing this desk's data. */
export interface DeskCaseRecord {
  deskId: string;
  year: number;
  decisions: DeskCaseDecision[];
  gifts: { applicationId: string; choice: GiftChoice }[];
  calls: { callId: string; applicationId: string; response: CallResponse }[];
  pocketYuan: number;
  ending: DeskEnding | null;
  timeline: TimelineEntry[];
}

export function deskCaseRecord(desk: ReviewDesk, state: DeskState): DeskCaseRecord {
  const gifts: DeskCaseRecord['gifts'] = [];
  const decisions = desk.applications.map((application): DeskCaseDecision => {
    const progress = state.applications[application.id];
    const gift = progress?.gift;
    if (gift === 'returned' || gift === 'kept' || gift === 'handed-in') gifts.push({ applicationId: application.id, choice: gift });
    const decision = progress?.decision ?? null;
    return {
      applicationId: application.id,
      project: application.project,
      verdict: decision?.verdict ?? null,
      reasons: decision?.reasons ?? [],
      key: decision?.key ?? (state.ending !== null ? 'leftUndecided' : null),
      legitimate: application.truth.legitimate,
      day: decision?.day ?? null,
    };
  });
  const calls = desk.calls.flatMap((call) => {
    const answer = state.calls[call.id];
    return answer === 'obliged' || answer === 'declined' || answer === 'reported' ? [{ callId: call.id, applicationId: call.applicationId, response: answer }] : [];
  });
  return {
    deskId: desk.id,
    year: desk.year,
    decisions,
    gifts,
    calls,
    pocketYuan: state.pocketYuan,
    ending: state.ending,
    timeline: consequenceTimeline(desk, state),
  };
}
