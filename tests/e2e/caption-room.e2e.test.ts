// Captions never cover a panel (issue 15: captions readable, every panel usable at 1366x768, at
// 200% zoom and with large text). With captions on, the stage keeps a band at its foot for the
// caption strip and the screens end above it: on the grid, the evidence board and the debrief, with
// a caption showing, neither the strip nor any caption line on it meets a visible panel's box, in
// en, ja and zh, at 1366x768, 1920x1080, 200% zoom and with large text. The hotspots over the board's
// drawing still sit where the drawing is (they reach down through the band).
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { translate } from '../../src/text/i18n';
import type { BoardStep } from '../../src/core';
import { cardBox } from '../../src/ui/board-view';
import { STAGE } from '../../src/ui/stage-layout';
import { loadLevel } from '../support/levels';
import { logUpToLastStep, logUpToStep } from '../support/saved-play';
import { levelFinished, passQuestions, pressOn, shoot, tabTo, useServedGame, waitForScreen, watchErrors, writeSave } from './harness';

const game = useServedGame();
type Lang = 'en' | 'ja' | 'zh';
const SEED = 3;
const REACH = 200;
const AT_1366: BrowserContextOptions = { viewport: { width: 1366, height: 768 } };
const AT_1920: BrowserContextOptions = { viewport: { width: 1920, height: 1080 } };
const AT_200_PERCENT: BrowserContextOptions = { viewport: { width: 683, height: 384 }, deviceScaleFactor: 2 };

async function press(page: Page, selector: string): Promise<void> {
  await tabTo(page, selector, REACH);
  await page.keyboard.press('Enter');
}


async function resume(page: Page, lang: Lang, levelId: string, log: string): Promise<void> {
  await writeSave(page, { inProgress: { levelId, log } });
  await page.goto(`${game.url}?lang=${lang}`);
  await waitForScreen(page, 'title');
  await pressOn(page, '[data-focus-id="start"]');
  await waitForScreen(page, 'levels');
  await pressOn(page, `[data-focus-id="resume-${levelId}"]`);
  await waitForScreen(page, 'level');
}

async function resumeAt(page: Page, lang: Lang, file: string, kind: 'grid' | 'board'): Promise<void> {
  const level = loadLevel(file);
  const index = level.steps.findIndex((s) => s.kind === kind);
  await resume(page, lang, level.id, logUpToStep(level, SEED, index));
  await press(page, `[data-focus-id="begin-${level.steps[index]!.id}"]`);
}

/** The caption lines on screen now, in order. */
const captionsShowing = (page: Page): Promise<string[]> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="captions"] p')].filter((p) => p.getClientRects().length > 0 && (p.textContent ?? '').trim() !== '').map((p) => p.textContent ?? ''),
  );

/**
 * Every visible panel (a .frame or the level bar) whose box meets the caption strip's box or the
 * box of a caption line on it, as "panel class: bottom at N px, caption from M px".
 */
async function captionsOverPanels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const strip = document.querySelector<HTMLElement>('[data-testid="captions"]')!;
    const lines = [...strip.querySelectorAll<HTMLElement>('p')].filter((p) => p.getClientRects().length > 0);
    const boxes = [strip, ...lines].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
    const problems: string[] = [];
    for (const panel of document.querySelectorAll<HTMLElement>('#ui .frame, #ui .level-bar')) {
      const a = panel.getBoundingClientRect();
      if (a.width === 0 || a.height === 0 || getComputedStyle(panel).visibility === 'hidden') continue;
      const hit = boxes.find((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1);
      if (hit) problems.push(`${panel.className}: bottom at ${Math.round(a.bottom)} px, caption from ${Math.round(hit.top)} px`);
    }
    // Each caption line stays inside the band: wrapped or cut, never spilling out of it.
    const band = strip.getBoundingClientRect();
    for (const line of lines) {
      const r = line.getBoundingClientRect();
      if (r.top < band.top - 1 || r.bottom > band.bottom + 1 || r.left < band.left - 1 || r.right > band.right + 1) problems.push(`caption outside the band: "${line.textContent ?? ''}"`);
      if (line.scrollWidth > line.clientWidth + 1) problems.push(`caption wider than its box: "${line.textContent ?? ''}"`);
    }
    return problems;
  });
}

const CASES: [Lang, string, BrowserContextOptions, boolean][] = [
  ['en', '1366x768', AT_1366, false],
  ['ja', '1366x768', AT_1366, false],
  ['zh', '1920x1080', AT_1920, false],
  ['en', '200% zoom', AT_200_PERCENT, false],
  ['ja', '200% zoom', AT_200_PERCENT, false],
  ['zh', 'large text at 1366x768', AT_1366, true],
];

describe('the caption band', () => {
  it.each(CASES)('no caption covers a panel on the grid, the evidence board or the debrief (%s, %s)', { timeout: 300_000 }, async (lang, where, options, large) => {
    const page = await game.browser.newPage(options);
    const errors = watchErrors(page);
    const tag = `caption-room-${lang}-${where.replace(/[^a-z0-9]+/gi, '-')}`;
    await page.goto(`${game.url}?lang=${lang}`);
    await waitForScreen(page, 'title');
    if (large) await writeSave(page, { displaySettings: { largeText: true } });
    const problems: string[] = [];

    // The grid: the city at night is heard; the day's charts and their legend end above the band.
    await resumeAt(page, lang, 'blackout-summer.json', 'grid');
    await page.waitForSelector('[data-focus-id="run-day"]');
    await expect.poll(() => captionsShowing(page)).toContain(translate(lang, 'caption.ambience.cityNight'));
    for (const p of await captionsOverPanels(page)) problems.push(`grid: ${p}`);
    await shoot(page, `${tag}-grid`);
    // The longest caption and a cue at once (the mining hall's roar as the alarm sounds), put on
    // the strip as the overlay would: both stay in the band, the ambience cut if it must be, its
    // whole text still in its live line.
    const longest = translate(lang, 'caption.ambience.mining');
    await page.evaluate(
      ([ambience, cue]) => {
        document.querySelector('[data-testid="caption-ambience"]')!.textContent = ambience;
        document.querySelector('[data-testid="caption-cue"]')!.textContent = cue;
      },
      [longest, translate(lang, 'caption.cue.alarm')] as const,
    );
    await expect.poll(() => captionsShowing(page)).toEqual([longest, translate(lang, 'caption.cue.alarm')]);
    for (const p of await captionsOverPanels(page)) problems.push(`grid, two captions: ${p}`);
    await shoot(page, `${tag}-grid-two-captions`);

    // The evidence board: the bureau is heard; the documents panel ends above the band, and a
    // document's hotspot is still over its drawn card.
    await resumeAt(page, lang, 'the-lawsuit.json', 'board');
    await page.waitForSelector('.map-layer .board-card');
    await expect.poll(() => captionsShowing(page)).toContain(translate(lang, 'caption.ambience.bureau'));
    for (const p of await captionsOverPanels(page)) problems.push(`board: ${p}`);
    const [card, stage] = await page.evaluate(() => [document.querySelector('.map-layer .board-card')!.getBoundingClientRect().toJSON() as DOMRect, document.getElementById('stage')!.getBoundingClientRect().toJSON() as DOMRect]);
    const lawsuit = loadLevel('the-lawsuit.json');
    const board = lawsuit.steps.find((s): s is BoardStep => s.kind === 'board')!;
    const drawn = cardBox(board.cards[0]!);
    expect(card.top - stage.top).toBeCloseTo((drawn.y / STAGE.height) * stage.height, 0);
    expect(card.height).toBeCloseTo((drawn.height / STAGE.height) * stage.height, 0);
    await shoot(page, `${tag}-board`);

    // The debrief: the theme is heard for a few seconds as it opens.
    await resume(page, lang, lawsuit.id, logUpToLastStep(lawsuit, SEED));
    await page.waitForSelector('[data-testid="dialogue-line"]');
    for (let i = 0; i < 20 && !(await levelFinished(page)); i++) await pressOn(page, '[data-focus-id="continue"]');
    await passQuestions(page, 'after');
    await waitForScreen(page, 'debrief');
    await expect.poll(() => captionsShowing(page)).toContain(translate(lang, 'caption.cue.theme'));
    for (const p of await captionsOverPanels(page)) problems.push(`debrief: ${p}`);
    await shoot(page, `${tag}-debrief`);

    for (const line of problems) console.log(`${lang} ${where}: ${line}`);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
