import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { realNameSpellings } from '../../src/content/real-people';
import { SAVE_KEY } from '../../src/platform/storage';
import { loadLevel } from '../support/levels';
import { logUpToLastStep } from '../support/saved-play';
import { passQuestions, pressOn, shoot, waitForScreen, watchErrors, useServedGame } from './harness';

// "Names or roles" in the browser: with ?names=roles, no screen of "The digital-economy slogan"
// (the level that names the case's people most) shows a real name: the title, the opening scene
// line by line, the closing scene and the debrief, in each language. The desk between them is
// replayed from a saved play, as a reload would.

const game = useServedGame();
const level = loadLevel('digital-economy-slogan.json');
const SEED = 4;
type Lang = 'en' | 'ja' | 'zh';
const ROLE: Record<Lang, string> = { en: 'Party Secretary', ja: '市委書記', zh: '市委书记' };

async function namesOnScreen(page: Page, language: Lang): Promise<string[]> {
  const text = await page.evaluate(() => document.body.innerText);
  return realNameSpellings(language).filter((re) => re.test(text)).map((re) => re.source);
}

async function through(page: Page, language: Lang, where: string): Promise<void> {
  await page.waitForSelector('[data-testid="dialogue-line"]');
  const at = () => page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => { stepIndex: number; finished: boolean } } }).__miningDream.levelState());
  const start = (await at()).stepIndex;
  for (let i = 0; i < 20; i++) {
    expect(await namesOnScreen(page, language), `${where}, line ${i + 1}`).toEqual([]);
    const now = await at();
    if (now.stepIndex !== start || now.finished) break;
    await pressOn(page, '[data-focus-id="continue"]');
  }
}

describe.each(['en', 'ja', 'zh'] as const)('real people by role (%s)', (language) => {
  it('no screen of the slogan level names them, and the roles are there instead', async () => {
    const page = await game.browser.newPage({ viewport: { width: 1366, height: 768 } });
    const errors = watchErrors(page);
    // The title: the setting is on and says so.
    await page.goto(`${game.url}?lang=${language}&names=roles&renderer=canvas`);
    await waitForScreen(page, 'title');
    expect(await page.getAttribute('[data-focus-id="names"]', 'data-focus-id')).toBe('names');
    expect(await namesOnScreen(page, language)).toEqual([]);

    // The opening scene, line by line.
    await page.goto(`${game.url}?lang=${language}&names=roles&level=${level.id}&seed=${SEED}&renderer=canvas`);
    await waitForScreen(page, 'level');
    // The questions before the first step name people too (by token): by role here.
    await page.waitForSelector('[data-testid="questions-before"]');
    expect(await namesOnScreen(page, language), 'questions before').toEqual([]);
    await passQuestions(page, 'before');
    await through(page, language, 'opening scene');

    // A saved play up to the closing scene, resumed: the closing scene and the debrief.
    const log = logUpToLastStep(level, SEED);
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [SAVE_KEY, JSON.stringify({ format: 1, sound: false, names: 'roles', levels: {}, inProgress: { levelId: level.id, log } })] as const,
    );
    await page.goto(`${game.url}?lang=${language}&renderer=canvas`);
    await waitForScreen(page, 'title');
    await pressOn(page, '[data-focus-id="start"]');
    await waitForScreen(page, 'levels');
    await pressOn(page, `[data-focus-id="resume-${level.id}"]`);
    await waitForScreen(page, 'level');
    await through(page, language, 'closing scene');
    await page.waitForSelector('[data-testid="questions-after"]');
    expect(await namesOnScreen(page, language), 'questions after').toEqual([]);
    await passQuestions(page, 'after');
    await waitForScreen(page, 'debrief');
    await shoot(page, `names-roles-debrief-${language}`);
    expect(await namesOnScreen(page, language), 'debrief').toEqual([]);
    expect(await page.evaluate(() => document.body.innerText)).toContain(ROLE[language]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
