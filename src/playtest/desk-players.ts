// Scripted players for the review desk. Each returns the next desk action given the desk as the
// player sees it, or null when it has nothing more to do today (then the day ends).
//
// The perfect player knows the truth (it checks exactly the planted discrepancies, so it never
// wastes a minute); the others show what the debrief must name: waving everything through, and
// suspecting everything.

import { inbox, isOnDesk, minutesLeft, type Application, type CallResponse, type GiftChoice, type DeskAction, type DeskState, type DeskStep, type GameAction, type GameState, type Verdict } from '../core';

export type DeskPolicy = (desk: DeskStep, state: DeskState) => DeskAction | null;

/** Ends the day when the policy has nothing left, and leaves the desk once it has closed. */
export function deskAction(policy: DeskPolicy, desk: DeskStep, game: GameState): GameAction {
  const state = game.desk[desk.id]!;
  if (state.finished) return { type: 'leave-desk' };
  return { type: 'desk', act: policy(desk, state) ?? { type: 'desk-end-day' } };
}

function pendingCall(desk: DeskStep, state: DeskState) {
  return desk.calls.find((c) => state.calls[c.id] === 'pending');
}

/** The verdict the truth calls for, with every planted discrepancy as a reason. */
export function rightVerdict(application: Application): { verdict: Verdict; reasons: string[] } {
  const t = application.truth;
  const reasons = t.discrepancies.map((d) => d.id);
  if (t.legitimate) return { verdict: 'approve', reasons: [] };
  if (t.corrupt) return { verdict: 'refer', reasons };
  if (t.curable) return { verdict: 'approve-with-conditions', reasons };
  return { verdict: 'reject', reasons };
}

/** Knows the truth: asks what reveals a planted field, checks each planted discrepancy, refuses every favour. */
export const perfectDesk: DeskPolicy = (desk, state) => {
  const call = pendingCall(desk, state);
  if (call) return { type: 'desk-answer-call', callId: call.id, response: 'reported' };
  for (const application of inbox(desk, state)) {
    const progress = state.applications[application.id]!;
    if (progress.gift === 'pending') return { type: 'desk-handle-gift', applicationId: application.id, choice: 'handed-in' };
    for (const planted of application.truth.discrepancies) {
      if (progress.found.includes(planted.id)) continue;
      const [a, b = `rule:${planted.rule}`] = planted.between;
      if (!isOnDesk(desk, state, application, `rule:${planted.rule}`)) continue;
      for (const ref of [a, b]) {
        if (isOnDesk(desk, state, application, ref!)) continue;
        const inquiry = application.inquiries.find((q) => !progress.inquiries.includes(q.id) && revealsRef(application, q.id, ref!));
        if (inquiry && minutesLeft(desk, state) >= inquiry.minutes) return { type: 'desk-inquire', applicationId: application.id, inquiryId: inquiry.id };
      }
      if (isOnDesk(desk, state, application, a!) && isOnDesk(desk, state, application, b)) return { type: 'desk-cross-check', applicationId: application.id, a: a!, b };
    }
    // A deal whose papers break no rule shows only in what an inquiry brings: ask for it first.
    if (application.truth.corrupt && application.truth.discrepancies.length === 0) {
      const evidence = application.inquiries.find((q) => !progress.inquiries.includes(q.id) && application.documents.some((d) => d.revealedBy === q.id || d.fields.some((f) => f.revealedBy === q.id)));
      if (evidence && minutesLeft(desk, state) >= evidence.minutes) return { type: 'desk-inquire', applicationId: application.id, inquiryId: evidence.id };
      if (evidence) continue;
    }
    // Decide only once every planted discrepancy is found (a rule may come with tomorrow's bulletin).
    if (application.truth.discrepancies.every((d) => progress.found.includes(d.id))) {
      return { type: 'desk-decide', applicationId: application.id, ...rightVerdict(application) };
    }
  }
  return null;
};

/** Whether an inquiry brings the paper or field a reference names (what its label asks for). */
export function revealsRef(application: Application, inquiryId: string, ref: string): boolean {
  const [docId, fieldId] = ref.split('.');
  const document = application.documents.find((d) => d.id === docId);
  const field = document?.fields.find((f) => f.id === fieldId);
  return document?.revealedBy === inquiryId || field?.revealedBy === inquiryId;
}

/** Reads nothing and approves every folder in turn, answering calls and gifts the given way. */
function approvesUnread(response: CallResponse, choice: GiftChoice): DeskPolicy {
  return (desk, state) => {
    const call = pendingCall(desk, state);
    if (call) return { type: 'desk-answer-call', callId: call.id, response };
    const application = inbox(desk, state)[0];
    if (!application) return null;
    if (state.applications[application.id]!.gift === 'pending') return { type: 'desk-handle-gift', applicationId: application.id, choice };
    return { type: 'desk-decide', applicationId: application.id, verdict: 'approve', reasons: [] };
  };
}

/** Reads nothing and approves everything; declines every call and returns every gift. */
export const approveEverything: DeskPolicy = approvesUnread('declined', 'returned');

/** Suspects everything: finds what the perfect player finds, but rejects every application, the sound ones too. */
export const rejectEverything: DeskPolicy = (desk, state) => {
  const next = perfectDesk(desk, state);
  if (next?.type !== 'desk-decide') return next;
  const found = state.applications[next.applicationId]!.found;
  return { ...next, verdict: 'reject', reasons: [...found] };
};

/** As the record has it: obliges the Secretary's office, keeps what is left in the folder, approves everything. */
export const historicalDesk: DeskPolicy = approvesUnread('obliged', 'kept');
