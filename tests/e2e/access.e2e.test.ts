// axe-core on every screen, in en, ja and zh at 1366x768: the title, About, the sound settings, the
// level list, the questions before a level, the first screen of each mechanic (a scene line, the
// grid, the desk, the site, the evidence board, the zone plan), a debrief and the teacher page.
// No serious or critical finding anywhere; every finding (any impact) is printed with its rule,
// target and help. Phaser's canvas is decorative (the HTML layer carries everything): it must sit
// under aria-hidden, which this test checks rather than excluding it from the audit.
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { StepKind } from '../../src/core';
import { SAVE_KEY } from '../../src/platform/storage';
import { loadLevel } from '../support/levels';
import { logUpToLastStep, logUpToStep } from '../support/saved-play';
import { passQuestions, pressOn, tabTo, waitForScreen, watchErrors, useServedGame } from './harness';

const game = useServedGame();
type Lang = 'en' | 'ja' | 'zh';
const SEED = 3;
const REACH = 200;
const BLOCKING = new Set(['serious', 'critical']);

async function press(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector, REACH);
  await page.keyboard.press('Enter');
}

const levelState = (page: Page): Promise<{ stepIndex: number; finished: boolean } | undefined> =>
  page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => { stepIndex: number; finished: boolean } | undefined } }).__miningDream.levelState());

/** Runs axe on the page as it is; prints every finding and returns the serious and critical ones. */
async function audit(page: Page, where: string): Promise<string[]> {
  // Legacy mode: axe.run in the page itself (the game has no frames), not a blank page per run for
  // axe.finishRun, which on a busy two-core machine doubles the time an audit takes.
  const { violations } = await new AxeBuilder({ page }).setLegacyMode().analyze();
  const blocking: string[] = [];
  for (const violation of violations) {
    for (const node of violation.nodes) {
      const line = `${where}: [${violation.impact ?? 'n/a'}] ${violation.id} at ${node.target.join(' ')} (${violation.help})`;
      console.log(line);
      if (BLOCKING.has(violation.impact ?? '')) blocking.push(line);
    }
  }
  return blocking;
}

/** The canvas is drawn for sighted players only: it (and all of the world) is hidden from assistive tech. */
async function canvasHidden(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const canvases = [...document.querySelectorAll('canvas')];
    return canvases.length > 0 && canvases.every((canvas) => canvas.closest('[aria-hidden="true"]') !== null);
  });
}

/** Resumes a saved play of the level from the level list (the save is written into the page's storage). */
async function resume(page: Page, lang: Lang, levelId: string, log: string): Promise<void> {
  await page.evaluate(
    ([key, value]) => {
      const save = JSON.parse(localStorage.getItem(key) ?? '{}') as Record<string, unknown>;
      localStorage.setItem(key, JSON.stringify({ ...save, inProgress: { levelId: value.levelId, log: value.log } }));
    },
    [SAVE_KEY, { levelId, log }] as const,
  );
  await page.goto(`${game.url}?lang=${lang}&renderer=canvas`);
  await waitForScreen(page, 'title');
  await pressOn(page, '[data-focus-id="start"]');
  await waitForScreen(page, 'levels');
  await pressOn(page, `[data-focus-id="resume-${levelId}"]`);
  await waitForScreen(page, 'level');
}

/** Resumes a play of the level where its first step of the kind begins, and begins that step. */
async function resumeAt(page: Page, lang: Lang, file: string, kind: StepKind): Promise<void> {
  const level = loadLevel(file);
  const index = level.steps.findIndex((s) => s.kind === kind);
  await resume(page, lang, level.id, logUpToStep(level, SEED, index));
  await press(page, `[data-focus-id="begin-${level.steps[index]!.id}"]`);
}

describe.each(['en', 'ja', 'zh'] as const)('axe on every screen (%s)', (lang) => {
  it('finds nothing serious or critical on the menus, each mechanic, a debrief and the teacher page', { timeout: 600_000 }, async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchErrors(page);
    const found: string[] = [];
    const started = Date.now();
    const check = async (where: string): Promise<void> => {
      const before = Date.now();
      found.push(...(await audit(page, `${lang} ${where}`)));
      console.log(`${lang} ${where}: audited in ${Date.now() - before} ms, at ${Date.now() - started} ms`);
    };

    // The menus.
    await page.goto(`${game.url}?lang=${lang}&renderer=canvas`);
    await waitForScreen(page, 'title');
    // The HTML title shows before the engine: the canvas comes when Phaser has loaded behind it.
    await page.waitForSelector('canvas', { state: 'attached', timeout: 60_000 });
    expect(await canvasHidden(page), 'the canvas sits under aria-hidden').toBe(true);
    await check('title');
    await pressOn(page, '[data-focus-id="about"]');
    await waitForScreen(page, 'about');
    await check('about');
    await pressOn(page, '[data-focus-id="back"]');
    await waitForScreen(page, 'title');
    await pressOn(page, '[data-focus-id="sound-settings"]');
    await waitForScreen(page, 'sound-settings');
    await check('sound settings');
    await pressOn(page, '[data-focus-id="sound-back"]');
    await waitForScreen(page, 'title');
    await pressOn(page, '[data-focus-id="start"]');
    await waitForScreen(page, 'levels');
    await check('level list');

    // A scene line (after the questions before the level, audited on the way).
    await page.goto(`${game.url}?lang=${lang}&level=tutorial-first-day&seed=${SEED}&renderer=canvas`);
    await waitForScreen(page, 'level');
    await page.waitForSelector('[data-testid="questions-before"]');
    await check('questions before');
    await passQuestions(page, 'before');
    await page.waitForSelector('[data-testid="dialogue-line"]');
    expect(await canvasHidden(page), 'the canvas sits under aria-hidden in a level').toBe(true);
    await check('scene');

    // The first screen of each mechanic: a play resumed where its step begins, the step begun.
    await resumeAt(page, lang, 'blackout-summer.json', 'grid');
    await page.waitForSelector('[data-focus-id="run-day"]');
    await check('grid');
    await resumeAt(page, lang, 'achievement-projects.json', 'desk');
    await page.waitForSelector('[data-testid="inbox"]');
    await check('desk');
    await resumeAt(page, lang, 'two-systems.json', 'site');
    await page.waitForSelector('[data-focus-id="go-unannounced"]');
    await check('site, going in');
    await press(page, '[data-focus-id="go-unannounced"]');
    await page.waitForSelector('[data-focus-id="leave-without"]');
    await check('site, in the hall');
    await resumeAt(page, lang, 'the-lawsuit.json', 'board');
    await page.waitForSelector('[data-testid="documents"]');
    await check('board');
    await resumeAt(page, lang, 'reckoning.json', 'plan');
    await page.waitForSelector('[data-testid="proposals"]');
    await check('zone plan');

    // A debrief: a play of the lawsuit resumed at its closing scene, played through.
    const lawsuit = loadLevel('the-lawsuit.json');
    await resume(page, lang, lawsuit.id, logUpToLastStep(lawsuit, SEED));
    await page.waitForSelector('[data-testid="dialogue-line"]');
    for (let i = 0; i < 20 && !(await levelState(page))?.finished; i++) await pressOn(page, '[data-focus-id="continue"]');
    await passQuestions(page, 'after');
    await waitForScreen(page, 'debrief');
    await check('debrief');

    // The teacher page.
    await page.goto(`${game.url}teacher.html?lang=${lang}`);
    await waitForScreen(page, 'teacher');
    await check('teacher page');

    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
