import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createGame, step, type GameAction, type GameState, type SiteStep } from '../../src/core';
import { loadLevel } from '../support/levels';
import { layoutProblems, pressOn, shoot, tabTo, waitForScreen, watchErrors, useServedGame, passQuestions } from './harness';

const game = useServedGame();
const level = loadLevel('two-systems.json');
const [lab, genesis] = level.steps.filter((s): s is SiteStep => s.kind === 'site') as [SiteStep, SiteStep];

/** The presses this test makes up to the Genesis hall: through the scenes, in and out of the lab. */
const ON_THE_WAY: GameAction[] = [
  { type: 'begin-visit', announced: false, difficulty: 'standard' },
  { type: 'leave-site' },
  { type: 'begin-visit', announced: false, difficulty: 'easy' },
];

/**
 * A seed whose unannounced visit to Genesis catches the switch when the inspector goes straight to
 * the console the staff hurry to and reads its process list, found through the core.
 */
function seedThatCatchesTheSwitch(): number {
  for (let seed = 1; seed < 500; seed++) {
    let state: GameState = createGame(level, seed);
    const queue = [...ON_THE_WAY];
    while (queue.length > 0) {
      const action = level.steps[state.stepIndex]!.kind === 'scene' ? ({ type: 'advance-dialogue' } as const) : queue.shift()!;
      state = step(level, state, action).state;
    }
    const console_ = state.site[genesis.id]!.visit!.placement['screen-flick']!;
    state = step(level, state, { type: 'site', act: { type: 'use-tool', stationId: console_, tool: 'process-list' } }).state;
    if (state.site[genesis.id]!.visit!.evidence.includes('screen-flick')) return seed;
  }
  throw new Error('no seed catches the switch');
}
const SEED = seedThatCatchesTheSwitch();

type Snapshot = { stepIndex: number; finished: boolean; site: Record<string, { visit: { placement: Record<string, string>; report: string[]; evidence: string[]; filed: unknown } | null }> };
const snapshot = (page: Page): Promise<Snapshot | undefined> =>
  page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => never } }).__miningDream.levelState());

const REACH = 200;
async function press(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector, REACH);
  await page.keyboard.press('Enter');
}

async function expectCleanLayout(page: Page, where: string): Promise<void> {
  expect(await layoutProblems(page), where).toEqual([]);
}

async function throughScene(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="dialogue-line"]');
  const at = (await snapshot(page))!.stepIndex;
  for (let i = 0; i < 12 && (await snapshot(page))?.stepIndex === at && !(await snapshot(page))?.finished; i++) await pressOn(page, '[data-focus-id="continue"]');
}

async function inspectGenesis(page: Page, lang: 'en' | 'ja' | 'zh'): Promise<void> {
  const shot = (name: string) => shoot(page, `site-${lang}-${name}`);
  // In zh the difficulty comes from the link, as a teacher would set it; elsewhere it is pressed.
  const fromLink = lang === 'zh';
  await page.goto(`${game.url}?lang=${lang}&level=two-systems&seed=${SEED}${fromLink ? '&difficulty=easy' : ''}`);
  await waitForScreen(page, 'level');
  await passQuestions(page, 'before');
  await throughScene(page);

  // The lab: choose how to go in, then walk out (this test is about the hall that hides something).
  await pressOn(page, `[data-focus-id="begin-${lab.id}"]`);
  await page.waitForSelector('[data-focus-id="go-unannounced"]');
  await shot('01-go-in');
  await expectCleanLayout(page, 'go in');
  await press(page, `[data-focus-id="difficulty-${fromLink ? 'easy' : 'standard'}"]`);
  await press(page, '[data-focus-id="go-unannounced"]');
  await press(page, '[data-focus-id="leave-without"]');
  await throughScene(page);

  // Genesis, unannounced, easy: staff hurry to a console; straight after them, the switch is caught.
  await pressOn(page, `[data-focus-id="begin-${genesis.id}"]`);
  if (fromLink) await expect(page.locator('[data-focus-id="difficulty-easy"]').getAttribute('aria-pressed')).resolves.toBe('true');
  else await press(page, '[data-focus-id="difficulty-easy"]');
  await press(page, '[data-focus-id="go-unannounced"]');
  const switchPlace = await placeOfSwitch(page);
  await press(page, `[data-focus-id="place-${switchPlace}"]`);
  await press(page, `[data-focus-id="use-${switchPlace}-process-list"]`);
  await page.waitForSelector(`[data-testid="seen-${switchPlace}-on-arrival"]`);
  await shot('02-the-switch');
  await expectCleanLayout(page, 'the switch');

  // The nameplate behind the "AI compute" panel, and the boot menu with two systems.
  const placement = (await snapshot(page))!.site[genesis.id]!.visit!.placement;
  for (const [clue, tool] of [['asic-nameplate', 'read-nameplate'], ['boot-menu', 'reboot']] as const) {
    const place = placement[clue]!;
    await press(page, `[data-focus-id="place-${place}"]`);
    await press(page, `[data-focus-id="use-${place}-${tool}"]`);
    await press(page, `[data-focus-id="add-${clue}"]`);
    await expect.poll(async () => (await snapshot(page))!.site[genesis.id]!.visit!.report).toContain(clue);
  }
  await shot('03-evidence');
  await expectCleanLayout(page, 'evidence');
  await press(page, '[data-focus-id="file-mining-disguised"]');
  await page.waitForSelector('[data-testid="review"]');
  await expect(page.locator('[data-testid="review"]').textContent()).resolves.toContain(
    { en: 'Accepted', ja: '受理', zh: '已受理' }[lang],
  );
  await shot('04-accepted');
  await expectCleanLayout(page, 'accepted');
  await press(page, '[data-focus-id="leave-site"]');
  await throughScene(page);
  await passQuestions(page, 'after');
  await waitForScreen(page, 'debrief');
  await shot('05-debrief');
  await expectCleanLayout(page, 'debrief');
  await expect(page.locator('[data-testid="lesson-LS1"] summary').textContent()).resolves.toContain('/ 100');
}

/** The console the staff hurried to as the inspector walked in (the message line names it too). */
async function placeOfSwitch(page: Page): Promise<string> {
  await expect.poll(async () => (await snapshot(page))?.site[genesis.id]?.visit !== null).toBe(true);
  return (await snapshot(page))!.site[genesis.id]!.visit!.placement['screen-flick']!;
}

describe('an unannounced inspection in the browser', () => {
  for (const lang of ['en', 'ja', 'zh'] as const) {
    it(`catches the switch and proves the mining with the keyboard only, in ${lang}, with no console error`, async () => {
      const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await inspectGenesis(page, lang);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
