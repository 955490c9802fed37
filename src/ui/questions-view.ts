// The questions before a level's first step and after its last: a fieldset per question with a
// radio group for the answer and one for how sure the player is (keyboard: Tab between groups,
// arrows within one). Never scored; the scene saves what this hands back (core/questions.ts).

import { CONFIDENCE_LEVELS, type Confidence, type Language, type LevelQuestion, type LocalText, type QuestionAnswer } from '../core';
import type { Reference } from '../content/reference-model';
import type { Translate } from '../text/i18n';
import { linkTerms } from './article-reader';
import { button, h } from './dom';

export type QuestionsPhase = 'before' | 'after';

/** The answers being chosen; kept by the scene, so a re-render keeps them. */
export interface QuestionsDraft {
  choices: (number | null)[];
  confidence: (Confidence | null)[];
}

export function freshDraft(questions: readonly LevelQuestion[]): QuestionsDraft {
  return { choices: questions.map(() => null), confidence: questions.map(() => null) };
}

/** The round the draft makes, or the numbers (1-based) of the questions not finished. */
export function draftRound(draft: QuestionsDraft): { ok: true; answers: QuestionAnswer[] } | { ok: false; missing: number[] } {
  const missing = draft.choices.flatMap((choice, i) => (choice === null || draft.confidence[i] === null ? [i + 1] : []));
  if (missing.length > 0) return { ok: false, missing };
  return { ok: true, answers: draft.choices.map((choice, i) => [choice!, draft.confidence[i]!]) };
}

export interface QuestionsViewProps {
  t: Translate;
  language: Language;
  title: LocalText;
  questions: readonly LevelQuestion[];
  phase: QuestionsPhase;
  draft: QuestionsDraft;
  reference?: Reference | null;
  onSave: (answers: QuestionAnswer[]) => void;
  onSkip: () => void;
}

export function questionsView(p: QuestionsViewProps): HTMLElement[] {
  const n = p.questions.length;
  const status = h('p', { className: 'questions-status', role: 'alert', 'data-testid': 'questions-status' });
  const fieldsets = p.questions.map((question, i) => questionFieldset(p, question, i));
  const save = (): void => {
    const round = draftRound(p.draft);
    if (round.ok) return p.onSave(round.answers);
    status.textContent = p.t('questions.missing', { list: round.missing.join(', ') });
    // Focus goes to the first group left unanswered.
    const first = round.missing[0]! - 1;
    const target =
      p.draft.choices[first] === null
        ? fieldsets[first]?.querySelector<HTMLInputElement>('input[type="radio"]')
        : fieldsets[first]?.querySelector<HTMLInputElement>('.confidence input[type="radio"]');
    target?.focus();
  };
  const panel = h(
    'section',
    { className: 'frame questions-panel', 'aria-labelledby': 'questions-heading', 'data-testid': `questions-${p.phase}`, 'data-scroll-id': 'questions' },
    h('p', { className: 'small muted' }, p.title[p.language]),
    // The heading takes focus, so a screen reader starts here; Tab then reaches the first answer.
    h('h2', { id: 'questions-heading', tabindex: -1, 'data-autofocus': true }, p.t(p.phase === 'before' ? 'questions.beforeHeading' : 'questions.afterHeading', { n })),
    h('p', { className: 'small' }, p.t('questions.intro')),
    ...fieldsets,
    status,
    h(
      'div',
      { className: 'actions' },
      button(p.t('questions.skip'), p.onSkip, { className: 'secondary', 'data-focus-id': 'questions-skip', 'data-testid': 'questions-skip' }),
      button(p.t('questions.save'), save, { className: 'primary', 'data-focus-id': 'questions-save', 'data-testid': 'questions-save' }),
    ),
  );
  linkTerms(p, panel);
  return [panel];
}

function questionFieldset(p: QuestionsViewProps, question: LevelQuestion, i: number): HTMLFieldSetElement {
  const name = `question-${i}`;
  const options = question.options.map((option, k) =>
    radio(`${name}-choice`, `${name}-option-${k}`, option[p.language], p.draft.choices[i] === k, () => {
      p.draft.choices[i] = k;
    }),
  );
  const sure = CONFIDENCE_LEVELS.map((level) =>
    radio(`${name}-sure`, `${name}-sure-${level}`, `${level} · ${p.t(`questions.sure.${level}`)}`, p.draft.confidence[i] === level, () => {
      p.draft.confidence[i] = level;
    }),
  );
  return h(
    'fieldset',
    { className: 'question', 'data-testid': `question-${i}` },
    h('legend', {}, `${i + 1}. ${question.prompt[p.language]}`),
    h('div', { className: 'question-options' }, ...options),
    h('fieldset', { className: 'confidence' }, h('legend', {}, p.t('questions.sure')), h('div', { className: 'confidence-options' }, ...sure)),
  );
}

function radio(name: string, id: string, label: string, checked: boolean, onChoose: () => void): HTMLLabelElement {
  const input = h('input', { type: 'radio', name, id, 'data-focus-id': id, checked, onchange: (() => onChoose()) as EventListener });
  return h('label', { className: 'choice', for: id }, input, h('span', {}, label));
}
