// The browser harness: the built game on 127.0.0.1 and Debian's Chromium, with helpers for tests.
// Under vitest.e2e.config.ts one served build and one Chromium serve the whole run (global-setup.ts);
// each test opens its own browser context. Without that setup, each caller starts its own.
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { SAVE_KEY } from '../../src/platform/storage';
import { connectChromium, launchChromium, RESULTS_DIR, servePreview } from './serve';

export { CHROMIUM_FLAGS, chromiumPath, RESULTS_DIR } from './serve';

/** Where a test plays: a page, or a frame in one (a SCORM package inside an LMS's page). */
export type Surface = Page | Frame;

/** The keyboard that types into a surface: a frame's is its page's (keys go to the focused frame). */
export function keyboardOf(surface: Surface): Page['keyboard'] {
  return 'keyboard' in surface ? surface.keyboard : surface.page().keyboard;
}

/**
 * Which Phaser renderer the pages get. 'canvas' (the default here) adds ?renderer=canvas to every
 * address: software WebGL (SwiftShader) makes the tests several times slower. 'webgl' leaves the
 * address alone, so the game picks WebGL as it does for players (webgl-smoke.e2e.test.ts).
 */
export type Renderer = 'canvas' | 'webgl';

/** The served build: the run's shared one, or (outside the e2e config) one of its own. */
export async function startServer(): Promise<{ server: { close(): Promise<void> }; url: string }> {
  const shared = inject('gameUrl');
  if (shared) return { server: { close: async () => {} }, url: shared };
  return servePreview();
}

/**
 * A connection to the run's shared Chromium (or, outside the e2e config, a Chromium of its own);
 * closing it closes the contexts it opened. Every context it opens gets the renderer asked for.
 */
export async function launchBrowser(options: { renderer?: Renderer } = {}): Promise<Browser> {
  const endpoint = inject('chromiumEndpoint');
  const browser = endpoint ? await connectChromium(endpoint) : await launchChromium();
  return options.renderer === 'webgl' ? browser : withCanvasRenderer(browser);
}

/** Runs in every page before the game's own script: asks the game for its Canvas renderer. */
function askForCanvas(): void {
  if (location.protocol !== 'http:' && location.protocol !== 'https:') return;
  const address = new URL(location.href);
  if (address.searchParams.has('renderer')) return;
  address.searchParams.set('renderer', 'canvas');
  history.replaceState(history.state, '', address.href);
}

function withCanvasRenderer(browser: Browser): Browser {
  const newContext = async (options?: BrowserContextOptions): Promise<BrowserContext> => {
    const context = await browser.newContext(options);
    await context.addInitScript(askForCanvas);
    return context;
  };
  // As Browser.newPage: a context of its own, closed with the page.
  const newPage = async (options?: BrowserContextOptions): Promise<Page> => {
    const context = await newContext(options);
    const page = await context.newPage();
    page.once('close', () => context.close().catch(() => undefined));
    return page;
  };
  return new Proxy(browser, {
    get(target, property) {
      if (property === 'newContext') return newContext;
      if (property === 'newPage') return newPage;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Collects console errors and uncaught exceptions, which a test asserts are none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function screen(page: Surface): Promise<string | undefined> {
  return page.evaluate(() => document.body.dataset['screen']);
}

export async function waitForScreen(page: Surface, name: string): Promise<void> {
  await page.waitForFunction((n) => document.body.dataset['screen'] === n, name, { timeout: 30_000 });
}

/**
 * Moves keyboard focus with Tab (or Shift+Tab) until it rests on the element matching the
 * selector. Keyboard only, as a player without a mouse would.
 *
 * The page's focus order is document order here (no positive tabindex), so one look at the page
 * says how many presses it takes and which way; those presses are made without looking after each
 * one. A wrong count only costs time: the focus is checked at the end, and step by step after that.
 */
export async function tabTo(page: Surface, selector: string, limit = 60): Promise<void> {
  const matches = () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  for (let look = 0; look < 3; look++) {
    const plan = await page.evaluate(planTabs, selector);
    if (plan === 'there') return;
    if (plan === null || plan.length > limit) break;
    for (const key of plan) await keyboardOf(page).press(key);
  }
  if (await matches()) return;
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < limit; i++) {
      await keyboardOf(page).press(key);
      if (await matches()) return;
    }
  }
  throw new Error(`could not reach ${selector} with the keyboard`);
}

/**
 * In the page: the keys that take focus to the selector's element. A radio group is one Tab stop,
 * as in the browser: Tab lands on its checked radio, or with none checked on its first (its last
 * with Shift+Tab); a first radio behind focus is reached by going one stop past it and coming back.
 */
function planTabs(selector: string): 'there' | ('Tab' | 'Shift+Tab')[] | null {
  const active = document.activeElement;
  if (active?.matches(selector)) return 'there';
  const candidates = document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]');
  const tabbable = [...candidates].filter(
    (el) =>
      el.tabIndex >= 0 &&
      !(el as HTMLButtonElement).disabled &&
      !el.closest('[inert]') &&
      el.getClientRects().length > 0 &&
      getComputedStyle(el).visibility !== 'hidden',
  );
  const radioName = (el: Element): string | null => (el instanceof HTMLInputElement && el.type === 'radio' && el.name !== '' ? el.name : null);
  // Each stop: the elements it stands for (a radio group: all its radios, in document order).
  const stops: HTMLElement[][] = [];
  for (const el of tabbable) {
    const name = radioName(el);
    const group = name === null ? undefined : stops.find((stop) => radioName(stop[0]!) === name && (stop[0] as HTMLInputElement).form === (el as HTMLInputElement).form);
    if (group) group.push(el);
    else stops.push([el]);
  }
  const checked = (stop: HTMLElement[]) => stop.find((el) => (el as HTMLInputElement).checked);
  const entered = (stop: HTMLElement[], key: 'Tab' | 'Shift+Tab') => checked(stop) ?? (key === 'Tab' ? stop[0] : stop.at(-1));
  const target = stops.findIndex((stop) => stop.some((el) => el.matches(selector)));
  if (target < 0) return null;
  const wanted = stops[target]!.find((el) => el.matches(selector))!;
  const repeat = (key: 'Tab' | 'Shift+Tab', n: number) => Array.from({ length: n }, () => key);
  const at = !active || active === document.body ? -1 : stops.findIndex((stop) => stop.includes(active as HTMLElement));
  // Where focus is now: on a stop, before the first (nothing focused), or between two (on something the list left out).
  const before = at >= 0 || !active || active === document.body ? at : stops.filter((stop) => active.compareDocumentPosition(stop[0]!) & Node.DOCUMENT_POSITION_PRECEDING).length - 0.5;
  if (target > before) return entered(stops[target]!, 'Tab') === wanted ? repeat('Tab', Math.ceil(target - before)) : null;
  if (entered(stops[target]!, 'Shift+Tab') === wanted) return repeat('Shift+Tab', Math.ceil(before - target));
  return entered(stops[target]!, 'Tab') === wanted ? [...repeat('Shift+Tab', Math.ceil(before - target) + 1), 'Tab'] : null;
}

export async function pressOn(page: Surface, selector: string, key = 'Enter'): Promise<void> {
  await tabTo(page, selector);
  await keyboardOf(page).press(key);
}

/**
 * Layout faults a player would see: a frame outside the stage, frames overlapping, text wider
 * than its box, or (in ja/zh) a line that starts with 。 or 、.
 */
export async function layoutProblems(page: Surface): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const stage = document.getElementById('stage')!.getBoundingClientRect();
    const describe = (el: Element): string => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const frames = [...document.querySelectorAll('#ui .frame, #ui .level-bar')];
    for (const frame of frames) {
      const r = frame.getBoundingClientRect();
      if (r.left < stage.left - 1 || r.top < stage.top - 1 || r.right > stage.right + 1 || r.bottom > stage.bottom + 1) {
        problems.push(`outside the stage: ${describe(frame)}`);
      }
    }
    for (let i = 0; i < frames.length; i++) {
      for (let j = i + 1; j < frames.length; j++) {
        const a = frames[i]!.getBoundingClientRect();
        const b = frames[j]!.getBoundingClientRect();
        if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) {
          problems.push(`overlap: ${describe(frames[i]!)} and ${describe(frames[j]!)}`);
        }
      }
    }
    for (const el of document.querySelectorAll<HTMLElement>('#ui *')) {
      if (el.offsetParent === null) continue;
      // Screen-reader-only text is clipped to 1px on purpose; no one sees it.
      if (el.closest('.visually-hidden')) continue;
      if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
        problems.push(`text wider than its box: ${describe(el)}`);
      }
      const box = el.closest('.frame');
      if (box && el !== box) {
        const r = el.getBoundingClientRect();
        const f = box.getBoundingClientRect();
        if (r.width > 0 && (r.right > f.right + 1 || r.left < f.left - 1)) problems.push(`sticks out of its frame: ${describe(el)}`);
      }
    }
    // Strict line breaking: find the first character of every visual line in CJK text.
    const ui = document.getElementById('ui')!;
    if (/^(ja|zh)/.test(ui.lang)) {
      const walker = document.createTreeWalker(ui, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        let lastTop: number | null = null;
        for (let k = 0; k < text.length; k++) {
          const range = document.createRange();
          range.setStart(node, k);
          range.setEnd(node, k + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          if (lastTop !== null && rect.top > lastTop + 2 && /[。、，]/.test(text[k]!)) {
            problems.push(`line starts with "${text[k]}": ${text.slice(Math.max(0, k - 10), k + 5)}`);
          }
          lastTop = rect.top;
        }
      }
    }
    return [...new Set(problems)];
  });
}

/**
 * Choices a player cannot see: a button of a decision (a `role="group"` of buttons inside a
 * panel) that lies below the panel's visible box, or under the panel's sticky footer, while the
 * panel is not marked as having more below (data-more-below="true", drawn as a cue). Empty when
 * every answer is in view or the panel plainly says it scrolls.
 */
export async function hiddenChoices(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    for (const group of document.querySelectorAll<HTMLElement>('#ui .frame [role="group"]')) {
      const panel = group.closest<HTMLElement>('.frame')!;
      const frame = panel.getBoundingClientRect();
      const footer = panel.querySelector<HTMLElement>(':scope > .sticky-actions');
      const bottom = footer && !footer.contains(group) ? Math.min(frame.bottom, footer.getBoundingClientRect().top) : frame.bottom;
      for (const choice of group.querySelectorAll<HTMLElement>('button')) {
        const r = choice.getBoundingClientRect();
        if (r.height === 0) continue;
        const seen = r.top >= frame.top - 1 && r.bottom <= bottom + 1;
        if (!seen && panel.dataset['moreBelow'] !== 'true') problems.push(`hidden with no cue: "${(choice.textContent ?? '').trim()}" in ${panel.className}`);
      }
    }
    return problems;
  });
}

/** One run of text laid out in lines: its text, where each new line starts, each character's width. */
interface LaidOutRun {
  lang: string;
  text: string;
  breaks: number[];
  widths: number[];
  lineWidth: number;
}

/**
 * Japanese and Chinese lines of the HTML layer that break inside a BudouX phrase (停/電, オフィ/ス),
 * each as `lang: "before|after" inside "phrase"`. For every visible element under a ja or zh lang,
 * each run of its own text (text nodes and <wbr> only) is measured a character at a time with
 * Range.getClientRects: a character below the one before starts a new line. A break at a space,
 * or inside a phrase wider than its line box (which must break somewhere), is not counted.
 */
export async function midWordBreaks(page: Page): Promise<string[]> {
  const runs = await page.evaluate((): LaidOutRun[] => {
    const out: LaidOutRun[] = [];
    const range = document.createRange();
    for (const el of document.querySelectorAll<HTMLElement>('#stage *')) {
      if (el.closest('.visually-hidden, [hidden], [aria-hidden="true"] canvas, script, style, textarea, select, option, svg')) continue;
      const lang = (el.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang).toLowerCase();
      if (!lang.startsWith('ja') && !lang.startsWith('zh')) continue;
      const box = el.getBoundingClientRect();
      if (box.width < 4 || box.height < 4 || getComputedStyle(el).visibility === 'hidden') continue;
      let block: HTMLElement = el;
      while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
      const style = getComputedStyle(block);
      const lineWidth = block.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      const groups: Text[][] = [[]];
      for (const child of el.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) groups[groups.length - 1]!.push(child as Text);
        else if (child.nodeName !== 'WBR') groups.push([]);
      }
      for (const group of groups) {
        const run: LaidOutRun = { lang, text: '', breaks: [], widths: [], lineWidth };
        let lastTop: number | null = null;
        let lastHeight = 0;
        for (const node of group) {
          for (let i = 0; i < node.data.length; i++) {
            const wide = node.data.codePointAt(i)! > 0xffff ? 2 : 1;
            range.setStart(node, i);
            range.setEnd(node, i + wide);
            const rect = [...range.getClientRects()].find((r) => r.width > 0);
            const at = run.text.length;
            run.text += node.data.slice(i, i + wide);
            run.widths.push(rect?.width ?? 0, ...(wide === 2 ? [0] : []));
            if (rect && !/\s/.test(node.data[i]!)) {
              if (lastTop !== null && rect.top > lastTop + lastHeight / 2) run.breaks.push(at);
              lastTop = rect.top;
              lastHeight = rect.height;
            }
            i += wide - 1;
          }
        }
        if (run.breaks.length > 0 && /[\u3040-\u30ff\u3400-\u9fff]/.test(run.text)) out.push(run);
      }
    }
    return out;
  });
  const { loadDefaultJapaneseParser, loadDefaultSimplifiedChineseParser } = await import('budoux');
  const parsers = { ja: loadDefaultJapaneseParser(), zh: loadDefaultSimplifiedChineseParser() };
  const problems: string[] = [];
  for (const run of runs) {
    const phrases = parsers[run.lang.startsWith('ja') ? 'ja' : 'zh'].parse(run.text);
    let start = 0;
    const spans = phrases.map((phrase) => {
      const span = { phrase, start, end: start + phrase.length };
      start = span.end;
      return span;
    });
    for (const at of run.breaks) {
      const span = spans.find((s) => at > s.start && at < s.end);
      if (!span) continue;
      // Collapsed spaces before the break: the line broke at a space inside a phrase.
      if (/\s/.test(run.text.slice(span.start, at).slice(-1)) || /\s/.test(run.text[at]!)) continue;
      const width = run.widths.slice(span.start, span.end).reduce((a, b) => a + b, 0);
      if (width > run.lineWidth - 1) continue;
      problems.push(`${run.lang}: "${run.text.slice(Math.max(span.start, at - 12), at)}|${run.text.slice(at, Math.min(span.end, at + 12))}" inside "${span.phrase}"`);
    }
  }
  return problems;
}

/**
 * The contrast ratio (WCAG 2) of an element's text against what is behind it, in the state it is
 * in now (hovered, pressed, focused): the backgrounds of it and its ancestors, laid over each
 * other down to the first opaque one, alpha included.
 */
export async function textContrast(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (el) => {
    const rgba = (css: string): [number, number, number, number] => {
      const n = css.match(/[\d.]+/g)!.map(Number);
      return [n[0]!, n[1]!, n[2]!, n[3] ?? 1];
    };
    // Backgrounds from the element outwards, until one is opaque (white when none is).
    const layers: [number, number, number, number][] = [];
    for (let node: Element | null = el; node; node = node.parentElement) {
      const bg = rgba(getComputedStyle(node).backgroundColor);
      if (bg[3] > 0) layers.push(bg);
      if (bg[3] >= 1) break;
    }
    let below: [number, number, number] = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse()) below = [r * a + below[0] * (1 - a), g * a + below[1] * (1 - a), b * a + below[2] * (1 - a)];
    const [fr, fg, fb, fa] = rgba(getComputedStyle(el).color);
    const fore: [number, number, number] = [fr * fa + below[0] * (1 - fa), fg * fa + below[1] * (1 - fa), fb * fa + below[2] * (1 - fa)];
    const luminance = (c: [number, number, number]): number => {
      const [r, g, b] = c.map((v) => {
        const x = v / 255;
        return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [light, dark] = [luminance(fore), luminance(below)].sort((a, b) => b - a);
    return (light! + 0.05) / (dark! + 0.05);
  });
}

/** Waits until the game has drawn a whole frame of what is on the page now, then saves a screenshot. */
export async function shoot(page: Surface, name: string): Promise<void> {
  await nextFrames(page);
  await ('screenshot' in page ? page : page.page()).screenshot({ path: `${RESULTS_DIR}${name}.png` });
}

/**
 * Resolves after two animation frames: Phaser steps and renders in its own requestAnimationFrame
 * callback, which runs before ours in each frame, so by the second one it has drawn the current state.
 */
export async function nextFrames(page: Surface): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  });
}

/** The served game and a browser for a test file, connected before its tests and closed after. */
export function useServedGame(options: { renderer?: Renderer } = {}): { readonly url: string; readonly browser: Browser } {
  let server: { close(): Promise<void> } | undefined;
  let url = '';
  let browser: Browser | undefined;
  beforeAll(async () => {
    const started = await startServer();
    server = started.server;
    url = started.url;
    browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      return url;
    },
    get browser() {
      if (!browser) throw new Error('the browser is not started yet');
      return browser;
    },
  };
}

/**
 * Gets past the questions a level asks before its first step or after its last
 * (ui/questions-view.ts), with the keyboard: skipped, or each question answered with the option
 * given (default the first) and "fairly sure" (3). Waits for the panel first.
 */
export async function passQuestions(page: Surface, phase: 'before' | 'after', how: 'skip' | { choices?: number[]; sure?: number } = 'skip'): Promise<void> {
  await page.waitForSelector(`[data-testid="questions-${phase}"]`, { timeout: 30_000 });
  if (how === 'skip') return pressOn(page, '[data-testid="questions-skip"]');
  const count = await page.locator('fieldset.question').count();
  for (let i = 0; i < count; i++) {
    const choice = how.choices?.[i] ?? 0;
    // In a radio group Space checks the focused option and the arrows move the check.
    await tabTo(page, `#question-${i}-option-0`);
    await keyboardOf(page).press('Space');
    for (let k = 0; k < choice; k++) await keyboardOf(page).press('ArrowDown');
    await tabTo(page, `#question-${i}-sure-1`);
    await keyboardOf(page).press('Space');
    for (let k = 1; k < (how.sure ?? 3); k++) await keyboardOf(page).press('ArrowRight');
  }
  await pressOn(page, '[data-testid="questions-save"]');
}

/** Merges fields (display settings, a play to resume) into the page's save, as the game keeps it. */
export async function writeSave(page: Page, extra: Record<string, unknown>): Promise<void> {
  await page.evaluate(
    ([key, value]) => {
      const save = JSON.parse(localStorage.getItem(key) ?? '{"format":1,"sound":true,"levels":{}}') as Record<string, unknown>;
      localStorage.setItem(key, JSON.stringify({ ...save, ...value }));
    },
    [SAVE_KEY, extra] as const,
  );
}

/** Whether the level being played has finished (the engine's test probe). */
export const levelFinished = (page: Surface): Promise<boolean | undefined> =>
  page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => { finished: boolean } | undefined } }).__miningDream.levelState()?.finished);
