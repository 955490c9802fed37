import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { questionsKey, type GameState } from '../../src/core';
import { SAVE_KEY } from '../../src/platform/storage';
import { translate } from '../../src/text/i18n';
import { loadLevel } from '../support/levels';
import { logUpToLastStep } from '../support/saved-play';
import { layoutProblems, passQuestions, pressOn, shoot, tabTo, waitForScreen, watchErrors, useServedGame } from './harness';

// Facilitated mode (a training room at a projector) with the keyboard: "Achievement projects" has
// two pause points, both before its desk. The game stops at each with the prompt, the facilitator
// types the room's counts, starts the discussion timer and plays on; the room's choices come back on
// the debrief beside what was played and the article's answer. Without the mode nothing stops.

const game = useServedGame();
const level = loadLevel('achievement-projects.json');
const SEED = 3;
const pauses = level.pausePoints!;

const snapshot = (page: Page): Promise<GameState> =>
  page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => never } }).__miningDream.levelState());

const savedRoom = (page: Page): Promise<unknown> =>
  page.evaluate(([saveKey, key]) => (JSON.parse(localStorage.getItem(saveKey) ?? '{}') as { room?: Record<string, unknown> }).room?.[key] ?? null, [SAVE_KEY, questionsKey(level.id, level.version)] as const);

/** Presses Continue through the scene on screen (the pause panel, when there is one, replaces it). */
async function throughScene(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="dialogue-line"]');
  const at = (await snapshot(page)).stepIndex;
  for (let i = 0; i < 20 && (await snapshot(page)).stepIndex === at && !(await snapshot(page)).finished; i++) await pressOn(page, '[data-focus-id="continue"]');
}

/** Types a count into an option's field with the keyboard, replacing what is there. */
async function typeCount(page: Page, optionId: string, count: number): Promise<void> {
  await tabTo(page, `#pause-count-${optionId}`);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(count));
}

async function stageFontSize(page: Page): Promise<number> {
  return page.$eval('#stage', (el) => parseFloat(getComputedStyle(el).fontSize));
}

describe.each(['en', 'ja', 'zh'] as const)('facilitated mode (%s)', (lang) => {
  it('stops at every pause point of the level, takes the room\'s counts, plays on, and shows the room\'s choices on the debrief', { timeout: 600_000 }, async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchErrors(page);
    const shot = (name: string) => shoot(page, `facilitated-${lang}-${name}`);
    await page.goto(`${game.url}?lang=${lang}&level=${level.id}&seed=${SEED}&mode=facilitated`);
    await waitForScreen(page, 'level');
    await expect(page.evaluate(() => document.body.dataset['mode'])).resolves.toBe('facilitated');
    await passQuestions(page, 'before');
    await throughScene(page);

    // Both pause points, in the level's order, before the desk: the step has begun but its panel waits.
    const votes = [
      { approve: 4, reject: 17, refer: 6 },
      { approve: 9, reject: 9, refer: 2 },
    ];
    for (const [i, pause] of pauses.entries()) {
      await page.waitForSelector(`[data-testid="pause-${pause.id}"]`);
      expect((await snapshot(page)).stepIndex).toBe(level.steps.findIndex((s) => s.id === pause.before));
      expect(await page.locator('[data-testid="briefing"]').count()).toBe(0);
      await expect(page.locator('[data-testid="pause-prompt"]').textContent()).resolves.toBe(pause.prompt[lang]);
      // No timer until the facilitator starts one.
      expect(await page.locator('[data-testid="pause-timer"]').count()).toBe(0);
      for (const [option, n] of Object.entries(votes[i]!)) await typeCount(page, option, n);
      if (i === 0) {
        await pressOn(page, '[data-testid="pause-timer-start"]');
        await page.waitForSelector('[data-testid="pause-timer"]');
        await expect.poll(() => page.locator('[data-testid="pause-timer"]').textContent(), { timeout: 5_000 }).not.toContain('0:00');
        await expect(page.locator('[data-testid="pause-majority"]').textContent()).resolves.toBe(translate(lang, 'pause.roomChose', { option: pause.vote!.options[1]!.label[lang] }));
        await shot('01-pause');
        expect(await layoutProblems(page), 'pause panel at 1366x768').toEqual([]);
      } else {
        await expect(page.locator('[data-testid="pause-majority"]').textContent()).resolves.toBe(translate(lang, 'pause.tie'));
      }
      await pressOn(page, '[data-testid="pause-play-on"]');
    }
    await page.waitForSelector('[data-testid="briefing"]');
    expect(await savedRoom(page)).toEqual({ [pauses[0]!.id]: votes[0], [pauses[1]!.id]: votes[1] });
    // The votes are counts in the save, never actions in the decision log.
    expect((await snapshot(page)).scored).toEqual([]);

    // The desk itself is played in the desk's own tests: resume a play saved up to the closing scene.
    const log = logUpToLastStep(level, SEED);
    await page.evaluate(
      ([key, value]) => {
        const save = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
        localStorage.setItem(key, JSON.stringify({ ...save, inProgress: { levelId: value.levelId, log: value.log } }));
      },
      [SAVE_KEY, { levelId: level.id, log }] as const,
    );
    await page.goto(`${game.url}?lang=${lang}&mode=facilitated`);
    await waitForScreen(page, 'title');
    await pressOn(page, '[data-focus-id="start"]');
    await waitForScreen(page, 'levels');
    await pressOn(page, `[data-focus-id="resume-${level.id}"]`);
    await waitForScreen(page, 'level');
    await throughScene(page);
    await passQuestions(page, 'after');
    await waitForScreen(page, 'debrief');
    const section = page.locator('[data-testid="room-choices"]');
    await section.scrollIntoViewIfNeeded();
    const first = (await page.locator(`[data-testid="room-${pauses[0]!.id}"]`).textContent()) ?? '';
    expect(first).toContain(translate(lang, 'debrief.roomMajority', { option: pauses[0]!.vote!.options[1]!.label[lang] }));
    expect(first).toContain(translate(lang, 'debrief.roomCase', { option: pauses[0]!.vote!.options[1]!.label[lang] }));
    expect(first).toContain(pauses[0]!.vote!.caseAnswer.text[lang]);
    const second = (await page.locator(`[data-testid="room-${pauses[1]!.id}"]`).textContent()) ?? '';
    expect(second).toContain(translate(lang, 'debrief.roomNoMajority'));
    await shot('02-debrief-room');
    expect(await layoutProblems(page), 'debrief').toEqual([]);
    if (lang === 'en') {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await section.scrollIntoViewIfNeeded();
      await shot('03-debrief-room-1920');
      expect(await layoutProblems(page), 'debrief at 1920x1080').toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the same level without facilitated mode', () => {
  it('never stops: the desk follows the opening scene, with the usual text size', { timeout: 300_000 }, async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchErrors(page);
    await page.goto(`${game.url}?lang=en&level=${level.id}&seed=${SEED}&mode=facilitated`);
    await waitForScreen(page, 'level');
    const projector = await stageFontSize(page);
    await page.goto(`${game.url}?lang=en&level=${level.id}&seed=${SEED}`);
    await waitForScreen(page, 'level');
    const usual = await stageFontSize(page);
    // The projector's text is about a quarter larger.
    expect(projector / usual).toBeGreaterThan(1.2);
    expect(projector / usual).toBeLessThan(1.3);
    await passQuestions(page, 'before');
    await throughScene(page);
    await page.waitForSelector('[data-testid="briefing"]');
    expect(await page.locator('.pause-panel').count()).toBe(0);
    expect(await page.evaluate(() => document.body.dataset['mode'])).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});
