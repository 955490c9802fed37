// The core's public face: scenes, ui, content, the playtest players and tests import from here.
// The API every later part stands on (ARCHITECTURE.md lists it):
//   createGame(level, seed, caseFile?)  step(level, state, action)  legalActions(level, state)
//   tallyLessons(level, state)  overallScore(tally)  startLog(level, seed)  appendAction(log, action)
//   replay(level, log)  encodeLog(level, log)  decodeLog(level, text)
export * from './level';
export * from './state';
export * from './random';
export type { Applied, ContentProblem, DecisionPoint, KindContext, StepKindRules } from './step-kind';
export { STEP_KINDS, STEP_KIND_NAMES, kindOfAction } from './kinds';
export { createGame, step, legalActions, currentStep, progressOf, caseFileAfter, recordDecision } from './rules';
export { isStoryLevel } from './scoring';
export { tallyLessons, tallyFrom, riskRecords, possiblePoints, assessedLessons, overallScore, decisionPoints, stepDecisionPoints, missedPoints, type MissedPoints } from './scoring';
export { startLog, appendAction, replay, logMismatch, ReplayMismatchError, DECISION_LOG_FORMAT, type DecisionLog } from './decision-log';
export { encodeLog, decodeLog, encodeAction, sealLog, withoutCaseFile, withCaseFile, LogDecodeError, type LogDecodeReason } from './log-codec';
export * from './grid/dispatch';
export {
  DARK_BELOW_SHARE,
  DECLARATION_EVIDENCE,
  districtState,
  filesEvidence,
  type DistrictState,
  gridDayReport,
  gridDispatch,
  gridSummary,
  leversInForce,
  meteredDays,
  meteringOutcome,
  peakDemandMw,
  ringingCall,
  type GridDayReport,
  type GridSummary,
} from './grid/rules';
export * from './site/model';
export { possibleVerdicts } from './site/kind';
export * from './desk/model';
export { afterDecisionLines, legalDeskActions } from './desk/kind';
export * from './board/model';
export * from './plan/model';
export * from './conditions';
export * from './campaign';
export * from './questions';
export * from './pause-points';
export { auditPausePoints } from './pause-audit';
