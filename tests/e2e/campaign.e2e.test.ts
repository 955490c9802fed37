import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SAVE_KEY } from '../../src/platform/storage';
import { diligentInspector } from '../../src/playtest/players';
import { loadCampaign, playCampaignWith } from '../support/campaign';
import { allLevels } from '../support/levels';
import { layoutProblems, nextFrames, pressOn, shoot, tabTo, waitForScreen, watchErrors, useServedGame, passQuestions } from './harness';

// The campaign with the keyboard only: from the title, the first chapter played to its debrief,
// the card between chapters, then a reload, and the campaign goes on with the second chapter and
// the case file the first one left. Then the chapter list, a card and the ending in each language,
// from a save that holds a whole campaign (the chapters' logs, as the game writes them).

const game = useServedGame();
const levels = allLevels();
const campaign = loadCampaign(levels);
/** Chapters there are levels for (two more join as their levels land). */
const CHAPTERS = campaign.chapters.filter((c) => levels.some((l) => l.id === c.level)).length;
const statuses = (...first: string[]) => [...first, ...Array<string>(CHAPTERS - first.length).fill('locked')];

type Snapshot = { stepIndex: number; finished: boolean; caseFile: { entries: unknown[] }; levelId: string };
const levelState = (page: Page): Promise<Snapshot | undefined> => page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => never } }).__miningDream.levelState());

const REACH = 250;
async function press(page: Page, focusId: string, key = 'Enter'): Promise<void> {
  await tabTo(page, `[data-focus-id="${focusId}"]`, REACH);
  await page.keyboard.press(key);
}

/** The Secretary's office rings at a push (an order referred up, the meters, a day with Genesis cut): hear the call out. */
async function answerCall(page: Page): Promise<void> {
  if (await page.locator('[data-testid="grid-call"]').count()) await press(page, 'call-heard');
}

/** Continue through the scene on screen, line by line. */
async function throughScene(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="dialogue-line"]');
  const at = (await levelState(page))!.stepIndex;
  for (let i = 0; i < 20 && (await levelState(page))?.stepIndex === at && !(await levelState(page))?.finished; i++) {
    const before = JSON.stringify(await levelState(page));
    await pressOn(page, '[data-focus-id="continue"]');
    await expect.poll(async () => JSON.stringify(await levelState(page))).not.toBe(before);
  }
}

/** The first chapter (the tutorial), played through with the keyboard: the least a careful inspector does. */
async function playFirstChapter(page: Page): Promise<void> {
  await throughScene(page);
  await pressOn(page, '[data-focus-id="begin-first-grid"]');
  await press(page, 'order-escalate');
  await answerCall(page);
  await press(page, 'tab-metering');
  await press(page, 'monitor-load-profile');
  await press(page, 'monitor-restore-metering');
  await answerCall(page);
  await press(page, 'tab-today');
  await press(page, 'run-day');
  await answerCall(page);
  await press(page, 'grid-to-end');
  await press(page, 'tab-metering');
  await press(page, 'compare');
  await press(page, 'tab-today');
  await press(page, 'note-attach-comparison');
  await throughScene(page);
  await pressOn(page, '[data-focus-id="begin-first-folders"]');
  await press(page, 'gift-handed-in');
  await press(page, 'ask-meter-readings');
  await page.waitForSelector('[data-ref="bills.metered-kwh"]');
  await press(page, 'desk-energy.annual-kwh');
  await press(page, 'desk-bills.metered-kwh');
  await press(page, 'cross-check');
  await press(page, 'verdict-genesis-hall-reject');
  await page.waitForSelector('[data-focus-id="verdict-hospital-records-approve"]');
  await press(page, 'verdict-hospital-records-approve');
  await press(page, 'end-day');
  await press(page, 'leave-desk');
  await throughScene(page);
  await pressOn(page, '[data-focus-id="begin-genesis-pilot-hall"]');
  await press(page, 'difficulty-standard');
  await press(page, 'go-unannounced');
  for (const [place, tool, clue] of [['rack-a', 'read-nameplate', 'asic-nameplate'], ['big-data-screen', 'inspect-research', 'looping-dashboard']] as const) {
    await press(page, `place-${place}`);
    await press(page, `use-${place}-${tool}`);
    await press(page, `add-${clue}`);
  }
  await press(page, 'file-mining-disguised');
  await page.waitForSelector('[data-testid="review"]');
  await press(page, 'leave-site');
  await throughScene(page);
}

const live = (page: Page) => page.locator('[role="status"][aria-live="polite"]').first().textContent();

describe('the campaign in the browser', () => {
  it('starts from the title, plays the first chapter, shows the card, and after a reload goes on with the case file carried', { timeout: 600_000 }, async () => {
    const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url}?seed=7`);
    await waitForScreen(page, 'title');
    await pressOn(page, '[data-focus-id="campaign"]');
    await waitForScreen(page, 'campaign');
    await expect.poll(() => page.locator('[data-status]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['status']))).toEqual(statuses('next'));
    await shoot(page, 'campaign-en-list-fresh');
    await pressOn(page, '[data-focus-id="chapter-play"]');
    await waitForScreen(page, 'level');
    // The prologue: scenes only, Continue to the end; its debrief says it is story and leads on.
    expect((await levelState(page))?.levelId).toBe('prologue');
    await passQuestions(page, 'before');
    for (let scene = 0; scene < 4 && !(await levelState(page))?.finished; scene++) await throughScene(page);
    await passQuestions(page, 'after');
    await waitForScreen(page, 'debrief');
    await expect(page.locator('[data-testid="story-chapter"]').textContent()).resolves.toContain('This chapter is story');
    await press(page, 'to-campaign');
    await waitForScreen(page, 'campaign-card');
    await expect(page.locator('[data-testid="chapter-card"]').textContent()).resolves.toContain('Chapter 1 closed');
    await pressOn(page, '[data-focus-id="card-continue"]');
    await waitForScreen(page, 'level');
    await passQuestions(page, 'before');
    expect((await levelState(page))?.levelId).toBe('tutorial-first-day');

    await playFirstChapter(page);
    await passQuestions(page, 'after');
    await waitForScreen(page, 'debrief');
    await press(page, 'to-campaign');
    await waitForScreen(page, 'campaign-card');
    const card = page.locator('[data-testid="chapter-card"]');
    await expect(card.textContent()).resolves.toContain('Chapter 2 closed');
    await expect(card.textContent()).resolves.toContain('the comparison went into the case file');
    await expect(card.textContent()).resolves.toContain('Next: 2015-2016, The digital-economy slogan');
    await expect.poll(() => live(page)).toContain('Chapter 2 closed. Next:');
    await shoot(page, 'campaign-en-card');
    expect(await layoutProblems(page)).toEqual([]);

    // A reload: the chapter is done, the next one waits, with what the first one left.
    await page.reload();
    await waitForScreen(page, 'title');
    await pressOn(page, '[data-focus-id="campaign"]');
    await waitForScreen(page, 'campaign');
    await expect.poll(() => page.locator('[data-status]').evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset['status']))).toEqual(statuses('done', 'done', 'next'));
    await shoot(page, 'campaign-en-list');
    await pressOn(page, '[data-focus-id="chapter-play"]');
    await waitForScreen(page, 'level');
    await passQuestions(page, 'before');
    const second = await levelState(page);
    expect(second?.levelId).toBe('digital-economy-slogan');
    expect(second?.caseFile.entries.length).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    await context.close();
  });

  const logs = playCampaignWith(campaign, levels, diligentInspector);
  for (const lang of ['en', 'ja', 'zh'] as const) {
    it(`shows the chapter list, a card and the ending in ${lang}, fitting their boxes at 1024x640`, { timeout: 300_000 }, async () => {
      const context = await game.browser.newContext({ viewport: { width: 1024, height: 640 }, locale: 'en-US' });
      await context.addInitScript(
        ([key, save]) => {
          if (!localStorage.getItem(key)) localStorage.setItem(key, save);
        },
        [SAVE_KEY, JSON.stringify({ format: 1, sound: false, language: lang, levels: {}, campaign: { logs } })] as const,
      );
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(game.url);
      await waitForScreen(page, 'title');
      await pressOn(page, '[data-focus-id="campaign"]');
      await waitForScreen(page, 'campaign');
      await expect.poll(() => page.locator('[data-status="done"]').count()).toBe(CHAPTERS);
      await shoot(page, `campaign-${lang}-list-done`);
      expect(await layoutProblems(page)).toEqual([]);
      await pressOn(page, '[data-focus-id="look-back-3"]');
      await waitForScreen(page, 'campaign-card');
      await shoot(page, `campaign-${lang}-card`);
      expect(await layoutProblems(page)).toEqual([]);
      await pressOn(page, '[data-focus-id="to-list"]');
      await waitForScreen(page, 'campaign');
      await pressOn(page, '[data-focus-id="to-ending"]');
      await waitForScreen(page, 'campaign-ending');
      await expect(page.locator('[data-ending]').getAttribute('data-ending')).resolves.toBe('case-breaks-sooner');
      await expect.poll(() => page.locator('[data-testid^="path-"]').count()).toBe(CHAPTERS);
      await nextFrames(page);
      await shoot(page, `campaign-${lang}-ending`);
      expect(await layoutProblems(page)).toEqual([]);
      // The article's lines open in the reader, with the keyboard.
      await pressOn(page, '[data-testid="ending"] button.source-link');
      await page.waitForSelector('dialog.reader[open]');
      await shoot(page, `campaign-${lang}-ending-reader`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
