// The facilitator's guide to one level, as a printable section of the teacher page: built by
// content/facilitator-guide.ts, drawn here in the guide's own language, and printed alone (the
// page's print styles hide everything else while body[data-print='guide']).

import type { StepKind } from '../core';
import type { FacilitatorGuide, GuidePausePrompt, GuidePrompt, PlanSegment, SessionPlan } from '../content/facilitator-guide';
import { HTML_LANG } from '../text/i18n';
import type { TeacherTranslate } from '../text/teacher';
import { button, h, sourceLinesText } from './dom';

/** What a student does in each kind of step; a scene is the story around it. */
export const STEP_KIND_DOES = {
  scene: null,
  grid: 'teacher.does.grid',
  desk: 'teacher.does.desk',
  site: 'teacher.does.site',
  board: 'teacher.does.board',
  plan: 'teacher.does.plan',
} as const satisfies Record<StepKind, string | null>;

/** The value body[data-print] takes while a guide prints alone. */
export const PRINT_GUIDE = 'guide';

/** Prints the guide alone: the page's print styles read the attribute, which goes when printing ends. */
export function printGuideAlone(win: Window): void {
  const body = win.document.body;
  body.dataset['print'] = PRINT_GUIDE;
  win.addEventListener('afterprint', () => delete body.dataset['print'], { once: true });
  win.print();
}

export interface GuideViewProps {
  guide: FacilitatorGuide;
  /** The teacher page's words in the guide's language. */
  t: TeacherTranslate;
  /** The game's address opening this level in facilitated mode, in the guide's language. */
  facilitatedLink: string;
  onPrint: () => void;
  onClose: () => void;
}

function lines(t: TeacherTranslate, sourceLines: readonly number[]): string {
  return t('teacher.linesCited', { lines: sourceLinesText(sourceLines) });
}

function promptItem(t: TeacherTranslate, item: GuidePrompt): HTMLElement {
  return h(
    'li',
    {},
    h('p', { className: 'prompt' }, item.prompt),
    h('p', { className: 'answer' }, h('strong', {}, `${t('teacher.guide.answer')} (${lines(t, item.sourceLines)}): `), item.answer),
  );
}

function pauseItem(t: TeacherTranslate, item: GuidePausePrompt): HTMLElement {
  return h(
    'li',
    {},
    h('p', { className: 'prompt' }, item.prompt),
    item.answer === null
      ? h('p', { className: 'small' }, t('teacher.guide.discussionOnly'))
      : h('p', {}, h('strong', {}, `${t('teacher.guide.options')}: `), item.options.join(' / ')),
    item.answer === null ? null : h('p', { className: 'answer' }, h('strong', {}, `${t('teacher.guide.answer')} (${lines(t, item.sourceLines)}): `), item.answer),
  );
}

function segmentText(t: TeacherTranslate, guide: FacilitatorGuide, segment: PlanSegment): string {
  if (segment.kind === 'round') return t('teacher.guide.segment.round', { n: (segment.prompt ?? 0) + 1, prompt: guide.discussion[segment.prompt ?? 0]?.prompt ?? '' });
  return t(`teacher.guide.segment.${segment.kind}`);
}

function plan(t: TeacherTranslate, guide: FacilitatorGuide, session: SessionPlan): HTMLElement {
  return h(
    'div',
    { className: 'guide-plan', 'data-testid': `guide-plan-${session.total}` },
    h('h4', {}, t('teacher.guide.plan', { total: session.total })),
    h(
      'table',
      {},
      h(
        'tbody',
        {},
        ...session.segments.map((segment) =>
          h('tr', { 'data-kind': segment.kind }, h('td', { className: 'number' }, t('teacher.guide.minutesShort', { min: segment.minutes })), h('td', {}, segmentText(t, guide, segment))),
        ),
      ),
    ),
  );
}

/** The guide as a section of the page, in its own language. */
export function facilitatorGuideView(p: GuideViewProps): HTMLElement {
  const { guide, t } = p;
  const does = guide.stepKinds.flatMap((kind) => {
    const key = STEP_KIND_DOES[kind];
    return key === null ? [] : [t(key)];
  });
  return h(
    'section',
    { className: 'facilitator-guide', lang: HTML_LANG[guide.language], 'aria-labelledby': 'guide-heading', 'data-testid': 'facilitator-guide', 'data-level': guide.levelId },
    h('p', { className: 'guide-kicker' }, t('teacher.guide.heading')),
    h('h3', { id: 'guide-heading' }, `${guide.year} · ${guide.title}`),
    h('p', {}, guide.summary),
    h('div', { className: 'actions guide-actions' }, button(t('teacher.guide.print'), p.onPrint, { 'data-testid': 'print-guide' }), button(t('teacher.guide.close'), p.onClose, { className: 'secondary' })),
    h('h4', {}, t('teacher.guide.does')),
    h('p', {}, `${does.length > 0 ? does.join(t('teacher.listSeparator')) : t('teacher.guide.doesStory')} · ${t('levels.minutes', { min: guide.minutes[0], max: guide.minutes[1] })}`),
    h('h4', {}, t('teacher.guide.goals')),
    h('p', {}, guide.lessons.length > 0 ? t('teacher.guide.goalsLessons', { lessons: guide.lessons.map((l) => `${l} ${t(`lesson.${l}`)}`).join(t('teacher.listSeparator')) }) : t('teacher.guide.goalsNone')),
    h('p', {}, t('teacher.guide.goalsEvents', { lines: sourceLinesText(guide.citedLines) })),
    h('ul', { className: 'guide-events' }, ...guide.events.map((e) => h('li', {}, `${e.text} (${lines(t, e.sourceLines)})`))),
    h('h4', {}, t('teacher.guide.plans')),
    h('div', { className: 'guide-plans' }, ...guide.plans.map((session) => plan(t, guide, session))),
    h('h4', {}, t('teacher.guide.prompts')),
    h('ol', { className: 'guide-prompts', 'data-testid': 'guide-prompts' }, ...guide.discussion.map((item) => promptItem(t, item))),
    guide.pausePrompts.length > 0
      ? h('div', { 'data-testid': 'guide-pauses' }, h('h4', {}, t('teacher.guide.pauses')), h('p', { className: 'small' }, t('teacher.guide.pausesHelp')), h('ol', { className: 'guide-prompts' }, ...guide.pausePrompts.map((item) => pauseItem(t, item))))
      : null,
    h('h4', {}, t('teacher.guide.questions')),
    guide.questions.length > 0
      ? h(
          'div',
          {},
          h('p', { className: 'small' }, t('teacher.guide.questionsHelp')),
          h(
            'ol',
            { className: 'guide-prompts' },
            ...guide.questions.map((q) =>
              h(
                'li',
                {},
                h('p', { className: 'prompt' }, `${q.prompt} (${q.lesson} ${t(`lesson.${q.lesson}`)})`),
                h('ul', { className: 'options' }, ...q.options.map((o) => h('li', { className: o === q.answer ? 'supported' : '' }, o))),
                h('p', { className: 'answer' }, h('strong', {}, `${t('teacher.guide.supported')} (${lines(t, q.sourceLines)}): `), q.answer),
                h('p', { className: 'small' }, q.explanation),
              ),
            ),
          ),
        )
      : h('p', {}, t('teacher.guide.questionsNone')),
    h('h4', {}, t('teacher.guide.contentNote')),
    h('p', {}, guide.contentNote.realPeople.length > 0 ? t('teacher.guide.realPeople', { names: guide.contentNote.realPeople.join(t('teacher.listSeparator')) }) : t('teacher.guide.realPeopleNone')),
    h('p', {}, `${t('teacher.guide.fiction')} ${guide.contentNote.fiction}`),
    h('p', {}, t('teacher.guide.namesRoles')),
    h('h4', {}, t('teacher.guide.run')),
    h('ol', {}, h('li', {}, t('teacher.guide.run1')), h('li', {}, t('teacher.guide.run2')), h('li', {}, t('teacher.guide.run3'))),
    h('p', { className: 'small' }, t('teacher.guide.link'), ' ', h('span', { className: 'guide-address' }, p.facilitatedLink)),
  );
}
