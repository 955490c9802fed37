// Sound that carries meaning, for a player who cannot hear it: the caption strip names the halls'
// sound and the grid's alarm, in the player's language; the sound settings survive a reload.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/text/i18n';
import { layoutProblems, passQuestions, pressOn, shoot, tabTo, waitForScreen, watchErrors, useServedGame } from './harness';

const game = useServedGame();
type Lang = 'en' | 'ja' | 'zh';
const REACH = 200;

async function press(page: Page, selector: string, key = 'Enter'): Promise<void> {
  await tabTo(page, selector, REACH);
  await page.keyboard.press(key);
}

const stepIndex = (page: Page): Promise<number | undefined> =>
  page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => { stepIndex: number } | undefined } }).__miningDream.levelState()?.stepIndex);

async function throughScene(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="dialogue-line"]');
  const at = await stepIndex(page);
  for (let i = 0; i < 20 && (await stepIndex(page)) === at; i++) await pressOn(page, '[data-focus-id="continue"]');
}

/** The strip itself, hidden or not (with nothing playing it is empty either way). */
const captionsHidden = (page: Page): Promise<boolean> => page.locator('[data-testid="captions"]').evaluate((strip) => (strip as HTMLElement).hidden === true);
const ambienceCaption = (page: Page) => page.locator('[data-testid="caption-ambience"]').textContent();

describe('captions', () => {
  it('the lab whirs and the mining hall roars, in words on screen, with a live region', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchErrors(page);
    await page.goto(`${game.url}?lang=en&level=two-systems&seed=3`);
    await waitForScreen(page, 'level');
    await passQuestions(page, 'before');
    await expect.poll(() => ambienceCaption(page)).toBe(translate('en', 'caption.ambience.bureau'));
    await throughScene(page);
    await expect.poll(() => ambienceCaption(page)).toBe(translate('en', 'caption.ambience.lab'));
    await press(page, '[data-focus-id="begin-university-lab"]');
    await press(page, '[data-focus-id="go-unannounced"]');
    await press(page, '[data-focus-id="leave-without"]');
    await throughScene(page);
    await expect.poll(() => ambienceCaption(page)).toBe(translate('en', 'caption.ambience.mining'));
    await expect(page.locator('[data-testid="caption-ambience"]').getAttribute('aria-live')).resolves.toBe('polite');
    await expect(page.locator('[data-testid="captions"]').isVisible()).resolves.toBe(true);
    await shoot(page, 'sound-en-caption-mining-hall');
    expect(await layoutProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("the grid's alarm is captioned and read out when districts go dark as the hours play", async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchErrors(page);
    await page.goto(`${game.url}?lang=en&level=blackout-summer&seed=3`);
    await waitForScreen(page, 'level');
    await passQuestions(page, 'before');
    await throughScene(page);
    await press(page, '[data-focus-id="begin-summer-grid"]');
    await expect.poll(() => ambienceCaption(page)).toBe(translate('en', 'caption.ambience.cityNight'));
    await press(page, '[data-focus-id="order-escalate"]');
    if (await page.locator('[data-testid="grid-call"]').count()) await press(page, '[data-focus-id="call-heard"]');
    await press(page, '[data-focus-id="run-day"]');
    // The hours play one a second from midnight; the evening peak leaves homes dark.
    await expect
      .poll(async () => {
        if (await page.locator('[data-testid="grid-call"]').count()) await press(page, '[data-focus-id="call-heard"]');
        return page.locator('[data-testid="caption-cue"]').textContent();
      }, { timeout: 60_000, interval: 250 })
      .toBe(translate('en', 'caption.cue.alarm'));
    await expect(page.locator('[data-testid="caption-cue"]').getAttribute('aria-live')).resolves.toBe('polite');
    await shoot(page, 'sound-en-caption-alarm');
    expect(errors).toEqual([]);
  });
});

describe('sound settings', () => {
  it.each(['en', 'ja', 'zh'] as Lang[])('volumes and captions survive a reload; with sound off the captions show anyway (%s)', async (lang) => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchErrors(page);
    await page.goto(`${game.url}?lang=${lang}`);
    await waitForScreen(page, 'title');
    await pressOn(page, '[data-focus-id="sound-settings"]');
    await waitForScreen(page, 'sound-settings');
    await press(page, '#sound-music', 'ArrowLeft');
    for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowLeft');
    await expect(page.locator('#sound-music').inputValue()).resolves.toBe('30');
    await press(page, '#sound-captions', 'Space');
    await shoot(page, `sound-${lang}-settings`);
    expect(await layoutProblems(page)).toEqual([]);
    await press(page, '[data-focus-id="sound-back"]');
    await waitForScreen(page, 'title');

    await page.reload();
    await waitForScreen(page, 'title');
    await pressOn(page, '[data-focus-id="sound-settings"]');
    await expect(page.locator('#sound-music').inputValue()).resolves.toBe('30');
    await expect(page.locator('#sound-master').inputValue()).resolves.toBe('80');
    await expect(page.locator('#sound-captions').isChecked()).resolves.toBe(false);
    await expect(captionsHidden(page)).resolves.toBe(true);
    // Sound off: the captions are the only way to the clues, so they show whatever the setting.
    await press(page, '#sound-on', 'Space');
    await expect(captionsHidden(page)).resolves.toBe(false);

    // In play: the lab's caption in the player's language, and the settings reachable there too.
    await page.goto(`${game.url}?lang=${lang}&level=two-systems&seed=3`);
    await waitForScreen(page, 'level');
    await passQuestions(page, 'before');
    await throughScene(page);
    await expect.poll(() => ambienceCaption(page)).toBe(translate(lang, 'caption.ambience.lab'));
    await shoot(page, `sound-${lang}-caption-lab`);
    await press(page, '[data-focus-id="sound-settings"]');
    await expect(page.locator('#sound-music').inputValue()).resolves.toBe('30');
    await expect(page.locator('#sound-on').isChecked()).resolves.toBe(false);
    await press(page, '[data-focus-id="sound-back"]');
    await page.waitForSelector('[data-focus-id="begin-university-lab"]');
    expect(errors).toEqual([]);
  });
});
