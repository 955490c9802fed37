// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { beginRecord, isStoryLevel, withAfter, type Language, type QuestionAnswer } from '../../src/core';
import { translate } from '../../src/text/i18n';
import { debriefView } from '../../src/ui/debrief-view';
import { freshDraft, questionsView, type QuestionsDraft } from '../../src/ui/questions-view';
import { playThrough, diligentInspector } from '../../src/playtest/players';
import { allLevels, loadLevel } from '../support/levels';
import { q } from '../support/mount-level';

const level = loadLevel('the-lawsuit.json');
const questions = level.questions!;

function mount(language: Language = 'en', phase: 'before' | 'after' = 'before', draft: QuestionsDraft = freshDraft(questions)) {
  const saved: QuestionAnswer[][] = [];
  let skipped = 0;
  document.body.replaceChildren(
    ...questionsView({
      t: (k, p) => translate(language, k, p),
      language,
      title: level.title,
      questions,
      phase,
      draft,
      onSave: (answers) => saved.push(answers),
      onSkip: () => skipped++,
    }),
  );
  return { saved, draft, skipped: () => skipped };
}

const choose = (id: string): void => {
  const input = q<HTMLInputElement>(`#${id}`);
  input.checked = true;
  input.dispatchEvent(new Event('change'));
};

beforeEach(() => document.body.replaceChildren());

describe('the questions panel', () => {
  it('every question is a fieldset with its prompt as the legend, a radio group of three options and one of four confidence levels, each labelled', () => {
    for (const language of ['en', 'ja', 'zh'] as const) {
      mount(language);
      const sets = [...document.querySelectorAll('fieldset.question')];
      expect(sets).toHaveLength(questions.length);
      sets.forEach((set, i) => {
        expect(set.querySelector(':scope > legend')?.textContent).toBe(`${i + 1}. ${questions[i]!.prompt[language]}`);
        const options = [...set.querySelectorAll<HTMLInputElement>(`input[name="question-${i}-choice"]`)];
        expect(options.map((o) => o.closest('label')?.textContent)).toEqual(questions[i]!.options.map((o) => o[language]));
        const sure = [...set.querySelectorAll<HTMLInputElement>('fieldset.confidence input[type="radio"]')];
        expect(sure).toHaveLength(4);
        expect(set.querySelector('fieldset.confidence > legend')?.textContent).toBe(translate(language, 'questions.sure'));
        // Each radio sits inside the label that names it.
        for (const input of [...options, ...sure]) expect(q(`label[for="${input.id}"]`).contains(input)).toBe(true);
      });
    }
  });

  it('saving hands back each answer with how sure, once every question is answered; before that it names what is missing and saves nothing', () => {
    const view = mount();
    q('[data-testid="questions-save"]').click();
    expect(view.saved).toEqual([]);
    expect(q('[data-testid="questions-status"]').textContent).toContain('1, 2, 3');
    choose('question-0-option-2');
    choose('question-0-sure-4');
    choose('question-1-option-0');
    choose('question-1-sure-1');
    q('[data-testid="questions-save"]').click();
    expect(view.saved).toEqual([]);
    expect(q('[data-testid="questions-status"]').textContent).toContain('3');
    expect(q('[data-testid="questions-status"]').textContent).not.toContain('1, 2');
    choose('question-2-option-1');
    choose('question-2-sure-3');
    q('[data-testid="questions-save"]').click();
    expect(view.saved).toEqual([[[2, 4], [0, 1], [1, 3]]]);
  });

  it('a re-render keeps the choices made, and skipping hands back nothing but the skip', () => {
    const first = mount();
    choose('question-1-option-2');
    const again = mount('ja', 'after', first.draft);
    expect(q<HTMLInputElement>('#question-1-option-2').checked).toBe(true);
    expect(q('[data-testid="questions-after"]')).toBeTruthy();
    q('[data-testid="questions-skip"]').click();
    expect(again.skipped()).toBe(1);
    expect(again.saved).toEqual([]);
  });
});

describe('the debrief, before and after', () => {
  it('shows each question with the answer before and after, how sure, and what the article supports with its lines; nothing when no answers were kept', () => {
    const state = playThrough(level, 3, diligentInspector).state;
    const wrong = (questions[0]!.answer + 1) % 3;
    const record = withAfter(beginRecord(level, [[wrong, 2], [0, 2], [0, 2]], '2026-12-01T09:00:00.000Z'), 'skipped');
    const show = (language: Language, questionsRecord: typeof record | null) =>
      document.body.replaceChildren(...debriefView({ t: (k, p) => translate(language, k, p), language, level, state, onLevels: () => {}, onAgain: () => {}, questions: questionsRecord }));
    for (const language of ['en', 'ja', 'zh'] as const) {
      show(language, record);
      const row = q('[data-testid="before-after-0"]').textContent ?? '';
      expect(row).toContain(questions[0]!.prompt[language]);
      expect(row).toContain(questions[0]!.options[wrong]![language]);
      expect(row).toContain(translate(language, 'questions.sure.2'));
      expect(row).toContain(translate(language, 'debrief.questionSkipped'));
      expect(row).toContain(translate(language, 'debrief.questionSupported', { option: questions[0]!.options[questions[0]!.answer]![language] }));
      expect(row).toContain(questions[0]!.explanation[language]);
      expect(q('[data-testid="before-after-0"] .source').textContent).toMatch(/\d/);
    }
    show('en', null);
    expect(document.querySelector('[data-testid="before-after"]')).toBeNull();
  });
});

describe('the shipped questions', () => {
  it('every shipped level asks three or four (a story chapter two), each with its answer among its three options', () => {
    for (const shipped of allLevels()) {
      expect(shipped.questions?.length ?? 0, shipped.id).toBeGreaterThanOrEqual(isStoryLevel(shipped) ? 2 : 3);
      expect(shipped.questions!.length, shipped.id).toBeLessThanOrEqual(4);
      for (const question of shipped.questions!) expect(question.answer, shipped.id).toBeLessThan(question.options.length);
    }
  });
});
