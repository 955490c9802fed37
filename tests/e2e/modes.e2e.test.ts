import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyResultText } from '../../src/content/results';
import { SAVE_KEY } from '../../src/platform/storage';
import { diligentInspector } from '../../src/playtest/players';
import { translate } from '../../src/text/i18n';
import { loadCampaign, playCampaignWith } from '../support/campaign';
import { allLevels } from '../support/levels';
import { layoutProblems, passQuestions, pressOn, shoot, tabTo, waitForScreen, watchErrors, useServedGame } from './harness';

// The link's mode in the game: in practice a hint follows a decision (the lesson, helped or cost,
// the reason and its lines), in an assessment none does and the level says how it is kept; and the
// whole campaign assigned by a link ends with the result file, which the teacher's replay trusts.
const game = useServedGame({ renderer: 'canvas' });
const levels = allLevels();
const campaign = loadCampaign(levels);
type Lang = 'en' | 'ja' | 'zh';

/** From the assignment link to the tutorial's first order, complied with (a cost on the tutorial's lessons). */
async function complyWithFirstOrder(address: string, page: import('playwright-core').Page): Promise<void> {
  await page.goto(address);
  await waitForScreen(page, 'level');
  await passQuestions(page, 'before');
  await page.waitForSelector('[data-testid="dialogue-line"]');
  for (let i = 0; i < 20 && (await page.locator('[data-testid="briefing"]').count()) === 0; i++) await pressOn(page, '[data-focus-id="continue"]');
  await pressOn(page, '[data-focus-id^="begin-"]');
  await page.waitForSelector('[data-testid="grid-order"]');
  await tabTo(page, '[data-focus-id="order-comply"]', 250);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="consequence"]');
}

describe('the modes of an assignment link', () => {
  for (const lang of ['en', 'ja', 'zh'] as const satisfies readonly Lang[]) {
    it(`practice: a hint follows a decision, and is said in the live region (${lang})`, { timeout: 180_000 }, async () => {
      const context = await game.browser.newContext({ viewport: { width: 1024, height: 640 } });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await complyWithFirstOrder(`${game.url}?lang=${lang}&level=tutorial-first-day&seed=7&renderer=canvas`, page);
      const hint = page.locator('[data-testid="hint"]');
      await hint.waitFor();
      const text = (await hint.textContent()) ?? '';
      expect(text.startsWith(translate(lang, 'hint.cost', { lesson: '', reason: '', lines: '' }).split('·')[0]!)).toBe(true);
      expect(text).toContain(translate(lang, 'hint.cost', { lesson: 'X', reason: '', lines: '' }).split('X')[1]!.trim().slice(0, 6));
      await expect.poll(() => page.locator('[role="status"][aria-live="polite"]').first().textContent()).toContain(text.slice(0, 20));
      await hint.scrollIntoViewIfNeeded();
      await shoot(page, `modes-${lang}-practice-hint`);
      expect(await layoutProblems(page)).toEqual([]);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('assessment: no hint after the same decision, and the level says how the play is kept', { timeout: 180_000 }, async () => {
    const context = await game.browser.newContext({ viewport: { width: 1024, height: 640 } });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url}?lang=en&level=tutorial-first-day&seed=7&mode=assessment&renderer=canvas`);
    await waitForScreen(page, 'level');
    await passQuestions(page, 'before');
    await expect(page.locator('[data-testid="mode-note"]').textContent()).resolves.toBe(translate('en', 'mode.assessment'));
    await shoot(page, 'modes-en-assessment-note');
    await complyWithFirstOrder(`${game.url}?lang=en&level=tutorial-first-day&seed=7&mode=assessment&renderer=canvas`, page);
    expect(await page.locator('[data-testid="consequence"]').count()).toBe(1);
    expect(await page.locator('[data-testid="hint"]').count()).toBe(0);
    await shoot(page, 'modes-en-assessment-no-hint');
    expect(errors).toEqual([]);
    await context.close();
  });

  const logs = playCampaignWith(campaign, levels, diligentInspector);
  for (const lang of ['en', 'ja', 'zh'] as const satisfies readonly Lang[]) {
    it(`the campaign assigned by a link ends with the result file, verified by the replay (${lang})`, { timeout: 180_000 }, async () => {
      const context = await game.browser.newContext({ viewport: { width: 1024, height: 640 }, acceptDownloads: true });
      // A save that holds the whole campaign, as the game writes it chapter by chapter.
      await context.addInitScript(
        ([key, save]) => {
          if (!localStorage.getItem(key)) localStorage.setItem(key, save);
        },
        [SAVE_KEY, JSON.stringify({ format: 1, sound: false, language: lang, levels: {}, campaign: { logs } })] as const,
      );
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${game.url}?lang=${lang}&assign=campaign&class=2B&renderer=canvas`);
      await waitForScreen(page, 'campaign');
      await pressOn(page, '[data-focus-id="to-ending"]');
      await waitForScreen(page, 'campaign-ending');
      const panel = page.locator('[data-testid="ending"] [data-testid="assignment"]');
      await panel.waitFor();
      const ending = await page.locator('[data-ending]').getAttribute('data-ending');
      await expect(panel.locator('[data-testid="assignment-ending"]').textContent()).resolves.toBe(translate(lang, 'assignment.ending', { title: campaign.endings.find((e) => e.id === ending)!.title[lang] }));
      await page.fill('#assignment-student', 'Mei');
      await panel.scrollIntoViewIfNeeded();
      await shoot(page, `modes-${lang}-campaign-ending-result`);
      expect(await layoutProblems(page)).toEqual([]);
      const [download] = await Promise.all([page.waitForEvent('download'), page.focus('[data-focus-id="assignment-download"]').then(() => page.keyboard.press('Enter'))]);
      const file = join(tmpdir(), `campaign-${lang}-${Date.now()}.json`);
      await download.saveAs(file);
      expect(download.suggestedFilename()).toBe('mining-dream-campaign-Mei.json');
      const verdict = verifyResultText(levels, readFileSync(file, 'utf8'), campaign);
      expect(verdict).toMatchObject({ readable: true, verified: true, classLabel: '2B', student: 'Mei', campaign: { ending } });

      if (lang === 'en') {
        const teacher = await context.newPage();
        await teacher.goto(`${game.url}teacher.html?lang=en`);
        await waitForScreen(teacher, 'teacher');
        await teacher.setInputFiles('#result-files', [file]);
        const row = teacher.locator('[data-testid="class-table"] tbody tr').first();
        await row.waitFor();
        expect(await teacher.locator('[data-testid="class-table"] tbody tr.unverified').count()).toBe(0);
        await expect(row.locator('[data-testid="campaign-ending"]').textContent()).resolves.toContain(campaign.endings.find((e) => e.id === ending)!.title.en);
        await teacher.check('[data-testid="link-campaign"]');
        await expect(teacher.inputValue('[data-testid="assignment-link"]')).resolves.toContain('assign=campaign');
        await shoot(teacher, 'modes-en-teacher-campaign');
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
