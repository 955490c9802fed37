import { execFile } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

// The benchmark's numbers are read by people, never asserted here: this only checks that
// `npm run bench` runs (in its quick mode) and writes a well-formed bench/results.json.
// The test waits as long as the script may run, so a slow machine never leaves the script running on.
const BENCH_TIMEOUT = 600_000;
describe('the benchmark script', () => {
  it('runs in quick mode and writes every measure with a name, a value, a unit, and target and ok together', async () => {
    rmSync('bench/results.json', { force: true });
    const { stdout } = await promisify(execFile)('npx', ['tsx', 'scripts/bench.ts', '--quick'], { timeout: BENCH_TIMEOUT, maxBuffer: 8 * 1024 * 1024 });
    expect(stdout).toContain('wrote bench/results.json');
    const measures = JSON.parse(readFileSync('bench/results.json', 'utf8')) as Record<string, unknown>[];
    for (const m of measures) {
      expect(typeof m['name'], JSON.stringify(m)).toBe('string');
      expect(Number.isFinite(m['value']), JSON.stringify(m)).toBe(true);
      expect(typeof m['unit'], JSON.stringify(m)).toBe('string');
      expect('target' in m, JSON.stringify(m)).toBe('ok' in m);
      if ('ok' in m) expect(m['ok']).toBe((m['value'] as number) <= (m['target'] as number));
    }
    const names = measures.map((m) => m['name'] as string);
    for (const expected of ['title screen, gzip', 'whole game, uncompressed', 'sound files shipped, uncompressed', 'title usable / baseline first frame, 10 Mbps, 40 ms',
      'title usable / baseline first frame, 1.6 Mbps, 150 ms', 'frame JS p95, tutorial grid, the day planned',
      'frame JS p95, review desk, a folder open after a finding', 'frame JS p95, computing hall, every station and the technician checked',
      'frame JS p95, city grid while a day plays hour by hour', 'peak JS heap (largest total, sampled in each mechanic of every play)',
      're-score 30 class results (every level)', "a year of hourly grid dispatch, Blackout summer's city (11 districts, 8,760 hours), median"]) {
      expect(names).toContain(expected);
    }
    expect(names.some((name) => /^replay the whole campaign \(\d+ levels today\)$/.test(name))).toBe(true);
  }, BENCH_TIMEOUT);
});
