// The zone plan as a step kind: studies, adding and removing options go to the plan model
// (plan/model.ts); submitting scores every chosen option and each fault of the plan as a whole,
// all with outcomes from the level file, then ends the step.

import { duplicateIds, isText, type ContentProblem, type DecisionPoint, type StepKindRules } from '../step-kind';
import { applyPlanAction, freshPlan, legalPlanActions, planCaseRecord, planDecisions, planProblems, PLAN_FAULTS } from './model';

export const planKind: StepKindRules<'plan'> = {
  actionTypes: { 'plan-study': true, 'plan-add': true, 'plan-remove': true, 'plan-submit': true },

  isWellFormed(action) {
    switch (action.type) {
      case 'plan-study':
      case 'plan-add':
      case 'plan-remove':
        return isText(action.optionId);
      case 'plan-submit':
        return true;
    }
  },

  start: (_step, random) => ({ progress: freshPlan(), random }),

  apply(ctx, action) {
    const { step, progress } = ctx;
    const result = applyPlanAction(step, progress, action, ctx.emit);
    if (result !== 'ok') return result;
    if (action.type === 'plan-submit') {
      for (const d of planDecisions(step, progress.chosen)) ctx.score({ point: d.point, subject: d.subject, choice: d.choice }, d.outcomes);
      ctx.finishStep();
    }
    return 'ok';
  },

  legalActions: (step, progress) => legalPlanActions(step, progress),

  decisionPoints(step): DecisionPoint[] {
    // Each option is chosen or not; each fault of the whole is avoided or not.
    return [
      ...step.options.map((o): DecisionPoint => ({ point: 'industry', subject: o.id, alternatives: [o.outcomes, []] })),
      ...PLAN_FAULTS.map((f): DecisionPoint => ({ point: 'zone-plan', subject: f, alternatives: [[], step.faults[f]] })),
    ];
  },

  audit(step) {
    const problems: ContentProblem[] = duplicateIds(step.options.map((o) => o.id), (i) => `options[${i}].id`, 'option');
    return [...problems, ...planProblems(step)];
  },

  caseRecord: (step, progress) => planCaseRecord(step, progress),
};
