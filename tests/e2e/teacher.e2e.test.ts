import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { shoot, waitForScreen, watchErrors, useServedGame } from './harness';

// The teacher page of the same build: every level listed, a link built and opened (the game opens
// the level it names), a class's result files opened and re-scored in the page, in each language
// at a small laptop and a projector's size. Keyboard for the form; files through the file chooser.

const game = useServedGame();
const FILES = ['diligent-two-levels.json', 'historical-blackout.json', 'edited-score.json', 'cut-short.json'].map((f) => `tests/fixtures/results/${f}`);

/** Nothing wider than the page, and no control cut off at its right edge. */
async function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('.teacher *')].filter((el) => el.getBoundingClientRect().right > width + 1);
    return wide.map((el) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}"`);
  });
}

describe.each(['en', 'ja', 'zh'] as const)('the teacher page (%s)', (language) => {
  it('lists the levels, builds a link that opens the level, and re-scores a class', async () => {
    for (const viewport of [{ width: 1024, height: 640 }, { width: 1920, height: 1080 }]) {
      const page = await game.browser.newPage({ viewport });
      const errors = watchErrors(page);
      // Printing is the browser's dialog: the stub records what the page asked to print alone.
      await page.addInitScript(() => {
        window.print = () => {
          (window as unknown as { printed: string[] }).printed = [...((window as unknown as { printed?: string[] }).printed ?? []), document.body.dataset['print'] ?? 'page'];
        };
      });
      await page.goto(`${game.url}teacher.html?lang=${language}`);
      await waitForScreen(page, 'teacher');
      expect(await page.locator('table.catalogue tbody tr').count()).toBeGreaterThanOrEqual(5);

      // Choose a level and a seed with the keyboard, as a form is filled in.
      await page.focus('[data-testid="link-level-two-systems"]');
      await page.keyboard.press('Space');
      await page.fill('#link-seed', '42');
      await page.keyboard.press('Tab');
      const link = await page.inputValue('[data-testid="assignment-link"]');
      expect(link).toMatch(new RegExp(`index\\.html\\?lang=${language}&level=two-systems&seed=42$`));

      await page.setInputFiles('#result-files', FILES);
      const rows = page.locator('[data-testid="class-table"] tbody tr');
      await rows.first().waitFor();
      expect(await rows.count()).toBe(4);
      expect(await page.locator('[data-testid="class-table"] tbody tr.unverified').count()).toBe(2);
      expect(await overflow(page)).toEqual([]);
      await shoot(page, `teacher-${language}-${viewport.width}`);
      expect(errors).toEqual([]);

      if (viewport.width === 1024) {
        // A level's facilitator's guide opens below the catalogue and prints alone, fitting the page.
        await page.click('[data-testid="discuss-blackout-summer"] summary');
        expect(await page.locator('[data-testid="discuss-blackout-summer"] li').count()).toBe(3);
        await page.click('[data-testid="guide-blackout-summer"]');
        const guide = page.locator('[data-testid="facilitator-guide"]');
        expect(await guide.getAttribute('data-level')).toBe('blackout-summer');
        expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['guide']);
        expect(await guide.locator('[data-testid="guide-prompts"] > li').count()).toBe(3);
        expect(await overflow(page)).toEqual([]);
        await page.emulateMedia({ media: 'print' });
        await page.evaluate(() => (document.body.dataset['print'] = 'guide'));
        expect(await page.locator('#catalogue-heading').isVisible()).toBe(false);
        expect(await guide.isVisible()).toBe(true);
        await shoot(page, `teacher-guide-${language}`);
        await page.emulateMedia({ media: 'screen' });

        // The link opens the game at that level, with that seed.
        const student = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
        await student.goto(`${link}&renderer=canvas`);
        await waitForScreen(student, 'level');
        const opened = await student.evaluate(() => (window as unknown as { __miningDream: { levelState: () => { levelId: string; seed: number } } }).__miningDream.levelState());
        expect(opened).toMatchObject({ levelId: 'two-systems', seed: 42 });
        await student.close();
      }
      await page.close();
    }
  });
});
