import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { DeskState, GridProgress, SiteProgress } from '../../src/core';
import { hiddenChoices, layoutProblems, pressOn, screen, shoot, tabTo, waitForScreen, watchErrors, useServedGame, passQuestions } from './harness';

// The tutorial from the title screen to the debrief with the keyboard alone, in each language:
// one day of the city grid, two folders at the review desk (one to reject, one to approve on conditions), a small site visit, every screen
// photographed into test-results/ and checked for text that does not fit its box.

const game = useServedGame();

type Lang = 'en' | 'ja' | 'zh';

const LANGUAGE_BUTTON: Record<Lang, string> = { en: 'English', ja: '日本語', zh: '简体中文' };

/** English at a common laptop size; Japanese and Chinese at the smallest size the game supports. */
const VIEWPORT: Record<Lang, { width: number; height: number }> = {
  en: { width: 1366, height: 768 },
  ja: { width: 1024, height: 640 },
  zh: { width: 1024, height: 640 },
};

const GRID = 'first-grid';
const DESK = 'first-folders';
const SITE = 'genesis-pilot-hall';

interface Snapshot {
  stepIndex: number;
  scene: Record<string, { line: number }>;
  finished: boolean;
  grid: Record<string, GridProgress>;
  desk: Record<string, DeskState>;
  site: Record<string, SiteProgress>;
}

async function levelState(page: Page): Promise<Snapshot | undefined> {
  return page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => never } }).__miningDream.levelState());
}

const gridOf = async (page: Page) => (await levelState(page))!.grid[GRID]!;
const deskOf = async (page: Page) => (await levelState(page))!.desk[DESK]!;
const visitOf = async (page: Page) => (await levelState(page))!.site[SITE]!.visit!;

/** The working screens have many controls; let Tab travel further than on a menu. */
const REACH = 250;

async function press(page: Page, focusId: string, key = 'Enter'): Promise<void> {
  await tabTo(page, `[data-focus-id="${focusId}"]`, REACH);
  await page.keyboard.press(key);
}

/** The Secretary's office rings at a push (an order referred up, the meters, a day with Genesis cut): hear the call out. */
async function answerCall(page: Page): Promise<void> {
  if (await page.locator('[data-testid="grid-call"]').count()) await press(page, 'call-heard');
}

async function expectCleanLayout(page: Page, where: string): Promise<void> {
  expect(await layoutProblems(page), where).toEqual([]);
}

/** Continue through a scene, line by line, photographing its first line. */
async function throughScene(page: Page, shot: () => Promise<void>): Promise<void> {
  await page.waitForSelector('[data-testid="dialogue-line"]');
  await shot();
  const at = (await levelState(page))!.stepIndex;
  for (let i = 0; i < 20 && (await levelState(page))?.stepIndex === at && !(await levelState(page))?.finished; i++) {
    const before = JSON.stringify(await levelState(page));
    await pressOn(page, '[data-focus-id="continue"]');
    await expect.poll(async () => JSON.stringify(await levelState(page))).not.toBe(before);
  }
}

/** Plays the tutorial from the title screen to the debrief with the keyboard alone. */
async function playTutorialByKeyboard(page: Page, lang: Lang): Promise<void> {
  const shot = async (name: string, where = name) => {
    await shoot(page, `tutorial-${lang}-${name}`);
    await expectCleanLayout(page, where);
  };
  await page.goto(`${game.url}?seed=7`);
  await waitForScreen(page, 'title');

  // The language is chosen on the title screen, by keyboard.
  if (lang !== 'en') {
    await pressOn(page, '[data-focus-id="language"]');
    await waitForScreen(page, 'language');
    await shot('01-language');
    await pressOn(page, `[data-focus-id="language-${lang}"]`);
    await waitForScreen(page, 'title');
  }
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'zh' ? 'zh-Hans' : lang);
  await expect.poll(() => page.locator('[data-focus-id="language"]').textContent()).toContain(LANGUAGE_BUTTON[lang]);
  await shot('02-title');

  await pressOn(page, '[data-focus-id="start"]');
  await waitForScreen(page, 'levels');
  await shot('03-levels');
  await pressOn(page, '[data-focus-id="play-tutorial-first-day"]');
  await waitForScreen(page, 'level');
  await passQuestions(page, 'before');

  // The opening scene. The second line is the party secretary's: his figure stands beside it.
  await page.waitForSelector('[data-testid="dialogue-line"]');
  await shot('04-dialogue');
  await pressOn(page, '[data-focus-id="continue"]');
  await expect.poll(async () => (await levelState(page))?.scene['arrival']?.line).toBe(1);
  await expect.poll(() => page.locator('.speaker').count()).toBe(1);
  await shot('04b-dialogue-secretary');
  await throughScene(page, async () => {});
  expect((await levelState(page))?.stepIndex).toBe(1);

  // ---- The grid: one day ----------------------------------------------------------------------
  await page.waitForSelector('[data-testid="briefing"]');
  await shot('05-grid-briefing');
  await pressOn(page, `[data-focus-id="begin-${GRID}"]`);
  await page.waitForSelector('[data-testid="grid-order"]');
  await shot('06-grid-today');
  expect(await hiddenChoices(page), 'the order').toEqual([]);
  // As found, homes and the hospital are cut first: at the evening peak the homes are not lit.
  await expect(page.locator('[data-testid="map-old-town-homes"]').getAttribute('data-state')).resolves.not.toBe('lit');
  await press(page, 'order-escalate');
  await expect.poll(async () => (await gridOf(page)).orders['last-hot-day']).toBe('escalate');
  // Referring it up rings the Secretary's office: the call takes the panel and the focus, and the live region says so.
  const escalated = { en: 'a written record of the order goes up the line', ja: '書面で上に報告される', zh: '书面上报' }[lang];
  await page.waitForSelector('[data-testid="grid-call"]');
  await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-testid="grid-call"]') !== null)).toBe(true);
  await expect.poll(() => page.locator('[role="status"][aria-live="polite"]').first().textContent()).toContain(escalated);
  await shot('06b-grid-call');
  await press(page, 'call-heard');
  // The answer says what it does to today, where it was given.
  await expect(page.locator('[data-testid="order-consequence"]').textContent()).resolves.toContain(escalated);

  // Levers: Genesis to the bottom of the shedding order, the hospital to the top, homes second.
  await press(page, 'tab-levers');
  await page.waitForSelector('[data-testid="lever-genesis"]');
  for (let i = 0; i < 5; i++) await press(page, 'down-genesis');
  for (let i = 0; i < 3; i++) await press(page, 'up-city-hospital');
  for (let i = 0; i < 2; i++) await press(page, 'up-old-town-homes');
  await press(page, 'measure-industry-off-peak', 'Space');
  await expect.poll(async () => (await gridOf(page)).levers.priority).toEqual(['city-hospital', 'old-town-homes', 'shops-and-market', 'industrial-park', 'genesis']);
  await expect.poll(async () => (await gridOf(page)).levers.measures).toEqual(['industry-off-peak']);
  await expect(page.locator('[data-testid="map-old-town-homes"]').getAttribute('data-state')).resolves.toBe('lit');
  await shot('07-grid-levers');

  // Metering: ask for Genesis' declared load and put its feed back on the platform.
  await press(page, 'tab-metering');
  await press(page, 'monitor-load-profile');
  await press(page, 'monitor-restore-metering');
  await answerCall(page);
  await expect.poll(async () => (await gridOf(page)).meteringFromDay).toBe(0);
  await expect.poll(async () => (await gridOf(page)).declarationReceived).toBe(true);
  await shot('08-grid-metering');
  await press(page, 'tab-rules');
  await shot('09-grid-rules');

  // Run the day, stop the hours playing, compare declared with metered, file the note.
  await press(page, 'tab-today');
  await press(page, 'run-day');
  await expect.poll(async () => (await gridOf(page)).daysRun).toBe(1);
  await answerCall(page);
  await press(page, 'grid-to-end');
  await page.waitForSelector('[data-testid="grid-report"]');
  await shot('10-grid-day-run');
  await press(page, 'tab-metering');
  await press(page, 'compare');
  await expect.poll(async () => (await gridOf(page)).evidence).toEqual(['declared-vs-metered']);
  await shot('11-grid-comparison');
  await press(page, 'tab-today');
  await page.waitForSelector('[data-focus-id="note-attach-comparison"]');
  await shot('12-grid-note');
  expect(await hiddenChoices(page), 'the case note').toEqual([]);
  await press(page, 'note-attach-comparison');

  // ---- The desk: two folders ------------------------------------------------------------------
  await throughScene(page, () => shot('13-to-the-desk'));
  await page.waitForSelector('[data-testid="briefing"]');
  await shot('14-desk-briefing');
  await pressOn(page, `[data-focus-id="begin-${DESK}"]`);
  await page.waitForSelector('[data-testid="inbox"]');
  await shot('15-desk-inbox');
  // Genesis' folder opens first: hand in the card, ask for the meter readings, check them.
  await press(page, 'gift-handed-in');
  await expect.poll(async () => (await deskOf(page)).applications['genesis-hall']!.gift).toBe('handed-in');
  await press(page, 'ask-meter-readings');
  await page.waitForSelector('[data-ref="bills.metered-kwh"]');
  await press(page, 'desk-energy.annual-kwh');
  await press(page, 'desk-bills.metered-kwh');
  await expect.poll(() => page.locator('[aria-pressed="true"][data-ref]').count()).toBe(2);
  await press(page, 'cross-check');
  await expect.poll(async () => (await deskOf(page)).applications['genesis-hall']!.found).toEqual(['use-understated']);
  await shot('16-desk-finding');
  await press(page, 'verdict-genesis-hall-reject');
  await expect.poll(async () => (await deskOf(page)).applications['genesis-hall']!.decision?.key).toBe('rejectedReasoned');
  // The hospital's folder: its subsidy is over the cap, which a condition puts right.
  await page.waitForSelector('[data-focus-id="verdict-hospital-records-approve-with-conditions"]');
  await shot('17-desk-hospital');
  await press(page, 'desk-subsidy.amount');
  await press(page, 'desk-budget.total');
  await expect.poll(() => page.locator('[aria-pressed="true"][data-ref]').count()).toBe(2);
  await press(page, 'cross-check');
  await expect.poll(async () => (await deskOf(page)).applications['hospital-records']!.found).toEqual(['hospital-over-cap']);
  await press(page, 'verdict-hospital-records-approve-with-conditions');
  await expect.poll(async () => (await deskOf(page)).applications['hospital-records']!.decision?.key).toBe('conditionedCured');
  await press(page, 'end-day');
  await page.waitForSelector('[data-testid="timeline"]');
  await shot('18-desk-closed');
  await press(page, 'leave-desk');

  // ---- The site: a rack, a screen, a technician -----------------------------------------------
  await throughScene(page, () => shot('19-to-the-hall'));
  await page.waitForSelector('[data-testid="briefing"]');
  await shot('20-site-briefing');
  await pressOn(page, `[data-focus-id="begin-${SITE}"]`);
  await page.waitForSelector('[data-focus-id="go-unannounced"]');
  await shot('21-site-go-in');
  await press(page, 'difficulty-standard');
  await press(page, 'go-unannounced');
  for (const [place, tool, clue] of [['rack-a', 'read-nameplate', 'asic-nameplate'], ['big-data-screen', 'inspect-research', 'looping-dashboard']] as const) {
    await press(page, `place-${place}`);
    await press(page, `use-${place}-${tool}`);
    await press(page, `add-${clue}`);
    await expect.poll(async () => (await visitOf(page)).report).toContain(clue);
  }
  // The technician too: what he says depends on whether anyone had a word with him first.
  await press(page, 'place-technician');
  await press(page, 'use-technician-interview');
  await expect.poll(async () => (await visitOf(page)).checks.length).toBe(3);
  await shot('22-site-evidence');
  await press(page, 'file-mining-disguised');
  await page.waitForSelector('[data-testid="review"]');
  await expect(page.locator('[data-testid="review"]').textContent()).resolves.toContain({ en: 'Accepted', ja: '受理', zh: '已受理' }[lang]);
  await shot('23-site-accepted');
  await press(page, 'leave-site');

  // ---- The closing scene and the debrief ------------------------------------------------------
  await throughScene(page, () => shot('24-closing'));
  await passQuestions(page, 'after');
  await waitForScreen(page, 'debrief');
  await shot('25-debrief');
  for (const lesson of ['LS1', 'LS2', 'LS3', 'LS4']) {
    await expect(page.locator(`[data-testid="lesson-${lesson}"] summary`).textContent()).resolves.toContain('100 / 100');
  }
  // Every decision's line sits under its lesson; a perfect play leaves no point on the table.
  const decisions = await page.locator('[data-testid^="lines-"] li').count();
  expect(decisions).toBeGreaterThanOrEqual(14);
  expect(await page.locator('[data-testid^="lines-"] li .source').count()).toBe(decisions);
  expect(await page.locator('[data-testid^="missed-LS"] li').count()).toBe(0);
  await expect.poll(() => page.locator('[data-testid="against-the-record"] tbody tr').count()).toBe(3);
  await expect(page.locator('[data-testid="sites-truth"]').count()).resolves.toBe(1);
  await expect(page.locator('[data-testid="applications-truth"]').count()).resolves.toBe(1);

  // Back to the case files, where the best score is now shown.
  await pressOn(page, '[data-focus-id="to-levels"]');
  await waitForScreen(page, 'levels');
  await expect.poll(() => page.locator('.level-card', { has: page.locator('#level-tutorial-first-day') }).textContent()).toContain('100');
  expect(await screen(page)).toBe('levels');
}

describe('the tutorial in the browser', () => {
  for (const lang of ['en', 'ja', 'zh'] as const) {
    it(`plays the grid, the desk and the site from the title screen to the debrief with the keyboard only, in ${lang} at ${VIEWPORT[lang].width}x${VIEWPORT[lang].height}, every screen fitting its boxes`, { timeout: 600_000 }, async () => {
      const context = await game.browser.newContext({ viewport: VIEWPORT[lang], locale: 'en-US' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await playTutorialByKeyboard(page, lang);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
