import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { BoardStep } from '../../src/core';
import { loadLevel } from '../support/levels';
import { layoutProblems, pressOn, shoot, tabTo, waitForScreen, watchErrors, useServedGame } from './harness';

// "Reckoning" (2021-2024) played alone, with the keyboard only: the commission's opening (every
// document from the bureau's archive), the board (the chain, the former deputy's offer reported,
// filing with the investigator), the outcomes by date, 2024, the closing line and the debrief; in
// en, ja and zh at 1366x768, with screenshots.
const game = useServedGame();
const level = loadLevel('reckoning.json');
const board = level.steps.find((s): s is BoardStep => s.kind === 'board')!;

type Snapshot = { stepIndex: number; finished: boolean; board: Record<string, { links: unknown[]; offer: string; filedTo: string | null }> };
const snapshot = (page: Page): Promise<Snapshot | undefined> =>
  page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => never } }).__miningDream.levelState());

async function press(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector, 200);
  await page.keyboard.press('Enter');
}

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
  for (let scene = 0; scene < 3; scene++) {
    await throughScene(page, shot);
    await clean(`scene ${scene + 2}`);
  }
  await waitForScreen(page, 'debrief');
  await shot('05-debrief');
  await clean('debrief');
  await expect(page.locator('[data-testid="lesson-LS1"] summary').textContent()).resolves.toContain('100');
  await expect(page.locator('[data-testid="lesson-LS3"] summary').textContent()).resolves.toContain('100');
}

describe('Reckoning in the browser', () => {
  for (const lang of ['en', 'ja', 'zh'] as const) {
    it(`builds the chain from the archive and files it with the keyboard only, from the first scene to the debrief, in ${lang}, with no console error`, async () => {
      const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await playReckoning(page, lang);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
