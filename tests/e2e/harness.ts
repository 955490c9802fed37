// The browser harness: serves the built game on 127.0.0.1 and drives Debian's Chromium.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll } from 'vitest';

export const RESULTS_DIR = new URL('../../test-results/', import.meta.url).pathname;

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function chromiumPath(): string {
  const path = process.env['CHROMIUM_PATH'] || '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}. Run: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  return path;
}

export async function startServer(): Promise<{ server: PreviewServer; url: string }> {
  if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
    throw new Error('dist/ is missing: run `npx vite build` first (npm test does this).');
  }
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const address = server.httpServer.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true });
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

export async function screen(page: Page): Promise<string | undefined> {
  return page.evaluate(() => document.body.dataset['screen']);
}

export async function waitForScreen(page: Page, name: string): Promise<void> {
  await page.waitForFunction((n) => document.body.dataset['screen'] === n, name, { timeout: 30_000 });
}

/**
 * Moves keyboard focus with Tab (or Shift+Tab) until it rests on the element matching the
 * selector. Keyboard only, as a player without a mouse would.
 */
export async function tabTo(page: Page, selector: string, limit = 60): Promise<void> {
  const matches = () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
  if (await matches()) return;
  for (const key of ['Tab', 'Shift+Tab']) {
    for (let i = 0; i < limit; i++) {
      await page.keyboard.press(key);
      if (await matches()) return;
    }
  }
  throw new Error(`could not reach ${selector} with the keyboard`);
}

export async function pressOn(page: Page, selector: string, key = 'Enter'): Promise<void> {
  await tabTo(page, selector);
  await page.keyboard.press(key);
}

/**
 * Layout faults a player would see: a frame outside the stage, frames overlapping, text wider
 * than its box, or (in ja/zh) a line that starts with 。 or 、.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
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

export async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(150);
  await page.screenshot({ path: `${RESULTS_DIR}${name}.png` });
}

/** One served game and one browser for a test file, opened before its tests and closed after. */
export function useServedGame(): { readonly url: string; readonly browser: Browser } {
  let server: PreviewServer | undefined;
  let url = '';
  let browser: Browser | undefined;
  beforeAll(async () => {
    const started = await startServer();
    server = started.server;
    url = started.url;
    browser = await launchBrowser();
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
