// Offline after one visit: the service worker (vite.config.ts, platform/offline.ts) precaches the
// game; with the network cut, a reload still plays a level, in every language. A new version waits
// for the player's answer on the title screen, never in a level, and leaves the save alone.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchBrowser, passQuestions, pressOn, shoot, waitForScreen, watchErrors, useServedGame } from './harness';
import { servePreview } from './serve';

const game = useServedGame();

type Lang = 'en' | 'ja' | 'zh';

const stepIndex = (page: Page) =>
  page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => { stepIndex: number } | undefined } }).__miningDream.levelState()?.stepIndex);

/** Waits until a service worker is active and controls this page (it claims the first visit's page). */
async function waitForControl(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) => navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }));
    }
    return registration.active?.scriptURL ?? '';
  });
}

/** Plays the first step of "Blackout summer" (the scene before the grid) to its end. */
async function playFirstStep(page: Page): Promise<void> {
  await passQuestions(page, 'before');
  await page.waitForSelector('[data-testid="dialogue-line"]');
  expect(await stepIndex(page)).toBe(0);
  for (let line = 0; line < 20 && (await stepIndex(page)) === 0; line++) await pressOn(page, '[data-focus-id="continue"]');
  expect(await stepIndex(page)).toBe(1);
  // The grid's briefing draws with its art, from the cache.
  await page.waitForSelector('[data-testid="briefing"]');
}

describe('offline after one visit', () => {
  for (const lang of ['en', 'ja', 'zh'] as const satisfies readonly Lang[]) {
    it(`${lang}: with the network cut, a reload opens a level (${lang === 'zh' ? 'by ?level=' : 'from the list'}) and plays a step`, async () => {
      const context: BrowserContext = await game.browser.newContext();
      try {
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(`${game.url}?lang=${lang}&seed=5`);
        await waitForScreen(page, 'title');
        expect(await waitForControl(page)).toMatch(/\/sw\.js$/);

        await context.setOffline(true);
        const failed: string[] = [];
        page.on('requestfailed', (request) => failed.push(request.url()));
        // Offline for real: the server is out of reach from this context.
        expect(await page.evaluate((url) => fetch(`${url}?probe=${Date.now()}`, { cache: 'no-store' }).then(() => 'reached', () => 'unreachable'), `${game.url}missing-file.txt`)).toBe('unreachable');
        failed.length = 0;
        errors.length = 0;

        if (lang === 'zh') {
          // As an assignment link opens it.
          await page.goto(`${game.url}?lang=zh&level=blackout-summer&seed=5`);
        } else {
          await page.reload();
          await waitForScreen(page, 'title');
          await pressOn(page, '[data-focus-id="start"]');
          await waitForScreen(page, 'levels');
          await pressOn(page, '[data-focus-id="play-blackout-summer"]');
        }
        await waitForScreen(page, 'level');
        await playFirstStep(page);
        await shoot(page, `offline-${lang}-grid-briefing`);
        expect(failed).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe({ en: 'en', ja: 'ja', zh: 'zh-Hans' }[lang]);
        expect(errors).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});

/**
 * A new deployment as the browser sees it: sw.js with one precache revision changed. The length
 * stays the same because `vite preview` (sirv) keeps each file's size from its start-up and would
 * cut a longer file back to the old bytes, so the browser would see no new version.
 */
function deployNextVersion(worker: string): void {
  const text = readFileSync(worker, 'utf8');
  const revision = /revision:"([0-9a-f]+)"/.exec(text);
  if (!revision) throw new Error(`${worker} has no precache revision to change`);
  const next = [...revision[1]!].map((digit) => ((parseInt(digit, 16) + 1) % 16).toString(16)).join('');
  const changed = text.replace(revision[0], `revision:"${next}"`);
  expect(changed.length).toBe(text.length);
  writeFileSync(worker, changed);
}

/**
 * The browser finds the new version, from the teacher page of the same site (no canvas there). On a
 * loaded two-core test machine under software rendering, a game page drawing 60 frames a second kept
 * Chromium from starting the check at all (no request for sw.js in 60 s); the game now draws 30.
 * What the game does with a waiting version is the test.
 */
async function findNextVersion(context: BrowserContext, url: string): Promise<void> {
  const teacher = await context.newPage();
  await teacher.goto(`${url}teacher.html`);
  await teacher.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) throw new Error('no service worker registration on the teacher page');
    await registration.update();
  });
  await teacher.waitForFunction(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting), null, { timeout: 60_000 });
  await teacher.close();
}

describe('a new version', () => {
  it('waits for the player on the title (never in a level), then takes over and keeps the save', async () => {
    // A served copy of its own: this test changes sw.js, as a new deployment would.
    const served = await servePreview();
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${served.url}?lang=ja&seed=5`);
      await waitForScreen(page, 'title');
      await waitForControl(page);
      expect(await page.evaluate(() => localStorage.getItem('the-mining-dream.save'))).toContain('"ja"');

      deployNextVersion(join(served.dir, 'sw.js'));
      const firstWorker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
      await findNextVersion(context, served.url);

      // In a level: the new version waits, and nothing is asked.
      await page.goto(`${served.url}?lang=ja&level=blackout-summer&seed=5`);
      await waitForScreen(page, 'level');
      expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(true);
      await passQuestions(page, 'before');
      await page.waitForSelector('[data-testid="dialogue-line"]');
      expect(await page.locator('[data-testid="offer"]').count()).toBe(0);

      // On the title: asked in the player's language. "Later" keeps playing the old version.
      await page.goto(`${served.url}?lang=ja&seed=5`);
      await waitForScreen(page, 'title');
      const offer = page.locator('[data-testid="offer"]');
      await offer.waitFor({ timeout: 60_000 });
      expect(await offer.textContent()).toContain('新しいバージョン');
      await shoot(page, 'offline-ja-update-offer');
      await page.click('[data-testid="update-later"]');
      expect(await offer.count()).toBe(0);

      // Asked again on the next visit, in that visit's language; "Update now" reloads into the new version.
      for (const [lang, words] of [['en', 'new version'], ['zh', '新版本']] as const) {
        await page.goto(`${served.url}?lang=${lang}&seed=5`);
        await waitForScreen(page, 'title');
        await offer.waitFor({ timeout: 60_000 });
        expect(await offer.textContent()).toContain(words);
        await shoot(page, `offline-${lang}-update-offer`);
      }
      const save = await page.evaluate(() => localStorage.getItem('the-mining-dream.save'));
      expect(save).toContain('"zh"');
      // The new worker takes over once the old one has served what the page still asks for: give it time.
      const reloaded = page.waitForEvent('load', { timeout: 90_000 });
      await page.click('[data-testid="update-now"]');
      await reloaded;
      await waitForScreen(page, 'title');
      expect(await page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting))).toBe(false);
      expect(firstWorker).toMatch(/\/sw\.js$/);
      expect(await page.evaluate(() => localStorage.getItem('the-mining-dream.save'))).toBe(save);
      expect(errors).toEqual([]);
      await context.close();
    } finally {
      await browser.close();
      await served.server.close();
    }
  }, 300_000); // its own server, browser and two service worker versions: longer than the tier's 180 s
});
