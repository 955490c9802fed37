// Blind strategies: players who press buttons by a fixed habit and read no story. A score is a
// claim about a student, so none of these may look good (issue 12). Each chooses from what
// `legalActions` offers, so each plays every level, today's and tomorrow's, without knowing it.
// The screen-reading diligent player is here too: it reads what the screen shows, never a
// level's answer key (`truth`, outcome points), and must beat every blind habit.

import { revealsRef } from './desk-players';
import { diligentInspector, planTowards, type Strategy } from './players';
import { playRandomly } from './random-player';
import {
  boardOnTable,
  createGame,
  dueDay,
  isOnDesk,
  isStoryLevel,
  legalActions,
  linkOn,
  mostClaimedJobsPlan,
  overallScore,
  step,
  tallyLessons,
  visibleDocuments,
  LESSONS,
  type Application,
  type BoardCard,
  type BoardOfferResponse,
  type BoardRecipientKind,
  type DeskAction,
  type DeskStep,
  type GameAction,
  type GameState,
  type Level,
  type LessonId,
  type Verdict,
} from '../core';

/** Chooses the next action from the legal ones, knowing only the level as shown and the state. */
export type Habit = (level: Level, state: GameState, legal: GameAction[]) => GameAction;

export interface BlindStrategy {
  id: string;
  label: string;
  /** Mean over this many seeds (random play); otherwise one seed stands for all. */
  seeds: number;
  play(level: Level, seed: number): GameState;
}

const MAX_ACTIONS = 4000;

/**
 * Plays a level by habit. The habit sees `shown`, the level as the screen shows it; a test passes
 * a copy without the answer key to prove a player never reads it.
 */
export function playHabit(level: Level, seed: number, habit: Habit, shown: Level = level): { state: GameState; actions: GameAction[] } {
  let state = createGame(level, seed);
  const actions: GameAction[] = [];
  for (let n = 0; n < MAX_ACTIONS && !state.finished; n++) {
    const legal = legalActions(level, state);
    if (legal.length === 0) break;
    const action = habit(shown, state, legal);
    actions.push(action);
    state = step(level, state, action).state;
  }
  return { state, actions };
}

/** The first legal action of a kind the predicate likes, else the first legal action. */
function prefer(legal: GameAction[], ...likes: ((a: GameAction) => boolean)[]): GameAction {
  for (const like of likes) {
    const found = legal.find(like);
    if (found) return found;
  }
  return legal[0]!;
}

const is = (type: GameAction['type']) => (a: GameAction) => a.type === type;
const desk = (test: (act: DeskAction) => boolean) => (a: GameAction) => a.type === 'desk' && test(a.act);
const moveOn = [is('advance-dialogue'), is('leave-desk'), is('leave-site'), is('run-day')];

const board = (test: (a: Extract<GameAction, { type: `board-${string}` }>) => boolean) => (a: GameAction) => a.type.startsWith('board-') && test(a as Extract<GameAction, { type: `board-${string}` }>);
/** Filing the board to a recipient of one kind (the recipient's name says which it is). */
const fileTo = (level: Level, state: GameState, kind: BoardRecipientKind) => (a: GameAction) => {
  const current = level.steps[state.stepIndex];
  return a.type === 'board-file' && current?.kind === 'board' && current.recipients.some((r) => r.id === a.recipientId && r.kind === kind);
};

/** One answer to everything: how it answers orders, calls, gifts, verdicts, the site's report, the offer and the board. */
function answersAlways(answer: { order: 'comply' | 'refuse' | 'escalate'; call: string; gift: string; verdict: Verdict; site: string; announced: boolean; offer: BoardOfferResponse; file: BoardRecipientKind; linksAll: boolean; plan: 'everything' | 'nothing'; studies: boolean }): Habit {
  return (level, state, legal) =>
    prefer(
      legal,
      ...moveOn,
      board((a) => a.type === 'board-offer' && a.response === answer.offer),
      // The accuser strings every pair of documents together before filing.
      (a) => answer.linksAll && a.type === 'board-link',
      fileTo(level, state, answer.file),
      // At the zone plan: opens every study or none, then takes every proposal the budget allows, or none.
      (a) => answer.studies && a.type === 'plan-study',
      (a) => answer.plan === 'everything' && a.type === 'plan-add',
      is('plan-submit'),
      (a) => a.type === 'answer-order' && a.response === answer.order,
      desk((d) => d.type === 'desk-answer-call' && d.response === answer.call),
      desk((d) => d.type === 'desk-handle-gift' && d.choice === answer.gift),
      desk((d) => d.type === 'desk-decide' && d.verdict === answer.verdict && (d.reasons.length === 0 || answer.verdict === 'approve')),
      desk((d) => d.type === 'desk-end-day'),
      (a) => a.type === 'begin-visit' && a.announced === answer.announced && a.difficulty === 'standard',
      (a) => a.type === 'site' && a.act.type === 'file-report' && a.act.conclusion === answer.site,
      is('file-case-note'),
    );
}

/** Presses only what the game needs to go on; where it must choose, takes what is listed first. */
const passive: Habit = (_level, _state, legal) =>
  prefer(legal, ...moveOn, desk((d) => d.type === 'desk-end-day'), is('answer-order'), is('begin-visit'), is('file-case-note'), is('board-offer'), is('board-file'), is('plan-submit'));

const firstLegal: Habit = (_level, _state, legal) => legal[0]!;

// ---- Players who check: the clerk (fields only) and the diligent reader --------------------------

/** The checks a rulebook suggests: a two-field rule's fields against each other, a one-field rule's field against the rule. */
function ruleChecks(deskStep: DeskStep): [string, string][] {
  const rules = [...deskStep.rulebook, ...deskStep.bulletins.flatMap((b) => b.rules)];
  return rules.map((rule) => {
    const t = rule.test;
    const other = 'of' in t ? t.of : 'requires' in t ? t.requires : 'other' in t ? t.other : null;
    return [t.field, other ?? `rule:${rule.id}`];
  });
}

/** At the desk: every cross-check and question offered for the first folder, then a verdict by `decide`. */
function checker(
  decide: (deskStep: DeskStep, state: GameState, application: Application, found: string[]) => Verdict,
  integrity: { call: string; gift: string },
  grid: Strategy['grid'],
  site: Strategy['site'],
  asks: 'everything' | 'what-a-rule-needs',
  boardRoutine: Strategy['board'],
  planRoutine: Strategy['plan'],
): Habit {
  return (level, state, legal) => {
    const current = level.steps[state.stepIndex]!;
    if (current.kind === 'grid') {
      // Grid and site: the diligent routines, which read only the screen.
      const wanted = grid(current, state).find((a) => legal.some((l) => JSON.stringify(l) === JSON.stringify(a)));
      return wanted ?? prefer(legal, is('run-day'), is('file-case-note'));
    }
    if (current.kind === 'site') return site(current, state);
    if (current.kind === 'board') return boardRoutine(current, state);
    if (current.kind === 'plan') return planRoutine(current, state);
    if (current.kind !== 'desk') return prefer(legal, ...moveOn);
    const deskState = state.desk[current.id]!;
    if (deskState.finished) return { type: 'leave-desk' };
    const call = legal.find(desk((d) => d.type === 'desk-answer-call' && d.response === integrity.call));
    if (call) return call;
    const gift = legal.find(desk((d) => d.type === 'desk-handle-gift' && d.choice === integrity.gift));
    if (gift) return gift;
    // The folder due soonest first, as the desk's "decision due" labels ask.
    for (const application of [...current.applications].sort((a, b) => dueDay(a) - dueDay(b))) {
      const progress = deskState.applications[application.id];
      if (!progress || progress.decision || !legal.some(desk((d) => 'applicationId' in d && d.applicationId === application.id))) continue;
      const suggested = ruleChecks(current);
      const askAny = legal.find(desk((d) => d.type === 'desk-inquire' && d.applicationId === application.id));
      if (asks === 'everything' && askAny) return askAny;
      const check = legal.find(desk((d) => d.type === 'desk-cross-check' && d.applicationId === application.id && suggested.some(([a, b]) => (a === d.a && b === d.b) || (a === d.b && b === d.a))));
      if (check) return check;
      if (asks === 'what-a-rule-needs') {
        // A rule names a paper that is not in the folder: ask for it (the question says what it asks for).
        const missing = suggested.flatMap((pair) => pair).filter((ref) => !ref.startsWith('rule:') && !isOnDesk(current, deskState, application, ref));
        const ask = legal.find(desk((d) => d.type === 'desk-inquire' && d.applicationId === application.id && missing.some((ref) => revealsRef(application, d.inquiryId, ref))));
        if (ask) return ask;
      }
      // Checks left that today's minutes cannot pay for wait for tomorrow, while there is one.
      const unchecked = suggested.filter(([a, b]) => isOnDesk(current, deskState, application, a) && isOnDesk(current, deskState, application, b) && !progress.checks.some((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a)));
      const lastDay = deskState.day >= Math.min(current.days - 1, dueDay(application));
      if (!lastDay && unchecked.length > 0 && !legal.some(desk((d) => d.type === 'desk-cross-check'))) break;
      if (asks === 'what-a-rule-needs' && progress.found.length === 0) {
        // The rules find nothing, yet the Secretary's office rang about this folder: hear what its applicant says.
        const rang = current.calls.some((c) => c.applicationId === application.id && deskState.calls[c.id] !== 'waiting' && deskState.calls[c.id] !== 'moot');
        const unasked = application.inquiries.filter((q) => q.kind === 'interview' && !progress.inquiries.includes(q.id));
        const interview = legal.find(desk((d) => d.type === 'desk-inquire' && d.applicationId === application.id && unasked.some((q) => q.id === d.inquiryId)));
        if (rang && interview) return interview;
        // No minutes left for it today: it waits for tomorrow, while there is one.
        if (rang && unasked.length > 0 && !lastDay) break;
      }
      const verdict = decide(current, state, application, progress.found);
      const decision = legal.find(desk((d) => d.type === 'desk-decide' && d.applicationId === application.id && d.verdict === verdict && (verdict === 'approve' || d.reasons.length === progress.found.length)));
      if (decision) return decision;
    }
    return prefer(legal, desk((d) => d.type === 'desk-end-day'));
  };
}

const diligentGrid = diligentInspector.grid;
const diligentSite = diligentInspector.site;
const diligentBoard = diligentInspector.board;
const diligentPlan = diligentInspector.plan;

/** The clerk at the zone plan: reads the fields, not the studies, and takes the most claimed jobs the budget and the grid allow. */
const clerkPlan: Strategy['plan'] = (plan, state) => planTowards(plan, state, mostClaimedJobsPlan(plan));

/**
 * The clerk at the board: strings together every two documents that share a value, in the order
 * they are pinned, with the first relation on the list (reading no relation's kinds); declines the
 * offer; files with the first recipient listed.
 */
const clerkBoard: Strategy['board'] = (step, state) => {
  const progress = state.board[step.id]!;
  if (progress.offer === 'pending') return { type: 'board-offer', response: 'declined' };
  const cards = boardOnTable(step, progress).cards;
  const share = (a: BoardCard, b: BoardCard) => a.fields.some((f) => b.fields.some((g) => g.value.en === f.value.en));
  const next = cards.flatMap((a, i) => cards.slice(i + 1).filter((b) => share(a, b) && !linkOn(progress, a.id, b.id)).map((b) => ({ from: a.id, to: b.id })))[0];
  if (next) return { type: 'board-link', ...next, relation: step.relations[0]!.id };
  return { type: 'board-file', recipientId: step.recipients[0]!.id };
};

/**
 * The clerk at the grid: asks for every reading and compares them, refuses orders by the rules,
 * but keeps the dispatch list as the office left it, and takes the first plan and the first note
 * on each list.
 */
const clerkGrid: Strategy['grid'] = (grid, state) => {
  const progress = state.grid[grid.id]!;
  if (progress.daysRun === grid.days.length) {
    const compare: GameAction[] = progress.declarationReceived && !progress.comparison ? [{ type: 'compare-profiles' }] : [];
    const plan: GameAction[] = grid.plans && progress.plan === null ? [{ type: 'choose-plan', planId: grid.plans[0]!.id }] : [];
    return [...compare, ...plan, { type: 'file-case-note', conclusionId: grid.conclusions[0]!.id }];
  }
  const today = grid.days[progress.daysRun]!;
  return [
    ...(today.order ? [{ type: 'answer-order', response: 'refuse' } as const] : []),
    { type: 'grid-monitoring', request: 'restore-metering' },
    { type: 'grid-monitoring', request: 'load-profile' },
    ...(progress.daysRun > 0 ? [{ type: 'compare-profiles' } as const] : []),
    { type: 'run-day' },
  ];
};

/** The clerk at a site: goes in as announced, uses every tool and asks everyone, reports it all, refers it on. */
const clerkSite: Strategy['site'] = (site, state) => {
  const visit = state.site[site.id]!.visit;
  if (!visit) return { type: 'begin-visit', announced: true, difficulty: 'standard' };
  if (visit.filed) return { type: 'leave-site' };
  const game = { steps: [site] } as unknown as Level;
  const legal = legalActions(game, { ...state, stepIndex: 0 });
  return prefer(
    legal,
    (a) => a.type === 'site' && (a.act.type === 'use-tool' || a.act.type === 'interview'),
    (a) => a.type === 'site' && a.act.type === 'add-to-report',
    (a) => a.type === 'site' && a.act.type === 'file-report' && a.act.conclusion === 'inefficient-refer',
  );
};

/** The clerk: checks every rule against the fields it names, asks everything, rejects anything with a breach. */
const clerk: Habit = checker((_d, _s, _a, found) => (found.length > 0 ? 'reject' : 'approve'), { call: 'declined', gift: 'returned' }, clerkGrid, clerkSite, 'everything', clerkBoard, clerkPlan);

/**
 * The diligent reader decides from what the screen shows, by five rules a student can say aloud:
 * 1. Hand in gifts and report calls, never just decline. When the rules find nothing in a folder
 *    the Secretary's office rang about, interview its applicant.
 * 2. A folder whose applicant, asked, says an official settled it in advance (a field the
 *    interview brings, shown as such) goes to the commission, whatever its fields.
 * 3. A folder that hides who introduced it and also came with a gift or a call from the
 *    Secretary's office (power for money) goes to the commission.
 * 4. A breach that conditions can put right (a cap, a missing approval or review) is approved on
 *    conditions; any other breach is rejected.
 * 5. A folder with no breach is approved.
 */
const CURABLE_TESTS = new Set(['max-share', 'requires-if-above', 'requires-if-in', 'one-of']);
/** How the desk shows a field that says an official promised the outcome (rule 2). */
const SETTLED_BY_AN_OFFICIAL = 'promised-by-official';
const readerDecides = (deskStep: DeskStep, state: GameState, application: Application, found: string[]): Verdict => {
  const deskState = state.desk[deskStep.id]!;
  const shown = visibleDocuments(deskStep, deskState, application).flatMap((d) => d.fields);
  if (shown.some((f) => f.category === SETTLED_BY_AN_OFFICIAL)) return 'refer';
  if (found.length === 0) return 'approve';
  const rules = [...deskStep.rulebook, ...deskStep.bulletins.flatMap((b) => b.rules)];
  const brokenRules = deskState.applications[application.id]!.checks.filter((c) => c.ruleId !== null).map((c) => rules.find((r) => r.id === c.ruleId));
  const rang = deskStep.calls.some((c) => c.applicationId === application.id && deskState.calls[c.id] !== 'waiting');
  const hiddenTie = brokenRules.some((r) => r?.test.kind === 'requires-if-in');
  if (hiddenTie && (rang || application.gift !== undefined)) return 'refer';
  return brokenRules.every((r) => r && CURABLE_TESTS.has(r.test.kind)) ? 'approve-with-conditions' : 'reject';
};
const diligentReader: Habit = checker(readerDecides, { call: 'reported', gift: 'handed-in' }, diligentGrid, diligentSite, 'what-a-rule-needs', diligentBoard, diligentPlan);

function habitStrategy(id: string, label: string, habit: Habit): BlindStrategy {
  return { id, label, seeds: 1, play: (level, seed) => playHabit(level, seed, habit).state };
}

export const BLIND_STRATEGIES: BlindStrategy[] = [
  habitStrategy('passive', 'does only what is forced', passive),
  habitStrategy('comply', 'complies and approves everything', answersAlways({ order: 'comply', call: 'obliged', gift: 'kept', verdict: 'approve', site: 'honest', announced: true, offer: 'accepted', file: 'implicated', linksAll: false, plan: 'everything', studies: false })),
  habitStrategy('refuse', 'refuses and rejects everything', answersAlways({ order: 'refuse', call: 'declined', gift: 'returned', verdict: 'reject', site: 'inconclusive', announced: false, offer: 'declined', file: 'none', linksAll: false, plan: 'nothing', studies: false })),
  habitStrategy('refer', 'refers and accuses everything', answersAlways({ order: 'escalate', call: 'reported', gift: 'handed-in', verdict: 'refer', site: 'mining-disguised', announced: false, offer: 'reported', file: 'oversight', linksAll: true, plan: 'everything', studies: true })),
  habitStrategy('first', 'always the first legal action', firstLegal),
  { id: 'random', label: 'random legal actions (mean of 50 seeds)', seeds: 50, play: (level, seed) => playRandomly(level, seed, { maxActions: MAX_ACTIONS }).state },
  habitStrategy('clerk', 'checks every rule, reads no story', clerk),
];

export const DILIGENT_READER: BlindStrategy = habitStrategy('diligent', 'diligent, reads only the screen', diligentReader);
export { diligentReader };

export interface StrategyScore {
  overall: number;
  lessons: Record<LessonId, number | null>;
}

/** A strategy's scores on a level: one seed, or the mean over its seeds (each lesson and overall). */
export function scoreStrategy(level: Level, strategy: BlindStrategy, firstSeed = 1): StrategyScore {
  const runs = Array.from({ length: strategy.seeds }, (_, i) => {
    const state = strategy.play(level, firstSeed + i);
    const tally = tallyLessons(level, state);
    return { overall: overallScore(tally), lessons: Object.fromEntries(LESSONS.map((l) => [l, tally[l].score])) as Record<LessonId, number | null> };
  });
  const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
  return {
    overall: mean(runs.map((r) => r.overall)),
    lessons: Object.fromEntries(LESSONS.map((l) => [l, runs[0]!.lessons[l] === null ? null : mean(runs.map((r) => r.lessons[l] ?? 0))])) as Record<LessonId, number | null>,
  };
}

/** The table for teachers: level x strategy x lesson, as Markdown rows. */
export function carelessPlayTable(levels: readonly Level[]): string {
  const rows = ['| level | strategy | overall | LS1 | LS2 | LS3 | LS4 |', '|---|---|---|---|---|---|---|'];
  // A story chapter (the prologue) scores nothing for anyone: a row of zeros would say it was failed.
  for (const level of levels.filter((l) => !isStoryLevel(l))) {
    for (const strategy of [...BLIND_STRATEGIES, DILIGENT_READER]) {
      const s = scoreStrategy(level, strategy);
      rows.push(`| ${level.title.en} | ${strategy.label} | ${s.overall} | ${LESSONS.map((l) => s.lessons[l] ?? 'n/a').join(' | ')} |`);
    }
  }
  return rows.join('\n');
}

