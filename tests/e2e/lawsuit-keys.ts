import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { BoardStep } from '../../src/core';
import { realNameSpellings } from '../../src/content/real-people';
import { loadLevel } from '../support/levels';
import { keyboardOf, layoutProblems, passQuestions, pressOn, shoot, tabTo, waitForScreen, type Surface } from './harness';

// "The lawsuit" (2019) played with the keyboard only, from the page at `address` to its debrief:
// the scenes, the evidence board (two documents chosen, a relation, the offer reported, the strings
// the documents show), filing with the discipline commission, the closing scene. With names as
// roles in the address, every screen is checked for real names, line by line. Shared by the
// lawsuit's own test and the assignment loop's; Reckoning's board test takes its snapshot and press.
const level = loadLevel('the-lawsuit.json');
const board = level.steps.find((s): s is BoardStep => s.kind === 'board')!;

/** What the browser tests read of a level in play: its step, whether it is done, each board's strings. */
export type Snapshot = { stepIndex: number; finished: boolean; board: Record<string, { links: unknown[]; offer: string; filedTo: string | null }> };
export const snapshot = (page: Surface): Promise<Snapshot | undefined> =>
  page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => never } }).__miningDream.levelState());

/** Tab to an element (a board has many stops) and press Enter on it. */
export async function press(page: Surface, selector: string): Promise<void> {
  await tabTo(page, selector, 200);
  await keyboardOf(page).press('Enter');
}

export type Lang = 'en' | 'ja' | 'zh';
const BUSINESSMAN: Record<Lang, string> = { en: 'businessman', ja: '実業家', zh: '商人' };

/** Every spelling of a real person's name the page shows now, in any of the three languages. */
async function realNamesShown(page: Surface): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return (['en', 'ja', 'zh'] as const).flatMap((l) => realNameSpellings(l)).filter((re) => re.test(text)).map((re) => re.source);
}

async function throughScene(page: Surface, where: string): Promise<void> {
  await page.waitForSelector('[data-testid="dialogue-line"]');
  const at = (await snapshot(page))!.stepIndex;
  for (let i = 0; i < 12 && (await snapshot(page))?.stepIndex === at && !(await snapshot(page))?.finished; i++) {
    expect(await realNamesShown(page), `${where}, line ${i + 1}`).toEqual([]);
    await pressOn(page, '[data-focus-id="continue"]');
  }
}

export async function playTheLawsuit(page: Page, lang: Lang, address: string): Promise<void> {
  await page.goto(address);
  await waitForScreen(page, 'level');
  await passQuestions(page, 'before');
  await playTheLawsuitFromItsFirstScene(page, lang);
}

/** From the first scene, once the questions before it are passed, to the debrief. */
export async function playTheLawsuitFromItsFirstScene(page: Surface, lang: Lang, shots = `lawsuit-${lang}`): Promise<void> {
  await linkTheFirstString(page, lang, shots);
  await finishTheLawsuit(page, lang, shots);
}

const checks = (page: Surface, shots: string) => ({
  shot: (name: string) => shoot(page, `${shots}-${name}`),
  clean: async (where: string) => {
    expect(await layoutProblems(page), where).toEqual([]);
    expect(await realNamesShown(page), where).toEqual([]);
  },
});

/** The opening scene, the board opened, and its first string linked with the offer answered. */
export async function linkTheFirstString(page: Surface, lang: Lang, shots = `lawsuit-${lang}`): Promise<void> {
  const { shot, clean } = checks(page, shots);
  await page.waitForSelector('[data-testid="dialogue-line"]');
  await shot('01-scene');
  await clean('first scene');
  await throughScene(page, 'opening scene');

  await pressOn(page, `[data-focus-id="begin-${board.id}"]`);
  await page.waitForSelector('[data-testid="documents"]');
  await shot('02-board');
  await clean('the board');
  await linkString(page, 0, shots);
  // The offer comes with the first string, and must be answered first.
  await page.waitForSelector('[data-testid="offer"]');
  await expect(page.locator('[data-testid="offer-dramatised"]').count()).resolves.toBe(1);
  await shot('04-offer');
  await clean('the offer');
  // The offer is the businessman's: by role, in the player's language.
  await expect(page.locator('[data-testid="offer"]').textContent()).resolves.toContain(BUSINESSMAN[lang]);
  await press(page, '[data-focus-id="offer-reported"]');
  await expect.poll(async () => (await snapshot(page))!.board[board.id]!.links.length).toBe(1);
}

/** Two cards and their relation: the board's string number `i` of those the article supports. */
async function linkString(page: Surface, i: number, shots: string): Promise<void> {
  const link = board.supported[i]!;
  await press(page, `[data-focus-id="card-${link.from}"]`);
  await press(page, `[data-focus-id="card-${link.to}"]`);
  await page.waitForSelector('[data-testid="pair"]');
  if (i === 0) {
    const { shot, clean } = checks(page, shots);
    await shot('03-relations');
    await clean('choosing a relation');
  }
  await press(page, `[data-focus-id="relation-${link.relation}"]`);
}

/** The board's other strings, filing, the closing scene and the questions after it, to the debrief. */
export async function finishTheLawsuit(page: Surface, lang: Lang, shots = `lawsuit-${lang}`): Promise<void> {
  const { shot, clean } = checks(page, shots);
  for (let i = 1; i < board.supported.length; i++) {
    await linkString(page, i, shots);
    await expect.poll(async () => (await snapshot(page))!.board[board.id]!.links.length).toBe(i + 1);
    // Every change is said in the live region.
    await expect(page.locator('[aria-live]').first().textContent()).resolves.not.toBe('');
  }
  await expect(page.locator('[data-testid="links"] li').count()).resolves.toBe(board.supported.length);
  await shot('05-chain');
  await clean('the chain');

  await press(page, '[data-focus-id="file-commission"]');
  await throughScene(page, 'closing scene');
  await passQuestions(page, 'after');
  await waitForScreen(page, 'debrief');
  await shot('06-debrief');
  await clean('debrief');
  await expect(page.locator('[data-testid="lesson-LS1"] summary').textContent()).resolves.toContain('100');
  await expect(page.locator('[data-testid="lesson-LS3"] summary').textContent()).resolves.toContain('100');
}
