import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { layoutProblems, pressOn, screen, shoot, tabTo, waitForScreen, watchErrors, useServedGame } from './harness';

const game = useServedGame();

type Lang = 'en' | 'ja' | 'zh';

const LANGUAGE_BUTTON: Record<Lang, string> = { en: 'English', ja: '日本語', zh: '简体中文' };

async function levelState(page: Page): Promise<{ stepIndex: number; lineIndex: number; finished: boolean } | undefined> {
  return page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => never } }).__miningDream.levelState());
}

async function expectCleanLayout(page: Page, where: string): Promise<void> {
  expect(await layoutProblems(page), where).toEqual([]);
}

/** Plays the tutorial from the title screen to the debrief with the keyboard alone. */
async function playTutorialByKeyboard(page: Page, lang: Lang): Promise<void> {
  const shot = (name: string) => shoot(page, `tutorial-${lang}-${name}`);
  await page.goto(game.url);
  await waitForScreen(page, 'title');

  // The language is chosen on the title screen, by keyboard.
  if (lang !== 'en') {
    await pressOn(page, '[data-focus-id="language"]');
    await waitForScreen(page, 'language');
    await shot('01-language');
    await expectCleanLayout(page, 'language');
    await pressOn(page, `[data-focus-id="language-${lang}"]`);
    await waitForScreen(page, 'title');
  }
  expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang === 'zh' ? 'zh-Hans' : lang);
  await expect.poll(() => page.locator('[data-focus-id="language"]').textContent()).toContain(LANGUAGE_BUTTON[lang]);
  await shot('02-title');
  await expectCleanLayout(page, 'title');

  await pressOn(page, '[data-focus-id="start"]');
  await waitForScreen(page, 'levels');
  await shot('03-levels');
  await expectCleanLayout(page, 'levels');
  await pressOn(page, '[data-focus-id="play-tutorial-first-day"]');
  await waitForScreen(page, 'level');

  // The opening scene: Continue has focus; Enter advances line by line.
  await page.waitForSelector('[data-testid="dialogue-line"]');
  await shot('04-dialogue');
  await expectCleanLayout(page, 'dialogue');
  for (let line = 0; line < 20 && (await levelState(page))?.stepIndex === 0; line++) {
    const before = await levelState(page);
    await pressOn(page, '[data-focus-id="continue"]');
    await expect.poll(async () => JSON.stringify(await levelState(page))).not.toBe(JSON.stringify(before));
    if (line === 0) {
      // The second line is the party secretary's: his figure stands beside the dialogue.
      await expect.poll(() => page.locator('.speaker').count()).toBe(1);
      await shot('04b-dialogue-secretary');
      await expectCleanLayout(page, 'dialogue with a speaker');
    }
  }
  expect((await levelState(page))?.stepIndex).toBe(1);

  // The power round: brief, refer the note up, light hospital then homes, share the rest.
  await page.waitForSelector('[data-testid="briefing"]');
  await shot('05-power-briefing');
  await expectCleanLayout(page, 'power briefing');
  await pressOn(page, '[data-focus-id="begin-evening-peak"]');
  await page.waitForSelector('#alloc-old-town');
  await pressOn(page, '[data-focus-id="order-escalate"]');
  await expect.poll(() => page.locator('[data-testid="order-answer"]').count()).toBe(1);
  for (const district of ['hospital-water', 'old-town', 'shops', 'industry']) {
    await tabTo(page, `#alloc-${district}`);
    await page.keyboard.press('End');
  }
  await expect.poll(() => page.locator('[data-testid="supply"]').textContent()).toMatch(/54 MW.*54 MW.*0 MW/);
  await expect.poll(() => page.locator('[data-testid="value-old-town"]').textContent()).toContain('40');
  await shot('06-power');
  await expectCleanLayout(page, 'power');
  await pressOn(page, '[data-focus-id="confirm"]');

  // The review desk: test each planted pair, return the gift, reject with the reasons.
  await page.waitForSelector('[data-testid="briefing"]');
  await pressOn(page, '[data-focus-id="begin-pilot-application"]');
  await page.waitForSelector('[data-ref="application.subsidy"]');
  const pairs: [string, string][] = [
    ['application.subsidy', 'rule:subsidy-cap'],
    ['energy.annual', 'equipment.units'],
    ['energy.profile', 'equipment.hours'],
  ];
  for (const [i, [a, b]] of pairs.entries()) {
    await pressOn(page, `[data-ref="${a}"]`);
    await pressOn(page, `[data-ref="${b}"]`);
    await expect.poll(() => page.locator('[aria-pressed="true"][data-ref]').count()).toBe(2);
    await pressOn(page, '[data-focus-id="cross-check"]');
    await expect.poll(() => page.locator('[data-testid="findings"] li').count()).toBe(i + 1);
    if (i === 1) {
      await shot('07-review');
      await expectCleanLayout(page, 'review');
    }
  }
  await pressOn(page, '[data-focus-id="gift-return"]');
  await pressOn(page, '[data-focus-id="decide-reject"]');

  // The inspection: look at racks until the nameplate shows, note it, dig deeper.
  await page.waitForSelector('[data-testid="briefing"]');
  await pressOn(page, '[data-focus-id="begin-site-visit"]');
  await page.waitForSelector('[data-focus-id="object-rack-a"]');
  for (const rack of ['rack-a', 'rack-b', 'rack-c']) {
    await pressOn(page, `[data-focus-id="object-${rack}"]`);
    await page.waitForSelector('[data-testid="observation"]');
    if (await page.locator('[data-testid="observation"].clue').count()) break;
  }
  await expect(page.locator('[data-testid="observation"].clue').count()).resolves.toBe(1);
  await pressOn(page, '[data-focus-id="note"]');
  await expect.poll(() => page.locator('[data-testid="notebook"] li').count()).toBe(1);
  await shot('08-inspection');
  await expectCleanLayout(page, 'inspection');
  await pressOn(page, '[data-focus-id="report-dig-deeper"]');

  // The debrief: every lesson scored, every decision explained with its source lines.
  await waitForScreen(page, 'debrief');
  await shot('09-debrief');
  await expectCleanLayout(page, 'debrief');
  for (const lesson of ['LS1', 'LS2', 'LS3', 'LS4']) {
    await expect(page.locator(`[data-testid="lesson-${lesson}"] h4`).textContent()).resolves.toContain('100 / 100');
  }
  const decisions = await page.locator('.scored li').count();
  expect(decisions).toBeGreaterThanOrEqual(10);
  expect(await page.locator('.scored li .source').count()).toBe(decisions);

  // Back to the case files, where the best score is now shown.
  await pressOn(page, '[data-focus-id="to-levels"]');
  await waitForScreen(page, 'levels');
  await expect.poll(() => page.locator('.level-card').first().textContent()).toContain('100');
  expect(await screen(page)).toBe('levels');
}

describe('the tutorial in the browser', () => {
  for (const lang of ['en', 'ja', 'zh'] as const) {
    it(`plays from the title screen to the debrief with the keyboard only, in ${lang}, with no console error`, async () => {
      const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await playTutorialByKeyboard(page, lang);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
