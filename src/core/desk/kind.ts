// The review desk as a step kind: every desk action goes to the desk model (desk/model.ts), whose
// scored decisions become the game's records; once the desk has closed, the player reads the
// years that follow and leaves.

import { duplicateIds, isOneOf, isRecord, isText, type ContentProblem, type StepKindRules } from '../step-kind';
import { auditCondition, caseFileHolds } from '../conditions';
import type { DialogueLine } from '../level';
import type { CaseFile, DeskStepAction } from '../state';
import {
  allRules,
  auditDesk,
  deskCaseRecord,
  deskDecisionPoints,
  deskStepInPlace,
  inbox,
  isOnDesk,
  minutesLeft,
  openDesk,
  visibleDocuments,
  VERDICTS,
  type Application,
  type DeskAction,
  type DeskState,
  type ReviewDesk,
  type Verdict,
} from './model';

const GIFT_CHOICES = ['returned', 'kept', 'handed-in'] as const;
const CALL_RESPONSES = ['obliged', 'declined', 'reported'] as const;

function isWellFormedDeskAction(act: unknown): act is DeskAction {
  if (!isRecord(act)) return false;
  switch (act['type']) {
    case 'desk-cross-check':
      return isText(act['applicationId']) && isText(act['a']) && isText(act['b']);
    case 'desk-inquire':
      return isText(act['applicationId']) && isText(act['inquiryId']);
    case 'desk-handle-gift':
      return isText(act['applicationId']) && isOneOf(GIFT_CHOICES, act['choice']);
    case 'desk-answer-call':
      return isText(act['callId']) && isOneOf(CALL_RESPONSES, act['response']);
    case 'desk-decide':
      return isText(act['applicationId']) && isOneOf(VERDICTS, act['verdict']) && Array.isArray(act['reasons']) && act['reasons'].every(isText);
    case 'desk-end-day':
      return true;
    default:
      return false;
  }
}

/** Every desk action the model accepts now; a verdict's reasons are none or every discrepancy found. */
export function legalDeskActions(desk: ReviewDesk, state: DeskState): DeskAction[] {
  if (state.finished) return [];
  const actions: DeskAction[] = [];
  const pending = desk.calls.filter((c) => state.calls[c.id] === 'pending');
  for (const call of pending) for (const response of CALL_RESPONSES) actions.push({ type: 'desk-answer-call', callId: call.id, response });
  const minutes = minutesLeft(desk, state);
  for (const application of inbox(desk, state)) {
    const progress = state.applications[application.id]!;
    const applicationId = application.id;
    if (minutes >= desk.falseCheckMinutes) {
      const refs = [
        ...visibleDocuments(desk, state, application).flatMap((d) => d.fields.map((f) => `${d.id}.${f.id}`)),
        ...allRules(desk).map((r) => `rule:${r.id}`),
      ].filter((ref) => isOnDesk(desk, state, application, ref));
      const checked = new Set(progress.checks.flatMap((c) => [`${c.a}|${c.b}`, `${c.b}|${c.a}`]));
      refs.forEach((a, i) => {
        for (const b of refs.slice(i + 1)) {
          if (a.startsWith('rule:') && b.startsWith('rule:')) continue;
          if (!checked.has(`${a}|${b}`)) actions.push({ type: 'desk-cross-check', applicationId, a, b });
        }
      });
    }
    for (const inquiry of application.inquiries) {
      if (!progress.inquiries.includes(inquiry.id) && minutes >= inquiry.minutes) actions.push({ type: 'desk-inquire', applicationId, inquiryId: inquiry.id });
    }
    if (progress.gift === 'pending') {
      for (const choice of GIFT_CHOICES) actions.push({ type: 'desk-handle-gift', applicationId, choice });
      continue;
    }
    if (pending.some((c) => c.applicationId === applicationId)) continue;
    for (const verdict of VERDICTS) {
      if (progress.lockedTo !== null && progress.lockedTo !== verdict) continue;
      actions.push({ type: 'desk-decide', applicationId, verdict, reasons: [] });
      if (verdict !== 'approve' && progress.found.length > 0) actions.push({ type: 'desk-decide', applicationId, verdict, reasons: [...progress.found] });
    }
  }
  if (pending.length === 0) actions.push({ type: 'desk-end-day' });
  return actions;
}

export const deskKind: StepKindRules<'desk'> = {
  actionTypes: { desk: true, 'leave-desk': true },
  isWellFormed: (action) => action.type === 'leave-desk' || isWellFormedDeskAction(action.act),
  start: (step, random) => ({ progress: openDesk(step), random }),

  apply(ctx, action) {
    const desk = ctx.progress;
    if (action.type === 'leave-desk') {
      if (!desk.finished) return 'desk-open';
      ctx.finishStep();
      return 'ok';
    }
    // The progress is already the step's own copy (the game's step throws it away on a refusal).
    const deskEvents = deskStepInPlace(ctx.step, desk, action.act);
    for (const event of deskEvents) {
      if (event.type === 'action-refused') return event.reason;
    }
    for (const event of deskEvents) {
      if (event.type === 'scored') ctx.score({ point: event.point, subject: event.subject, choice: event.choice }, event.outcomes);
      else if (event.type !== 'action-refused') ctx.emit(event);
    }
    return 'ok';
  },

  legalActions(step, desk): DeskStepAction[] {
    if (desk.finished) return [{ type: 'leave-desk' }];
    return legalDeskActions(step, desk).map((act) => ({ type: 'desk', act }));
  },

  decisionPoints: deskDecisionPoints,

  audit(step, level) {
    const problems: ContentProblem[] = [
      ...duplicateIds(step.applications.map((a) => a.id), (i) => `applications[${i}].id`, 'application'),
      ...duplicateIds(allRules(step).map((r) => r.id), () => 'rulebook or bulletins', 'rule'),
      ...duplicateIds(step.bulletins.map((b) => b.id), (i) => `bulletins[${i}].id`, 'bulletin'),
      ...duplicateIds(step.calls.map((c) => c.id), (i) => `calls[${i}].id`, 'call'),
    ];
    step.bulletins.forEach((b, i) => {
      if (b.day >= step.days) problems.push({ path: `bulletins[${i}].day`, code: 'after-the-desk', detail: `day ${b.day} is not before day ${step.days}, when the desk closes` });
    });
    step.calls.forEach((c, i) => {
      if (c.day >= step.days) problems.push({ path: `calls[${i}].day`, code: 'after-the-desk', detail: `day ${c.day} is not before day ${step.days}, when the desk closes` });
    });
    step.applications.forEach((app, i) => {
      const where = `applications[${i}]`;
      problems.push(
        ...duplicateIds(app.documents.map((d) => d.id), (j) => `${where}.documents[${j}].id`, 'document'),
        ...duplicateIds(app.inquiries.map((q) => q.id), (j) => `${where}.inquiries[${j}].id`, 'inquiry'),
      );
      const inquiryIds = app.inquiries.map((q) => q.id);
      const knownInquiry = (path: string, inquiryId: string | undefined): void => {
        if (inquiryId !== undefined && !inquiryIds.includes(inquiryId)) {
          problems.push({ path, code: 'unknown-inquiry', detail: `"${inquiryId}"`, expected: `one of this application's inquiries (${inquiryIds.join(', ') || 'none'})` });
        }
      };
      app.documents.forEach((d, j) => {
        knownInquiry(`${where}.documents[${j}].revealedBy`, d.revealedBy);
        problems.push(...duplicateIds(d.fields.map((f) => f.id), (k) => `${where}.documents[${j}].fields[${k}].id`, 'field'));
        d.fields.forEach((f, k) => knownInquiry(`${where}.documents[${j}].fields[${k}].revealedBy`, f.revealedBy));
      });
    });
    // A scene after a verdict speaks with the level's speakers, says at least one line to everyone, and asks only the case file.
    const speakerIds = level.speakers.map((s) => s.id);
    step.applications.forEach((app, i) => {
      for (const verdict of VERDICTS) {
        const lines = app.afterDecision?.[verdict];
        if (!lines) continue;
        const where = `applications[${i}].afterDecision.${verdict}`;
        lines.forEach((line, j) => {
          if (!speakerIds.includes(line.speaker)) problems.push({ path: `${where}[${j}].speaker`, code: 'unknown-speaker', detail: `"${line.speaker}" is not one of the speakers ${speakerIds.join(', ')}` });
          if (line.when) problems.push(...auditCondition(line.when, `${where}[${j}].when`, { vocabulary: null, levelIds: null, gridConclusions: null }));
        });
        if (lines.every((line) => line.when !== undefined)) problems.push({ path: where, code: 'no-unconditional-line', detail: 'every line has "when", so a player may see none' });
      }
    });
    // The truth must agree with the rule engine both ways: what is planted is findable, and nothing else breaks a rule.
    return [...problems, ...auditDesk(step)];
  },

  caseRecord: (step, desk) => deskCaseRecord(step, desk),
};

/** The lines of the scene a verdict on this folder plays: those without `when`, and those the case file meets. */
export function afterDecisionLines(application: Application, verdict: Verdict, caseFile: CaseFile): DialogueLine[] {
  return (application.afterDecision?.[verdict] ?? []).filter((line) => line.when === undefined || caseFileHolds(line.when, caseFile));
}
