// Conditions over what the inspector did, as data: a scene line that shows only when the case file
// holds something (`when` on a dialogue line), and the campaign's endings and path notes. A small
// vocabulary, audited against the names the rules really use, so a misspelt choice is a content
// error and never a condition that silently never holds.

import { BOARD_OFFER_RESPONSES } from './board/model';
import { PLAN_FAULTS } from './plan/model';
import { VERDICT_KEYS } from './desk/model';
import { DECLARATION_EVIDENCE, GRID_FILING_POINTS } from './grid/rules';
import type { Level } from './level';
import { SITE_APPROACHES, SITE_CONCLUSIONS, SITE_VERDICTS } from './site/model';
import type { ContentProblem } from './step-kind';
import type { CaseFile, CaseFileEntry, CaseRecordOf, ScoredDecision } from './state';

/** What a case-file test may ask of each kind's record, and the values it may ask about. */
export const CASE_RECORD_FIELDS = {
  grid: { evidence: [DECLARATION_EVIDENCE], conclusion: null },
  desk: { gift: ['returned', 'kept', 'handed-in'], call: ['obliged', 'declined', 'reported'], verdict: VERDICT_KEYS },
  site: { verdict: SITE_VERDICTS, conclusion: SITE_CONCLUSIONS },
  plan: { faults: PLAN_FAULTS, chosen: null },
  // The evidence board: whether the filed chain held, how the offer was answered, where the chain went (recipient ids are the level's).
  board: { chain: ['holds', 'broken'], offer: BOARD_OFFER_RESPONSES, filedTo: null },
} as const satisfies Partial<Record<CaseFileEntry['kind'], Record<string, readonly string[] | null>>>;

export type CaseRecordKind = keyof typeof CASE_RECORD_FIELDS;

export type Condition =
  /** Scored decisions with this point and choice (each decision once, whatever lessons it touched): at least `atLeast` (1). */
  | { decision: { point: string; choice: string }; atLeast?: number; levels?: string[] }
  /** Case-file entries of this kind whose record has this value in this field: at least `atLeast` (1). */
  | { caseRecord: CaseRecordKind; has: string; value: string; atLeast?: number; levels?: string[] }
  /** The chapter with this level id was played: the case file holds something it left (or, in a campaign, it scored a decision). */
  | { played: string }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

/** What a condition is judged on: the case file, and (in a campaign) the scored decisions of each chapter. */
export interface ConditionFacts {
  caseFile: CaseFile;
  decisions: { levelId: string; decision: ScoredDecision }[];
}

/** The values one record holds in one field (a desk's gifts, a grid's evidence...), by kind. */
const RECORD_VALUES: { [K in CaseRecordKind]: (record: CaseRecordOf<K>, field: string) => string[] } = {
  grid: (record, field) => (field === 'evidence' ? record.evidence : field === 'conclusion' && record.conclusion !== null ? [record.conclusion] : []),
  desk: (record, field) =>
    field === 'gift'
      ? record.gifts.map((g) => g.choice)
      : field === 'call'
        ? record.calls.map((c) => c.response)
        : field === 'verdict'
          ? record.decisions.flatMap((d) => (d.key === null ? [] : [d.key]))
          : [],
  site: (record, field) => (field === 'verdict' ? [record.verdict] : field === 'conclusion' && record.conclusion !== null ? [record.conclusion] : []),
  plan: (record, field) => (field === 'faults' ? record.faults : field === 'chosen' ? record.chosen : []),
  board: (record, field) =>
    field === 'chain'
      ? [record.chainHolds ? 'holds' : 'broken']
      : field === 'offer'
        ? (BOARD_OFFER_RESPONSES as readonly string[]).includes(record.offer) ? [record.offer] : []
        : field === 'filedTo' && record.filedTo !== null
          ? [record.filedTo]
          : [],
};

function recordValues(entry: CaseFileEntry, field: string): string[] {
  const read = RECORD_VALUES[entry.kind as CaseRecordKind] as ((record: unknown, field: string) => string[]) | undefined;
  return read ? read(entry.record, field) : [];
}

export function conditionHolds(condition: Condition, facts: ConditionFacts): boolean {
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, facts));
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, facts));
  if ('not' in condition) return !conditionHolds(condition.not, facts);
  if ('played' in condition) return facts.caseFile.entries.some((e) => e.levelId === condition.played) || facts.decisions.some((d) => d.levelId === condition.played);
  const inLevels = (levelId: string) => !condition.levels || condition.levels.includes(levelId);
  if ('decision' in condition) {
    // One decision writes a record per lesson it touches: count the decisions, not the records.
    const seen = new Set<string>();
    for (const { levelId, decision } of facts.decisions) {
      if (!inLevels(levelId) || decision.point !== condition.decision.point || decision.choice !== condition.decision.choice) continue;
      seen.add(JSON.stringify([levelId, decision.stepId, decision.point, decision.subject, decision.choice]));
    }
    return seen.size >= (condition.atLeast ?? 1);
  }
  const count = facts.caseFile.entries
    .filter((e) => e.kind === condition.caseRecord && inLevels(e.levelId))
    .reduce((n, e) => n + recordValues(e, condition.has).filter((v) => v === condition.value).length, 0);
  return count >= (condition.atLeast ?? 1);
}

/** A scene line's condition: only the case file is known when a chapter starts. */
export function caseFileHolds(condition: Condition, caseFile: CaseFile): boolean {
  return conditionHolds(condition, { caseFile, decisions: [] });
}

/** The decision points and choices the rules score, from the kinds' own names and the levels' content. */
export function decisionVocabulary(levels: readonly Level[]): Map<string, Set<string>> {
  const vocabulary = new Map<string, Set<string>>();
  const add = (point: string, choices: readonly string[]) => {
    const set = vocabulary.get(point) ?? new Set<string>();
    choices.forEach((c) => set.add(c));
    vocabulary.set(point, set);
  };
  add('order', ['comply', 'refuse', 'escalate']);
  add('gift', CASE_RECORD_FIELDS.desk.gift);
  add('call', CASE_RECORD_FIELDS.desk.call);
  add('verdict', [...VERDICT_KEYS, ...SITE_VERDICTS]);
  add('approach', SITE_APPROACHES);
  add('investigated', ['investigated']);
  add('offer', BOARD_OFFER_RESPONSES);
  add('industry', ['chosen']);
  add('zone-plan', PLAN_FAULTS);
  for (const [point, keys] of Object.entries(GRID_FILING_POINTS)) add(point, keys);
  for (const level of levels) {
    for (const step of level.steps) {
      if (step.kind === 'grid') add('case-note', step.conclusions.map((c) => c.id));
      if (step.kind === 'desk') for (const application of step.applications) add('discrepancy', application.truth.discrepancies.map((d) => d.id));
      if (step.kind === 'board') add('file', step.recipients.map((r) => r.id));
    }
  }
  return vocabulary;
}

export interface ConditionContext {
  /** Null where decisions cannot be asked about (a scene line sees only the case file). */
  vocabulary: Map<string, Set<string>> | null;
  /** Level ids a condition may name; null when any may be named (a scene cannot know the others). */
  levelIds: readonly string[] | null;
  /** Grid conclusion ids, when known. */
  gridConclusions: readonly string[] | null;
}

/** Content problems in a condition: unknown names are errors, never conditions that never hold. */
export function auditCondition(condition: Condition, path: string, context: ConditionContext): ContentProblem[] {
  if ('all' in condition) return condition.all.flatMap((c, i) => auditCondition(c, `${path}.all[${i}]`, context));
  if ('any' in condition) return condition.any.flatMap((c, i) => auditCondition(c, `${path}.any[${i}]`, context));
  if ('not' in condition) return auditCondition(condition.not, `${path}.not`, context);
  const problems: ContentProblem[] = [];
  if ('played' in condition) {
    if (context.levelIds && !context.levelIds.includes(condition.played)) {
      problems.push({ path: `${path}.played`, code: 'unknown-level', detail: `"${condition.played}"`, expected: `one of the levels ${context.levelIds.join(', ')}` });
    }
    return problems;
  }
  (condition.levels ?? []).forEach((levelId, i) => {
    if (context.levelIds && !context.levelIds.includes(levelId)) {
      problems.push({ path: `${path}.levels[${i}]`, code: 'unknown-level', detail: `"${levelId}"`, expected: `one of the levels ${context.levelIds.join(', ')}` });
    }
  });
  if ('decision' in condition) {
    if (!context.vocabulary) {
      problems.push({ path: `${path}.decision`, code: 'decision-not-known-here', detail: 'a condition on scored decisions', expected: 'a condition on the case file ("caseRecord"): a chapter knows only the case file it was given' });
      return problems;
    }
    const choices = context.vocabulary.get(condition.decision.point);
    if (!choices) {
      problems.push({ path: `${path}.decision.point`, code: 'unknown-point', detail: `"${condition.decision.point}"`, expected: `one of the decision points ${[...context.vocabulary.keys()].join(', ')}` });
    } else if (!choices.has(condition.decision.choice)) {
      problems.push({ path: `${path}.decision.choice`, code: 'unknown-choice', detail: `"${condition.decision.choice}" for the point "${condition.decision.point}"`, expected: `one of ${[...choices].join(', ')}` });
    }
    return problems;
  }
  const fields: Record<string, readonly string[] | null> = CASE_RECORD_FIELDS[condition.caseRecord];
  if (!(condition.has in fields)) {
    problems.push({ path: `${path}.has`, code: 'unknown-field', detail: `"${condition.has}" for a ${condition.caseRecord} record`, expected: `one of ${Object.keys(fields).join(', ')}` });
    return problems;
  }
  const values = fields[condition.has] ?? (condition.caseRecord === 'grid' ? context.gridConclusions : null);
  if (values && !values.includes(condition.value)) {
    problems.push({ path: `${path}.value`, code: 'unknown-value', detail: `"${condition.value}" for ${condition.caseRecord}.${condition.has}`, expected: `one of ${values.join(', ')}` });
  }
  return problems;
}
