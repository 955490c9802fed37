// Turns the text of a level file into a Level, or into messages an author can act on: each names
// the file, the JSON path, what was expected, what was found, and how to fix it.

import type { z } from 'zod';
import { auditPausePoints, DESK_AUDIT_CODES, isStoryLevel, LANGUAGES, STEP_KIND_NAMES, STEP_KINDS, type ContentProblem, type Level, type LevelStep, type StepKindRules } from '../core';
import { CONDITION_SHAPES, LevelSchema } from './level-schema';
import type { LevelProblem } from './level-problem';
import { REAL_PEOPLE, resolveRealPeople, type NamesMode } from './real-people';

export { describeProblem, type LevelProblem } from './level-problem';

export type LevelLoadResult = { ok: true; level: Level } | { ok: false; problems: LevelProblem[] };

/** A level file's text as a Level, with real people shown by name (the default) or by role. */
export function parseLevel(file: string, text: string, names: NamesMode = 'names'): LevelLoadResult {
  const json = parseJsonFile(file, text);
  return json.ok ? validateLevel(file, json.data, names) : { ok: false, problems: [json.problem] };
}

/** JSON.parse with the author's message when the text is not JSON; every content file reads this way. */
export function parseJsonFile(file: string, text: string): { ok: true; data: unknown } | { ok: false; problem: LevelProblem } {
  try {
    return { ok: true, data: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: { file, path: '(whole file)', expected: 'valid JSON', found: message, fix: 'correct the JSON syntax at the position given' } };
  }
}

/** A schema's complaints as messages an author can act on (file, path, expected, found, fix). */
export function schemaProblems(file: string, error: z.ZodError): LevelProblem[] {
  return error.issues.map((issue) => fromZodIssue(file, issue));
}

export function validateLevel(file: string, data: unknown, names: NamesMode = 'names'): LevelLoadResult {
  const parsed = LevelSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: schemaProblems(file, parsed.error) };
  const { $schema: _editorHint, ...written } = parsed.data;
  const { value: level, problems: tokens } = resolveRealPeople(written, names);
  const problems = [...tokenProblems(file, tokens), ...crossReferenceProblems(file, level)];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, level };
}

/** A `{{...}}` that names no one in the table of real people. */
export function tokenProblems(file: string, tokens: readonly { path: string; token: string }[]): LevelProblem[] {
  const known = REAL_PEOPLE.map((p) => `{{${p.id}}}`).join(', ');
  return tokens.map(({ path, token }) => ({
    file,
    path,
    expected: 'a real person written as a token from src/content/real-people.ts',
    found: `"${token}"`,
    fix: `write one of ${known}, with |short or |titled for the other forms`,
  }));
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
      if (path === 'fiction' && input === undefined) {
        return {
          file,
          path,
          expected: 'a fiction note { "en", "ja", "zh" }: what the level invents, naming every real person whose words are dramatised',
          found: shown(input),
          fix: 'add "fiction" at the top level of the file, e.g. after "speakers"',
        };
      }
      if (path === 'discussion' && input === undefined) {
        return {
          file,
          path,
          expected: 'questions to discuss after the level: [{ "prompt", "answer", "sourceLines" }], at least two',
          found: shown(input),
          fix: 'add "discussion" as the last field of the file (after "questions"): two or three prompts for the room, each with the answer its cited article lines support',
        };
      }
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
    case 'invalid_union': {
      if (issue.message === CONDITION_SHAPES) return { file, path, expected: CONDITION_SHAPES, found: shown(input), fix: 'write the condition in one of these shapes (see levels/level.schema.json)' };
      const kinds = STEP_KIND_NAMES.map((k) => `"${k}"`).join(', ');
      return { file, path, expected: `a step whose "kind" is one of ${kinds}`, found: shown(input), fix: `set "kind" to one of ${kinds}` };
    }
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
  unique(level.speakers.map((s) => s.id), (i) => `speakers[${i}].id`, 'speaker');
  // A real person's lines are the game's words: the fiction note must say whose words it invents.
  level.speakers.forEach((speaker) => {
    if (!speaker.realPerson) return;
    for (const language of LANGUAGES) {
      const name = speaker.realPerson[language];
      // Any case: by role, an English note says "the Party Secretary's words" of the speaker "The Party Secretary".
      if (!level.fiction[language].toLowerCase().includes(name.toLowerCase())) {
        problem(
          `fiction.${language}`,
          `a fiction note that names "${name}", a real person whose lines (speaker "${speaker.id}") the game dramatises`,
          `a note that does not mention "${name}"`,
          `add to fiction.${language} that ${name}'s words in this level are the game's own (dramatised), writing the name as in speakers[${level.speakers.indexOf(speaker)}].realPerson.${language}`,
        );
      }
    }
  });
  unique(level.steps.map((s) => s.id), (i) => `steps[${i}].id`, 'step');
  // Each question's answer must be one of its three options.
  level.questions?.forEach((question, i) => {
    if (question.answer < 0 || question.answer >= question.options.length) {
      problem(
        `questions[${i}].answer`,
        `the index (0-${question.options.length - 1}) of the option the article supports`,
        String(question.answer),
        `set questions[${i}].answer to 0, 1 or 2: the place in questions[${i}].options of the answer the cited lines support`,
      );
    }
  });
  // A story chapter has no scores to show: its debrief says what to watch for next instead.
  if (isStoryLevel(level) && !level.debrief.watchNext) {
    problem('debrief.watchNext', 'what to watch for in the next chapters, since no step of this level scores anything', 'nothing', 'add debrief.watchNext { "en", "ja", "zh" }');
  }

  // Pause points name a step, a decision point of it and the scored choices (core/pause-points.ts).
  for (const found of auditPausePoints(level)) {
    problem(found.path, found.expected ?? EXPECTED[found.code] ?? 'a pause point the level can stop at', found.detail, PAUSE_FIXES[found.code] ?? FIXES[found.code] ?? 'correct it (see core/pause-points.ts)');
  }

  // Each kind audits its own content (core/<kind>/kind.ts); the fix for each problem code is here.
  level.steps.forEach((step, s) => {
    for (const found of auditStep(step, level)) {
      problem(`steps[${s}].${found.path}`, found.expected ?? EXPECTED[found.code] ?? 'content the step\'s rules accept', found.detail, FIXES[found.code] ?? `correct it (see core/${step.kind}/)`);
    }
  });
  return problems;
}

function auditStep(step: LevelStep, level: Level): ContentProblem[] {
  // A correlated union: the step's kind picks its own entry, so the widening is safe.
  return (STEP_KINDS[step.kind] as unknown as StepKindRules<LevelStep['kind']>).audit(step, level);
}

/** Problem codes of the site model's fairness check (core/site/model.ts). */
const SITE_FAIRNESS_CODES = ['no-time', 'no-candidates', 'unknown-place', 'tool-not-there', 'arrival-mismatch', 'not-an-interview', 'unsourced', 'group-candidates-differ', 'disguise-clears', 'disguise-unprovable', 'honest-provable'];

/** How to fix a pause point's problem (the codes shared with conditions read differently here). */
const PAUSE_FIXES: Record<string, string> = {
  'duplicate-id': 'give it a different id',
  'unknown-step': 'write the id of the step the game should stop before (see "steps")',
  'vote-point-not-in-step': 'vote on a decision point of that step (set "point" and "subject" to one listed), or move the pause point before the step that decides it',
  'unknown-choice': 'list in "played" the choices the rules score at that point',
  'case-answer-not-an-option': 'set caseAnswer.option to the id of one of the vote\'s options',
};

/** What the author should have written, by problem code. */
const EXPECTED: Record<string, string> = {
  'duplicate-id': 'an id used once',
  'unknown-speaker': 'one of the level\'s speakers',
  'unknown-district': 'one of the step\'s districts',
  'priority-not-every-district': 'every district id exactly once, served first to last',
  'hours-reversed': 'an hour after fromHour',
  'no-homes': 'at least one district of kind "homes"',
  'order-scoring-inconsistent': 'escalate at least refuse, and refuse at least comply, on every lesson, and each more than the next in total (the same rule in every level)',
  'no-evidence-note': 'a note that attaches the comparison',
  'evidence-note-not-best': 'the note that attaches the comparison earning more, with the evidence in hand, than any note that does not',
  'after-the-desk': 'a day while the desk is open',
  'unknown-inquiry': 'one of this application\'s inquiries',
  'no-layout': 'a box for every station and staff member',
  'verdict-points-out-of-order': 'verdict points in the order the inspection teaches',
  ...Object.fromEntries(DESK_AUDIT_CODES.map((code) => [code, 'truth that agrees with the rules'])),
  ...Object.fromEntries(SITE_FAIRNESS_CODES.map((code) => [code, 'a fair, consistent site'])),
};

/** How to fix each problem code. */
const FIXES: Record<string, string> = {
  'duplicate-id': 'give it a different id',
  'unknown-speaker': 'add the speaker to "speakers" or correct the id',
  'no-lines': 'give the scene at least one line',
  'no-unconditional-line': 'give the scene at least one line without "when"',
  'unknown-field': 'ask about a field the record has',
  'unknown-value': 'use one of the values listed',
  'unknown-level': 'name a level id of the game, or correct its spelling',
  'unknown-point': 'name a decision point the rules score',
  'unknown-choice': 'name a choice the rules score at that point',
  'decision-not-known-here': 'ask the case file instead (e.g. { "caseRecord": "grid", "has": "evidence", "value": "declared-vs-metered" })',
  'unknown-district': 'name a district of this step',
  'priority-not-every-district': 'list each district once, served first to last',
  'hours-reversed': 'make toHour larger than fromHour',
  'no-homes': 'add the homes the grid must serve',
  'order-scoring-inconsistent': 'give refuse the law-and-integrity points, escalate the same plus supervision points (LS1), comply a loss; see ARCHITECTURE.md, "Scoring"',
  'no-evidence-note': 'add "filesEvidence": true to the note that attaches the declared-versus-metered comparison',
  'evidence-note-not-best': 'lower this note\'s withEvidence points below the attaching note\'s, or mark this note "filesEvidence": true if it attaches the comparison',
  'missing-outcome': 'add the outcomes for this key',
  'after-the-desk': 'move it to a day before the desk closes',
  'unknown-inquiry': 'name an inquiry of this application, or add the inquiry',
  'no-layout': 'add "<id>": { "x": ..., "y": ..., "width": ..., "height": ... } to "layout"',
  'verdict-points-out-of-order': 'change the points so the better verdict earns more',
  'legitimate-breaks-rule': 'change the field values so no rule is broken, or set truth.legitimate to false and plant the breach in truth.discrepancies',
  'breach-not-planted': 'add it to truth.discrepancies with this rule and these fields, or change the field values so the rule passes',
  'planted-not-found': 'make the field values break the rule, or correct "rule" and "between" (the fields the rule names)',
  'rule-never-in-force': 'add the rule to the rulebook, or to a bulletin that comes before the last day',
  'never-shown': 'make revealedBy name an inquiry of this application, or drop it',
  'no-such-field': 'name a field of this application as "documentId.fieldId"',
  'no-such-application': 'name the id of an application on this desk',
  'call-rings-late': 'make the call ring on the day its application arrives (its "day" equal to the application\'s arrivesOnDay)',
  'arrives-after-last-day': 'make arrivesOnDay smaller than "days"',
  'nothing-planted': 'plant the rules it breaks in truth.discrepancies, or set truth.legitimate to true',
  'rule-after-due': 'issue the rule on or before the day the decision is due: move its bulletin earlier, or let the application arrive (or set its dueOnDay) on or after the bulletin\'s day',
  'due-out-of-range': 'set dueOnDay between the application\'s arrivesOnDay and the last day ("days" - 1), or leave it out (due the day it arrives)',
  'contradiction-unexplained':
    'if a rule should catch it, add the pair to the alsoShownBy of the planted discrepancy it shows, or add a rule that finds it; if it breaks no rule, add to truth.oddities an entry with both fields in "refs" and a one-line explanation the player will read; or correct the claims if they do not really contradict each other',
  'claims-incomparable': 'give both claims the same form ("is", or an amount with the same "unit"), or name different things in "about"',
  'shown-by-agreeing-fields': 'give both fields claims about the same thing that contradict each other, or remove the pair from alsoShownBy',
  ...Object.fromEntries(SITE_FAIRNESS_CODES.map((code) => [code, 'correct the site so the check passes (see core/site/model.ts)'])),
  'option-over-budget': 'lower the option\'s cost, or raise the budget',
  'fault-must-cost': 'give every outcome of the fault negative points',
  'full-marks-unreachable': 'lower the costs or power of the options worth choosing, or raise the budget or headroom, so they fit together (and no more of one sector than maxPerSector)',
  'claimed-jobs-pay': 'put the largest claimedJobs on options whose studies answer no (the flashy claims), or make those options cost more points',
  'empty-plan-pays': 'make an empty plan earn nothing: only chosen options should earn',
  'nothing-to-gain': 'give the options worth choosing positive outcomes',
};
