// npm run bench [-- --quick]: builds the game and a baseline (a minimal Phaser 4 page with the same
// Vite settings), serves both on 127.0.0.1 with gzip or brotli, drives both in headless Chromium
// and writes bench/results.json plus a table. Numbers come from here, never from unit tests.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { appendAction, dispatchDays, leversInForce, replay, startLog, tallyLessons, type DecisionLog, type GridDay, type GridStep, type Level } from '../src/core';
import { diligentInspector, historicalOfficial, peopleFirstPriority, playThrough } from '../src/playtest/players';
import { carelessPlayTable } from '../src/playtest/blind-players';
import { shippedLevels } from './careless-play';

const QUICK = process.argv.includes('--quick');
const ROOT = process.cwd();
const GAME_DIST = join(ROOT, 'dist');
const BASELINE_ROOT = join(ROOT, 'bench/baseline');
const BASELINE_DIST = join(BASELINE_ROOT, 'dist');
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

interface Measure {
  name: string;
  value: number;
  unit: string;
  target?: number;
  ok?: boolean;
}
const measures: Measure[] = [];
function record(name: string, value: number, unit: string, target?: number): void {
  const rounded = Math.round(value * 100) / 100;
  const m: Measure = { name, value: rounded, unit };
  if (target !== undefined) {
    m.target = target;
    m.ok = rounded <= target;
  }
  measures.push(m);
  console.log(`  ${name}: ${rounded} ${unit}${target !== undefined ? ` (target <= ${target}: ${m.ok ? 'ok' : 'MISSED'})` : ''}`);
}

// ---- Serving with compression -----------------------------------------------------------------

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.wav': 'audio/wav',
  '.json': 'application/json',
};

interface Served {
  server: Server;
  url: string;
  /** Bytes sent per request path since the last reset, as encoded on the wire. */
  sent: Map<string, number>;
}

function serve(dir: string): Promise<Served> {
  const cache = new Map<string, { raw: Buffer; gzip: Buffer; br: Buffer }>();
  const sent = new Map<string, number>();
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!)).replace(/^(\.\.[/\\])+/, '');
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    let entry = cache.get(file);
    if (!entry) {
      try {
        const raw = readFileSync(file);
        entry = { raw, gzip: gzipSync(raw, { level: 9 }), br: brotliCompressSync(raw) };
        cache.set(file, entry);
      } catch {
        res.writeHead(404).end();
        return;
      }
    }
    const accept = String(req.headers['accept-encoding'] ?? '');
    const [body, encoding] = accept.includes('br') ? [entry.br, 'br'] : accept.includes('gzip') ? [entry.gzip, 'gzip'] : [entry.raw, null];
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(encoding ? { 'content-encoding': encoding } : {}),
    });
    res.end(body);
    sent.set(path, (sent.get(path) ?? 0) + body.length);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, sent })));
}

function compressedSizes(dir: string, paths: string[]): { raw: number; gzip: number; br: number } {
  let raw = 0;
  let gzip = 0;
  let br = 0;
  for (const p of paths) {
    const data = readFileSync(join(dir, p === '/' ? 'index.html' : p));
    raw += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
    br += brotliCompressSync(data).length;
  }
  return { raw, gzip, br };
}

function allFiles(dir: string, prefix = '/'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? allFiles(full, `${prefix}${name}/`) : [`${prefix}${name}`];
  });
}

// ---- Driving the game -------------------------------------------------------------------------

async function until(page: Page, screen: string): Promise<void> {
  await page.waitForFunction((s) => document.body.dataset['screen'] === s, screen, { timeout: 120_000 });
}

/** Waits for the title menu to be in the page and painted: it then takes input. */
async function titleUsableAt(page: Page): Promise<number> {
  await until(page, 'title');
  return page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())))));
}

async function frameCosts(page: Page, count: number): Promise<number[]> {
  return page.evaluate((n) => (window as unknown as { __miningDream: { sampleFrames: (n: number) => Promise<number[]> } }).__miningDream.sampleFrames(n), count);
}

const click = async (page: Page, selector: string): Promise<void> => {
  await page.locator(selector).first().click();
  // The Secretary's office rings when the grid's work presses on him: heard out, then on.
  if (await page.locator('[data-testid="grid-call"]').count()) await page.locator('[data-focus-id="call-heard"]').click();
};

/** The questions before and after a level (not scored): skipped, as a hurried player would. */
async function skipQuestions(page: Page): Promise<void> {
  await page.waitForSelector('[data-testid="questions-skip"], [data-focus-id="continue"], [data-testid="debrief"]');
  if (await page.locator('[data-testid="questions-skip"]').count()) await click(page, '[data-testid="questions-skip"]');
}

/** The busiest moment of each of the tutorial's mechanics. */
type TutorialMoment = 'grid' | 'desk' | 'site';

/** Plays the tutorial by mouse; calls `at` in the busiest moment of each mechanic. */
async function playTutorial(page: Page, at?: (moment: TutorialMoment) => Promise<void>): Promise<void> {
  const through = async (): Promise<void> => {
    while (await page.locator('[data-focus-id="continue"]').count()) await click(page, '[data-focus-id="continue"]');
  };
  await click(page, '[data-focus-id="play-tutorial-first-day"]');
  await until(page, 'level');
  await skipQuestions(page);
  await through();
  await click(page, '[data-focus-id="begin-first-grid"]');
  await click(page, '[data-focus-id="order-escalate"]');
  await click(page, '[data-focus-id="tab-metering"]');
  await click(page, '[data-focus-id="monitor-load-profile"]');
  await click(page, '[data-focus-id="monitor-restore-metering"]');
  await click(page, '[data-focus-id="tab-today"]');
  await at?.('grid');
  await click(page, '[data-focus-id="run-day"]');
  await click(page, '[data-focus-id="grid-to-end"]');
  await click(page, '[data-focus-id="tab-metering"]');
  await click(page, '[data-focus-id="compare"]');
  await click(page, '[data-focus-id="tab-today"]');
  await click(page, '[data-focus-id="note-attach-comparison"]');
  await through();
  await click(page, '[data-focus-id="begin-first-folders"]');
  await click(page, '[data-focus-id="gift-handed-in"]');
  await click(page, '[data-focus-id="ask-meter-readings"]');
  await click(page, '[data-focus-id="desk-energy.annual-kwh"]');
  await click(page, '[data-focus-id="desk-bills.metered-kwh"]');
  await click(page, '[data-focus-id="cross-check"]');
  await at?.('desk');
  await click(page, '[data-focus-id="verdict-genesis-hall-reject"]');
  await click(page, '[data-focus-id="verdict-hospital-records-approve"]');
  await click(page, '[data-focus-id="end-day"]');
  await click(page, '[data-focus-id="leave-desk"]');
  await through();
  await click(page, '[data-focus-id="begin-genesis-pilot-hall"]');
  await click(page, '[data-focus-id="go-unannounced"]');
  for (const [place, tool, clue] of [['rack-a', 'read-nameplate', 'asic-nameplate'], ['big-data-screen', 'inspect-research', 'looping-dashboard']] as const) {
    await click(page, `[data-focus-id="place-${place}"]`);
    await click(page, `[data-focus-id="use-${place}-${tool}"]`);
    await click(page, `[data-focus-id="add-${clue}"]`);
  }
  await click(page, '[data-focus-id="place-technician"]');
  await click(page, '[data-focus-id="use-technician-interview"]');
  await at?.('site');
  await click(page, '[data-focus-id="file-mining-disguised"]');
  await click(page, '[data-focus-id="leave-site"]');
  await through();
  await skipQuestions(page);
  await until(page, 'debrief');
  await click(page, '[data-focus-id="to-levels"]');
  await until(page, 'levels');
}

/** Opens "Blackout summer" by mouse and runs its first day; calls `at` while the hours play on the map. */
async function playGridDay(page: Page, at: () => Promise<void>): Promise<void> {
  await click(page, '[data-focus-id="play-blackout-summer"]');
  await until(page, 'level');
  await skipQuestions(page);
  while (await page.locator('[data-focus-id="continue"]').count()) await click(page, '[data-focus-id="continue"]');
  await click(page, '[data-focus-id="begin-summer-grid"]');
  await click(page, '[data-focus-id="order-refuse"]');
  await click(page, '[data-focus-id="run-day"]');
  await at();
  await click(page, '[data-focus-id="leave"]');
  await click(page, '[data-focus-id="leave"]');
  await until(page, 'levels');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const median = (values: number[]): number => percentile(values, 50);

/** The heap reserved right now, before any collection: the sample for the peak. */
async function heapTotal(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  const { totalSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return totalSize / (1024 * 1024);
}

/** The heap in use after a full collection: what stays alive, so growth shows a leak. */
async function heapUsed(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / (1024 * 1024);
}

// ---- The run ----------------------------------------------------------------------------------

async function main(): Promise<void> {
  console.log(`Building the game and the baseline${QUICK ? ' (quick mode)' : ''}...`);
  await build({ logLevel: 'warn' });
  await build({ root: BASELINE_ROOT, configFile: join(ROOT, 'vite.config.ts'), build: { outDir: BASELINE_DIST, emptyOutDir: true }, logLevel: 'warn' });
  const game = await serve(GAME_DIST);
  const baseline = await serve(BASELINE_DIST);
  const browser: Browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium', args: FLAGS });

  try {
    console.log('\nBytes');
    {
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
      const page = await context.newPage();
      await page.goto(game.url);
      await titleUsableAt(page);
      // What the title needs: the page and every file asked for before it requests the engine
      // (main.ts marks 'engine-requested'); Phaser, the scenes, levels and sounds follow it.
      await page.waitForFunction(() => performance.getEntriesByName('engine-requested').length > 0, null, { timeout: 120_000 });
      const titlePaths = await page.evaluate(() => {
        const engineAt = performance.getEntriesByName('engine-requested')[0]!.startTime;
        const files = performance
          .getEntriesByType('resource')
          .filter((entry) => entry.startTime < engineAt && new URL(entry.name).origin === location.origin)
          .map((entry) => new URL(entry.name).pathname);
        return ['/', ...new Set(files)];
      });
      await context.close();
      const title = compressedSizes(GAME_DIST, titlePaths);
      const whole = compressedSizes(GAME_DIST, allFiles(GAME_DIST));
      const base = compressedSizes(BASELINE_DIST, allFiles(BASELINE_DIST));
      record('title screen, gzip', title.gzip / 1024, 'KB', 60);
      record('title screen, brotli', title.br / 1024, 'KB');
      record('title screen / baseline, gzip', title.gzip / base.gzip, 'ratio');
      record('whole game, uncompressed', whole.raw / (1024 * 1024), 'MB', 5);
      record('whole game, gzip', whole.gzip / (1024 * 1024), 'MB');
      record('baseline page, gzip', base.gzip / 1024, 'KB');
      // Every sound file the build ships (both formats of each loop and cue, and the blips): the
      // budget keeps the soundscape small enough for a school's shared link.
      const sound = compressedSizes(GAME_DIST, allFiles(GAME_DIST).filter((p) => /\.(webm|mp3|ogg|wav)$/.test(p)));
      record('sound files shipped, uncompressed', sound.raw / 1024, 'KB', 600);
    }

    console.log('\nTime to a usable title screen (4x CPU slowdown, cold cache)');
    const links = [
      { name: '10 Mbps, 40 ms', latency: 40, throughput: (10 * 1024 * 1024) / 8 },
      { name: '1.6 Mbps, 150 ms', latency: 150, throughput: (1.6 * 1024 * 1024) / 8 },
    ];
    for (const link of links) {
      const runs = QUICK ? 1 : 3;
      const timeOf = async (url: string, measure: (page: Page) => Promise<number>): Promise<number> => {
        const samples: number[] = [];
        for (let i = 0; i < runs; i++) {
          const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Network.enable');
          await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
          await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: link.latency, downloadThroughput: link.throughput, uploadThroughput: link.throughput });
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
          await page.goto(url, { waitUntil: 'commit' });
          samples.push(await measure(page));
          await context.close();
        }
        return median(samples);
      };
      const gameTime = await timeOf(game.url, titleUsableAt);
      const baseTime = await timeOf(baseline.url, async (page) => {
        await page.waitForFunction(() => typeof (window as unknown as { __firstFrame?: number }).__firstFrame === 'number', null, { timeout: 120_000 });
        return page.evaluate(() => (window as unknown as { __firstFrame: number }).__firstFrame);
      });
      record(`title usable, ${link.name}`, gameTime, 'ms');
      record(`baseline first frame, ${link.name}`, baseTime, 'ms');
      record(`title usable / baseline first frame, ${link.name}`, gameTime / baseTime, 'ratio', 0.6);
    }

    console.log('\nFrame cost: the game\'s JavaScript per frame, unthrottled');
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${game.url}?seed=11`);
    await until(page, 'title');
    await click(page, '[data-focus-id="start"]');
    await until(page, 'levels');
    const heaps: number[] = [];
    const frames = QUICK ? 60 : 300;
    const momentNames: Record<TutorialMoment, string> = { grid: 'tutorial grid, the day planned', desk: 'review desk, a folder open after a finding', site: 'computing hall, every station and the technician checked' };
    const totals: number[] = [];
    await playTutorial(page, async (moment) => {
      totals.push(await heapTotal(context, page));
      const samples = await frameCosts(page, frames);
      record(`frame JS p50, ${momentNames[moment]}`, percentile(samples, 50), 'ms');
      record(`frame JS p95, ${momentNames[moment]}`, percentile(samples, 95), 'ms', 4);
    });
    await playGridDay(page, async () => {
      const samples = await frameCosts(page, frames);
      record('frame JS p50, city grid while a day plays hour by hour', percentile(samples, 50), 'ms');
      record('frame JS p95, city grid while a day plays hour by hour', percentile(samples, 95), 'ms', 4);
    });

    console.log('\nMemory');
    heaps.push(await heapUsed(context, page));
    record('JS heap after the tutorial', heaps[0]!, 'MB');
    const plays = QUICK ? 2 : 5;
    for (let i = 1; i < plays; i++) {
      await playTutorial(page, async () => {
        totals.push(await heapTotal(context, page));
      });
      heaps.push(await heapUsed(context, page));
    }
    const growth = (100 * (heaps[heaps.length - 1]! - heaps[0]!)) / heaps[0]!;
    record(`JS heap after ${plays} plays of the tutorial`, heaps[heaps.length - 1]!, 'MB');
    record(`JS heap growth over ${plays} plays`, Math.max(0, growth), '%', 10);
    record('peak JS heap (largest total, sampled in each mechanic of every play)', Math.max(...totals), 'MB', 150);
    await context.close();
  } finally {
    await browser.close();
    game.server.close();
    baseline.server.close();
  }

  console.log('\nThe core, in Node');
  // Every shipped level, in play order: the campaign so far.
  const campaign = shippedLevels(join(ROOT, 'levels'));
  const logFor = (level: Level, seed: number, strategy = diligentInspector): DecisionLog =>
    playThrough(level, seed, strategy).actions.reduce((log, action) => appendAction(log, action), startLog(level, seed));
  const campaignLogs = campaign.map((level) => logFor(level, 1));
  const iterations = QUICK ? 200 : 2000;
  const started = performance.now();
  for (let i = 0; i < iterations; i++) campaign.forEach((level, l) => replay(level, campaignLogs[l]!));
  record(`replay the whole campaign (${campaign.length} levels today)`, (performance.now() - started) / iterations, 'ms', 200);
  const classLogs = campaign.map((level) => Array.from({ length: 30 }, (_, i) => logFor(level, 100 + i, i % 3 === 0 ? historicalOfficial : diligentInspector)));
  const classStart = performance.now();
  campaign.forEach((level, l) => classLogs[l]!.forEach((log) => tallyLessons(level, replay(level, log))));
  record(`re-score 30 class results (every level)`, performance.now() - classStart, 'ms', 1000);

  // A year in "Blackout summer"'s own city: the level's three days in turn through the summer,
  // mild days with more supply the rest of the year, people-first levers with every rule on.
  const grid = campaign.find((l) => l.id === 'blackout-summer')!.steps.find((s): s is GridStep => s.kind === 'grid')!;
  const year: GridDay[] = Array.from({ length: 365 }, (_, d) => {
    const plan = grid.days[d % grid.days.length]!;
    return d >= 150 && d < 250 ? { heat: plan.heat, supplyMw: plan.supplyMw } : { heat: 0, supplyMw: plan.supplyMw.map((mw) => mw * 1.3) };
  });
  const levers = leversInForce(grid, { priority: peopleFirstPriority(grid), capsMw: {}, rotation: ['industrial-park', 'high-tech-zone', grid.favouredDistrict], measures: grid.measures.map((m) => m.id) }, 'refuse');
  const yearRuns: number[] = [];
  for (let i = 0; i < (QUICK ? 3 : 20); i++) {
    const t0 = performance.now();
    dispatchDays(grid.districts, year, [levers]);
    yearRuns.push(performance.now() - t0);
  }
  record(`a year of hourly grid dispatch, Blackout summer's city (${grid.districts.length} districts, 8,760 hours), median`, median(yearRuns), 'ms', 50);

  const chromiumVersion = execFileSync(process.env['CHROMIUM_PATH'] || '/usr/bin/chromium', ['--version']).toString().trim();
  const machine = `${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${chromiumVersion}`;
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(measures, null, 2)}\n`);
  console.log(`\nMachine: ${machine}${QUICK ? ' (quick mode: fewer runs and frames)' : ''}`);
  console.log('\n| measure | value | target | ok |\n|---|---|---|---|');
  for (const m of measures) console.log(`| ${m.name} | ${m.value} ${m.unit} | ${m.target ?? ''} | ${m.ok === undefined ? '' : m.ok ? 'yes' : 'no'} |`);
  // Not a speed: what careless play scores, for teachers (the README carries the same table).
  console.log('\nWhat a careless play scores (level x strategy x lesson; n/a: the level does not assess it)\n');
  console.log(carelessPlayTable(campaign));
  console.log('\nwrote bench/results.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
