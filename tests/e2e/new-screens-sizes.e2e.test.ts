import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { layoutProblems, shoot, waitForScreen, watchErrors, useServedGame } from './harness';

const game = useServedGame();

/** Every panel of the grid, of an inspection and of the review desk, by mouse, checking that each fits its boxes. */
async function visitEveryPanel(page: Page, name: string): Promise<void> {
  const click = async (selector: string) => page.locator(selector).first().click();
  const check = async (where: string) => {
    await shoot(page, `${name}-${where}`);
    expect(await layoutProblems(page), `${name} ${where}`).toEqual([]);
  };
  const throughDialogue = async () => {
    while (await page.locator('[data-focus-id="continue"]').count()) await click('[data-focus-id="continue"]');
  };

  await page.goto(`${game.url}?level=blackout-summer&seed=3&lang=${name.split('-').pop()}`);
  await waitForScreen(page, 'level');
  await click('[data-testid="questions-skip"]');
  await throughDialogue();
  await check('grid-briefing');
  await click('[data-focus-id="begin-summer-grid"]');
  await check('grid-today');
  for (const tab of ['levers', 'metering', 'rules'] as const) {
    await click(`#tab-${tab}`);
    if (tab === 'metering') await click('[data-focus-id="monitor-load-profile"]');
    await check(`grid-${tab}`);
  }
  await click('[data-focus-id="grid-table"]');
  await check('grid-table');

  await page.goto(`${game.url}?level=two-systems&seed=3&lang=${name.split('-').pop()}`);
  await waitForScreen(page, 'level');
  await click('[data-testid="questions-skip"]');
  await throughDialogue();
  await click('[data-focus-id="begin-university-lab"]');
  await check('site-go-in');
  await click('[data-focus-id="go-unannounced"]');
  for (const [place, tool] of [['console-1', 'reboot'], ['office', 'read-records'], ['technician', 'interview']]) {
    await click(`[data-focus-id="place-${place}"]`);
    await click(`[data-focus-id="use-${place}-${tool}"]`);
  }
  await check('site-looked');

  // The review desk: the call on arrival, a cross-check, the next day's bulletin and folders, the closed desk.
  await page.goto(`${game.url}?level=achievement-projects&seed=3&lang=${name.split('-').pop()}`);
  await waitForScreen(page, 'level');
  await click('[data-testid="questions-skip"]');
  await throughDialogue();
  await click('[data-focus-id="begin-achievement-desk"]');
  await check('desk-call');
  await click('[data-focus-id="call-reported-secretary-car-plant"]');
  await click('[data-ref="subsidy.amount"]');
  await click('[data-ref="budget.total"]');
  await click('[data-focus-id="cross-check"]');
  await check('desk-checked');
  await click('[data-focus-id="end-day"]');
  await click('[data-focus-id="folder-brt-line"]');
  await check('desk-day-two');
  // A later day may open with another call from the Secretary's office: answer it, then end the day.
  while (await page.locator('[data-focus-id="end-day"]').count()) {
    const call = page.locator('[data-focus-id^="call-reported-"]');
    if (await call.count()) await call.first().click();
    else await click('[data-focus-id="end-day"]');
  }
  await page.waitForSelector('[data-testid="timeline"]');
  await check('desk-closed');
}

describe('the grid, inspection and desk screens at other sizes', () => {
  for (const [width, height, lang] of [[1024, 640, 'ja'], [1024, 640, 'zh'], [1920, 1080, 'en']] as const) {
    it(`fit every box at ${width}x${height} in ${lang}`, async () => {
      const context = await game.browser.newContext({ viewport: { width, height }, locale: 'en-US' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await visitEveryPanel(page, `sizes-${width}-${lang}`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
