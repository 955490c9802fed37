import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeLog, replay } from '../../src/core';
import { decodeSuspendData, scormScore, SUSPEND_DATA_LIMIT } from '../../src/platform/scorm-data';
import { gameFiles, writeScormPackage } from '../../scripts/build-scorm';
import { loadLevel } from '../support/levels';
import { passQuestions, pressOn, shoot, waitForScreen, watchErrors, useServedGame } from './harness';
import { finishTheLawsuit, linkTheFirstString, snapshot } from './lawsuit-keys';

// The built SCORM 1.2 package of "The lawsuit" inside an LMS: a harness page on an origin of its
// own exposes scorm-again's Scorm12API (a maintained LMS-side runtime) as window.API and loads the
// package's launch address in a frame, as an LMS does. The learner plays with the keyboard, leaves
// part-way, comes back (entry = resume, the stored suspend_data) and finishes. The test asserts
// what the LMS received, and holds the limits scorm-again lets through itself (suspend_data within
// 4,096 characters, nothing set after LMSFinish).
const game = useServedGame();
const LMS = 'http://lms.test';
const level = loadLevel('the-lawsuit.json');

const TYPES: Record<string, string> = {
  html: 'text/html', js: 'text/javascript', css: 'text/css', json: 'application/json', png: 'image/png', webp: 'image/webp',
  jpg: 'image/jpeg', svg: 'image/svg+xml', webm: 'audio/webm', mp3: 'audio/mpeg', woff2: 'font/woff2', xml: 'application/xml', webmanifest: 'application/manifest+json',
};

let files: Record<string, Uint8Array> = {};
let launchHref = '';
let workDir = '';

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'scorm-e2e-'));
  const dist = join(process.cwd(), 'dist');
  const { path } = writeScormPackage({ dist, outDir: workDir, target: { kind: 'level', levelId: level.id }, title: 'The lawsuit', files: gameFiles(dist), masteryScore: 80 });
  files = unzipSync(readFileSync(path));
  const manifest = new TextDecoder().decode(files['imsmanifest.xml']);
  launchHref = /adlcp:scormtype="sco" href="([^"]+)"/.exec(manifest)![1]!.replaceAll('&amp;', '&');
});
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

/** What the harness page records: every call, and the values the LMS accepted. */
type LmsRecord = { calls: { fn: string; args: string[]; answer: string; after: boolean }[]; kept: Record<string, string> };

/** The harness page: scorm-again with the data the LMS holds for this learner, and the package in a frame. */
function harnessPage(start: Record<string, unknown>, launch: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title>
<style>body{margin:0}iframe{border:0;width:1366px;height:768px;display:block}</style>
<script src="/scorm-again/scorm12.js"></script>
<script>
  const api = new Scorm12API({ logLevel: 5, autocommit: false });
  api.loadFromJSON(${JSON.stringify(start)}, '');
  const record = { calls: [], kept: {} };
  let finished = false;
  window.lmsRecord = record;
  window.API = {};
  for (const fn of ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic']) {
    window.API[fn] = (...args) => {
      const answer = String(api[fn](...args));
      record.calls.push({ fn, args: args.map(String), answer, after: finished });
      if (fn === 'LMSSetValue' && answer === 'true') record.kept[args[0]] = String(args[1]);
      if (fn === 'LMSFinish' && answer === 'true') finished = true;
      return answer;
    };
  }
</script></head><body><iframe id="sco" title="The Mining Dream" src="${launch}"></iframe></body></html>`;
}

async function serveLms(context: BrowserContext, harness: () => string): Promise<void> {
  await context.route(`${LMS}/**`, async (route) => {
    const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(1));
    if (path === 'harness.html') return route.fulfill({ contentType: 'text/html', body: harness() });
    if (path === 'scorm-again/scorm12.js') return route.fulfill({ contentType: 'text/javascript', body: readFileSync('node_modules/scorm-again/dist/scorm12.js', 'utf8') });
    const file = path.startsWith('course/') ? files[path.slice('course/'.length)] : undefined;
    if (!file) return route.fulfill({ status: 404, body: 'not in the package' });
    // The game's own Content Security Policy is in its page; the LMS adds nothing.
    return route.fulfill({ contentType: TYPES[path.split('.').pop()!] ?? 'application/octet-stream', body: Buffer.from(file) });
  });
}

async function packageFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#sco');
  const frame = (await handle.contentFrame())!;
  await frame.waitForLoadState();
  return frame;
}

/** The learner leaves: the LMS takes the package's frame away (pagehide), then reads what it holds. */
async function leave(page: Page): Promise<LmsRecord> {
  await page.evaluate(() => document.getElementById('sco')!.remove());
  await expect.poll(() => page.evaluate(() => (window as unknown as { lmsRecord: LmsRecord }).lmsRecord.calls.some((c) => c.fn === 'LMSFinish'))).toBe(true);
  return page.evaluate(() => (window as unknown as { lmsRecord: LmsRecord }).lmsRecord);
}

function checkLimits(record: LmsRecord, where: string): void {
  expect(record.calls.filter((c) => c.after && c.fn !== 'LMSGetLastError' && c.fn !== 'LMSGetErrorString'), `${where}: calls after LMSFinish`).toEqual([]);
  expect(record.calls.filter((c) => ['LMSSetValue', 'LMSCommit', 'LMSInitialize', 'LMSFinish'].includes(c.fn) && c.answer !== 'true'), `${where}: refused`).toEqual([]);
  expect(record.calls.filter((c) => c.fn === 'LMSInitialize')).toHaveLength(1);
  expect(record.calls.filter((c) => c.fn === 'LMSFinish')).toHaveLength(1);
  const longest = Math.max(0, ...record.calls.filter((c) => c.fn === 'LMSSetValue' && c.args[0] === 'cmi.suspend_data').map((c) => c.args[1]!.length));
  expect(longest, `${where}: suspend_data`).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
}

const interactionIds = (record: LmsRecord): string[] =>
  record.calls.filter((c) => c.fn === 'LMSSetValue' && /^cmi\.interactions\.\d+\.id$/.test(c.args[0]!)).map((c) => c.args[1]!);

describe('the SCORM 1.2 package in an LMS (scorm-again)', () => {
  it('reports a keyboard play of "The lawsuit": progress and incomplete on leaving part-way, then resumed where it stopped, passed with score, interactions and session time', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    let start: Record<string, unknown> = { core: { entry: 'ab-initio', lesson_status: 'not attempted', student_id: 'learner-1', student_name: 'Learner, One' }, student_data: { mastery_score: '80' } };
    // An administrator may add parameters to the launch address (README): names as roles here.
    const launch = `/course/${launchHref}&names=roles&seed=3`;
    await serveLms(context, () => harnessPage(start, launch));

    // First visit: the questions, the opening scene, the board and its first string; then the learner leaves.
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${LMS}/harness.html`);
    let frame = await packageFrame(page);
    await waitForScreen(frame, 'level');
    await passQuestions(frame, 'before');
    await linkTheFirstString(frame, 'en', 'scorm-lawsuit-first');
    const first = await leave(page);
    checkLimits(first, 'first visit');
    expect(first.kept['cmi.core.lesson_status']).toBe('incomplete');
    expect(first.kept['cmi.core.exit']).toBe('suspend');
    expect(first.kept['cmi.core.session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    const stored = decodeSuspendData([level], first.kept['cmi.suspend_data']!);
    expect(stored.problem).toBeNull();
    expect(stored.finished).toEqual([]);
    // Where it stopped: on the board, one string linked and the offer reported.
    const atLeaving = replay(level, decodeLog(level, stored.inProgress!));
    expect(atLeaving.stepIndex).toBe(1);
    expect(atLeaving.scored.length).toBeGreaterThan(0);
    expect(interactionIds(first)).toHaveLength(atLeaving.scored.length);

    // Second visit: entry resume, the stored progress; the play goes on from the board, without the questions.
    // What the browser kept is gone (another computer): the LMS's stored progress is all there is.
    await page.evaluate(() => localStorage.clear());
    start = { core: { entry: 'resume', lesson_status: 'incomplete' }, suspend_data: first.kept['cmi.suspend_data'], student_data: { mastery_score: '80' } };
    await page.goto(`${LMS}/harness.html`);
    frame = await packageFrame(page);
    await waitForScreen(frame, 'level');
    // The board's briefing comes first, as on any return to a step; its first string is there.
    const begin = `[data-focus-id="begin-${level.steps[1]!.id}"]`;
    await frame.waitForSelector(`${begin}, [data-testid="documents"]`);
    if (await frame.locator(begin).count()) await pressOn(frame, begin);
    await frame.waitForSelector('[data-testid="documents"]');
    const resumed = (await snapshot(frame))!;
    expect(resumed.stepIndex).toBe(1);
    expect(Object.values(resumed.board)[0]!.links).toHaveLength(1);
    await shoot(frame, 'scorm-lawsuit-resumed');
    await finishTheLawsuit(frame, 'en', 'scorm-lawsuit-second');
    const second = await leave(page);
    checkLimits(second, 'second visit');
    const done = decodeSuspendData([level], second.kept['cmi.suspend_data']!);
    expect(done.inProgress).toBeNull();
    expect(done.finished).toHaveLength(1);
    const state = replay(level, decodeLog(level, done.finished[0]!));
    expect(state.finished).toBe(true);
    // The score the LMS holds is the one the play earns, and over the mastery score it passes.
    const score = scormScore([{ level, state }])!;
    expect(second.kept['cmi.core.score.raw']).toBe(String(score));
    expect(second.kept['cmi.core.score.min']).toBe('0');
    expect(second.kept['cmi.core.score.max']).toBe('100');
    expect(score).toBeGreaterThanOrEqual(80);
    expect(second.kept['cmi.core.lesson_status']).toBe('passed');
    expect(second.kept['cmi.core.exit']).toBe('');
    expect(second.kept['cmi.core.session_time']).toMatch(/^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/);
    // One interaction per scored decision over both visits, each with a result the LMS takes.
    const ids = [...interactionIds(first), ...interactionIds(second)];
    expect(ids).toHaveLength(state.scored.length);
    expect(Object.entries(second.kept).filter(([k]) => /^cmi\.interactions\.\d+\.result$/.test(k)).every(([, v]) => ['correct', 'wrong', 'neutral', 'unanticipated'].includes(v) || /^-?\d+(\.\d+)?$/.test(v))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('an LMS whose every call fails: the learner is told in their language, plays on, and the browser keeps the progress', async () => {
    const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    const dead = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>LMS</title><style>body{margin:0}iframe{border:0;width:1366px;height:768px;display:block}</style>
<script>
  window.deadCalls = 0;
  window.API = {};
  for (const fn of ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']) window.API[fn] = () => (window.deadCalls++, fn === 'LMSGetValue' ? '' : 'false');
  window.API.LMSGetLastError = () => '101';
  window.API.LMSGetErrorString = () => 'General exception';
  window.API.LMSGetDiagnostic = () => 'the LMS is down';
</script></head><body><iframe id="sco" title="The Mining Dream" src="/course/${launchHref}&names=roles&seed=3&lang=ja"></iframe></body></html>`;
    await serveLms(context, () => dead);
    const page = await context.newPage();
    await page.goto(`${LMS}/harness.html`);
    const frame = await packageFrame(page);
    await waitForScreen(frame, 'level');
    // Said once, in Japanese, on the notice strip.
    await expect.poll(() => frame.locator('#notices').textContent()).toContain('学習システムが今、進み具合を保存できていません');
    await shoot(frame, 'scorm-dead-lms-ja');
    await passQuestions(frame, 'before');
    await linkTheFirstString(frame, 'ja', 'scorm-dead-lms');
    expect(await page.evaluate(() => (window as unknown as { deadCalls: number }).deadCalls)).toBeGreaterThan(0);
    // The play is in the browser's save, to resume from.
    const saved = await frame.evaluate(() => Object.values({ ...localStorage }).find((v) => v.includes('inProgress')) ?? '');
    const inProgress = (JSON.parse(saved) as { inProgress?: { levelId: string; log: string } }).inProgress;
    expect(inProgress?.levelId).toBe(level.id);
    expect(replay(level, decodeLog(level, inProgress!.log)).stepIndex).toBe(1);
    await context.close();
  });
});
