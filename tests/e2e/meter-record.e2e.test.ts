import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { legalActions, type DeskStep, type GameState } from '../../src/core';
import { diligentReader } from '../../src/playtest/blind-players';
import { loadLevel } from '../support/levels';
import { layoutProblems, pressOn, shoot, waitForScreen, watchErrors, useServedGame, passQuestions } from './harness';
import { performDeskAction, pressFocus } from './desk-keys';

// "74.75 million kWh" (2018) with the keyboard alone, from the first scene to the debrief. The
// presses follow the diligent reader (it reads only what the screen shows), translated into the
// keys a player would press.

const game = useServedGame();
const level = loadLevel('meter-record-2018.json');
const desk = level.steps.find((s): s is DeskStep => s.kind === 'desk')!;

const snapshot = (page: Page): Promise<GameState> =>
  page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => never } }).__miningDream.levelState());

async function throughScene(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="dialogue-line"]');
  const at = (await snapshot(page)).stepIndex;
  for (let i = 0; i < 20 && (await snapshot(page)).stepIndex === at && !(await snapshot(page)).finished; i++) await pressOn(page, '[data-focus-id="continue"]');
}

describe('74.75 million kWh in the browser', () => {
  it('audits the year with the keyboard only, refers Genesis to the discipline commission, and reaches the debrief', { timeout: 600_000 }, async () => {
    const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${game.url}?lang=en&level=${level.id}&seed=4`);
    await waitForScreen(page, 'level');
    await passQuestions(page, 'before');
    await shoot(page, 'meter-record-en-01-scene');
    await throughScene(page);
    await page.waitForSelector('[data-testid="briefing"]');
    await pressOn(page, `[data-focus-id="begin-${desk.id}"]`);
    await page.waitForSelector('[data-testid="inbox"]');

    let shotCall = false;
    for (let guard = 0; guard < 80; guard++) {
      const state = await snapshot(page);
      if (state.desk[desk.id]!.finished) break;
      if (!shotCall && state.desk[desk.id]!.calls['secretary-genesis-record'] === 'pending') {
        shotCall = true;
        await shoot(page, 'meter-record-en-02-call');
        expect(await layoutProblems(page), 'call').toEqual([]);
      }
      const next = diligentReader(level, state, legalActions(level, state));
      if (next.type !== 'desk') throw new Error(`the reader wanted ${next.type} at the desk`);
      const act = next.act;
      if ('applicationId' in act && (await page.getAttribute(`[data-focus-id="folder-${act.applicationId}"]`, 'aria-pressed')) !== 'true') await pressFocus(page, `folder-${act.applicationId}`);
      if (act.type === 'desk-decide' && act.applicationId === 'genesis') {
        await shoot(page, 'meter-record-en-03-genesis');
        expect(await layoutProblems(page), 'genesis').toEqual([]);
        // The audit's own words on the verdict buttons.
        await expect(page.locator('[data-focus-id="verdict-genesis-approve"]').textContent()).resolves.toBe('The record stands');
      }
      const before = JSON.stringify(state);
      await performDeskAction(page, act);
      await expect.poll(async () => JSON.stringify(await snapshot(page)), { timeout: 10_000 }).not.toBe(before);
    }
    expect(shotCall).toBe(true);

    const closed = (await snapshot(page)).desk[desk.id]!;
    expect(closed.applications['genesis']!.decision).toMatchObject({ verdict: 'refer', key: 'referredCorrupt' });
    expect(closed.applications['textile-mill']!.decision?.key).toBe('conditionedCured');
    await page.waitForSelector('[data-testid="timeline"]');
    await expect(page.locator('[data-testid="verdicts"]').textContent()).resolves.toContain('Refer to the discipline commission');
    await shoot(page, 'meter-record-en-04-closed');
    await pressFocus(page, 'leave-desk');
    await throughScene(page);
    await passQuestions(page, 'after');
    await waitForScreen(page, 'debrief');
    await page.waitForSelector('[data-testid="applications-truth"]');
    await expect(page.locator('[data-testid="applications-truth"]').textContent()).resolves.toContain('Your decision: The record stands.');
    await shoot(page, 'meter-record-en-05-debrief');
    expect(await layoutProblems(page), 'debrief').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
