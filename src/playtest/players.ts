// Scripted players: each plays a level through the core the way a kind of player would, reading
// the state as a player reads the screen (never the seed's answer directly). Tests, the bench and
// the authors' scripts use them; the game never does.

import { deskAction, historicalDesk, perfectDesk } from './desk-players';
import { boardOnTable, createGame, linkOn, meteredDays, ringingCall, siteTimeLeft, step, supervisorReview, type CaseFile, type GameAction, type GameState, type Level, type LevelStep, type SiteConclusion, type SiteDefinition, type SiteTool, type SiteVisit, type BoardLink, type BoardStep, type PlanStep, costOf, powerOf, mostClaimedJobsPlan, PLAN_CHECKS } from '../core';

export interface Strategy {
  /** Called once per day of a grid step (with everything the player does before running it), then once to file the note. */
  grid(step: Extract<LevelStep, { kind: 'grid' }>, state: GameState): GameAction[];
  /** Called repeatedly, like the inspection: the next action at the site. */
  site(step: Extract<LevelStep, { kind: 'site' }>, state: GameState): GameAction;
  /** Called repeatedly: the next action at the review desk (see desk-players.ts). */
  desk?(step: Extract<LevelStep, { kind: 'desk' }>, state: GameState): GameAction;
  /** Called repeatedly: the next action at the evidence board. */
  board(step: BoardStep, state: GameState): GameAction;
  /** Called repeatedly: the next action at the zone plan. */
  plan(step: PlanStep, state: GameState): GameAction;
}

export function playThrough(level: Level, seed: number, strategy: Strategy, caseFile?: CaseFile): { state: GameState; actions: GameAction[] } {
  let state = createGame(level, seed, caseFile);
  const actions: GameAction[] = [];
  const act = (action: GameAction): void => {
    const result = step(level, state, action);
    if (result.events.some((e) => e.type === 'action-refused')) return;
    state = result.state;
    actions.push(action);
    // The Secretary's office rings at a push: every scripted player hears the call out and goes on.
    const current = level.steps[state.stepIndex];
    if (current?.kind === 'grid' && ringingCall(state.grid[current.id]!)) act({ type: 'grid-answer-call', answer: 'heard' });
  };
  for (let guard = 0; !state.finished && guard < 500; guard++) {
    const current = level.steps[state.stepIndex]!;
    switch (current.kind) {
      case 'scene':
        act({ type: 'advance-dialogue' });
        break;
      case 'grid':
        strategy.grid(current, state).forEach(act);
        break;
      case 'site':
        act(strategy.site(current, state));
        break;
      case 'desk':
        act((strategy.desk ?? ((d, s) => deskAction(perfectDesk, d, s)))(current, state));
        break;
      case 'board':
        act(strategy.board(current, state));
        break;
      case 'plan':
        act(strategy.plan(current, state));
        break;
    }
  }
  return { state, actions };
}

/** Follows every rule: lights the critical loads, then homes, then the rest; finds everything. */
export const diligentInspector: Strategy = {
  grid: diligentGridDay,
  site: diligentSiteAction,
  board: diligentBoardAction,
  plan: diligentPlanAction,
};

/**
 * The strings the screen supports: two documents whose fields say the same name, amount or date,
 * linked by the one relation whose kinds (as the screen shows them) run from the first to the second.
 */
export function linksTheDocumentsShow(board: BoardStep): BoardLink[] {
  const links: BoardLink[] = [];
  for (const a of board.cards) {
    for (const b of board.cards) {
      if (a.id === b.id || !a.fields.some((f) => b.fields.some((g) => g.value.en === f.value.en))) continue;
      const fits = board.relations.filter((r) => r.from.includes(a.kind) && r.to.includes(b.kind));
      if (fits.length === 1) links.push({ from: a.id, to: b.id, relation: fits[0]!.id });
    }
  }
  return links;
}

/** Links what the documents show, one string at a time; declines and reports the offer; files to the body that can act. */
function diligentBoardAction(board: BoardStep, state: GameState): GameAction {
  const progress = state.board[board.id]!;
  if (progress.offer === 'pending') return { type: 'board-offer', response: 'reported' };
  // Only the documents on the board (a card the case file left off is not there to read).
  const wanted = linksTheDocumentsShow(boardOnTable(board, progress));
  const next = wanted.find((l) => !linkOn(progress, l.from, l.to));
  if (next) return { type: 'board-link', ...next };
  const oversight = board.recipients.find((r) => r.kind === 'oversight') ?? board.recipients[0]!;
  return { type: 'board-file', recipientId: oversight.id };
}

/**
 * The plan the screen supports: the proposals whose opened study answers every question yes, in
 * the order listed, as long as each fits the budget and the grid left and the guidance per kind.
 */
export function proposalsTheStudiesSupport(plan: PlanStep, studied: readonly string[]): string[] {
  const wanted: string[] = [];
  for (const option of plan.options) {
    if (!studied.includes(option.id) || !PLAN_CHECKS.every((c) => option.study.checks[c])) continue;
    const next = [...wanted, option.id];
    const sameKind = plan.options.filter((o) => next.includes(o.id) && o.sector === option.sector).length;
    if (costOf(plan, next) <= plan.budget && powerOf(plan, next) <= plan.headroomMw && sameKind <= plan.maxPerSector) wanted.push(option.id);
  }
  return wanted;
}

/** Reads every study first, then puts in exactly what the studies support, and submits. */
function diligentPlanAction(plan: PlanStep, state: GameState): GameAction {
  const progress = state.plan[plan.id]!;
  const unread = plan.options.find((o) => !progress.studied.includes(o.id));
  if (unread) return { type: 'plan-study', optionId: unread.id };
  const wanted = proposalsTheStudiesSupport(plan, progress.studied);
  const extra = progress.chosen.find((id) => !wanted.includes(id));
  if (extra) return { type: 'plan-remove', optionId: extra };
  const missing = wanted.find((id) => !progress.chosen.includes(id));
  if (missing) return { type: 'plan-add', optionId: missing };
  return { type: 'plan-submit' };
}

/** Adds the proposals of a set not yet in the plan, one at a time, then submits. */
export function planTowards(plan: PlanStep, state: GameState, ids: readonly string[]): GameAction {
  const missing = ids.find((id) => !state.plan[plan.id]!.chosen.includes(id));
  return missing ? { type: 'plan-add', optionId: missing } : { type: 'plan-submit' };
}

type GridStep = Extract<LevelStep, { kind: 'grid' }>;

/** The order a people-first dispatcher sheds load in: critical loads and homes last to be cut. */
export function peopleFirstPriority(grid: GridStep): string[] {
  const rank = ['hospital', 'water', 'signals', 'homes', 'rural', 'schools', 'commerce', 'industry', 'high-tech'];
  const ids = [...grid.districts]
    .sort((a, b) => rank.indexOf(a.kind) - rank.indexOf(b.kind))
    .map((d) => d.id)
    .filter((id) => id !== grid.favouredDistrict);
  return [...ids, grid.favouredDistrict];
}

/** The moves that turn the current load-shedding order into the wanted one, first place first. */
export function movesTo(wanted: readonly string[], current: readonly string[]): GameAction[] {
  const order = [...current];
  const moves: GameAction[] = [];
  wanted.forEach((id, to) => {
    const from = order.indexOf(id);
    if (from === to || from < 0) return;
    order.splice(from, 1);
    order.splice(to, 0, id);
    moves.push({ type: 'grid-move', districtId: id, to });
  });
  return moves;
}

/**
 * A people-first day: critical loads and homes first, the favoured company last, its order
 * referred up, metering restored and the declared profile asked for on day one, and the two
 * compared as soon as there are readings; the comparison goes into the note.
 */
function diligentGridDay(grid: GridStep, state: GameState): GameAction[] {
  const progress = state.grid[grid.id]!;
  if (progress.daysRun === grid.days.length) {
    // With no comparison yet (a one-day grid), the day's readings are compared before the note is
    // filed; a flat load against an office-hours declaration is what the comparison shows.
    const compare: GameAction[] = progress.declarationReceived && !progress.comparison ? [{ type: 'compare-profiles' }] : [];
    // Next summer's plan starts from what the meters showed (the screen shows the readings).
    const plan: GameAction[] = grid.plans && progress.plan === null ? [{ type: 'choose-plan', planId: meteredDays(progress).length > 0 ? 'plan-from-meters' : 'plan-from-declarations' }] : [];
    return [...compare, ...plan, { type: 'file-case-note', conclusionId: progress.evidence.length > 0 || compare.length > 0 ? 'attach-comparison' : 'note-suspicion' }];
  }
  const today = grid.days[progress.daysRun]!;
  const actions: GameAction[] = [];
  if (today.order) actions.push({ type: 'answer-order', response: 'escalate' });
  if (progress.daysRun === 0) {
    actions.push(
      ...movesTo(peopleFirstPriority(grid), progress.levers.priority),
      { type: 'grid-monitoring', request: 'restore-metering' },
      { type: 'grid-monitoring', request: 'load-profile' },
    );
  }
  if (progress.daysRun > 0 && !progress.comparison) actions.push({ type: 'compare-profiles' });
  actions.push({ type: 'run-day' });
  return actions;
}

export type Look = { target: string; tool: SiteTool | 'interview'; minutes: number };

/**
 * Records that cannot be switched away first, then the live system, then the people. On a surprise
 * visit the consoles come first, before the staff can switch them (the briefing's advice, not the
 * seed's answer: every console in the hall's order).
 */
export function siteChecklist(site: SiteDefinition, announced: boolean): Look[] {
  const order: SiteTool[] = ['read-nameplate', 'reboot', 'inspect-research', 'read-records', 'read-substation', 'network-monitor', 'process-list', 'clamp-meter', 'thermal-camera'];
  const looks = (tool: SiteTool, kinds?: string[]) =>
    site.stations.filter((s) => !kinds || kinds.includes(s.kind)).flatMap((s) => s.tools.filter((t) => t.tool === tool).map((t) => ({ target: s.id, tool, minutes: t.timeCost })));
  const consolesFirst = announced ? [] : looks('process-list', ['console']);
  const rest = order.flatMap((tool) => looks(tool)).filter((look) => !consolesFirst.some((c) => c.target === look.target && c.tool === look.tool));
  return [...consolesFirst, ...rest, ...site.staff.map((s) => ({ target: s.id, tool: 'interview' as const, minutes: s.timeCost }))];
}

/** The finding the supervisor's published rule supports, from what was seen (never the truth). */
export function bestFinding(site: SiteDefinition, visit: SiteVisit): { conclusion: SiteConclusion; clues: string[] } {
  const seen = site.clues.filter((c) => visit.evidence.includes(c.id));
  const options: [SiteConclusion, string[]][] = [
    ['mining-disguised', seen.filter((c) => c.indicates === 'mining').map((c) => c.id)],
    ['inefficient-refer', seen.filter((c) => c.indicates !== 'mining').map((c) => c.id)],
    ['honest', seen.filter((c) => c.indicates === 'real-work').map((c) => c.id)],
  ];
  const found = options.find(([conclusion, ids]) => supervisorReview(site, ids, conclusion).accepted);
  return found ? { conclusion: found[0], clues: found[1] } : { conclusion: 'inconclusive', clues: [] };
}

/** Goes in unannounced, works down a checklist while time lasts, reports what the evidence supports. */
function diligentSiteAction(step: Extract<LevelStep, { kind: 'site' }>, state: GameState): GameAction {
  const visit = state.site[step.id]!.visit;
  if (!visit) return { type: 'begin-visit', announced: false, difficulty: 'standard' };
  if (visit.filed) return { type: 'leave-site' };
  const done = (look: Look) => visit.checks.some((c) => c.target === look.target && c.source === look.tool);
  const next = siteChecklist(step.site, visit.announced).find((look) => !done(look) && look.minutes <= siteTimeLeft(visit));
  if (next) {
    return { type: 'site', act: next.tool === 'interview' ? { type: 'interview', staffId: next.target } : { type: 'use-tool', stationId: next.target, tool: next.tool } };
  }
  const finding = bestFinding(step.site, visit);
  const missing = finding.clues.find((id) => !visit.report.includes(id));
  if (missing) return { type: 'site', act: { type: 'add-to-report', clueId: missing } };
  return { type: 'site', act: { type: 'file-report', conclusion: finding.conclusion } };
}

/** What happened in Fuzhou: favour first, approve, sign off on what is shown. */
export const historicalOfficial: Strategy = {
  // The chain left unmade and nothing filed with anyone who could act: the case broke only when the lawsuit did (L48-L51).
  board: (board) => ({ type: 'board-file', recipientId: (board.recipients.find((r) => r.kind === 'none') ?? board.recipients[0]!).id }),
  desk: (step, state) => deskAction(historicalDesk, step, state),
  // Scale and speed: the proposals with the biggest claims that fit (L41, L67).
  plan: (plan, state) => planTowards(plan, state, mostClaimedJobsPlan(plan)),
  grid(grid, state) {
    // The dispatch office's list as found (Genesis first), every order obeyed, the meters left alone.
    const progress = state.grid[grid.id]!;
    if (progress.daysRun === grid.days.length) {
      const plan: GameAction[] = grid.plans && progress.plan === null ? [{ type: 'choose-plan', planId: 'plan-more-for-genesis' }] : [];
      return [...plan, { type: 'file-case-note', conclusionId: 'nothing-to-report' }];
    }
    const today = grid.days[progress.daysRun]!;
    return [...(today.order ? [{ type: 'answer-order', response: 'comply' } as GameAction] : []), { type: 'run-day' }];
  },
  site(step, state) {
    // The visit announced, the show taken at its word: sign off on the declared research.
    const visit = state.site[step.id]!.visit;
    if (!visit) return { type: 'begin-visit', announced: true, difficulty: 'standard' };
    return visit.filed ? { type: 'leave-site' } : { type: 'site', act: { type: 'file-report', conclusion: 'honest' } };
  },
};
