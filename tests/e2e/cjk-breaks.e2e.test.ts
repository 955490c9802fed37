// Japanese and Chinese lines break between phrases, never inside a word (issue 15: 停/電, オフィ/ス,
// ウォルマート), on the title, the level list, a grid step, a desk step and a debrief at 1366x768.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAVE_KEY } from '../../src/platform/storage';
import { loadLevel } from '../support/levels';
import { logUpToLastStep } from '../support/saved-play';
import { midWordBreaks, passQuestions, pressOn, shoot, waitForScreen, watchErrors, useServedGame } from './harness';

const game = useServedGame();
const SEED = 3;

const levelState = (page: Page): Promise<{ finished: boolean } | undefined> =>
  page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => { finished: boolean } | undefined } }).__miningDream.levelState());

describe.each(['ja', 'zh'] as const)('line breaks in %s', (lang) => {
  it('fall between phrases on the title, the level list, the grid, the desk and a debrief', { timeout: 300_000 }, async () => {
    const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    const found: string[] = [];
    const check = async (where: string, shot = false): Promise<void> => {
      // The phrase models load after the first screen: wait until the stage says they are on.
      await page.waitForSelector('#stage[data-phrase-breaks]', { timeout: 30_000 });
      if (shot) await shoot(page, `cjk-breaks-${lang}-${where}`);
      const problems = await midWordBreaks(page);
      console.log(`${lang} ${where}: ${problems.length} mid-word breaks`, problems.slice(0, 5));
      for (const problem of problems) found.push(`${where}: ${problem}`);
    };
    const click = async (selector: string) => page.locator(selector).first().click();

    await page.goto(`${game.url}?lang=${lang}`);
    await waitForScreen(page, 'title');
    await check('title');
    await pressOn(page, '[data-focus-id="start"]');
    await waitForScreen(page, 'levels');
    await check('level list', true);

    await page.goto(`${game.url}?level=blackout-summer&seed=${SEED}&lang=${lang}`);
    await waitForScreen(page, 'level');
    await click('[data-testid="questions-skip"]');
    while (await page.locator('[data-focus-id="continue"]').count()) await click('[data-focus-id="continue"]');
    await check('grid briefing');
    await click('[data-focus-id="begin-summer-grid"]');
    await check('grid today');
    await click('#tab-rules');
    await check('grid rules');

    await page.goto(`${game.url}?level=achievement-projects&seed=${SEED}&lang=${lang}`);
    await waitForScreen(page, 'level');
    await click('[data-testid="questions-skip"]');
    while (await page.locator('[data-focus-id="continue"]').count()) await click('[data-focus-id="continue"]');
    await click('[data-focus-id="begin-achievement-desk"]');
    await check('desk call');
    await click('[data-focus-id="call-reported-secretary-car-plant"]');
    await click('[data-focus-id="end-day"]');
    await click('[data-focus-id="folder-brt-line"]');
    await check('desk folder', true);

    // A debrief: a play of the lawsuit resumed at its closing scene, played through.
    const lawsuit = loadLevel('the-lawsuit.json');
    await page.evaluate(
      ([key, value]) => {
        const save = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
        localStorage.setItem(key, JSON.stringify({ ...save, inProgress: value }));
      },
      [SAVE_KEY, { levelId: lawsuit.id, log: logUpToLastStep(lawsuit, SEED) }] as const,
    );
    await page.goto(`${game.url}?lang=${lang}`);
    await waitForScreen(page, 'title');
    await pressOn(page, '[data-focus-id="start"]');
    await waitForScreen(page, 'levels');
    await pressOn(page, `[data-focus-id="resume-${lawsuit.id}"]`);
    await waitForScreen(page, 'level');
    await page.waitForSelector('[data-testid="dialogue-line"]');
    for (let i = 0; i < 20 && !(await levelState(page))?.finished; i++) await pressOn(page, '[data-focus-id="continue"]');
    await passQuestions(page, 'after');
    await waitForScreen(page, 'debrief');
    await check('debrief', true);

    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
