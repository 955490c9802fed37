// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/core';
import { translate as translateIn, type Translate } from '../../src/text/i18n';

const translate = (language: Language): Translate => (key, params) => translateIn(language, key, params);
import { assignmentPanel, nextAssigned, reportCard, type AssignedScores } from '../../src/ui/assignment-view';
import { loadLevel } from '../support/levels';

const tutorial = loadLevel('tutorial-first-day.json');
const lawsuit = loadLevel('the-lawsuit.json');
const SCORES: AssignedScores = { overall: 72, lessons: { LS1: 80, LS2: null, LS3: 64, LS4: null } };

function panel(language: Language, finished: Record<string, AssignedScores>, calls: string[] = []) {
  return assignmentPanel({
    t: translate(language),
    language,
    levels: [tutorial, lawsuit],
    missing: ['a-level-from-next-year'],
    classLabel: '7B',
    finished,
    onNext: (level) => calls.push(`next:${level.id}`),
    onDownload: (student) => calls.push(`download:${student}`),
    onPrint: () => calls.push('print'),
  });
}

describe('an assigned set at the debrief', () => {
  it('the next chapter is the first in the teacher\'s order not yet finished', () => {
    expect(nextAssigned([tutorial, lawsuit], {})?.id).toBe(tutorial.id);
    expect(nextAssigned([tutorial, lawsuit], { [tutorial.id]: SCORES })?.id).toBe(lawsuit.id);
    expect(nextAssigned([tutorial, lawsuit], { [lawsuit.id]: SCORES })?.id).toBe(tutorial.id);
    expect(nextAssigned([tutorial, lawsuit], { [tutorial.id]: SCORES, [lawsuit.id]: SCORES })).toBeNull();
  });

  it.each(['en', 'ja', 'zh'] as const)('part-way, it offers the next chapter and no result file yet (%s)', (language) => {
    const calls: string[] = [];
    const root = panel(language, { [tutorial.id]: SCORES }, calls);
    expect(root.querySelector('[data-focus-id="assignment-download"]')).toBeNull();
    (root.querySelector('[data-focus-id="assignment-next"]') as HTMLButtonElement).click();
    expect(calls).toEqual([`next:${lawsuit.id}`]);
    expect(root.textContent).toContain('7B');
    expect(root.textContent).toContain(lawsuit.title[language]);
    // A level the link names that this game lacks is said, not dropped.
    expect(root.textContent).toContain('a-level-from-next-year');
  });

  it('done, it saves the result file with the name typed (trimmed, optional) and prints a report card', () => {
    const calls: string[] = [];
    const root = panel('en', { [tutorial.id]: SCORES, [lawsuit.id]: { ...SCORES, overall: 90 } }, calls);
    expect(root.querySelector('[data-focus-id="assignment-next"]')).toBeNull();
    const name = root.querySelector('#assignment-student') as HTMLInputElement;
    expect(root.querySelector('label[for="assignment-student"]')).not.toBeNull();
    name.value = '  Mei Tanaka ';
    (root.querySelector('[data-focus-id="assignment-download"]') as HTMLButtonElement).click();
    name.value = '';
    (root.querySelector('[data-focus-id="assignment-download"]') as HTMLButtonElement).click();
    (root.querySelector('[data-focus-id="assignment-print"]') as HTMLButtonElement).click();
    expect(calls).toEqual(['download:Mei Tanaka', 'download:', 'print']);
  });

  it.each(['en', 'ja', 'zh'] as const)('the report card lists every level with its scores, and an unfinished one as such (%s)', (language) => {
    const card = reportCard({ t: translate(language), language, levels: [tutorial, lawsuit], finished: { [lawsuit.id]: SCORES }, classLabel: '7B', student: 'Mei', date: '2026-12-01' });
    const items = [...card.querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(2);
    expect(items[0]).toContain(tutorial.title[language]);
    expect(items[0]).toContain(translate(language)('assignment.toPlay'));
    expect(items[1]).toContain('72');
    expect(items[1]).toContain('LS1 80');
    expect(items[1]).toContain('LS3 64');
    expect(card.textContent).toContain('Mei · 7B · 2026-12-01');
  });
});

describe('an assigned campaign, and an assessment, in the panel', () => {
  it.each(['en', 'ja', 'zh'] as const)('says what the set is and how it is kept, names the ending, and the report card carries it (%s)', (language) => {
    const t = translate(language);
    const notes = [t('assignment.campaign'), t('assignment.firstKept')];
    const ending = t('assignment.ending', { title: 'X' });
    const done = { [tutorial.id]: SCORES, [lawsuit.id]: SCORES };
    const root = assignmentPanel({ t, language, levels: [tutorial, lawsuit], missing: [], classLabel: null, finished: done, notes, ending, onNext: () => {}, onDownload: () => {}, onPrint: () => {} });
    expect([...root.querySelectorAll('[data-testid="assignment-note"]')].map((n) => n.textContent)).toEqual(notes);
    expect(root.querySelector('[data-testid="assignment-ending"]')!.textContent).toBe(ending);
    expect(reportCard({ t, language, levels: [tutorial, lawsuit], finished: done, classLabel: null, ending, student: 'A', date: 'd' }).textContent).toContain(ending);
    // A story chapter (no lesson assessed) is done, not "0 overall".
    const story = { overall: 0, lessons: { LS1: null, LS2: null, LS3: null, LS4: null } };
    const withStory = assignmentPanel({ t, language, levels: [tutorial], missing: [], classLabel: null, finished: { [tutorial.id]: story }, onNext: () => {}, onDownload: () => {}, onPrint: () => {} });
    expect(withStory.querySelector(`[data-testid="assigned-${tutorial.id}"]`)!.textContent).toContain(t('assignment.doneStory'));
    expect(withStory.textContent).not.toContain(t('assignment.doneScore', { score: 0 }));
    // Part-way through a campaign, the button goes back to the campaign's list, in its own words.
    const calls: string[] = [];
    const partWay = assignmentPanel({ t, language, levels: [tutorial, lawsuit], missing: [], classLabel: null, finished: {}, nextLabel: t('assignment.toCampaign'), onNext: (l) => calls.push(l.id), onDownload: () => {}, onPrint: () => {} });
    const next = partWay.querySelector('[data-focus-id="assignment-next"]') as HTMLButtonElement;
    expect(next.textContent).toBe(t('assignment.toCampaign'));
    next.click();
    expect(calls).toEqual([tutorial.id]);
  });
});
