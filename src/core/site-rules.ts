// The rules of a site-inspection step: the player chooses how to go in, then every look, interview
// and report goes to the site model (core/site-inspection.ts); filing is scored from the site's
// truth, and leaving without a report is scored as doing nothing.

import type { Outcome, SiteStep } from './level';
import { score } from './score-events';
import {
  applySiteAction,
  createSiteVisit,
  scoreVisit,
  SITE_CONCLUSIONS,
  SITE_VERDICT_SCORES,
  siteOutcome,
  siteVerdict,
  type SiteTruth,
  type SiteVerdict,
} from './site-inspection';
import type { GameAction, GameEvent, GameState, RefusalReason, SiteProgress } from './state';

export function initialSiteProgress(): SiteProgress {
  return { visit: null, caughtOnArrival: [] };
}

/** Every verdict a visit to a site with this truth can come to: the alternatives scoring weighs. */
export function possibleVerdicts(truth: SiteTruth): SiteVerdict[] {
  const verdicts = new Set<SiteVerdict>([siteVerdict(truth, null)]);
  for (const conclusion of SITE_CONCLUSIONS) {
    for (const accepted of [true, false]) {
      verdicts.add(siteVerdict(truth, { conclusion, at: 0, review: { accepted, reason: accepted ? 'corroborated' : 'no-evidence', kinds: [], strongKinds: [] } }));
    }
  }
  return [...verdicts];
}

export function siteVerdictOutcome(site: SiteStep, verdict: SiteVerdict): Outcome {
  return siteOutcome({ verdict, ...SITE_VERDICT_SCORES[verdict] }, site.verdicts);
}

type SiteStepAction = Extract<GameAction, { type: 'begin-visit' | 'site' | 'leave-site' }>;

export function applySite(step: SiteStep, state: GameState, action: SiteStepAction, events: GameEvent[], finishStep: () => void): 'ok' | RefusalReason {
  const progress = state.site[step.id] as SiteProgress;

  if (action.type === 'begin-visit') {
    if (progress.visit) return 'visit-begun';
    const begun = createSiteVisit(step.site, { announced: action.announced, difficulty: action.difficulty }, state.random);
    state.random = begun.random;
    progress.visit = begun.visit;
    for (const event of begun.events) {
      if (event.type === 'arrived') progress.caughtOnArrival = [...event.caught];
      if (event.type !== 'action-refused') events.push({ type: 'site-event', stepId: step.id, event });
    }
    return 'ok';
  }

  const visit = progress.visit;
  if (!visit) return 'visit-not-begun';

  if (action.type === 'leave-site') {
    // Walking out without a report is scored as what it is: nothing filed.
    if (!visit.filed) score(state, events, step.id, `verdict:${scoreVisit(step.site, visit).verdict}`, siteOutcome(scoreVisit(step.site, visit), step.verdicts));
    finishStep();
    return 'ok';
  }

  const result = applySiteAction(step.site, visit, action.act);
  const refused = result.events.find((e) => e.type === 'action-refused');
  if (refused?.type === 'action-refused') return refused.reason;
  progress.visit = result.visit;
  for (const event of result.events) if (event.type !== 'action-refused') events.push({ type: 'site-event', stepId: step.id, event });
  if (action.act.type === 'file-report') {
    const verdict = scoreVisit(step.site, result.visit);
    score(state, events, step.id, `verdict:${verdict.verdict}`, siteOutcome(verdict, step.verdicts));
  }
  return 'ok';
}
