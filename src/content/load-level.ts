// Turns the text of a level file into a Level, or into messages an author can act on: each names
// the file, the JSON path, what was expected, what was found, and how to fix it.

import type { z } from 'zod';
import { deskRefExists } from '../core/rules';
import type { DeskStep, GridStep, Level, SiteStep } from '../core/level';
import { allRules, auditDesk } from '../core/review-desk';
import { siteDefinitionProblems } from '../core/site-inspection';
import { LevelSchema } from './level-schema';
import type { LevelProblem } from './level-problem';

export { describeProblem, type LevelProblem } from './level-problem';

export type LevelLoadResult = { ok: true; level: Level } | { ok: false; problems: LevelProblem[] };

export function parseLevel(file: string, text: string): LevelLoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ file, path: '(whole file)', expected: 'valid JSON', found: message, fix: 'correct the JSON syntax at the position given' }],
    };
  }
  return validateLevel(file, data);
}

export function validateLevel(file: string, data: unknown): LevelLoadResult {
  const parsed = LevelSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((issue) => fromZodIssue(file, issue)) };
  }
  const { $schema: _editorHint, ...level } = parsed.data;
  const problems = crossReferenceProblems(file, level);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, level };
}

export function jsonPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(top level)';
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  const json = JSON.stringify(value);
  const text = json === undefined ? String(value) : json;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

function fromZodIssue(file: string, issue: z.core.$ZodIssue): LevelProblem {
  const path = jsonPath(issue.path);
  const input = (issue as { input?: unknown }).input;
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected === 'string' && ['en', 'ja', 'zh'].includes(String(last)) ? `the ${String(last)} text as a string` : `a ${issue.expected}`;
      return { file, path, expected, found: shown(input), fix: input === undefined ? `add "${String(last)}"` : `make it ${expected}` };
    }
    case 'unrecognized_keys':
      return {
        file,
        path,
        expected: 'only the fields the schema defines',
        found: `unknown field(s) ${issue.keys.map((k) => `"${k}"`).join(', ')}`,
        fix: 'remove them or correct their spelling (see levels/level.schema.json)',
      };
    case 'invalid_value':
      return {
        file,
        path,
        expected: `one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        found: shown(input),
        fix: 'use one of the listed values',
      };
    case 'invalid_union':
      return { file, path, expected: 'a step whose "kind" is "scene", "power", "review", "inspection", "grid" or "site"', found: shown(input), fix: 'set "kind" to one of those' };
    default:
      return { file, path, expected: issue.message.replace(/^Invalid input: expected /, ''), found: shown(input), fix: `change it to ${issue.message.replace(/^Invalid input: expected /, '')}` };
  }
}

function crossReferenceProblems(file: string, level: Level): LevelProblem[] {
  const problems: LevelProblem[] = [];
  const problem = (path: string, expected: string, found: string, fix: string): void => {
    problems.push({ file, path, expected, found, fix });
  };
  const unique = (ids: string[], path: (i: number) => string, what: string): void => {
    ids.forEach((value, i) => {
      if (ids.indexOf(value) !== i) problem(path(i), `a ${what} id used once`, `"${value}" again`, 'give it a different id');
    });
  };

  if (level.minutes[0] > level.minutes[1]) {
    problem('minutes', '[shortest, longest] play time', JSON.stringify(level.minutes), 'put the smaller number first');
  }
  const speakerIds = level.speakers.map((s) => s.id);
  unique(speakerIds, (i) => `speakers[${i}].id`, 'speaker');
  unique(level.steps.map((s) => s.id), (i) => `steps[${i}].id`, 'step');

  level.steps.forEach((step, s) => {
    const at = `steps[${s}]`;
    if (step.kind === 'scene') {
      step.lines.forEach((line, i) => {
        if (!speakerIds.includes(line.speaker)) {
          problem(`${at}.lines[${i}].speaker`, `one of the speakers ${speakerIds.join(', ')}`, `"${line.speaker}"`, 'add the speaker to "speakers" or correct the id');
        }
      });
    } else if (step.kind === 'power') {
      const districtIds = step.districts.map((d) => d.id);
      unique(districtIds, (i) => `${at}.districts[${i}].id`, 'district');
      if (!districtIds.includes(step.order.favouredDistrict)) {
        problem(`${at}.order.favouredDistrict`, `one of the districts ${districtIds.join(', ')}`, `"${step.order.favouredDistrict}"`, 'name a district of this step');
      }
      if (step.stepMw > step.supplyMw) problem(`${at}.stepMw`, `at most supplyMw (${step.supplyMw})`, String(step.stepMw), 'use a smaller step');
    } else if (step.kind === 'review') {
      unique(step.documents.map((d) => d.id), (i) => `${at}.documents[${i}].id`, 'document');
      unique(step.rulebook.map((r) => r.id), (i) => `${at}.rulebook[${i}].id`, 'rule');
      step.discrepancies.forEach((d, i) =>
        d.between.forEach((ref, j) => {
          if (!deskRefExists(step, ref)) {
            problem(`${at}.discrepancies[${i}].between[${j}]`, 'a field of a document in this step ("documentId.fieldId") or a rule ("rule:ruleId")', `"${ref}"`, 'point it at an existing document field or rule');
          }
        }),
      );
      unique(step.decisions.map((d) => d.id), (i) => `${at}.decisions[${i}].id`, 'decision');
    } else if (step.kind === 'grid') {
      gridProblems(step, at, problem, unique);
    } else if (step.kind === 'site') {
      siteProblems(step, at, problem);
    } else if (step.kind === 'desk') {
      deskProblems(step, at, problem, unique);
    } else {
      const objectIds = step.objects.map((o) => o.id);
      unique(objectIds, (i) => `${at}.objects[${i}].id`, 'object');
      step.clue.candidates.forEach((c, i) => {
        if (!objectIds.includes(c)) {
          problem(`${at}.clue.candidates[${i}]`, `one of the objects ${objectIds.join(', ')}`, `"${c}"`, 'name an object of this step');
        }
      });
      const cheapest = Math.min(...step.objects.map((o) => o.timeCost));
      if (cheapest > step.timeBudget) problem(`${at}.timeBudget`, `at least the cheapest object's timeCost (${cheapest})`, String(step.timeBudget), 'raise the budget');
      unique(step.conclusions.map((c) => c.id), (i) => `${at}.conclusions[${i}].id`, 'conclusion');
    }
  });
  return problems;
}

type Report = (path: string, expected: string, found: string, fix: string) => void;
type Unique = (ids: string[], path: (i: number) => string, what: string) => void;

function gridProblems(step: GridStep, at: string, problem: Report, unique: Unique): void {
  const districtIds = step.districts.map((d) => d.id);
  const list = districtIds.join(', ');
  unique(districtIds, (i) => `${at}.districts[${i}].id`, 'district');
  unique(step.days.map((d) => d.id), (i) => `${at}.days[${i}].id`, 'day');
  unique(step.measures.map((m) => m.id), (i) => `${at}.measures[${i}].id`, 'measure');
  unique(step.conclusions.map((c) => c.id), (i) => `${at}.conclusions[${i}].id`, 'conclusion');
  if (!districtIds.includes(step.favouredDistrict)) {
    problem(`${at}.favouredDistrict`, `one of the districts ${list}`, `"${step.favouredDistrict}"`, 'name a district of this step');
  }
  const missing = districtIds.filter((id) => !step.initialPriority.includes(id));
  const unknown = step.initialPriority.filter((id) => !districtIds.includes(id));
  if (missing.length > 0 || unknown.length > 0 || step.initialPriority.length !== districtIds.length) {
    problem(
      `${at}.initialPriority`,
      `every district id exactly once (${list})`,
      [missing.length ? `missing ${missing.join(', ')}` : '', unknown.length ? `unknown ${unknown.join(', ')}` : '', `${step.initialPriority.length} entries`].filter(Boolean).join('; '),
      'list each district once, served first to last',
    );
  }
  step.measures.forEach((m, i) => {
    if (m.effect.toHour <= m.effect.fromHour) {
      problem(`${at}.measures[${i}].effect.toHour`, `an hour after fromHour (${m.effect.fromHour})`, String(m.effect.toHour), 'make toHour larger than fromHour');
    }
  });
  if (!step.districts.some((d) => d.kind === 'homes')) problem(`${at}.districts`, 'at least one district of kind "homes"', 'none', 'add the homes the grid must serve');
}

function siteProblems(step: SiteStep, at: string, problem: Report): void {
  // The model's own fairness checks: ids and places, and that honest sites cannot be proven guilty.
  for (const sentence of siteDefinitionProblems(step.site)) {
    problem(`${at}.site`, 'a fair, consistent site', sentence, 'correct the site so the check passes (see core/site-inspection.ts)');
  }
  for (const place of [...step.site.stations, ...step.site.staff]) {
    if (!step.layout[place.id]) problem(`${at}.layout`, `a box for "${place.id}"`, 'none', `add "${place.id}": { "x": ..., "y": ..., "width": ..., "height": ... }`);
  }
}

/** What to do about each kind of sentence `auditDesk` reports. */
const DESK_AUDIT_FIXES: [RegExp, string][] = [
  [/marked legitimate but breaks/, 'change the field values so no rule is broken, or set truth.legitimate to false and plant the breach in truth.discrepancies'],
  [/which truth\.discrepancies does not plant/, 'add it to truth.discrepancies with this rule and these fields, or change the field values so the rule passes'],
  [/finds no breach/, 'make the field values break the rule, or correct "rule" and "between" (the fields the rule names)'],
  [/never in force/, 'add the rule to the rulebook, or to a bulletin that comes before the last day'],
  [/can ever be shown/, 'make revealedBy name an inquiry of this application, or drop it'],
  [/no field/, 'name a field of this application as "documentId.fieldId"'],
  [/no application/, 'name the id of an application on this desk'],
  [/may decide before it rings/, 'make the call ring on the day its application arrives (its "day" equal to the application\'s arrivesOnDay)'],
  [/after the last day/, 'make arrivesOnDay smaller than "days"'],
  [/no planted discrepancy/, 'plant the rules it breaks in truth.discrepancies, or set truth.legitimate to true'],
];

function deskProblems(step: DeskStep, at: string, problem: Report, unique: Unique): void {
  unique(step.applications.map((a) => a.id), (i) => `${at}.applications[${i}].id`, 'application');
  unique(allRules(step).map((r) => r.id), () => `${at}.rulebook or bulletins`, 'rule');
  unique(step.bulletins.map((b) => b.id), (i) => `${at}.bulletins[${i}].id`, 'bulletin');
  unique(step.calls.map((c) => c.id), (i) => `${at}.calls[${i}].id`, 'call');
  step.bulletins.forEach((b, i) => {
    if (b.day >= step.days) problem(`${at}.bulletins[${i}].day`, `a day before ${step.days}`, String(b.day), 'issue the bulletin while the desk is open');
  });
  step.calls.forEach((c, i) => {
    if (c.day >= step.days) problem(`${at}.calls[${i}].day`, `a day before ${step.days}`, String(c.day), 'make the call while the desk is open');
  });
  step.applications.forEach((app, i) => {
    const where = `${at}.applications[${i}]`;
    unique(app.documents.map((d) => d.id), (j) => `${where}.documents[${j}].id`, 'document');
    unique(app.inquiries.map((q) => q.id), (j) => `${where}.inquiries[${j}].id`, 'inquiry');
    const inquiryIds = app.inquiries.map((q) => q.id);
    const knownInquiry = (path: string, inquiryId: string | undefined): void => {
      if (inquiryId !== undefined && !inquiryIds.includes(inquiryId)) {
        problem(path, `one of this application's inquiries (${inquiryIds.join(', ') || 'none'})`, `"${inquiryId}"`, 'name an inquiry of this application, or add the inquiry');
      }
    };
    app.documents.forEach((d, j) => {
      knownInquiry(`${where}.documents[${j}].revealedBy`, d.revealedBy);
      unique(d.fields.map((f) => f.id), (k) => `${where}.documents[${j}].fields[${k}].id`, 'field');
      d.fields.forEach((f, k) => knownInquiry(`${where}.documents[${j}].fields[${k}].revealedBy`, f.revealedBy));
    });
  });
  // The truth must agree with the rule engine both ways: what is planted is findable, and nothing else breaks a rule.
  for (const sentence of auditDesk(step)) {
    const split = sentence.indexOf(': ');
    const where = sentence.slice(0, split).replace(/ \([^)]*\)/g, '');
    const fix = DESK_AUDIT_FIXES.find(([pattern]) => pattern.test(sentence))?.[1] ?? 'correct the application so the check passes (see core/review-desk.ts)';
    problem(`${at}.${where}`, 'truth that agrees with the rules', sentence.slice(split + 2), fix);
  }
}
