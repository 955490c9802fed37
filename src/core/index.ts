// The core's public face: scenes, ui and tests import from here.
export * from './level';
export * from './state';
export * from './random';
export { createGame, step, currentStep, unallocatedMw, timeLeft, deskRefExists, samePair } from './rules';
export { tallyLessons, riskRecords, possiblePoints, overallScore, decisionPoints } from './scoring';
export { startLog, appendAction, replay, ReplayMismatchError, DECISION_LOG_FORMAT, type DecisionLog } from './decision-log';
export * from './grid';
export {
  DARK_BELOW_SHARE,
  DECLARATION_EVIDENCE,
  districtState,
  type DistrictState,
  gridDayReport,
  gridDispatch,
  gridSummary,
  leversInForce,
  meteredDays,
  meteringOutcome,
  peakDemandMw,
  type GridDayReport,
  type GridSummary,
} from './grid-rules';
export * from './site-inspection';
export * from './review-desk';
export { possibleVerdicts, siteVerdictOutcome } from './site-rules';
