import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pressOn, RESULTS_DIR, shoot, useServedGame, waitForScreen, watchErrors } from './harness';

// A teacher's own level, end to end: the teacher page reads a level file with the game's loader
// (a broken one shows the game's message), packs the good one into the assignment link; the
// student opens the link, plays the level to its debrief with the keyboard, and the level list
// marks it as the teacher's. A link cut short says so and the game's own levels still play.
const game = useServedGame();
const FIXTURE = join(process.cwd(), 'tests/fixtures/levels/teacher-story.json');

/** The link with ?renderer=canvas in its query (the fragment stays the fragment). */
const canvas = (link: string): string => {
  const url = new URL(link);
  url.searchParams.set('renderer', 'canvas');
  return url.toString();
};

describe("a teacher's own level", () => {
  it('is checked, put in the link, played to its debrief and marked as the teacher\'s', { timeout: 300_000 }, async () => {
    const broken = join(tmpdir(), `broken-level-${Date.now()}.json`);
    writeFileSync(broken, readFileSync(FIXTURE, 'utf8').replace('"minutes": [1, 2],', '"minutes": [1, "two"],'));
    const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 } });
    const teacher = await context.newPage();
    const errors = watchErrors(teacher);
    await teacher.goto(`${game.url}teacher.html?lang=en`);
    await waitForScreen(teacher, 'teacher');

    await teacher.setInputFiles('#teacher-level-file', [broken]);
    const problems = teacher.locator('[data-testid="teacher-level-problems"]');
    await problems.waitFor();
    expect(await problems.textContent()).toMatch(/broken-level-\d+\.json: at minutes\[1\]: expected .*Fix:/);

    await teacher.setInputFiles('#teacher-level-file', [FIXTURE]);
    const tryLink = teacher.locator('[data-testid="try-teacher-level"]');
    await tryLink.waitFor();
    await teacher.waitForFunction(() => document.querySelector('[data-testid="try-teacher-level"]')?.getAttribute('href')?.includes('#level-file=L1.'));
    expect(await problems.count()).toBe(0);
    await teacher.focus('[data-testid="link-level-class-warm-up"]');
    await teacher.keyboard.press('Space');
    const link = await teacher.inputValue('[data-testid="assignment-link"]');
    expect(link).toMatch(/\?lang=en&level=class-warm-up#level-file=L1\.[\w.-]+$/);
    expect(link.length).toBeLessThan(8000);
    for (const language of ['en', 'ja', 'zh'] as const) {
      await teacher.locator(`header nav button[lang="${language === 'zh' ? 'zh-Hans' : language}"]`).click();
      await teacher.locator('[data-testid="teacher-level"]').screenshot({ path: `${RESULTS_DIR}teacher-own-level-${language}.png` });
    }
    expect(errors).toEqual([]);

    // The student opens the link: the level starts, marked as the teacher's, and plays to its debrief.
    const student = await context.newPage();
    const studentErrors = watchErrors(student);
    await student.goto(canvas(link));
    await waitForScreen(student, 'level');
    expect(await student.locator('[data-testid="teacher-level-mark"]').textContent()).toContain('Written by your teacher');
    await shoot(student, 'teacher-level-playing-en');
    await pressOn(student, '[data-focus-id="continue"]');
    await pressOn(student, '[data-focus-id="continue"]');
    await waitForScreen(student, 'debrief');
    await pressOn(student, '[data-focus-id="to-levels"]');
    await waitForScreen(student, 'levels');
    expect(await student.locator('[data-testid="teacher-level-class-warm-up"]').textContent()).toContain('not part of the game');
    expect(studentErrors).toEqual([]);

    // The level list marks it in every language.
    const code = link.split('#')[1]!;
    for (const language of ['en', 'ja', 'zh'] as const) {
      const page = await context.newPage();
      await page.goto(canvas(`${game.url}index.html?lang=${language}#${code}`));
      await waitForScreen(page, 'title');
      await pressOn(page, '[data-focus-id="start"]');
      await waitForScreen(page, 'levels');
      const mark = page.locator('[data-testid="teacher-level-class-warm-up"]');
      await mark.scrollIntoViewIfNeeded();
      expect((await mark.textContent())?.length).toBeGreaterThan(5);
      await shoot(page, `teacher-level-list-${language}`);
      await page.close();
    }

    // A link cut short: the student is told, in their language, and the game's levels still play.
    const cut = await context.newPage();
    await cut.goto(canvas(link.slice(0, link.length - 40)).replace('lang=en', 'lang=ja'));
    await waitForScreen(cut, 'levels');
    expect(await cut.locator('[data-testid="link-damaged"]').textContent()).toContain('先生');
    expect(await cut.locator('[data-focus-id^="play-"]').count()).toBeGreaterThanOrEqual(5);
    await shoot(cut, 'teacher-level-damaged-ja');

    // A level too large for the link travels as a file: the link says so, the student opens it.
    const beside = await context.newPage();
    await beside.goto(canvas(`${game.url}index.html?lang=zh&level=class-warm-up#level-file=expected`));
    await waitForScreen(beside, 'levels');
    await beside.locator('[data-testid="level-file-expected"]').waitFor();
    await beside.setInputFiles('[data-testid="open-level-file"]', [FIXTURE]);
    await beside.locator('[data-testid="teacher-level-class-warm-up"]').waitFor();
    expect(await beside.locator('[data-testid="level-file-expected"]').count()).toBe(0);
    await shoot(beside, 'teacher-level-file-opened-zh');
    await context.close();
  });
});
