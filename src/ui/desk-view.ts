// The readable layer of the review desk: the inbox with today's bulletin and calls, the open
// folder's documents, and the working panel (cross-checks against the rulebook, findings as
// reasons, inquiries, the gift, the verdict). Once the desk closes: the verdicts and the years
// that follow. It shows the desk's state and turns presses into desk actions; it decides nothing.

import {
  allRules,
  consequenceTimeline,
  dueDay,
  findField,
  inbox,
  minutesLeft,
  rulesInForce,
  VERDICTS,
  verdictWording,
  type Application,
  type DeskAction,
  type DeskEvent,
  type DeskRef,
  type DeskState,
  type DeskStep,
  type GiftChoice,
  type Language,
  type Verdict,
} from '../core';
import type { Translate } from '../text/i18n';
import { afterSceneView, pendingAfterScene } from './after-decision';
import { sourceRef, type ReaderContext } from './article-reader';
import { button, h } from './dom';
import { messageLine, sidePanel, source, text, type LevelUiState, type LevelViewProps } from './level-parts';

export function deskView(p: LevelViewProps, step: DeskStep): HTMLElement[] {
  const desk = p.state.desk[step.id]!;
  // A verdict that plays a scene (the case's climax) holds the desk until the scene is read.
  const after = pendingAfterScene(step, p.state, p.ui);
  if (after) return [afterSceneView(p, after)];
  if (desk.finished) return [closedPanel(p, step, desk)];
  const open = openApplication(step, desk, p.ui.desk.open);
  return [inboxPanel(p, step, desk, open), documentsPanel(p, step, desk, open), workPanel(p, step, desk, open)];
}

/** The folder on the desk: the one the player opened if it still waits, else the first waiting. */
export function openApplication(step: DeskStep, desk: DeskState, chosen: string | null): Application | null {
  const waiting = inbox(step, desk);
  return waiting.find((a) => a.id === chosen) ?? waiting[0] ?? null;
}

const act = (p: LevelViewProps, action: DeskAction) => p.dispatch({ type: 'desk', act: action });

/** A verdict as this desk calls it: its own words (an audit's "The record stands"), else the interface's. */
export function verdictLabel(t: Translate, language: Language, step: DeskStep, verdict: Verdict): string {
  return verdictWording(step, verdict, 'label')?.[language] ?? t(`desk.verdict.${verdict}`);
}

/** A desk item as the player reads it: "Budget and financing · Total investment" or the rule's text. */
export function deskItemName(step: DeskStep, application: Application, ref: DeskRef, language: Language): string {
  if (ref.startsWith('rule:')) {
    const rule = allRules(step).find((r) => `rule:${r.id}` === ref);
    return rule ? rule.text[language] : ref;
  }
  const found = findField(application, ref);
  return found ? `${found.document.title[language]} · ${found.field.label[language]}` : ref;
}

// ---- The inbox ------------------------------------------------------------------------------

function inboxPanel(p: LevelViewProps, step: DeskStep, desk: DeskState, open: Application | null): HTMLElement {
  const waiting = inbox(step, desk);
  const bulletins = step.bulletins.filter((b) => b.day === desk.day);
  const calls = step.calls.filter((c) => desk.calls[c.id] === 'pending');
  const decided = step.applications.filter((a) => desk.applications[a.id]?.decision);
  const lastDay = desk.day + 1 >= step.days;
  return h(
    'section',
    { className: 'frame inbox-panel', 'aria-labelledby': 'inbox-heading', 'data-scroll-id': 'inbox', 'data-testid': 'inbox' },
    h('h2', { id: 'inbox-heading' }, p.t('desk.inbox')),
    h(
      'p',
      { className: 'supply-line', 'data-testid': 'desk-clock' },
      h('span', {}, p.t('desk.day', { n: desk.day + 1, total: step.days })),
      h('span', {}, p.t('desk.minutesLeft', { n: minutesLeft(step, desk) })),
      // What keeping a gift brought in, in plain sight: the temptation is real money.
      desk.pocketYuan > 0 ? h('span', { 'data-testid': 'desk-pocket' }, p.t('desk.pocket', { amount: yuan(desk.pocketYuan, p.language) })) : null,
    ),
    ...bulletins.map((b) =>
      h('section', { className: 'card bulletin', 'aria-label': p.t('desk.bulletin') }, h('h3', {}, p.t('desk.bulletin')), h('p', { className: 'small' }, text(p, b.text)), source(p, b.sourceLines)),
    ),
    // A ringing call is drawn in its own panel (callPanel): the inbox says only that it rings.
    ...calls.map((call) => h('p', { className: 'card note call-ringing small' }, p.t('desk.call', { from: text(p, call.from) }))),
    h('h3', { id: 'waiting-heading' }, p.t('desk.waiting', { n: waiting.length })),
    waiting.length > 0
      ? h(
          'ul',
          { className: 'plain folders', 'aria-labelledby': 'waiting-heading' },
          ...waiting.map((a) => {
            const progress = desk.applications[a.id]!;
            const status = [
              progress.found.length > 0 ? p.t('desk.folderFound', { n: progress.found.length }) : '',
              progress.gift === 'pending' ? p.t('desk.folderGift') : '',
              a.arrivesOnDay === desk.day && desk.day > 0 ? p.t('desk.folderNew') : '',
              dueLabel(p.t, dueDay(a), desk.day),
            ].filter(Boolean);
            // The parts are laid out as lines; a screen reader hears them as one sentence, named by
            // the visible text itself (hidden punctuation between the lines), so the name always
            // holds what is shown (axe: label-content-name-mismatch).
            const hiddenPause = (mark: string) => h('span', { className: 'visually-hidden' }, mark);
            const label = h(
              'span',
              {},
              h('strong', {}, text(p, a.applicant)),
              hiddenPause(': '),
              h('span', { className: 'small' }, text(p, a.project)),
              status.length ? hiddenPause('. ') : null,
              status.length ? h('span', { className: 'small muted' }, status.join(' · ')) : null,
            );
            const element = button('', () => p.updateUi((ui) => openFolder(ui, a.id)), {
              className: 'folder',
              'aria-pressed': a.id === open?.id ? 'true' : 'false',
              'data-focus-id': `folder-${a.id}`,
            });
            element.append(label);
            return h('li', {}, element);
          }),
        )
      : h('p', { className: 'small muted' }, p.t(lastDay ? 'desk.emptyLastDay' : 'desk.empty')),
    decided.length > 0
      ? h(
          'details',
          { className: 'small' },
          h('summary', {}, p.t('desk.decided', { n: decided.length })),
          h('ul', {}, ...decided.map((a) => h('li', {}, `${text(p, a.project)}: ${verdictLabel(p.t, p.language, step, desk.applications[a.id]!.decision!.verdict)}`))),
        )
      : null,
    h(
      'div',
      { className: 'actions sticky-actions' },
      button(lastDay ? (waiting.length > 0 ? p.t('desk.closeUndecided', { n: waiting.length }) : p.t('desk.close')) : p.t('desk.endDay'), () => act(p, { type: 'desk-end-day' }), {
        className: waiting.length === 0 ? 'primary' : 'secondary',
        'data-focus-id': 'end-day',
      }),
    ),
  );
}

/**
 * A pending call from the Secretary's office with its three answers. It opens the documents'
 * column (the widest), above the folder: the inbox column is too narrow for its words and buttons.
 */
function callCard(p: LevelViewProps, step: DeskStep, call: DeskStep['calls'][number]): HTMLElement {
  const about = step.applications.find((a) => a.id === call.applicationId);
  return h(
    'section',
    { className: 'card note call desk-call', 'aria-labelledby': `call-${call.id}`, 'data-testid': `call-${call.id}` },
    h('h3', { id: `call-${call.id}` }, p.t('desk.call', { from: text(p, call.from) })),
    h('p', {}, text(p, call.text)),
    about ? h('p', { className: 'small muted' }, p.t('desk.callAbout', { project: text(p, about.project), verdict: verdictLabel(p.t, p.language, step, call.wants) })) : null,
    source(p, call.sourceLines),
    h(
      'div',
      { className: 'actions column', role: 'group', 'aria-labelledby': `call-${call.id}` },
      button(p.t('desk.callDecline'), () => act(p, { type: 'desk-answer-call', callId: call.id, response: 'declined' }), { 'data-focus-id': `call-declined-${call.id}` }),
      button(p.t('desk.callReport'), () => act(p, { type: 'desk-answer-call', callId: call.id, response: 'reported' }), { 'data-focus-id': `call-reported-${call.id}` }),
      button(p.t('desk.callOblige', { minutes: call.timeBonusMinutes }), () => act(p, { type: 'desk-answer-call', callId: call.id, response: 'obliged' }), {
        className: 'secondary',
        'data-focus-id': `call-obliged-${call.id}`,
      }),
    ),
  );
}

/** When the folder's decision is due, in the player's day numbers (day 0 is "day 1"). */
function dueLabel(t: Translate, due: number, today: number): string {
  if (due === today) return t('desk.folderDueToday');
  return t(due > today ? 'desk.folderDueBy' : 'desk.folderPastDue', { n: due + 1 });
}

/** An amount of yuan as each language writes it: 20,000 in en and ja, 20000 in zh. */
function yuan(amount: number, language: Language): string {
  return language === 'zh' ? String(amount) : amount.toLocaleString('en-US');
}

/** Opening another folder (null: the first waiting) clears what was selected in the last one. */
export function openFolder(ui: LevelUiState, applicationId: string | null): void {
  ui.desk = { ...ui.desk, open: applicationId, notReasons: [] };
  ui.selection = [];
  ui.message = null;
}

// ---- The documents --------------------------------------------------------------------------

function selectable(p: LevelViewProps, ref: DeskRef, className: string, content: (HTMLElement | string)[], name: string): HTMLElement {
  return h(
    'button',
    {
      type: 'button',
      className,
      'aria-pressed': p.ui.selection.includes(ref) ? 'true' : 'false',
      'aria-label': p.t('review.select', { item: name }),
      'data-focus-id': `desk-${ref}`,
      'data-ref': ref,
      onclick: (() =>
        p.updateUi((ui) => {
          ui.message = null;
          ui.selection = ui.selection.includes(ref) ? ui.selection.filter((r) => r !== ref) : [...ui.selection, ref].slice(-2);
        })) as EventListener,
    },
    ...content,
  );
}

function documentsPanel(p: LevelViewProps, step: DeskStep, desk: DeskState, open: Application | null): HTMLElement {
  const calls = step.calls.filter((c) => desk.calls[c.id] === 'pending').map((c) => callCard(p, step, c));
  if (!open) {
    return h('section', { className: 'frame documents-panel', 'aria-labelledby': 'documents-heading' }, ...calls, h('h2', { id: 'documents-heading' }, p.t('review.documents')), h('p', { className: 'muted' }, p.t('desk.noFolder')));
  }
  const asked = desk.applications[open.id]!.inquiries;
  const shown = (inquiryId: string | undefined) => inquiryId === undefined || asked.includes(inquiryId);
  return h(
    'section',
    // While a call rings the column opens at its top, where the call is, whatever was scrolled to before.
    { className: 'frame documents-panel', 'aria-labelledby': 'documents-heading', 'data-scroll-id': calls.length ? `documents-${open.id}-call` : `documents-${open.id}`, 'data-testid': 'documents' },
    ...calls,
    h('h2', { id: 'documents-heading' }, text(p, open.applicant)),
    h('p', { className: 'small' }, text(p, open.project)),
    ...open.documents
      .filter((doc) => shown(doc.revealedBy))
      .map((doc) =>
        h(
          'article',
          { className: `document kind-${doc.kind}`, 'aria-labelledby': `doc-${doc.id}` },
          h('h3', { id: `doc-${doc.id}` }, text(p, doc.title)),
          doc.revealedBy ? h('p', { className: 'small muted' }, p.t('desk.received')) : null,
          ...doc.fields
            .filter((field) => shown(field.revealedBy))
            .map((field) =>
              selectable(
                p,
                `${doc.id}.${field.id}`,
                'field',
                // The space keeps label and value two words in the visible text (the grid layout ignores it).
                [h('span', { className: 'label' }, text(p, field.label)), ' ', h('span', { className: 'value' }, text(p, field.value))],
                `${text(p, doc.title)}, ${text(p, field.label)}: ${text(p, field.value)}`,
              ),
            ),
          source(p, doc.sourceLines),
        ),
      ),
  );
}

// ---- The working panel ----------------------------------------------------------------------

function workPanel(p: LevelViewProps, step: DeskStep, desk: DeskState, open: Application | null): HTMLElement {
  const rules = rulesInForce(step, desk.day);
  const newToday = new Set(step.bulletins.filter((b) => b.day === desk.day && b.day > 0).flatMap((b) => b.rules.map((r) => r.id)));
  const rulebook = [
    h('h3', { id: 'rulebook-heading' }, p.t('review.rulebook')),
    ...rules.map((rule) =>
      open
        ? selectable(p, `rule:${rule.id}`, 'rule secondary', [text(p, rule.text), newToday.has(rule.id) ? h('span', { className: 'badge' }, p.t('desk.newRule')) : ''], text(p, rule.text))
        : h('p', { className: 'small' }, text(p, rule.text)),
    ),
  ];
  if (!open) return sidePanel(p, 'desk', step.title, h('p', {}, p.t('desk.noFolder')), messageLine(p), ...rulebook);

  const progress = desk.applications[open.id]!;
  const selection = p.ui.selection;
  const left = minutesLeft(step, desk);
  const reasons = progress.found.filter((id) => !p.ui.desk.notReasons.includes(id));
  const planted = (id: string) => open.truth.discrepancies.find((d) => d.id === id);
  const decide = (verdict: Verdict) => act(p, { type: 'desk-decide', applicationId: open.id, verdict, reasons: verdict === 'approve' ? [] : reasons });

  return sidePanel(
    p,
    'desk',
    step.title,
    h('p', { className: 'small', 'data-testid': 'selection' }, selection.length === 0 ? p.t('desk.selectionNone') : p.t('review.selection', { items: selection.map((ref) => deskItemName(step, open, ref, p.language)).join(' ↔ ') })),
    h(
      'div',
      { className: 'actions' },
      button(p.t('review.crossCheck'), () => act(p, { type: 'desk-cross-check', applicationId: open.id, a: selection[0]!, b: selection[1]! }), {
        className: 'primary',
        disabled: selection.length !== 2,
        'aria-describedby': 'check-cost',
        'data-focus-id': 'cross-check',
      }),
      button(p.t('review.clear'), () => p.updateUi((ui) => (ui.selection = [])), { className: 'secondary', disabled: selection.length === 0, 'data-focus-id': 'clear' }),
    ),
    h('p', { className: 'small muted', id: 'check-cost' }, p.t('desk.checkCost', { minutes: step.falseCheckMinutes })),
    messageLine(p),
    ...rulebook,
    h('h3', { id: 'findings-heading' }, p.t('review.findings')),
    progress.found.length === 0
      ? h('p', { className: 'small muted' }, p.t('review.noFindings'))
      : h(
          'ul',
          { className: 'plain findings', 'data-testid': 'findings' },
          ...progress.found.map((id) => {
            const d = planted(id);
            const checkbox = h('input', {
              type: 'checkbox',
              id: `reason-${id}`,
              checked: reasons.includes(id),
              'data-focus-id': `reason-${id}`,
              onchange: (() => p.updateUi((ui) => (ui.desk.notReasons = ui.desk.notReasons.includes(id) ? ui.desk.notReasons.filter((r) => r !== id) : [...ui.desk.notReasons, id]))) as EventListener,
            });
            const rule = d ? allRules(step).find((r) => r.id === d.rule) : undefined;
            return h(
              'li',
              { className: 'finding' },
              checkbox,
              h('label', { for: `reason-${id}` }, d ? text(p, d.explanation) : id, rule ? h('span', { className: 'small muted rule-broken' }, p.t('desk.breaks', { rule: text(p, rule.text) })) : null),
            );
          }),
        ),
    progress.found.length > 0
      ? h('p', { className: 'small muted' }, step.verdictWording ? p.t('desk.reasonsHintWorded', { verdict: verdictLabel(p.t, p.language, step, 'approve-with-conditions') }) : p.t('desk.reasonsHint'))
      : null,
    open.inquiries.length > 0 ? h('h3', { id: 'ask-heading' }, p.t('desk.ask')) : null,
    h(
      'div',
      { className: 'actions column', role: 'group', 'aria-labelledby': 'ask-heading' },
      ...open.inquiries.map((q) =>
      progress.inquiries.includes(q.id)
        ? h('div', { className: 'card answer' }, h('p', { className: 'small' }, h('strong', {}, `${text(p, q.label)}: `), text(p, q.answer)))
        : button(p.t('desk.askCost', { label: text(p, q.label), minutes: q.minutes }), () => act(p, { type: 'desk-inquire', applicationId: open.id, inquiryId: q.id }), {
            className: 'secondary',
            disabled: q.minutes > left,
            'data-focus-id': `ask-${q.id}`,
          }),
      ),
    ),
    open.gift
      ? h(
          'section',
          { className: 'card note', 'aria-labelledby': 'gift-heading', 'data-testid': 'gift' },
          h('h3', { id: 'gift-heading' }, p.t('review.gift')),
          h('p', {}, text(p, open.gift.text)),
          progress.gift === 'pending'
            ? h(
                'div',
                { className: 'actions column', role: 'group', 'aria-labelledby': 'gift-heading' },
                button(p.t('desk.giftHandIn'), () => act(p, { type: 'desk-handle-gift', applicationId: open.id, choice: 'handed-in' }), { 'data-focus-id': 'gift-handed-in' }),
                button(p.t('desk.giftReturn'), () => act(p, { type: 'desk-handle-gift', applicationId: open.id, choice: 'returned' }), { 'data-focus-id': 'gift-returned' }),
                button(p.t('desk.giftKeep'), () => act(p, { type: 'desk-handle-gift', applicationId: open.id, choice: 'kept' }), { className: 'secondary', 'data-focus-id': 'gift-kept' }),
              )
            : h('p', { className: 'result' }, p.t(`desk.gift.${progress.gift as GiftChoice}`)),
        )
      : null,
    h('h3', { id: 'verdict-heading' }, p.t('review.decide')),
    progress.lockedTo ? h('p', { className: 'card note small' }, p.t('desk.locked', { verdict: verdictLabel(p.t, p.language, step, progress.lockedTo) })) : null,
    h('p', { className: 'small', id: 'verdict-reasons' }, reasons.length === 0 ? p.t('desk.noReasons') : p.t('desk.reasons', { n: reasons.length })),
    h(
      'div',
      { className: 'actions column', role: 'group', 'aria-labelledby': 'verdict-heading', 'aria-describedby': 'verdict-reasons' },
      ...VERDICTS.map((verdict) =>
        // All four look alike: the screen must not suggest an answer. The folder is in the focus
        // id, so after a verdict focus does not land on the same button of the next folder.
        button(verdictLabel(p.t, p.language, step, verdict), () => decide(verdict), {
          className: 'secondary',
          disabled: progress.gift === 'pending' || (progress.lockedTo !== null && progress.lockedTo !== verdict),
          'data-focus-id': `verdict-${open.id}-${verdict}`,
        }),
      ),
    ),
  );
}

// ---- After the desk closes ------------------------------------------------------------------

function closedPanel(p: LevelViewProps, step: DeskStep, desk: DeskState): HTMLElement {
  const timeline = consequenceTimeline(step, desk);
  return h(
    'section',
    { className: 'frame briefing-panel desk-closed', 'aria-labelledby': 'closed-heading', 'data-scroll-id': 'desk-closed', 'data-testid': 'desk-closed' },
    h('h2', { id: 'closed-heading', tabindex: -1 }, p.t(desk.ending === 'investigated' ? 'desk.investigated' : 'desk.closed')),
    h('h3', {}, p.t('desk.yourVerdicts')),
    h(
      'ul',
      { 'data-testid': 'verdicts' },
      ...step.applications.map((a) => {
        const decision = desk.applications[a.id]?.decision;
        return h('li', {}, h('strong', {}, `${text(p, a.project)}: `), decision ? verdictLabel(p.t, p.language, step, decision.verdict) : p.t('desk.undecided'), decision && decision.reasons.length > 0 ? ` (${p.t('desk.reasons', { n: decision.reasons.length })})` : '');
      }),
    ),
    timelineSection(p, timeline),
    h(
      'div',
      { className: 'actions' },
      button(p.t('dialogue.continue'), () => p.dispatch({ type: 'leave-desk' }), { className: 'primary', 'data-autofocus': true, 'data-focus-id': 'leave-desk' }),
    ),
  );
}

/** The years that follow the verdicts; the debrief shows the same list. */
export function timelineSection(p: ReaderContext, timeline: ReturnType<typeof consequenceTimeline>): HTMLElement {
  return h(
    'section',
    { 'aria-labelledby': 'timeline-heading', 'data-testid': 'timeline' },
    h('h3', { id: 'timeline-heading' }, p.t('desk.timeline')),
    timeline.length === 0
      ? h('p', { className: 'small muted' }, p.t('desk.timelineEmpty'))
      : h(
          'ol',
          { className: 'timeline' },
          ...timeline.map((entry) =>
            h('li', {}, h('strong', { className: 'year' }, String(entry.year)), ' ', entry.text[p.language], entry.sourceLines.length > 0 ? sourceRef(p, entry.sourceLines, 'space') : null),
          ),
        ),
  );
}

// ---- What the desk's events say -------------------------------------------------------------

/** The message line after a desk event, or undefined to leave it as it is. */
export function deskMessage(step: DeskStep, event: Exclude<DeskEvent, { type: 'action-refused' } | { type: 'scored' }>, t: Translate, language: Language): LevelUiState['message'] | undefined {
  const application = 'applicationId' in event ? step.applications.find((a) => a.id === event.applicationId) : undefined;
  switch (event.type) {
    case 'desk-cross-checked': {
      if (event.discrepancyId === null) {
        // A contradiction the rules do not test is answered with why, never with "no discrepancy".
        const oddity = application?.truth.oddities.find((o) => o.id === event.explainedBy);
        return { text: oddity ? t('desk.missExplained', { explanation: oddity.explanation[language], minutes: event.minutes }) : t('desk.miss', { minutes: event.minutes }), tone: 'miss' };
      }
      const planted = application?.truth.discrepancies.find((d) => d.id === event.discrepancyId);
      return { text: t('review.hit', { explanation: planted ? planted.explanation[language] : event.discrepancyId }), tone: 'hit' };
    }
    case 'desk-inquired': {
      const inquiry = application?.inquiries.find((q) => q.id === event.inquiryId);
      return { text: t('desk.inquired', { answer: inquiry ? inquiry.answer[language] : '' }), tone: 'info' };
    }
    case 'desk-gift-handled':
      return { text: t(`desk.gift.${event.choice}`), tone: 'info' };
    case 'desk-call-answered':
      return { text: t(`desk.call.${event.response}`), tone: 'info' };
    case 'desk-decided':
      return { text: t('desk.decidedOne', { project: application ? application.project[language] : '', verdict: verdictLabel(t, language, step, event.verdict) }), tone: 'info' };
    case 'desk-day-started':
      return { text: t('desk.dayStarted', { n: event.day + 1, arrivals: event.arrivals.length }), tone: 'info' };
    case 'desk-ended':
      return null;
  }
}
