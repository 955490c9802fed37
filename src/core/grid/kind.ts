// The city grid as a step kind: its levers, orders and monitoring (grid/rules.ts) in the shape
// every kind fills, with the representative lever values random players and fuzzing use.

import { GRID_OUTCOME_KEYS } from '../level';
import { duplicateIds, isOneOf, isText, isWhole, type ContentProblem, type StepKindRules } from '../step-kind';
import { GRID_CALL_ANSWERS, GRID_MONITORING_REQUESTS, type GridAction } from '../state';
import { applyGrid, filesEvidence, GRID_FILING_POINTS, initialGridProgress, meteredDays, peakDemandMw, ringingCall } from './rules';

const ORDER_RESPONSES = ['comply', 'refuse', 'escalate'] as const;

export const gridKind: StepKindRules<'grid'> = {
  actionTypes: {
    'answer-order': true,
    'grid-answer-call': true,
    'grid-move': true,
    'grid-cap': true,
    'grid-rotation': true,
    'grid-measure': true,
    'grid-monitoring': true,
    'compare-profiles': true,
    'run-day': true,
    'choose-plan': true,
    'file-case-note': true,
  },

  isWellFormed(action) {
    switch (action.type) {
      case 'answer-order':
        return isOneOf(ORDER_RESPONSES, action.response);
      case 'grid-answer-call':
        return isOneOf(GRID_CALL_ANSWERS, action.answer);
      case 'grid-move':
        return isText(action.districtId) && isWhole(action.to);
      case 'grid-cap':
        return isText(action.districtId) && (action.mw === null || (typeof action.mw === 'number' && Number.isFinite(action.mw)));
      case 'grid-rotation':
        return isText(action.districtId) && typeof action.on === 'boolean';
      case 'grid-measure':
        return isText(action.measureId) && typeof action.on === 'boolean';
      case 'grid-monitoring':
        return isOneOf(GRID_MONITORING_REQUESTS, action.request);
      case 'compare-profiles':
      case 'run-day':
        return true;
      case 'choose-plan':
        return isText(action.planId);
      case 'file-case-note':
        return isText(action.conclusionId);
    }
  },

  start: (step, random) => ({ progress: initialGridProgress(step), random }),
  apply: applyGrid,

  legalActions(grid, progress) {
    // A ringing call takes the work: answering it is all there is to do.
    if (ringingCall(progress)) return GRID_CALL_ANSWERS.map((answer) => ({ type: 'grid-answer-call', answer }));
    const actions: GridAction[] = [];
    const today = grid.days[progress.daysRun];
    if (today) {
      const orderPending = today.order !== undefined && progress.orders[today.id] === undefined;
      if (orderPending) for (const response of ORDER_RESPONSES) actions.push({ type: 'answer-order', response });
      const priority = progress.levers.priority;
      priority.forEach((districtId, from) => {
        for (let to = 0; to < priority.length; to++) if (to !== from) actions.push({ type: 'grid-move', districtId, to });
      });
      for (const district of grid.districts) {
        const top = Math.floor(peakDemandMw(grid, district.id) / grid.capStepMw + 1e-9) * grid.capStepMw;
        const middle = Math.floor(top / 2 / grid.capStepMw) * grid.capStepMw;
        for (const mw of [...new Set([0, middle, top])]) actions.push({ type: 'grid-cap', districtId: district.id, mw });
        if (progress.levers.capsMw[district.id] !== undefined) actions.push({ type: 'grid-cap', districtId: district.id, mw: null });
        actions.push({ type: 'grid-rotation', districtId: district.id, on: !progress.levers.rotation.includes(district.id) });
      }
      for (const measure of grid.measures) actions.push({ type: 'grid-measure', measureId: measure.id, on: !progress.levers.measures.includes(measure.id) });
      if (!orderPending) actions.push({ type: 'run-day' });
    } else if (grid.plans && progress.plan === null) {
      for (const plan of grid.plans) actions.push({ type: 'choose-plan', planId: plan.id });
    } else {
      for (const conclusion of grid.conclusions) actions.push({ type: 'file-case-note', conclusionId: conclusion.id });
    }
    if (progress.meteringFromDay === null) actions.push({ type: 'grid-monitoring', request: 'restore-metering' });
    if (progress.auditedBeforeDay === 0 && progress.daysRun > 0) actions.push({ type: 'grid-monitoring', request: 'meter-audit' });
    if (!progress.declarationReceived) actions.push({ type: 'grid-monitoring', request: 'load-profile' });
    const days = meteredDays(progress);
    if (progress.declarationReceived && days.length > 0 && progress.comparison?.days.join() !== days.join()) actions.push({ type: 'compare-profiles' });
    return actions;
  },

  decisionPoints(grid) {
    const o = grid.outcomes;
    return [
      ...Object.entries(GRID_FILING_POINTS).map(([point, keys]) => ({ point, subject: null, alternatives: keys.map((k) => o[k]) })),
      ...grid.days.flatMap((day) =>
        day.order ? [{ point: 'order', subject: day.id, alternatives: ORDER_RESPONSES.map((r) => day.order!.outcomes[r]) }] : [],
      ),
      { point: 'case-note', subject: null, alternatives: grid.conclusions.flatMap((c) => [c.outcomes.withEvidence, c.outcomes.withoutEvidence]) },
      ...(grid.plans ? [{ point: 'plan', subject: null, alternatives: grid.plans.flatMap((p) => [p.outcomes.withReadings, p.outcomes.withoutReadings]) }] : []),
    ];
  },

  audit(step) {
    const problems: ContentProblem[] = [];
    const districtIds = step.districts.map((d) => d.id);
    const list = districtIds.join(', ');
    problems.push(
      ...duplicateIds(districtIds, (i) => `districts[${i}].id`, 'district'),
      ...duplicateIds(step.days.map((d) => d.id), (i) => `days[${i}].id`, 'day'),
      ...duplicateIds(step.measures.map((m) => m.id), (i) => `measures[${i}].id`, 'measure'),
      ...duplicateIds(step.conclusions.map((c) => c.id), (i) => `conclusions[${i}].id`, 'conclusion'),
      ...duplicateIds((step.plans ?? []).map((p) => p.id), (i) => `plans[${i}].id`, 'plan'),
    );
    if (!districtIds.includes(step.favouredDistrict)) {
      problems.push({ path: 'favouredDistrict', code: 'unknown-district', detail: `"${step.favouredDistrict}" is not one of the districts ${list}` });
    }
    const missing = districtIds.filter((id) => !step.initialPriority.includes(id));
    const unknown = step.initialPriority.filter((id) => !districtIds.includes(id));
    if (missing.length > 0 || unknown.length > 0 || step.initialPriority.length !== districtIds.length) {
      const found = [missing.length ? `missing ${missing.join(', ')}` : '', unknown.length ? `unknown ${unknown.join(', ')}` : '', `${step.initialPriority.length} entries`];
      problems.push({ path: 'initialPriority', code: 'priority-not-every-district', expected: `every district id exactly once (${list})`, detail: found.filter(Boolean).join('; ') });
    }
    step.measures.forEach((m, i) => {
      if (m.effect.toHour <= m.effect.fromHour) {
        problems.push({ path: `measures[${i}].effect.toHour`, code: 'hours-reversed', detail: `toHour ${m.effect.toHour} is not after fromHour ${m.effect.fromHour}` });
      }
    });
    if (!step.districts.some((d) => d.kind === 'homes')) problems.push({ path: 'districts', code: 'no-homes', detail: 'no district of kind "homes"' });
    // One rule for every order in every level: refusing an order with no basis is right (LS3);
    // refusing it and referring it up in writing is as right and also puts it where a supervisor
    // sees it (LS1); complying is wrong. So escalate >= refuse on every lesson and more in all.
    step.days.forEach((day, i) => {
      if (!day.order) return;
      const o = day.order.outcomes;
      const on = (r: (typeof ORDER_RESPONSES)[number], lesson: string) => o[r].filter((x) => x.lesson === lesson).reduce((s, x) => s + x.points, 0);
      const total = (r: (typeof ORDER_RESPONSES)[number]) => o[r].reduce((s, x) => s + x.points, 0);
      const lessons = [...new Set(ORDER_RESPONSES.flatMap((r) => o[r].map((x) => x.lesson)))];
      const ordered = lessons.every((l) => on('escalate', l) >= on('refuse', l) && on('refuse', l) >= on('comply', l)) && total('escalate') > total('refuse') && total('refuse') > total('comply');
      if (!ordered) {
        problems.push({
          path: `days[${i}].order.outcomes`,
          code: 'order-scoring-inconsistent',
          detail: `comply ${total('comply')}, refuse ${total('refuse')}, escalate ${total('escalate')} points`,
        });
      }
    });
    // The evidence reaches the file only through a note that attaches it, and that note must be
    // the best thing to file with the evidence in hand: a hunch or silence earns less.
    const sum = (outcomes: readonly { points: number }[]) => outcomes.reduce((s, o) => s + o.points, 0);
    const filing = step.conclusions.filter(filesEvidence);
    if (filing.length === 0) {
      problems.push({ path: 'conclusions', code: 'no-evidence-note', detail: 'no conclusion has "filesEvidence": true, so the comparison can never reach the file' });
    }
    step.conclusions.forEach((c, i) => {
      if (filesEvidence(c)) return;
      const beats = filing.filter((f) => sum(f.outcomes.withEvidence) <= sum(c.outcomes.withEvidence));
      if (beats.length > 0) {
        problems.push({
          path: `conclusions[${i}].outcomes.withEvidence`,
          code: 'evidence-note-not-best',
          detail: `"${c.id}" earns ${sum(c.outcomes.withEvidence)} with the evidence in hand, not less than "${beats[0]!.id}" which files it (${sum(beats[0]!.outcomes.withEvidence)})`,
        });
      }
    });
    for (const key of GRID_OUTCOME_KEYS) {
      if (step.outcomes[key] === undefined) problems.push({ path: `outcomes.${key}`, code: 'missing-outcome', detail: `no outcomes for ${key}` });
    }
    return problems;
  },

  caseRecord: (grid, progress) => ({
    evidence: [...progress.evidence],
    conclusion: progress.conclusion,
    daysRun: progress.daysRun,
    meteredFromDay: progress.meteringFromDay,
    ordersComplied: grid.days.filter((d) => d.order && progress.orders[d.id] === 'comply').length,
  }),
};

