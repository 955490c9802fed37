import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { layoutProblems, shoot, waitForScreen, watchErrors, useServedGame } from './harness';

// The other browser tests ask for Phaser's Canvas renderer (?renderer=canvas, far cheaper than
// software WebGL here). This one opens the game as players do: it must get WebGL and draw with it.
const game = useServedGame({ renderer: 'webgl' });

type Probe = { __miningDream: { rendererType: () => number; webglConstant: number } };
// The title shows before Phaser loads; the probe comes with the engine.
const rendererType = async (page: Page) => {
  await page.waitForFunction(() => '__miningDream' in window, undefined, { timeout: 30_000 });
  return page.evaluate(() => (window as unknown as Probe).__miningDream.rendererType());
};
const webglConstant = (page: Page) => page.evaluate(() => (window as unknown as Probe).__miningDream.webglConstant);

describe('the WebGL renderer, as players get it', () => {
  it('draws the title and the city map with WebGL, with no console error', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(game.url);
    await waitForScreen(page, 'title');
    expect(await rendererType(page)).toBe(await webglConstant(page));
    expect(await webglConstant(page)).toBe(2);
    await shoot(page, 'webgl-01-title');
    expect(await layoutProblems(page), 'title').toEqual([]);

    // A level whose world Phaser draws every hour: the city map beside the grid panel.
    await page.goto(`${game.url}?level=blackout-summer&seed=5&lang=en`);
    await waitForScreen(page, 'level');
    await page.locator('[data-testid="questions-skip"]').click();
    await page.waitForSelector('[data-testid="dialogue-line"]');
    while (await page.locator('[data-focus-id="continue"]').count()) await page.locator('[data-focus-id="continue"]').click();
    await page.locator('[data-focus-id="begin-summer-grid"]').click();
    await page.waitForSelector('[data-testid="grid-order"]');
    expect(await rendererType(page)).toBe(2);
    await shoot(page, 'webgl-02-grid');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('?renderer=canvas, the switch the other browser tests use, gives Phaser\'s Canvas renderer', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url}?renderer=canvas`);
    await waitForScreen(page, 'title');
    expect(await rendererType(page)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
