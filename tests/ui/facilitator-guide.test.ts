// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { facilitatorGuide, type FacilitatorGuide } from '../../src/content/facilitator-guide';
import type { Language } from '../../src/core';
import { HTML_LANG } from '../../src/text/i18n';
import { teacherTranslate } from '../../src/text/teacher';
import { facilitatorGuideView, printGuideAlone, PRINT_GUIDE } from '../../src/ui/facilitator-guide';
import type { TeacherProps } from '../../src/ui/teacher-view';
import { allLevels } from '../support/levels';
import { drawTeacherPage } from '../support/teacher-page';

const levels = allLevels();
const level = (id: string) => levels.find((l) => l.id === id)!;
const none = () => {};

function view(id: string, language: Language) {
  return facilitatorGuideView({ guide: facilitatorGuide(level(id), language), t: teacherTranslate(language), facilitatedLink: 'https://school.example/index.html?lang=en&level=x&mode=facilitated', onPrint: none, onClose: none });
}

const page = (change: Partial<TeacherProps>): HTMLElement => drawTeacherPage('en', change);

describe("the facilitator's guide on the teacher page", () => {
  it.each(['en', 'ja', 'zh'] as const)('has every section, in order, in its own language (%s)', (language) => {
    const t = teacherTranslate(language);
    const root = view('blackout-summer', language);
    expect(root.getAttribute('lang')).toBe(HTML_LANG[language]);
    expect(root.querySelector('h3')!.textContent).toBe(`2016-2017 · ${level('blackout-summer').title[language]}`);
    expect([...root.querySelectorAll('h4')].map((h) => h.textContent)).toEqual([
      t('teacher.guide.does'),
      t('teacher.guide.goals'),
      t('teacher.guide.plans'),
      t('teacher.guide.plan', { total: 45 }),
      t('teacher.guide.plan', { total: 90 }),
      t('teacher.guide.prompts'),
      t('teacher.guide.pauses'),
      t('teacher.guide.questions'),
      t('teacher.guide.contentNote'),
      t('teacher.guide.run'),
    ]);
    // Each prompt with the answer the article supports and its lines.
    const prompts = root.querySelectorAll('[data-testid="guide-prompts"] > li');
    expect(prompts).toHaveLength(3);
    expect(prompts[1]!.textContent).toContain(level('blackout-summer').discussion[1]!.answer[language]);
    expect(prompts[1]!.textContent).toContain(t('teacher.linesCited', { lines: '64-65, 75' }));
    // The lessons by name, and the real person whose words are dramatised.
    expect(root.textContent).toContain(t('lesson.LS4'));
    expect(root.textContent).toContain(level('blackout-summer').speakers.find((s) => s.realPerson)!.realPerson![language]);
  });

  it('shows each plan as minutes that add up to the session, with a round per prompt', () => {
    const root = view('the-lawsuit', 'en');
    for (const total of [45, 90]) {
      const cells = [...root.querySelectorAll(`[data-testid="guide-plan-${total}"] td.number`)].map((td) => Number.parseInt(td.textContent!, 10));
      expect(cells.reduce((a, b) => a + b, 0)).toBe(total);
      expect(root.querySelectorAll(`[data-testid="guide-plan-${total}"] tr[data-kind="round"]`)).toHaveLength(3);
    }
    expect(root.querySelector('[data-testid="guide-plan-45"] tr[data-kind="round"]')!.textContent).toContain(level('the-lawsuit').discussion[0]!.prompt.en);
  });

  it('a story chapter says it scores nothing, and pause prompts show only when the level has some', () => {
    const root = view('prologue', 'en');
    expect(root.textContent).toContain(teacherTranslate('en')('teacher.guide.goalsNone'));
    const t = teacherTranslate('en');
    const draw = (pausePrompts: FacilitatorGuide['pausePrompts']) =>
      facilitatorGuideView({ guide: { ...facilitatorGuide(level('prologue'), 'en'), pausePrompts }, t, facilitatedLink: 'x', onPrint: none, onClose: none });
    expect(draw([]).querySelector('[data-testid="guide-pauses"]')).toBeNull();
    const pauses = draw([
      { prompt: 'Stop here?', options: ['Stop', 'Go on'], answer: 'Stop. The lines say so.', sourceLines: [19] },
      { prompt: 'Talk about it.', options: [], answer: null, sourceLines: [] },
    ]).querySelector('[data-testid="guide-pauses"]')!;
    const [vote, talk] = [...pauses.querySelectorAll('li')];
    expect(vote!.textContent).toContain('Stop / Go on');
    expect(vote!.textContent).toContain('Stop. The lines say so.');
    expect(talk!.textContent).toContain(t('teacher.guide.discussionOnly'));
    expect(talk!.textContent).not.toContain(t('teacher.guide.answer'));
  });

  it('prints alone: the page carries the print attribute while printing, and loses it after', () => {
    let during: string | undefined;
    window.print = () => {
      during = document.body.dataset['print'];
    };
    printGuideAlone(window);
    expect(during).toBe(PRINT_GUIDE);
    expect(document.body.dataset['print']).toBe(PRINT_GUIDE);
    window.dispatchEvent(new Event('afterprint'));
    expect(document.body.dataset['print']).toBeUndefined();
  });

  it('the catalogue folds each level\'s questions to discuss and opens its guide, in the guide\'s language', () => {
    const opened: string[] = [];
    const root = page({ onGuide: (id) => opened.push(id) });
    const details = root.querySelector('[data-testid="discuss-two-systems"]') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    expect([...details.querySelectorAll('li')].map((li) => li.textContent)).toEqual(level('two-systems').discussion.map((d) => d.prompt.en));
    expect(root.querySelector('[data-testid="facilitator-guide"]')).toBeNull();
    (root.querySelector('[data-testid="guide-two-systems"]') as HTMLButtonElement).click();
    expect(opened).toEqual(['two-systems']);

    const withGuide = page({ guideLevelId: 'two-systems', guideLanguage: 'zh', handoutTranslate: teacherTranslate });
    const guide = withGuide.querySelector('[data-testid="facilitator-guide"]')!;
    expect(guide.getAttribute('lang')).toBe('zh-Hans');
    expect(guide.querySelector('h3')!.textContent).toContain(level('two-systems').title.zh);
    // The guide's link opens the level for a room, in the guide's language.
    expect(guide.textContent).toContain('index.html?lang=zh&level=two-systems&mode=facilitated');
  });
});
