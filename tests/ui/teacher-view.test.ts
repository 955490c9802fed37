// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyResultText } from '../../src/content/results';
import type { Language } from '../../src/core';
import { teacherTranslate } from '../../src/text/teacher';
import { assignmentLink, classRows, hardestLessons, type TeacherProps } from '../../src/ui/teacher-view';
import { allLevels } from '../support/levels';
import { loadCampaign } from '../support/campaign';
import { drawTeacherPage } from '../support/teacher-page';

const levels = allLevels();
const fixture = (name: string) => ({ name, verdict: verifyResultText(levels, readFileSync(join(process.cwd(), 'tests/fixtures/results', name), 'utf8')) });
const CLASS = ['diligent-two-levels.json', 'historical-blackout.json', 'edited-score.json', 'cut-short.json'].map(fixture);

function page(language: Language, change: Partial<TeacherProps> = {}): HTMLElement {
  return drawTeacherPage(language, { results: CLASS, ...change });
}

describe('the teacher page', () => {
  it('builds the link a student opens from the choices, and only with what was chosen', () => {
    const base = 'https://school.example/mining/index.html?old=1';
    expect(assignmentLink(base, { levelIds: [], classLabel: ' ', language: 'ja', seed: null, difficulty: null, names: 'names', mode: 'practice' })).toBe('https://school.example/mining/index.html?lang=ja');
    expect(assignmentLink(base, { levelIds: ['two-systems'], classLabel: '', language: 'zh', seed: 42, difficulty: 'hard', names: 'roles', mode: 'practice' })).toBe(
      'https://school.example/mining/index.html?lang=zh&level=two-systems&seed=42&difficulty=hard&names=roles',
    );
    // Several levels travel as one list, with the class label the result files will carry.
    expect(assignmentLink(base, { levelIds: ['tutorial-first-day', 'the-lawsuit'], classLabel: '7B ', language: 'en', seed: null, difficulty: null, names: 'names', mode: 'practice' })).toBe(
      'https://school.example/mining/index.html?lang=en&levels=tutorial-first-day%2Cthe-lawsuit&class=7B',
    );
    // Practice is the default and goes unsaid; the other modes travel.
    expect(assignmentLink(base, { levelIds: ['two-systems'], classLabel: '', language: 'en', seed: 7, difficulty: null, names: 'names', mode: 'assessment' })).toBe(
      'https://school.example/mining/index.html?lang=en&level=two-systems&seed=7&mode=assessment',
    );
  });

  it('choosing assessment draws one seed for the class when none is set, and keeps one that is', () => {
    const changes: { mode?: string; seed?: number | null }[] = [];
    const chooseAssessment = (seed: number | null) => {
      const root = page('en', { link: { levelIds: [], classLabel: '', language: 'en', seed, difficulty: null, names: 'names', mode: 'practice' }, onLink: (c) => changes.push(c) });
      const select = root.querySelector('#link-mode') as HTMLSelectElement;
      select.value = 'assessment';
      select.dispatchEvent(new Event('change'));
    };
    chooseAssessment(null);
    chooseAssessment(42);
    expect(changes[0]!.mode).toBe('assessment');
    expect(typeof changes[0]!.seed).toBe('number');
    expect(changes[1]).toEqual({ mode: 'assessment', seed: 42 });
  });

  it('the about section names the real people as the game does, never a raw name token', () => {
    for (const language of ['en', 'ja', 'zh'] as const) {
      const about = page(language).querySelector('[aria-labelledby="about-heading"]')!.textContent!;
      expect(about).not.toMatch(/\{\{/);
      expect(about.length).toBeGreaterThan(100);
    }
  });

  it('ticking levels keeps them in the game\'s order, whatever order they were ticked in', () => {
    const changes: string[][] = [];
    const root = page('en', { link: { levelIds: ['the-lawsuit'], classLabel: '', language: 'en', seed: null, difficulty: null, names: 'names', mode: 'practice' }, onLink: (c) => c.levelIds && changes.push(c.levelIds) });
    const box = root.querySelector('[data-testid="link-level-tutorial-first-day"]') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    expect(changes).toEqual([['tutorial-first-day', 'the-lawsuit']]);
  });

  it('the students\' handout speaks the link\'s language and says what was assigned, the link and its code', () => {
    const [tutorial, lawsuit] = [levels.find((l) => l.id === 'tutorial-first-day')!, levels.find((l) => l.id === 'the-lawsuit')!];
    const root = page('en', {
      link: { levelIds: [tutorial.id, lawsuit.id], classLabel: '7B', language: 'zh', seed: null, difficulty: null, names: 'names', mode: 'practice' },
      handoutTranslate: (l) => teacherTranslate(l),
    });
    const handout = root.querySelector('[data-testid="handout"]')!;
    expect(handout.getAttribute('lang')).toBe('zh-Hans');
    expect([...handout.querySelectorAll('ol')[0]!.querySelectorAll('li')].map((li) => li.textContent)).toEqual([`${tutorial.year} · ${tutorial.title.zh}`, `${lawsuit.year} · ${lawsuit.title.zh}`]);
    expect(handout.textContent).toContain(teacherTranslate('zh')('teacher.handout.send'));
    expect(handout.textContent).toContain('7B');
    const address = (root.querySelector('[data-testid="assignment-link"]') as HTMLInputElement).value;
    expect(handout.querySelector('.handout-address')!.textContent).toBe(address);
    expect(handout.querySelector('svg[role="img"]')!.getAttribute('aria-label')).toBe(teacherTranslate('zh')('teacher.handout.qr'));
  });

  it('puts the files that need a look first: unverified, then the lowest scores', () => {
    const rows = classRows(CLASS);
    expect(rows.map((r) => r.name)).toEqual(['cut-short.json', 'edited-score.json', 'historical-blackout.json', 'diligent-two-levels.json']);
    // Hardest lessons from verified files only, lowest mean first.
    const hardest = hardestLessons(rows);
    expect(hardest.map((h) => h.mean)).toEqual([...hardest.map((h) => h.mean)].sort((a, b) => a - b));
    expect(hardest.every((h) => h.files <= 2)).toBe(true);
  });

  it.each(['en', 'ja', 'zh'] as const)('shows every level, the link and the class table in %s, with reasons in that language', (language) => {
    const root = page(language);
    expect(root.querySelectorAll('table.catalogue tbody tr')).toHaveLength(levels.length);
    for (const level of levels) expect(root.textContent).toContain(level.title[language]);
    expect((root.querySelector('[data-testid="assignment-link"]') as HTMLInputElement).value).toBe(`https://school.example/mining/index.html?lang=${language}`);
    const rows = [...root.querySelectorAll('[data-testid="class-table"] tbody tr')];
    expect(rows).toHaveLength(4);
    expect(rows[0]!.className).toBe('unverified');
    expect(rows[1]!.textContent).toContain(teacherTranslate(language)('teacher.why.scores'));
    expect(rows[3]!.textContent).toContain('Student A');
    expect(rows[3]!.className).toBe('');
  });

  it('without result files it says so, and offers the file chooser', () => {
    const root = page('en', { results: [] });
    expect(root.querySelector('[data-testid="class-table"]')).toBeNull();
    expect(root.textContent).toContain(teacherTranslate('en')('teacher.results.none'));
    expect(root.querySelector('input[type="file"][multiple]')).not.toBeNull();
  });
});

describe('the whole campaign as an assignment, on the teacher page', () => {
  const chapters = ['prologue', 'tutorial-first-day', 'digital-economy-slogan'];
  const campaignLink = { levelIds: ['the-lawsuit'], classLabel: '2B', language: 'ja' as Language, seed: 9, difficulty: null, names: 'names' as const, mode: 'assessment' as const, campaign: true };

  it('the link assigns the campaign instead of the ticked levels, with the class label', () => {
    expect(assignmentLink('https://school.example/mining/index.html', campaignLink)).toBe('https://school.example/mining/index.html?lang=ja&assign=campaign&class=2B&seed=9&mode=assessment');
  });

  it('offers the choice beside the level ticks, sets the ticks aside, and the handout lists the chapters and the assessment rule', () => {
    const changes: { campaign?: boolean }[] = [];
    const off = page('en', { campaignLevelIds: chapters, onLink: (c) => changes.push(c) });
    const box = off.querySelector('[data-testid="link-campaign"]') as HTMLInputElement;
    expect(box.closest('fieldset')!.textContent).toContain(teacherTranslate('en')('teacher.link.campaign'));
    box.checked = true;
    box.dispatchEvent(new Event('change'));
    expect(changes).toEqual([{ campaign: true }]);
    // Without a campaign (its file broken), there is no such choice.
    expect(page('en').querySelector('[data-testid="link-campaign"]')).toBeNull();

    const on = page('en', { campaignLevelIds: chapters, link: campaignLink, handoutTranslate: (l) => teacherTranslate(l) });
    expect((on.querySelector('[data-testid="link-level-the-lawsuit"]') as HTMLInputElement).disabled).toBe(true);
    const handout = on.querySelector('[data-testid="handout"]')!;
    const ja = teacherTranslate('ja');
    expect(handout.textContent).toContain(ja('teacher.handout.campaign', { count: 3, min: 0, max: 0 }).split('全')[0]!);
    expect([...handout.querySelectorAll('ol')[0]!.querySelectorAll('li')].map((li) => li.textContent)).toEqual(chapters.map((id) => levels.find((l) => l.id === id)!).map((l) => `${l.year} · ${l.title.ja}`));
    expect(handout.textContent).toContain(ja('teacher.handout.assessment'));
    expect(handout.textContent).not.toContain(levels.find((l) => l.id === 'the-lawsuit')!.title.ja);
  });

  it('the class table names the ending a campaign file reached', () => {
    const verdict = verifyResultText(levels, readFileSync(join(process.cwd(), 'tests/fixtures/results/campaign-diligent.json'), 'utf8'), loadCampaign(levels));
    if (!verdict.readable || !verdict.campaign) throw new Error('the campaign fixture does not read');
    const root = page('zh', { results: [{ name: 'campaign.json', verdict }] });
    expect(root.querySelector('[data-testid="campaign-ending"]')!.textContent).toBe(teacherTranslate('zh')('teacher.results.ending', { title: verdict.campaign.title!.zh }));
  });
});
