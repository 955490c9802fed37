// The site inspection as a step kind: the player chooses how to go in, then every look, interview
// and report goes to the site model (site/model.ts); filing is scored from the site's truth with
// the level's points for each verdict, and leaving without a report is scored as doing nothing.

import type { Outcome } from '../level';
import { isOneOf, isRecord, isText, type ContentProblem, type StepKindRules } from '../step-kind';
import type { SiteStepAction } from '../state';
import {
  applySiteAction,
  createSiteVisit,
  siteCaseRecord,
  SITE_CONCLUSIONS,
  SITE_DIFFICULTIES,
  SITE_TOOLS,
  siteDefinitionProblems,
  siteTimeLeft,
  toolMinutes,
  approachPointProblems,
  possibleSiteVerdicts,
  SITE_APPROACHES,
  verdictPointProblems,
  visitVerdict,
  type SiteAction,
  type SiteApproach,
  type SiteVerdict,
} from './model';

/** Every verdict a visit to a site with this truth can come to: the alternatives scoring weighs. */
export const possibleVerdicts = possibleSiteVerdicts;

function isWellFormedSiteAction(act: unknown): act is SiteAction {
  if (!isRecord(act)) return false;
  switch (act['type']) {
    case 'use-tool':
      return isText(act['stationId']) && isOneOf(SITE_TOOLS, act['tool']);
    case 'interview':
      return isText(act['staffId']);
    case 'add-to-report':
    case 'remove-from-report':
      return isText(act['clueId']);
    case 'file-report':
      return isOneOf(SITE_CONCLUSIONS, act['conclusion']);
    default:
      return false;
  }
}

export const siteKind: StepKindRules<'site'> = {
  actionTypes: { 'begin-visit': true, site: true, 'leave-site': true },

  isWellFormed(action) {
    switch (action.type) {
      case 'begin-visit':
        return typeof action.announced === 'boolean' && isOneOf(SITE_DIFFICULTIES, action.difficulty);
      case 'site':
        return isWellFormedSiteAction(action.act);
      case 'leave-site':
        return true;
    }
  },

  // The visit itself is drawn from the seed when the player goes in, announced or not.
  start: (_step, random) => ({ progress: { visit: null }, random }),

  apply(ctx, action) {
    const { step, progress } = ctx;
    const scoreVerdict = (verdict: SiteVerdict): void => ctx.score({ point: 'verdict', subject: step.site.id, choice: verdict }, step.verdicts[verdict]);

    if (action.type === 'begin-visit') {
      if (progress.visit) return 'visit-begun';
      const approach: SiteApproach = action.announced ? 'announced' : 'unannounced';
      if (step.approach) ctx.score({ point: 'approach', subject: step.site.id, choice: approach }, step.approach[approach]);
      const begun = createSiteVisit(step.site, { announced: action.announced, difficulty: action.difficulty }, ctx.state.random);
      ctx.state.random = begun.random;
      progress.visit = begun.visit;
      for (const event of begun.events) if (event.type !== 'action-refused') ctx.emit(event);
      return 'ok';
    }

    const visit = progress.visit;
    if (!visit) return 'visit-not-begun';

    if (action.type === 'leave-site') {
      // Walking out without a report is scored as what it is: nothing filed.
      if (!visit.filed) scoreVerdict(visitVerdict(step.site, visit));
      ctx.finishStep();
      return 'ok';
    }

    const result = applySiteAction(step.site, visit, action.act);
    for (const event of result.events) if (event.type === 'action-refused') return event.reason;
    progress.visit = result.visit;
    for (const event of result.events) if (event.type !== 'action-refused') ctx.emit(event);
    if (action.act.type === 'file-report') scoreVerdict(visitVerdict(step.site, result.visit));
    return 'ok';
  },

  legalActions(step, progress): SiteStepAction[] {
    const visit = progress.visit;
    if (!visit) return [true, false].flatMap((announced) => SITE_DIFFICULTIES.map((difficulty) => ({ type: 'begin-visit' as const, announced, difficulty })));
    const acts: SiteAction[] = [];
    if (!visit.filed) {
      const left = siteTimeLeft(visit);
      const checked = (target: string, source: string) => visit.checks.some((c) => c.target === target && c.source === source);
      for (const station of step.site.stations) {
        for (const tool of station.tools) if (!checked(station.id, tool.tool) && left >= toolMinutes(step.site, visit, station.id, tool.tool)!) acts.push({ type: 'use-tool', stationId: station.id, tool: tool.tool });
      }
      for (const person of step.site.staff) if (!checked(person.id, 'interview') && left >= person.timeCost) acts.push({ type: 'interview', staffId: person.id });
      for (const clueId of visit.evidence) if (!visit.report.includes(clueId)) acts.push({ type: 'add-to-report', clueId });
      for (const clueId of visit.report) acts.push({ type: 'remove-from-report', clueId });
      for (const conclusion of SITE_CONCLUSIONS) acts.push({ type: 'file-report', conclusion });
    }
    return [...acts.map((act): SiteStepAction => ({ type: 'site', act })), { type: 'leave-site' }];
  },

  decisionPoints: (step) => [
    ...(step.approach ? [{ point: 'approach', subject: step.site.id, alternatives: SITE_APPROACHES.map((a) => step.approach![a]) }] : []),
    { point: 'verdict', subject: step.site.id, alternatives: possibleVerdicts(step.site.truth).map((verdict): Outcome[] => step.verdicts[verdict]) },
  ],

  audit(step) {
    // The model's own fairness checks: ids and places, and that honest sites cannot be proven guilty.
    const problems: ContentProblem[] = siteDefinitionProblems(step.site).map((p) => ({ ...p, path: `site.${p.path}` }));
    problems.push(...verdictPointProblems(step.site.truth, step.verdicts));
    problems.push(...approachPointProblems(step.site, step.approach));
    for (const place of [...step.site.stations, ...step.site.staff]) {
      if (!step.layout[place.id]) problems.push({ path: 'layout', code: 'no-layout', detail: `no box for "${place.id}"` });
    }
    return problems;
  },

  caseRecord: (step, progress) => (progress.visit ? siteCaseRecord(step.site, progress.visit) : null),
};
