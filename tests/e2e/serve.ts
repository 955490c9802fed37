// What the browser tier starts: the built game served on 127.0.0.1 and Debian's Chromium.
// No Vitest import here: the global setup (in Vitest's main process) uses it as well as harness.ts.
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
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

/** `vite preview` of dist/ on a free port. */
export async function servePreview(): Promise<{ server: { close(): Promise<void> }; url: string }> {
  if (!existsSync(new URL('../../dist/index.html', import.meta.url))) {
    throw new Error('dist/ is missing: run `npx vite build` first (npm test does this).');
  }
  const server: PreviewServer = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'silent' });
  const address = server.httpServer.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${address.port}/` };
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
