// What the browser tier starts: the built game served on 127.0.0.1 and Debian's Chromium.
// No Vitest import here: the global setup (in Vitest's main process) uses it as well as harness.ts.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserServer, type LaunchOptions } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

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

function launchOptions(): LaunchOptions {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return { executablePath: chromiumPath(), args: CHROMIUM_FLAGS, headless: true };
}

/**
 * `vite preview` of a copy of dist/ on a free port. A copy, because the bench test rebuilds dist/
 * while the other browser tests run: a page must never find its files gone.
 */
export async function servePreview(): Promise<{ server: { close(): Promise<void> }; url: string; dir: string }> {
  const dist = new URL('../../dist/', import.meta.url).pathname;
  if (!existsSync(join(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npx vite build` first (npm test and npm run test:e2e do this).');
  }
  const copy = mkdtempSync(join(tmpdir(), 'mining-dream-e2e-'));
  cpSync(dist, copy, { recursive: true });
  let server: PreviewServer;
  try {
    server = await preview({ build: { outDir: copy }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  } catch (error) {
    rmSync(copy, { recursive: true, force: true });
    throw error;
  }
  const address = server.httpServer.address() as AddressInfo;
  const close = async (): Promise<void> => {
    await server.close();
    rmSync(copy, { recursive: true, force: true });
  };
  return { server: { close }, url: `http://127.0.0.1:${address.port}/`, dir: copy };
}

/** A Chromium that test files in other processes connect to (chromium.connect). */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer(launchOptions());
}

/** A Chromium of this process's own. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(launchOptions());
}

export function connectChromium(wsEndpoint: string): Promise<Browser> {
  return chromium.connect(wsEndpoint);
}
