// The zone plan (issue 13, "Reckoning"): what the High-Tech Zone should become after the mining.
// Options are industries a promoter proposes, each with what the screen shows (cost, power draw,
// the jobs its promoter claims) and a study the player can open, which answers a planner's five
// questions. The player adds options within the budget (over it is refused) and may go over the
// grid's headroom after homes (allowed, and it costs when the plan is submitted). Submitting scores
// each chosen option and the plan as a whole (too many of one sector, nothing joined to the real
// economy, homes dark again). Pure data and functions: plan/kind.ts scores what this reports.

import type { LessonId, LocalText, Outcome, SourceLines } from '../level';
import type { ContentProblem } from '../step-kind';

export const PLAN_SECTORS = ['digital', 'manufacturing', 'logistics', 'agriculture', 'education', 'energy', 'services'] as const;
export type PlanSector = (typeof PLAN_SECTORS)[number];

/** How an option draws its power: the same round the clock (a data hall, a miner) or in working hours. */
export const PLAN_POWER_PROFILES = ['flat', 'daytime'] as const;
export type PlanPowerProfile = (typeof PLAN_POWER_PROFILES)[number];

/** The questions a study answers, in the order the screen shows them. */
export const PLAN_CHECKS = ['supplyChain', 'market', 'figures', 'environment', 'realEconomy'] as const;
export type PlanCheck = (typeof PLAN_CHECKS)[number];

export interface PlanStudy {
  /** What a careful planner learns, in a paragraph. */
  text: LocalText;
  /** The five questions answered yes or no, as the screen shows them once the study is open. */
  checks: Record<PlanCheck, boolean>;
  sourceLines: SourceLines;
}

export interface PlanOption {
  id: string;
  name: LocalText;
  description: LocalText;
  sector: PlanSector;
  /** Million yuan from the zone's budget. */
  cost: number;
  powerMw: number;
  profile: PlanPowerProfile;
  /** Jobs its promoter claims; the study says who counted them. */
  claimedJobs: number;
  promoter: LocalText;
  study: PlanStudy;
  /** What choosing it earns or costs when the plan is submitted. */
  outcomes: Outcome[];
}

export const PLAN_FAULTS = ['crowded', 'no-real-economy', 'over-grid'] as const;
/** What the plan as a whole can get wrong: "everyone at once", no link to the real economy, homes dark again. */
export type PlanFault = (typeof PLAN_FAULTS)[number];

/** What a plan step holds besides its title and briefing. */
export interface PlanDefinition {
  /** Million yuan. */
  budget: number;
  /** What the grid can still give the zone after homes, in MW. */
  headroomMw: number;
  /** The guidance shown beside the limits: at most this many options of one sector (L77). */
  maxPerSector: number;
  options: PlanOption[];
  /** What each fault costs when a plan with it is submitted. */
  faults: Record<PlanFault, Outcome[]>;
}

// ---- Play ---------------------------------------------------------------------------------------

export interface PlanProgress {
  studied: string[];
  chosen: string[];
  submitted: boolean;
}

export type PlanAction =
  | { type: 'plan-study'; optionId: string }
  | { type: 'plan-add'; optionId: string }
  | { type: 'plan-remove'; optionId: string }
  | { type: 'plan-submit' };

export type PlanEvent =
  | { type: 'study-opened'; optionId: string }
  | { type: 'option-added'; optionId: string; overGrid: boolean }
  | { type: 'option-removed'; optionId: string }
  | { type: 'plan-submitted'; chosen: string[]; faults: PlanFault[] };

export type PlanRefusal = 'already-studied' | 'already-chosen' | 'not-chosen' | 'over-budget' | 'plan-submitted';

/** What a plan leaves in the case file: what was chosen and what was wrong with it. */
export interface PlanCaseRecord {
  chosen: string[];
  studied: number;
  faults: PlanFault[];
  submitted: boolean;
}

export const freshPlan = (): PlanProgress => ({ studied: [], chosen: [], submitted: false });

const optionsOf = (plan: PlanDefinition, ids: readonly string[]): PlanOption[] => plan.options.filter((o) => ids.includes(o.id));
export const costOf = (plan: PlanDefinition, ids: readonly string[]): number => optionsOf(plan, ids).reduce((s, o) => s + o.cost, 0);
export const powerOf = (plan: PlanDefinition, ids: readonly string[]): number => optionsOf(plan, ids).reduce((s, o) => s + o.powerMw, 0);

/** What is wrong with a plan as a whole, in the order of PLAN_FAULTS. */
export function planFaults(plan: PlanDefinition, ids: readonly string[]): PlanFault[] {
  const chosen = optionsOf(plan, ids);
  const crowded = PLAN_SECTORS.some((sector) => chosen.filter((o) => o.sector === sector).length > plan.maxPerSector);
  const joined = chosen.some((o) => o.study.checks.realEconomy);
  const over = powerOf(plan, ids) > plan.headroomMw;
  return PLAN_FAULTS.filter((f) => (f === 'crowded' ? crowded : f === 'no-real-economy' ? !joined : over));
}

/** The answer to one action, or a refusal; `progress` is the caller's own copy and is changed in place. */
export function applyPlanAction(plan: PlanDefinition, progress: PlanProgress, action: PlanAction, emit: (event: PlanEvent) => void): 'ok' | PlanRefusal | 'unknown-id' {
  if (progress.submitted) return 'plan-submitted';
  if (action.type === 'plan-submit') {
    progress.submitted = true;
    emit({ type: 'plan-submitted', chosen: [...progress.chosen], faults: planFaults(plan, progress.chosen) });
    return 'ok';
  }
  const option = plan.options.find((o) => o.id === action.optionId);
  if (!option) return 'unknown-id';
  switch (action.type) {
    case 'plan-study':
      if (progress.studied.includes(option.id)) return 'already-studied';
      progress.studied.push(option.id);
      emit({ type: 'study-opened', optionId: option.id });
      return 'ok';
    case 'plan-add':
      if (progress.chosen.includes(option.id)) return 'already-chosen';
      if (costOf(plan, progress.chosen) + option.cost > plan.budget) return 'over-budget';
      progress.chosen.push(option.id);
      emit({ type: 'option-added', optionId: option.id, overGrid: powerOf(plan, progress.chosen) > plan.headroomMw });
      return 'ok';
    case 'plan-remove':
      if (!progress.chosen.includes(option.id)) return 'not-chosen';
      progress.chosen = progress.chosen.filter((id) => id !== option.id);
      emit({ type: 'option-removed', optionId: option.id });
      return 'ok';
  }
}

/** Every action accepted now: studies not yet open, options that fit the budget, submitting, then taking options out. */
export function legalPlanActions(plan: PlanDefinition, progress: PlanProgress): PlanAction[] {
  if (progress.submitted) return [];
  const spent = costOf(plan, progress.chosen);
  return [
    ...plan.options.filter((o) => !progress.studied.includes(o.id)).map((o): PlanAction => ({ type: 'plan-study', optionId: o.id })),
    ...plan.options.filter((o) => !progress.chosen.includes(o.id) && spent + o.cost <= plan.budget).map((o): PlanAction => ({ type: 'plan-add', optionId: o.id })),
    { type: 'plan-submit' },
    ...progress.chosen.map((id): PlanAction => ({ type: 'plan-remove', optionId: id })),
  ];
}

export function planCaseRecord(plan: PlanDefinition, progress: PlanProgress): PlanCaseRecord | null {
  if (!progress.submitted && progress.chosen.length === 0 && progress.studied.length === 0) return null;
  return { chosen: [...progress.chosen], studied: progress.studied.length, faults: planFaults(plan, progress.chosen), submitted: progress.submitted };
}

// ---- What a plan earns, for the kind and the audit -------------------------------------------------

/** Each decision a submitted plan scores: every chosen option, then each fault of the whole. */
export function planDecisions(plan: PlanDefinition, ids: readonly string[]): { point: 'industry' | 'zone-plan'; subject: string; choice: string; outcomes: Outcome[] }[] {
  return [
    ...optionsOf(plan, ids).map((o) => ({ point: 'industry' as const, subject: o.id, choice: 'chosen', outcomes: o.outcomes })),
    ...planFaults(plan, ids).map((f) => ({ point: 'zone-plan' as const, subject: f, choice: f, outcomes: plan.faults[f] })),
  ];
}

const lessonTotal = (outcomes: readonly Outcome[], lesson: LessonId): number => outcomes.filter((o) => o.lesson === lesson).reduce((s, o) => s + o.points, 0);

/** Per lesson, what a plan earns and the most any plan can (each option's gain, no fault). */
export function planScore(plan: PlanDefinition, ids: readonly string[]): Map<LessonId, { earned: number; best: number }> {
  const outcomes = planDecisions(plan, ids).flatMap((d) => d.outcomes);
  const lessons = new Set([...plan.options.flatMap((o) => o.outcomes), ...Object.values(plan.faults).flat()].map((o) => o.lesson));
  return new Map(
    [...lessons].map((lesson) => [lesson, { earned: lessonTotal(outcomes, lesson), best: plan.options.reduce((s, o) => s + Math.max(0, lessonTotal(o.outcomes, lesson)), 0) }]),
  );
}

/** Every set of options within the budget and the grid's headroom (the schema keeps the list short). */
export function plansWithinLimits(plan: PlanDefinition): string[][] {
  const sets: string[][] = [];
  const n = plan.options.length;
  for (let mask = 0; mask < 1 << n; mask++) {
    const ids = plan.options.filter((_o, i) => mask & (1 << i)).map((o) => o.id);
    if (costOf(plan, ids) <= plan.budget && powerOf(plan, ids) <= plan.headroomMw) sets.push(ids);
  }
  return sets;
}

/** The plan a clerk who reads only the fields makes: the most claimed jobs within the budget and the grid (the first such set). */
export function mostClaimedJobsPlan(plan: PlanDefinition): string[] {
  const jobs = (ids: string[]) => optionsOf(plan, ids).reduce((s, o) => s + o.claimedJobs, 0);
  return plansWithinLimits(plan).reduce((best, ids) => (jobs(ids) > jobs(best) ? ids : best), [] as string[]);
}

// ---- Content checks ---------------------------------------------------------------------------

/** A share at most this (on every lesson the plan can earn) is "low". */
export const CLAIMS_PLAN_MAX_SHARE = 0.4;

/** Problems beyond the schema: limits that make sense, faults that cost, and that the tempting numbers do not pay. */
export function planProblems(plan: PlanDefinition): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: string, code: string, detail: string, expected?: string) => problems.push({ path, code, detail, ...(expected ? { expected } : {}) });
  plan.options.forEach((o, i) => {
    if (o.cost > plan.budget) add(`options[${i}].cost`, 'option-over-budget', `"${o.id}" costs ${o.cost}, more than the whole budget of ${plan.budget}`);
  });
  for (const fault of PLAN_FAULTS) {
    if (plan.faults[fault].length === 0 || plan.faults[fault].some((o) => o.points >= 0)) add(`faults.${fault}`, 'fault-must-cost', `every outcome of "${fault}" must cost points`);
  }
  const scoreOf = (ids: string[]) => planScore(plan, ids);
  const gaining = [...scoreOf([]).entries()].filter(([, s]) => s.best > 0);
  // Full marks must be within reach of a plan the limits allow.
  const full = plansWithinLimits(plan).some((ids) => [...scoreOf(ids).values()].every((s) => s.earned >= s.best));
  if (!full) add('options', 'full-marks-unreachable', 'no plan within the budget and the grid earns every option\'s gain without a fault', 'the options worth choosing fitting together within the budget, the headroom and the sector guidance');
  // The tempting numbers belong to the wrong options: the most claimed jobs scores low.
  const claims = mostClaimedJobsPlan(plan);
  for (const [lesson, s] of scoreOf(claims)) {
    if (s.best > 0 && s.earned > CLAIMS_PLAN_MAX_SHARE * s.best) {
      add('options', 'claimed-jobs-pay', `the plan with the most claimed jobs within the limits (${claims.join(', ')}) earns ${s.earned} of ${s.best} on ${lesson}`, 'the largest job claims on options a study shows to be wrong for the region');
    }
  }
  for (const [lesson, s] of scoreOf([])) if (s.earned > 0) add('faults', 'empty-plan-pays', `an empty plan earns ${s.earned} on ${lesson}`);
  if (gaining.length === 0) add('options', 'nothing-to-gain', 'no option earns anything');
  return problems;
}
