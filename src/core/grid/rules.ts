// The rules of a city-grid step: the player sets levers, answers the secretary's orders, looks
// into the favoured company's metering, and runs the days one by one. What a day did to the city
// is never stored: it is recomputed from the levers in force, so a saved log stays small.

import {
  compareProfiles,
  demandAt,
  dispatchDays,
  gridFacts,
  HOURS_PER_DAY,
  isDeclarationContradicted,
  type GridDay,
  type GridFacts,
  type GridLevers,
  type HourlyDispatch,
} from './dispatch';
import type { GridStep, GridOutcomeKey, OrderResponse } from '../level';
import type { Applied, KindContext } from '../step-kind';
import type { GridAction, GridCallReason, GridLeverSettings, GridProgress } from '../state';

/** The case-file entry a contradicted declaration adds; later levels read it. */
export const DECLARATION_EVIDENCE = 'declared-vs-metered';

/** A district counts as dark in an hour when it gets less than this share of its demand. */
export const DARK_BELOW_SHARE = 0.9;

export type DistrictState = 'lit' | 'partial' | 'dark';

/** How a district looks in an hour: lit (at least 90% served), partly dark, or dark (nothing). */
export function districtState(servedMw: number, demandMw: number): DistrictState {
  if (servedMw >= demandMw * DARK_BELOW_SHARE - 1e-9) return 'lit';
  return servedMw > 1e-9 ? 'partial' : 'dark';
}

export function initialGridProgress(grid: GridStep): GridProgress {
  return {
    levers: { priority: [...grid.initialPriority], capsMw: {}, rotation: [], measures: [] },
    dayLevers: [],
    orders: {},
    daysRun: 0,
    meteringFromDay: null,
    auditedBeforeDay: 0,
    declarationReceived: false,
    comparison: null,
    evidence: [],
    pressure: 0,
    calls: [],
    plan: null,
    conclusion: null,
  };
}

/** The levers as the grid applies them: complying with an order puts the favoured district first, uncapped. */
export function leversInForce(grid: GridStep, settings: GridLeverSettings, order: OrderResponse | undefined): GridLevers {
  const favoured = grid.favouredDistrict;
  const complied = order === 'comply';
  const capsMw = { ...settings.capsMw };
  if (complied) delete capsMw[favoured];
  return {
    priority: complied ? [favoured, ...settings.priority.filter((id) => id !== favoured)] : settings.priority,
    capsMw,
    rotation: complied ? settings.rotation.filter((id) => id !== favoured) : settings.rotation,
    measures: grid.measures.filter((m) => settings.measures.includes(m.id)).map((m) => m.effect),
  };
}

function gridDay(grid: GridStep, index: number): GridDay {
  const day = grid.days[index]!;
  return { heat: day.heat, supplyMw: day.supplyMw };
}

/**
 * The city's hours so far: every day already run, plus, with `withPlan`, the next day as the
 * current levers would play it (the dispatcher's plan the player tunes before running the day).
 */
export function gridDispatch(grid: GridStep, progress: GridProgress, withPlan = false): HourlyDispatch {
  const planned = withPlan && progress.daysRun < grid.days.length;
  const count = progress.daysRun + (planned ? 1 : 0);
  const days = Array.from({ length: count }, (_, i) => gridDay(grid, i));
  const levers = progress.dayLevers.map((settings, i) => leversInForce(grid, settings, progress.orders[grid.days[i]!.id]));
  if (planned) levers.push(leversInForce(grid, progress.levers, progress.orders[grid.days[progress.daysRun]!.id]));
  return dispatchDays(grid.districts, days, levers);
}

/** Days whose hourly readings of the favoured feed exist: metered after restoring, or recovered by an audit. */
export function meteredDays(progress: GridProgress): number[] {
  return Array.from({ length: progress.daysRun }, (_, d) => d).filter(
    (d) => (progress.meteringFromDay !== null && d >= progress.meteringFromDay) || d < progress.auditedBeforeDay,
  );
}

/** The highest demand a district can reach in this level: the top of its cap slider. */
export function peakDemandMw(grid: GridStep, districtId: string): number {
  const district = grid.districts.find((d) => d.id === districtId);
  if (!district) return 0;
  const hottest = Math.max(0, ...grid.days.map((d) => d.heat));
  return Math.max(0, ...district.profileMw.map((_, h) => demandAt(district, h, hottest)));
}

export interface DistrictDay {
  id: string;
  demandMwh: number;
  servedMwh: number;
  darkHours: number;
}

/** What one day did to the city, in the terms the day's report uses. */
export interface GridDayReport {
  dayIndex: number;
  districts: DistrictDay[];
  supplyMwh: number;
  servedMwh: number;
  /** Hours in which any home district was dark. */
  homeBlackoutHours: number;
  generatorHours: number;
  complaints: number;
  tradeLostYuan: number;
  favouredMwh: number;
  favouredFullHours: number;
}

export function gridDayReport(grid: GridStep, dispatch: HourlyDispatch, dayIndex: number): GridDayReport {
  const from = dayIndex * HOURS_PER_DAY;
  const hours = Array.from({ length: HOURS_PER_DAY }, (_, h) => from + h);
  const served = (i: number, t: number): number => dispatch.servedMw[i]![t]!;
  const demand = (i: number, t: number): number => dispatch.demandMw[i]![t]!;
  const dark = (i: number, t: number): boolean => served(i, t) < demand(i, t) * DARK_BELOW_SHARE - 1e-9;
  const indexesOf = (test: (kind: string, critical: boolean) => boolean): number[] =>
    grid.districts.flatMap((d, i) => (test(d.kind, d.critical) ? [i] : []));
  const homes = indexesOf((kind) => kind === 'homes');
  const critical = indexesOf((_, isCritical) => isCritical);
  const commerce = indexesOf((kind) => kind === 'commerce');
  const favoured = grid.districts.findIndex((d) => d.id === grid.favouredDistrict);
  const unserved = (indexes: number[]): number => indexes.reduce((sum, i) => sum + hours.reduce((s, t) => s + demand(i, t) - served(i, t), 0), 0);

  const districts = grid.districts.map((d, i) => ({
    id: d.id,
    demandMwh: hours.reduce((s, t) => s + demand(i, t), 0),
    servedMwh: hours.reduce((s, t) => s + served(i, t), 0),
    darkHours: hours.filter((t) => dark(i, t)).length,
  }));
  return {
    dayIndex,
    districts,
    supplyMwh: hours.reduce((s, t) => s + dispatch.supplyMw[t]!, 0),
    servedMwh: districts.reduce((s, d) => s + d.servedMwh, 0),
    homeBlackoutHours: hours.filter((t) => homes.some((i) => dark(i, t))).length,
    generatorHours: hours.filter((t) => critical.some((i) => served(i, t) < demand(i, t) - 1e-9)).length,
    complaints: Math.round(unserved(homes) * grid.consequences.complaintsPerMwh),
    tradeLostYuan: Math.round(unserved(commerce) * grid.consequences.tradeLostYuanPerMwh),
    favouredMwh: favoured >= 0 ? hours.reduce((s, t) => s + served(favoured, t), 0) : 0,
    favouredFullHours: favoured >= 0 ? hours.filter((t) => !dark(favoured, t)).length : 0,
  };
}

export function gridFactsSoFar(grid: GridStep, progress: GridProgress): GridFacts {
  return gridFacts(grid.districts, gridDispatch(grid, progress), grid.favouredDistrict);
}

/**
 * The monitoring outcome, judged by the days it watched: metering restored before the first day
 * beats readings for only some days (restored late, or recovered by an audit), which beats none.
 * Restoring it after the last day watched nothing, so it earns nothing: prevention earns more
 * than a late finding.
 */
export function meteringOutcome(progress: GridProgress): 'meteringRestored' | 'meteringAuditedOnly' | 'meteringBypassed' {
  if (progress.meteringFromDay === 0) return 'meteringRestored';
  return meteredDays(progress).length > 0 ? 'meteringAuditedOnly' : 'meteringBypassed';
}

/** Outcome keys scored together when the case note is filed, by the decision point they answer. */
export const GRID_FILING_POINTS = {
  homes: ['homesKept', 'homesDark'],
  critical: ['criticalKept', 'criticalOnGenerators'],
  metering: ['meteringRestored', 'meteringAuditedOnly', 'meteringBypassed'],
  evidence: ['evidenceFound', 'evidenceMissed'],
  favour: ['noFavourWhileDark', 'favouredWhileDark'],
} as const satisfies Record<string, readonly GridOutcomeKey[]>;

/** The call ringing now, if any: the last one rung and not yet answered. */
export function ringingCall(progress: GridProgress): GridProgress['calls'][number] | null {
  const last = progress.calls[progress.calls.length - 1];
  return last && last.answer === null ? last : null;
}

export function applyGrid(ctx: KindContext<'grid'>, action: GridAction): Applied {
  const { step: grid, progress } = ctx;
  const today = grid.days[progress.daysRun];
  // Every push the office feels rings the phone, at once and in the work's own order: the rule is
  // a function of the actions, never of the clock, so a log replays the same calls.
  const push = (points: number, reason: GridCallReason, dayIndex: number): void => {
    progress.pressure += points;
    progress.calls.push({ reason, dayIndex, answer: null });
    ctx.emit({ type: 'call-rang', reason, callIndex: progress.calls.length - 1 });
  };
  const ringing = ringingCall(progress);
  if (action.type === 'grid-answer-call') {
    if (!ringing) return 'already-done';
    ringing.answer = action.answer;
    ctx.emit({ type: 'call-answered', answer: action.answer, callIndex: progress.calls.length - 1 });
    return 'ok';
  }
  if (ringing) return 'call-pending';
  const leversChanged = (moved?: { districtId: string; to: number; of: number }): 'ok' => {
    ctx.emit(moved ? { type: 'levers-changed', moved } : { type: 'levers-changed' });
    return 'ok';
  };
  const hasDistrict = (id: string): boolean => grid.districts.some((d) => d.id === id);

  switch (action.type) {
    case 'answer-order': {
      if (!today) return 'no-days-left';
      if (!today.order) return 'not-a-priority-order';
      if (progress.orders[today.id]) return 'already-checked';
      progress.orders[today.id] = action.response;
      ctx.emit({ type: 'order-answered', response: action.response, dayId: today.id });
      ctx.score({ point: 'order', subject: today.id, choice: action.response }, today.order.outcomes[action.response]);
      // Refusing is a push back the office feels; escalating shares the weight with those above.
      if (action.response === 'refuse') push(2, 'order-refused', progress.daysRun);
      if (action.response === 'escalate') push(1, 'order-escalated', progress.daysRun);
      return 'ok';
    }
    case 'grid-move': {
      if (!today) return 'no-days-left';
      const from = progress.levers.priority.indexOf(action.districtId);
      if (from < 0) return 'unknown-id';
      if (!Number.isInteger(action.to) || action.to < 0 || action.to >= progress.levers.priority.length) return 'unknown-id';
      if (action.to === from) return 'already-checked';
      progress.levers.priority.splice(from, 1);
      progress.levers.priority.splice(action.to, 0, action.districtId);
      return leversChanged({ districtId: action.districtId, to: action.to, of: progress.levers.priority.length });
    }
    case 'grid-cap': {
      if (!today) return 'no-days-left';
      if (!hasDistrict(action.districtId)) return 'unknown-id';
      if (action.mw === null || !Number.isFinite(action.mw)) {
        delete progress.levers.capsMw[action.districtId];
      } else {
        const top = peakDemandMw(grid, action.districtId);
        const mw = Math.floor(Math.max(0, Math.min(action.mw, top)) / grid.capStepMw + 1e-9) * grid.capStepMw;
        progress.levers.capsMw[action.districtId] = mw;
      }
      return leversChanged();
    }
    case 'grid-rotation': {
      if (!today) return 'no-days-left';
      if (!hasDistrict(action.districtId)) return 'unknown-id';
      const rest = progress.levers.rotation.filter((id) => id !== action.districtId);
      // Kept in map order, so the same set of districts always rotates the same way.
      progress.levers.rotation = action.on
        ? grid.districts.map((d) => d.id).filter((id) => id === action.districtId || rest.includes(id))
        : rest;
      return leversChanged();
    }
    case 'grid-measure': {
      if (!today) return 'no-days-left';
      if (!grid.measures.some((m) => m.id === action.measureId)) return 'unknown-id';
      const rest = progress.levers.measures.filter((id) => id !== action.measureId);
      progress.levers.measures = action.on ? grid.measures.map((m) => m.id).filter((id) => id === action.measureId || rest.includes(id)) : rest;
      return leversChanged();
    }
    case 'grid-monitoring': {
      if (action.request === 'restore-metering') {
        if (progress.meteringFromDay !== null) return 'already-checked';
        progress.meteringFromDay = progress.daysRun;
      } else if (action.request === 'meter-audit') {
        if (progress.auditedBeforeDay > 0) return 'already-checked';
        if (progress.daysRun === 0) return 'no-readings';
        progress.auditedBeforeDay = progress.daysRun;
      } else if (action.request === 'load-profile') {
        if (progress.declarationReceived) return 'already-checked';
        progress.declarationReceived = true;
      } else {
        return 'ill-formed';
      }
      ctx.emit({ type: 'monitoring-done', request: action.request });
      if (action.request === 'restore-metering') push(1, 'metering-restored', progress.daysRun);
      if (action.request === 'meter-audit') push(1, 'meter-audit', progress.daysRun);
      return 'ok';
    }
    case 'compare-profiles': {
      if (!progress.declarationReceived) return 'no-declaration';
      const days = meteredDays(progress);
      if (days.length === 0) return 'no-readings';
      if (progress.comparison && progress.comparison.days.join() === days.join()) return 'already-checked';
      const dispatch = gridDispatch(grid, progress);
      const favoured = grid.districts.findIndex((d) => d.id === grid.favouredDistrict);
      const metered = days.flatMap((d) => Array.from(dispatch.servedMw[favoured]!.subarray(d * HOURS_PER_DAY, (d + 1) * HOURS_PER_DAY)));
      const comparison = compareProfiles(grid.declared.profileMw, metered);
      const contradicted = isDeclarationContradicted(comparison);
      progress.comparison = { days, ...comparison, contradicted };
      if (contradicted && !progress.evidence.includes(DECLARATION_EVIDENCE)) progress.evidence.push(DECLARATION_EVIDENCE);
      ctx.emit({ type: 'profiles-compared', contradicted });
      return 'ok';
    }
    case 'run-day': {
      if (!today) return 'no-days-left';
      if (today.order && !progress.orders[today.id]) return 'order-pending';
      progress.dayLevers.push(structuredClone(progress.levers));
      progress.daysRun += 1;
      // Each day the favoured company is cut, its patron calls the bureau.
      const report = gridDayReport(grid, gridDispatch(grid, progress), progress.daysRun - 1);
      ctx.emit({ type: 'day-run', dayIndex: progress.daysRun - 1 });
      if (report.favouredFullHours < HOURS_PER_DAY) push(1, 'favoured-cut', progress.daysRun - 1);
      return 'ok';
    }
    case 'choose-plan': {
      if (today) return 'days-left';
      const plan = grid.plans?.find((p) => p.id === action.planId);
      if (!plan) return 'unknown-id';
      if (progress.plan !== null) return 'already-checked';
      progress.plan = plan.id;
      // Planning from real conditions (L77) needs the real load: the favoured feed's metered readings.
      const tier = meteredDays(progress).length > 0 ? 'withReadings' : 'withoutReadings';
      ctx.score({ point: 'plan', choice: plan.id, basis: tier }, plan.outcomes[tier]);
      return 'ok';
    }
    case 'file-case-note': {
      if (today) return 'days-left';
      if (grid.plans && progress.plan === null) return 'plan-pending';
      const conclusion = grid.conclusions.find((c) => c.id === action.conclusionId);
      if (!conclusion) return 'unknown-id';
      progress.conclusion = conclusion.id;
      const facts = gridFactsSoFar(grid, progress);
      const chosen: Record<keyof typeof GRID_FILING_POINTS, GridOutcomeKey> = {
        homes: facts.homesPeakServedShare >= grid.thresholds.homesPeakServedShare ? 'homesKept' : 'homesDark',
        critical: facts.generatorHours === 0 ? 'criticalKept' : 'criticalOnGenerators',
        metering: meteringOutcome(progress),
        // Evidence counts when it reaches the file: only the note that attaches the comparison
        // files it. Left under a hunch or "nothing to report", it did no supervising (L63-L65).
        evidence: progress.evidence.includes(DECLARATION_EVIDENCE) && filesEvidence(conclusion) ? 'evidenceFound' : 'evidenceMissed',
        favour: facts.favouredWhileHomesShortMwh > grid.thresholds.favouredWhileDarkMwh ? 'favouredWhileDark' : 'noFavourWhileDark',
      };
      for (const [point, key] of Object.entries(chosen)) ctx.score({ point, choice: key }, grid.outcomes[key]);
      const tier = progress.evidence.includes(DECLARATION_EVIDENCE) ? 'withEvidence' : 'withoutEvidence';
      ctx.score({ point: 'case-note', choice: conclusion.id, basis: tier }, conclusion.outcomes[tier]);
      ctx.finishStep();
      return 'ok';
    }
  }
}

/**
 * A case note files the evidence only when it is the note that attaches the comparison (the level
 * marks it). A note that merely earns something with the evidence in hand (a true hunch) does not:
 * checking without acting on what the meter showed is the gap the article names (L64-L65).
 */
export function filesEvidence(conclusion: GridStep['conclusions'][number]): boolean {
  return conclusion.filesEvidence === true;
}

/** The player's numbers for the debrief's "against the record" rows. */
export interface GridSummary {
  homesPeakServedShare: number;
  favouredHoursRunShare: number;
  generatorHours: number;
  ordersComplied: number;
  ordersGiven: number;
  metering: ReturnType<typeof meteringOutcome>;
  evidence: boolean;
}

export function gridSummary(grid: GridStep, progress: GridProgress): GridSummary {
  const dispatch = gridDispatch(grid, progress);
  const facts = gridFacts(grid.districts, dispatch, grid.favouredDistrict);
  const reports = Array.from({ length: progress.daysRun }, (_, d) => gridDayReport(grid, dispatch, d));
  const fullHours = reports.reduce((s, r) => s + r.favouredFullHours, 0);
  const ordered = grid.days.filter((d) => d.order);
  return {
    homesPeakServedShare: facts.homesPeakServedShare,
    favouredHoursRunShare: reports.length > 0 ? fullHours / (reports.length * HOURS_PER_DAY) : 0,
    generatorHours: facts.generatorHours,
    ordersComplied: ordered.filter((d) => progress.orders[d.id] === 'comply').length,
    ordersGiven: ordered.length,
    metering: meteringOutcome(progress),
    evidence: progress.evidence.includes(DECLARATION_EVIDENCE),
  };
}
