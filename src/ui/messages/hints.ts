// Practice hints: one line after a decision is made, from the scored decisions that action wrote:
// which lesson it touched, whether it helped or cost (never the points), and the outcome's own
// reason with the article's lines. Never before a decision (nothing here reads what is still to
// come), one per action however many records it wrote, and only in practice: an assessment gives
// none, and a facilitated room discusses instead. Pure: the scene shows it under the consequence
// line and says it in the live region.

import type { GameEvent, Language, PlayMode, ScoredDecision } from '../../core';
import type { Translate } from '../../text/i18n';
import { sourceLinesText } from '../dom';
import type { Message } from './said';

export interface HintContext {
  t: Translate;
  language: Language;
  /** How this play is run: hints only in practice. */
  mode: PlayMode;
}

/**
 * The hint for one batch of events (what one action brought about), or null. Of the records the
 * action wrote, the one that weighs most is told (a cost before a gain of the same weight, as it
 * teaches more); the others wait for the debrief, and the hint says how many.
 */
export function hintOf(events: readonly GameEvent[], ctx: HintContext): string | null {
  if (ctx.mode !== 'practice') return null;
  const scored = events.flatMap((e): ScoredDecision[] => (e.type === 'scored' ? [e.decision] : []));
  if (scored.length === 0) return null;
  const weightiest = scored.reduce((best, d) => (Math.abs(d.points) > Math.abs(best.points) || (Math.abs(d.points) === Math.abs(best.points) && d.points < best.points) ? d : best));
  const { t } = ctx;
  const verdict = weightiest.points > 0 ? 'hint.helped' : weightiest.points < 0 ? 'hint.cost' : 'hint.even';
  const lines = weightiest.sourceLines.length > 0 ? t('hint.lines', { lines: sourceLinesText(weightiest.sourceLines) }) : '';
  const hint = t(verdict, { lesson: t(`lesson.${weightiest.lesson}`), reason: weightiest.text[ctx.language], lines }).trim();
  return scored.length > 1 ? `${hint} ${t('hint.more', { count: scored.length - 1 })}` : hint;
}

/**
 * The message line with this action's hint under it. `before` is the line before the action: when
 * the action left it as it was, its consequence was an earlier decision's and is dropped; an old
 * hint is always replaced, never left under a newer decision.
 */
export function withHint(before: Message | null, message: Message | null, hint: string | null): Message | null {
  if (!hint) return message;
  const consequence = message !== before ? message?.consequence : undefined;
  return { text: message?.text ?? '', tone: message?.tone ?? 'info', ...(consequence ? { consequence } : {}), hint };
}
