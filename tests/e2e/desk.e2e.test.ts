import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inbox, type DeskState, type DeskStep, type GameState } from '../../src/core';
import { perfectDesk } from '../../src/playtest/desk-players';
import { loadLevel } from '../support/levels';
import { layoutProblems, pressOn, shoot, textContrast, waitForScreen, watchErrors, useServedGame, passQuestions } from './harness';
import { performDeskAction, pressFocus } from './desk-keys';

// The review desk with the keyboard alone. The presses follow the scripted perfect player (it
// knows the truth), translated into the keys a player would press on the screen.

const game = useServedGame();
const level = loadLevel('digital-economy-slogan.json');
const desk = level.steps.find((s): s is DeskStep => s.kind === 'desk')!;
const SEED = 4;

type Lang = 'en' | 'ja' | 'zh';

const snapshot = (page: Page): Promise<GameState | undefined> =>
  page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => never } }).__miningDream.levelState());
const deskOf = async (page: Page): Promise<DeskState> => (await snapshot(page))!.desk[desk.id]!;

async function throughScene(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="dialogue-line"]');
  const at = (await snapshot(page))!.stepIndex;
  for (let i = 0; i < 20 && (await snapshot(page))?.stepIndex === at && !(await snapshot(page))?.finished; i++) await pressOn(page, '[data-focus-id="continue"]');
}

async function expectLegibleDesk(page: Page, where: string): Promise<void> {
  expect(await layoutProblems(page), where).toEqual([]);
  // Document text at 1366 x 768 must read like body text, not like small print.
  const sizes = await page.$$eval('[data-testid="documents"] .field .value, [data-testid="documents"] .field .label', (els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  expect(sizes.length, where).toBeGreaterThan(0);
  expect(Math.min(...sizes), where).toBeGreaterThanOrEqual(12);
}

/**
 * A ringing call read as a player first sees it: each of its answers wholly inside the visible box
 * of its panel (not cut, not under the sticky footer), and the call given room to be read (at least
 * 30% of the stage wide; the inbox column it was squeezed into is about 18%).
 */
async function expectReadableCall(page: Page, where: string): Promise<void> {
  const found = await page.evaluate(() => {
    const stage = document.getElementById('stage')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('[data-testid^="call-"]')].map((call) => {
      const panel = call.closest<HTMLElement>('.frame')!;
      const f = panel.getBoundingClientRect();
      const footer = panel.querySelector<HTMLElement>(':scope > .sticky-actions');
      const bottom = footer ? Math.min(f.bottom, footer.getBoundingClientRect().top) : f.bottom;
      const cut = [...call.querySelectorAll<HTMLElement>('button:not(.source-link, .term)')]
        .filter((b) => {
          const r = b.getBoundingClientRect();
          return r.height === 0 || r.top < f.top - 1 || r.bottom > bottom + 1 || r.left < f.left - 1 || r.right > f.right + 1;
        })
        .map((b) => (b.textContent ?? '').trim());
      return { buttons: call.querySelectorAll('button:not(.source-link, .term)').length, cut, share: call.getBoundingClientRect().width / stage.width };
    });
  });
  expect(found.length, where).toBeGreaterThan(0);
  for (const call of found) {
    expect(call.buttons, where).toBe(3);
    expect(call.cut, where).toEqual([]);
    expect(call.share, where).toBeGreaterThanOrEqual(0.3);
  }
}

/** Opens the level, goes through the opening scene and the briefing to the desk. */
async function toTheDesk(page: Page, lang: Lang): Promise<void> {
  await page.goto(`${game.url}?lang=${lang}&level=${level.id}&seed=${SEED}`);
  await waitForScreen(page, 'level');
  await passQuestions(page, 'before');
  while (level.steps[(await snapshot(page))!.stepIndex]!.kind === 'scene') await throughScene(page);
  await page.waitForSelector('[data-testid="briefing"]');
  await pressOn(page, `[data-focus-id="begin-${desk.id}"]`);
  await page.waitForSelector('[data-testid="inbox"]');
}

/** Plays the perfect player's actions until the given application is decided (or the desk closes). */
async function reviewUntilDecided(page: Page, applicationId: string | null, shot: (name: string) => Promise<void>): Promise<void> {
  for (let guard = 0; guard < 120; guard++) {
    const state = await deskOf(page);
    if (state.finished || (applicationId && state.applications[applicationId]!.decision)) return;
    // Reviewing one application, the player works on that folder alone (and answers the phone).
    const onDesk = applicationId ? { ...desk, applications: desk.applications.filter((a) => a.id === applicationId) } : desk;
    const next = perfectDesk(onDesk, state) ?? { type: 'desk-end-day' as const };
    // Open the folder the action is about, as a player would.
    if ('applicationId' in next) {
      const open = await page.getAttribute(`[data-focus-id="folder-${next.applicationId}"]`, 'aria-pressed');
      if (open !== 'true') await pressFocus(page, `folder-${next.applicationId}`);
    }
    if (next.type === 'desk-answer-call') {
      await shot(`call-${next.callId}`);
      await expectReadableCall(page, `call ${next.callId}`);
    }
    const before = JSON.stringify(state);
    await performDeskAction(page, next);
    await expect.poll(async () => JSON.stringify(await deskOf(page)), { timeout: 10_000 }).not.toBe(before);
    if (next.type === 'desk-cross-check' && applicationId) await shot('02-discrepancy');
  }
  throw new Error('the desk did not finish');
}

describe('the review desk in the browser', () => {
  it('keeps a rule and a field readable in every state: plain, hovered, selected, selected and hovered, focused', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    const page = await context.newPage();
    await toTheDesk(page, 'en');
    const rule = '[data-ref^="rule:"]';
    const field = '[data-testid="documents"] .field[data-ref]';
    await page.waitForSelector(rule);
    const away = async () => page.mouse.move(1, 1);
    for (const selector of [rule, field]) {
      const states: Record<string, number> = {};
      await away();
      states['plain'] = await textContrast(page, selector);
      await page.hover(selector);
      states['hovered'] = await textContrast(page, selector);
      await page.click(selector);
      await expect(page.locator(selector).first().getAttribute('aria-pressed')).resolves.toBe('true');
      await page.hover(selector);
      states['selected and hovered'] = await textContrast(page, selector);
      await away();
      states['selected'] = await textContrast(page, selector);
      await page.focus(selector);
      states['selected and focused'] = await textContrast(page, selector);
      for (const [state, ratio] of Object.entries(states)) expect(ratio, `${selector} ${state}`).toBeGreaterThanOrEqual(4.5);
      await page.click(selector);
    }
    await context.close();
  });

  for (const lang of ['en', 'ja', 'zh'] as const) {
    // Keyboard only: every press tabs through a full desk, which a loaded two-core machine makes slow.
    it(`reviews one application end to end with the keyboard only, in ${lang}, legible at 1366 x 768`, { timeout: 600_000 }, async () => {
      const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      const shot = (name: string) => shoot(page, `desk-${lang}-${name}`);
      await toTheDesk(page, lang);
      await shot('01-inbox');
      await expectLegibleDesk(page, 'inbox');

      // The first folder that hides something: the review then takes checks, findings and reasons.
      const waiting = inbox(desk, await deskOf(page));
      const first = waiting.find((a) => a.truth.discrepancies.length > 0) ?? waiting[0]!;
      await reviewUntilDecided(page, first.id, shot);
      const decision = (await deskOf(page)).applications[first.id]!.decision!;
      expect(decision.key).toMatch(/Sound|Cured|Reasoned|Corrupt/);
      expect(decision.reasons).toEqual(first.truth.legitimate ? [] : first.truth.discrepancies.map((d) => d.id));
      await expect(page.locator('[data-testid="message"]').textContent()).resolves.toContain(first.project[lang]);
      expect(first.truth.discrepancies.length).toBeGreaterThan(0);
      await shot('03-decided');
      await expectLegibleDesk(page, 'decided');

      if (lang === 'en') {
        // The rest of the desk, then the years that follow, the closing scene and the debrief.
        await reviewUntilDecided(page, null, shot);
        await page.waitForSelector('[data-testid="timeline"]');
        await shot('04-closed');
        expect(await layoutProblems(page), 'closed').toEqual([]);
        await pressFocus(page, 'leave-desk');
        await throughScene(page);
        await passQuestions(page, 'after');
        await waitForScreen(page, 'debrief');
        await page.waitForSelector('[data-testid="applications-truth"]');
        await shot('05-debrief');
        expect(await layoutProblems(page), 'debrief').toEqual([]);
        await expect(page.locator('[data-testid="debrief-heading"], #debrief-heading').first().textContent()).resolves.toMatch(/\d+/);
      }
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
