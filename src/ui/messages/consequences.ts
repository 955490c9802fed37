// One line when a decision is made, on what it did in the world of the game (never its points,
// which wait for the debrief): an order answered, a case note filed, a desk verdict, a gift, a
// call, a site report filed or walked away from. Pure: the scene shows the line under the message
// of the panel where the decision was made and says it in the live region.

import { verdictWording, type GameEvent, type Language, type Level, type OrderResponse, type ScoredDecision, type StepEvent } from '../../core';
import { en } from '../../text/en';
import type { TextKey, Translate } from '../../text/i18n';
import type { Message } from './said';

/** Every kind of decision that gets a consequence line. */
export const CONSEQUENCE_DECISIONS = ['order', 'plan', 'case-note', 'verdict', 'gift', 'call', 'site-approach', 'site-report', 'site-left', 'offer', 'board-filed', 'zone-plan'] as const;
export type ConsequenceDecision = (typeof CONSEQUENCE_DECISIONS)[number];

/** A decision's consequence: which kind of decision it was, and the line. */
export interface Consequence {
  decision: ConsequenceDecision;
  text: string;
}

export interface ConsequenceContext {
  level: Level;
  t: Translate;
  language: Language;
}

/**
 * The consequences of one batch of events (what one action brought about). Most decisions are
 * told by their kind's event; a case note and walking out of a site end their step with no event
 * of their own, so they are read from the scored decision the step writes.
 */
export function consequencesOf(events: readonly GameEvent[], ctx: ConsequenceContext): Consequence[] {
  const reportFiled = events.some((e) => e.type === 'step-event' && e.kind === 'site' && e.event.type === 'report-filed');
  const all = events.flatMap((event): Consequence[] => {
    if (event.type === 'step-event') return fromStepEvent(event, ctx);
    if (event.type === 'scored') return fromScored(event.decision, ctx, reportFiled);
    return [];
  });
  // A decision with several outcomes writes one scored record each; it is said once.
  return all.filter((c, i) => all.findIndex((d) => d.decision === c.decision && d.text === c.text) === i);
}

function fromStepEvent(wrapped: StepEvent, ctx: ConsequenceContext): Consequence[] {
  const { t } = ctx;
  switch (wrapped.kind) {
    case 'grid': {
      const event = wrapped.event;
      if (event.type !== 'order-answered') return [];
      return [{ decision: 'order', text: orderConsequence(t, event.response, favouredName(ctx, wrapped.stepId)) }];
    }
    case 'desk': {
      const event = wrapped.event;
      if (event.type === 'desk-decided') {
        // A desk with its own verdict words (an audit) says what its verdict does in its own words too.
        const step = ctx.level.steps.find((s) => s.id === wrapped.stepId);
        const own = step?.kind === 'desk' ? verdictWording(step, event.verdict, 'consequence') : null;
        return [{ decision: 'verdict', text: own?.[ctx.language] ?? t(`consequence.verdict.${event.verdict}`) }];
      }
      if (event.type === 'desk-gift-handled') return [{ decision: 'gift', text: t(`consequence.gift.${event.choice}`) }];
      if (event.type === 'desk-call-answered') return [{ decision: 'call', text: t(`consequence.call.${event.response}`) }];
      return [];
    }
    case 'site': {
      const event = wrapped.event;
      if (event.type !== 'report-filed') return [];
      const key: TextKey = event.conclusion === 'inconclusive' ? 'consequence.site.inconclusive' : `consequence.site.${event.conclusion}.${event.review.accepted ? 'accepted' : 'sentBack'}`;
      return [{ decision: 'site-report', text: t(key) }];
    }
    case 'board': {
      const event = wrapped.event;
      if (event.type === 'offer-answered') return [{ decision: 'offer', text: t(`consequence.offer.${event.response}`) }];
      if (event.type === 'chain-filed') return [{ decision: 'board-filed', text: t(event.chainHolds ? 'consequence.board.withChain' : 'consequence.board.withoutChain') }];
      return [];
    }
    case 'plan': {
      const event = wrapped.event;
      if (event.type !== 'plan-submitted') return [];
      const text =
        event.faults.length === 0 ? t('consequence.zone.sound') : t('consequence.zone.faulty', { faults: event.faults.map((f) => t(`consequence.zone.fault.${f}`)).join(t('consequence.zone.faultJoin')) });
      return [{ decision: 'zone-plan', text }];
    }
    case 'scene':
      return [];
  }
}

/** What an answer to a priority-supply order does to today: also shown under the answer, for as long as the day is planned. */
export function orderConsequence(t: Translate, response: OrderResponse, favoured: string): string {
  return t(`consequence.order.${response}`, { name: favoured });
}

function fromScored(decision: ScoredDecision, ctx: ConsequenceContext, reportFiled: boolean): Consequence[] {
  if (decision.kind === 'grid' && decision.point === 'case-note') {
    const key = `consequence.caseNote.${decision.choice}.${decision.basis ?? 'withoutEvidence'}`;
    // A level may name its own conclusions; one without a line of its own is told it is filed.
    const text = isTextKey(key) ? ctx.t(key, { name: favouredName(ctx, decision.stepId) }) : ctx.t('consequence.caseNote.other');
    return [{ decision: 'case-note', text }];
  }
  if (decision.kind === 'grid' && decision.point === 'plan') {
    // Per plan and basis, or per plan where the readings change nothing, or the generic line.
    const keys = [`consequence.plan.${decision.choice}.${decision.basis ?? 'withoutReadings'}`, `consequence.plan.${decision.choice}`];
    const key = keys.find(isTextKey);
    const text = key ? ctx.t(key, { name: favouredName(ctx, decision.stepId) }) : ctx.t('consequence.plan.other');
    return [{ decision: 'plan', text }];
  }
  // How the inspector goes in is scored on arrival: announced, the site has time to put on its show.
  if (decision.kind === 'site' && decision.point === 'approach') {
    return [{ decision: 'site-approach', text: ctx.t(decision.choice === 'announced' ? 'consequence.site.approach.announced' : 'consequence.site.approach.unannounced') }];
  }
  // Leaving a site without a report is scored as nothing filed, with no site event of its own.
  if (decision.kind === 'site' && decision.point === 'verdict' && !reportFiled) return [{ decision: 'site-left', text: ctx.t('consequence.site.left') }];
  return [];
}

/** The district the Secretary's orders favour (Genesis, in the shipped levels), in the player's language. */
function favouredName({ level, language }: ConsequenceContext, stepId: string): string {
  const step = level.steps.find((s) => s.id === stepId);
  if (step?.kind !== 'grid') return '';
  return step.districts.find((d) => d.id === step.favouredDistrict)?.name[language] ?? '';
}

function isTextKey(key: string): key is TextKey {
  return Object.hasOwn(en, key);
}

/**
 * The message line after a batch of events with consequences: the batch's own message, if it
 * set one (a message left from before is not about this decision), then the consequence.
 */
export function withConsequences(before: Message | null, after: Message | null, consequences: readonly Consequence[]): Message | null {
  if (consequences.length === 0) return after;
  const own = after !== before ? after : null;
  return { text: own?.text ?? '', tone: own?.tone ?? 'info', consequence: consequences.map((c) => c.text).join(' ') };
}

/** What the live region says for a message line: the message, then its consequence, then a practice hint. */
export function spokenMessage(message: Message): string {
  return [message.text, message.consequence ?? '', message.hint ?? ''].filter((part) => part !== '').join(' ');
}
