import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { questionsKey } from '../../src/core';
import { SAVE_KEY } from '../../src/platform/storage';
import { loadLevel } from '../support/levels';
import { logUpToLastStep } from '../support/saved-play';
import { layoutProblems, passQuestions, pressOn, shoot, waitForScreen, watchErrors, useServedGame } from './harness';

// The questions before and after a level, with the keyboard, in en, ja and zh at 1366x768: answered
// before the first scene (and kept in the save, nowhere else), asked again after the closing scene
// of a resumed play, and set side by side in the debrief, whose source lines open the reader.

const game = useServedGame();
const level = loadLevel('the-lawsuit.json');
const SEED = 3;
const KEY = questionsKey(level.id, level.version);

const savedAnswers = (page: Page): Promise<unknown> =>
  page.evaluate(([saveKey, key]) => (JSON.parse(localStorage.getItem(saveKey) ?? '{}') as { questions?: Record<string, unknown> }).questions?.[key] ?? null, [SAVE_KEY, KEY] as const);

const finished = (page: Page): Promise<boolean> =>
  page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => { finished: boolean } } }).__miningDream.levelState().finished);

describe.each(['en', 'ja', 'zh'] as const)('questions before and after (%s)', (lang) => {
  it('asks before the first step and after the last, keeps the answers in the save, and compares them in the debrief', { timeout: 300_000 }, async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchErrors(page);
    const shot = (name: string) => shoot(page, `questions-${lang}-${name}`);
    await page.goto(`${game.url}?lang=${lang}&level=${level.id}&seed=${SEED}`);
    await waitForScreen(page, 'level');
    await page.waitForSelector('[data-testid="questions-before"]');
    expect(await page.locator('fieldset.question').count()).toBe(level.questions!.length);
    await shot('01-before');
    expect(await layoutProblems(page), 'before').toEqual([]);

    // Saving with nothing chosen names what is missing and stays.
    await pressOn(page, '[data-testid="questions-save"]');
    await expect.poll(() => page.locator('[data-testid="questions-status"]').textContent()).toMatch(/1, 2, 3/);
    await passQuestions(page, 'before', { choices: [0, 0, 0], sure: 2 });
    await page.waitForSelector('[data-testid="dialogue-line"]');
    expect(await savedAnswers(page)).toMatchObject({ levelId: level.id, version: level.version, before: [[0, 2], [0, 2], [0, 2]], after: null });

    // A play saved up to the closing scene, resumed: no questions before it, the same ones after it.
    const log = logUpToLastStep(level, SEED);
    await page.evaluate(
      ([key, value]) => {
        const save = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
        localStorage.setItem(key, JSON.stringify({ ...save, inProgress: { levelId: value.levelId, log: value.log } }));
      },
      [SAVE_KEY, { levelId: level.id, log }] as const,
    );
    await page.goto(`${game.url}?lang=${lang}`);
    await waitForScreen(page, 'title');
    await pressOn(page, '[data-focus-id="start"]');
    await waitForScreen(page, 'levels');
    await pressOn(page, `[data-focus-id="resume-${level.id}"]`);
    await waitForScreen(page, 'level');
    await page.waitForSelector('[data-testid="dialogue-line"]');
    for (let i = 0; i < 20 && !(await finished(page)); i++) await pressOn(page, '[data-focus-id="continue"]');
    await page.waitForSelector('[data-testid="questions-after"]');
    await shot('02-after');
    expect(await layoutProblems(page), 'after').toEqual([]);
    await passQuestions(page, 'after', { choices: [1, 2, 0], sure: 4 });

    await waitForScreen(page, 'debrief');
    const section = page.locator('[data-testid="before-after"]');
    await section.scrollIntoViewIfNeeded();
    await shot('03-debrief');
    expect(await layoutProblems(page), 'debrief').toEqual([]);
    expect(await section.locator('li').count()).toBe(level.questions!.length);
    const first = level.questions![0]!;
    const row = (await section.locator('[data-testid="before-after-0"]').textContent()) ?? '';
    expect(row).toContain(first.options[0][lang]);
    expect(row).toContain(first.options[1][lang]);
    expect(row).toContain(first.explanation[lang]);
    expect(await savedAnswers(page)).toMatchObject({ before: [[0, 2], [0, 2], [0, 2]], after: [[1, 4], [2, 4], [0, 4]] });

    // The explanation's lines open in the reader, with the keyboard.
    await pressOn(page, '[data-testid="before-after-0"] .source-link');
    await page.waitForSelector('dialog.reader[open]');
    await shot('04-reader');
    expect(errors).toEqual([]);
    await page.close();
  });
});
