import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BoardStep, PlanStep } from '../../src/core';
import { loadLevel } from '../support/levels';
import { layoutProblems, passQuestions, pressOn, shoot, waitForScreen, watchErrors, useServedGame } from './harness';
import { press, snapshot } from './lawsuit-keys';

// "Reckoning" (2021-2024) played alone, with the keyboard only: the commission's opening (every
// document from the bureau's archive), the board (the chain, the former deputy's offer reported,
// filing with the investigator), the outcomes by date, 2024, the zone plan (each proposal looked at
// and studied, the ones whose study holds on every count chosen), the closing line and the
// debrief; in en, ja and zh at 1366x768, with screenshots.
const game = useServedGame();
const level = loadLevel('reckoning.json');
const board = level.steps.find((s): s is BoardStep => s.kind === 'board')!;
const plan = level.steps.find((s): s is PlanStep => s.kind === 'plan')!;
/** What a careful planner takes: the proposals whose study answers yes on every count. */
const sound = plan.options.filter((o) => Object.values(o.study.checks).every(Boolean)).map((o) => o.id);

async function throughScene(page: Page, shot?: (name: string) => Promise<void>): Promise<void> {
  await page.waitForSelector('[data-testid="dialogue-line"]');
  const at = (await snapshot(page))!.stepIndex;
  for (let i = 0; i < 20 && (await snapshot(page))?.stepIndex === at && !(await snapshot(page))?.finished; i++) {
    if (shot && i === 3) await shot(`scene-${at}`);
    await pressOn(page, '[data-focus-id="continue"]');
  }
}

async function playReckoning(page: Page, lang: 'en' | 'ja' | 'zh'): Promise<void> {
  const shot = (name: string) => shoot(page, `reckoning-${lang}-${name}`);
  const clean = async (where: string) => expect(await layoutProblems(page), where).toEqual([]);
  await page.goto(`${game.url}?lang=${lang}&level=reckoning&seed=3`);
  await waitForScreen(page, 'level');
  await passQuestions(page, 'before');
  await page.waitForSelector('[data-testid="dialogue-line"]');
  await shot('01-scene');
  await clean('first scene');
  await throughScene(page, shot);

  await pressOn(page, `[data-focus-id="begin-${board.id}"]`);
  await page.waitForSelector('[data-testid="documents"]');
  // Played alone, the hearsay that stands in for a missed document is not on the board.
  await expect(page.locator('[data-focus-id="card-rumour"]').count()).resolves.toBe(0);
  await shot('02-board');
  await clean('the board');

  for (const [i, link] of board.supported.entries()) {
    await press(page, `[data-focus-id="card-${link.from}"]`);
    await press(page, `[data-focus-id="card-${link.to}"]`);
    await page.waitForSelector('[data-testid="pair"]');
    await press(page, `[data-focus-id="relation-${link.relation}"]`);
    if (i === 0) {
      await page.waitForSelector('[data-testid="offer"]');
      await expect(page.locator('[data-testid="offer-dramatised"]').count()).resolves.toBe(0);
      await shot('03-offer');
      await clean('the offer');
      await press(page, '[data-focus-id="offer-reported"]');
    }
    await expect.poll(async () => (await snapshot(page))!.board[board.id]!.links.length).toBe(i + 1);
  }
  await shot('04-chain');
  await clean('the chain');

  await press(page, '[data-focus-id="file-investigator"]');
  // The outcomes, then 2024.
  for (let scene = 0; scene < 2; scene++) {
    await throughScene(page, shot);
    await clean(`scene ${scene + 2}`);
  }

  await pressOn(page, `[data-focus-id="begin-${plan.id}"]`);
  await page.waitForSelector(`[data-focus-id="look-${plan.options[0]!.id}"]`);
  await shot('05-plan');
  await clean('the plan');
  for (const option of plan.options) {
    await press(page, `[data-focus-id="look-${option.id}"]`);
    await press(page, `[data-focus-id="study-${option.id}"]`);
    if (option.id === sound[0]) {
      await shot('06-study');
      await clean('a study');
    }
    if (sound.includes(option.id)) await press(page, `[data-focus-id="add-${option.id}"]`);
  }
  await shot('07-chosen');
  await press(page, '[data-focus-id="plan-submit"]');
  await throughScene(page, shot);
  await clean('the closing line');
  await passQuestions(page, 'after');
  await waitForScreen(page, 'debrief');
  await shot('08-debrief');
  await clean('debrief');
  for (const lesson of ['LS1', 'LS2', 'LS3', 'LS4']) await expect(page.locator(`[data-testid="lesson-${lesson}"] summary`).textContent()).resolves.toContain('100');
}

describe('Reckoning in the browser', () => {
  for (const lang of ['en', 'ja', 'zh'] as const) {
    it(`builds the chain from the archive, files it and plans the zone with the keyboard only, from the first scene to the debrief, in ${lang}, with no console error`, async () => {
      const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await playReckoning(page, lang);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
