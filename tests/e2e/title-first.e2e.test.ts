import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pressOn, screen, shoot, waitForScreen, watchErrors, useServedGame } from './harness';

// The title is HTML and shows before the engine (Phaser and the scenes) has loaded. Here the
// engine's file is held back: Start says "Loading…" (and the live region says it), a second press
// is dropped, and the one kept goes on once the engine arrives. A dropped network is said, and the
// next press tries again.
const game = useServedGame();
const ENGINE = /\/assets\/engine-[\w-]+\.js$/;
const LOADING = { en: 'Loading…', ja: '読み込み中…', zh: '正在加载…' } as const;

const liveText = (page: Page) => page.locator('[role="status"][aria-live="polite"]').first().textContent();

describe('the title before the engine', () => {
  for (const lang of ['en', 'ja', 'zh'] as const) {
    it(`a Start pressed while the engine loads says so, keeps focus, and goes on once (${lang})`, async () => {
      const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const held: Route[] = [];
      await page.route(ENGINE, (route) => void held.push(route));
      await page.goto(`${game.url}?lang=${lang}`);
      await waitForScreen(page, 'title');
      await expect.poll(() => held.length).toBe(1);
      // The title and its menu work without the engine.
      expect(await page.locator('canvas').count()).toBe(0);

      await pressOn(page, '[data-focus-id="start"]');
      const start = page.locator('[data-focus-id="start"]');
      await expect.poll(() => start.getAttribute('data-loading')).toBe('true');
      await expect(start.textContent()).resolves.toBe(LOADING[lang]);
      await expect(start.getAttribute('aria-busy')).resolves.toBe('true');
      await expect.poll(() => liveText(page)).toContain(LOADING[lang]);
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-focus-id'))).toBe('start');
      await shoot(page, `title-first-${lang}-loading`);
      // A second press while waiting changes nothing.
      await page.keyboard.press('Enter');
      expect(await screen(page)).toBe('title');

      await held[0]!.continue();
      await page.unroute(ENGINE);
      await waitForScreen(page, 'levels');
      await expect.poll(() => page.locator('canvas').count()).toBe(1);
      // Went on once: the level list shows, and stays.
      await page.waitForTimeout(500);
      expect(await screen(page)).toBe('levels');
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('an engine that cannot load is said on the title, and Start then tries again', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    const page = await context.newPage();
    let fail = true;
    await page.route(ENGINE, (route) => (fail ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(`${game.url}?lang=en`);
    await waitForScreen(page, 'title');
    // The title asks for the engine by itself once it is drawn; the failure is said there.
    await expect.poll(() => page.locator('#notices').textContent()).toContain('could not finish loading');
    expect(await screen(page)).toBe('title');
    expect(await page.locator('[data-focus-id="start"]').getAttribute('data-loading')).toBeNull();
    await shoot(page, 'title-first-en-failed');
    fail = false;
    await pressOn(page, '[data-focus-id="start"]');
    await waitForScreen(page, 'levels');
    await context.close();
  });
});
