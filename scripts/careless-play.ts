// npx tsx scripts/careless-play.ts: what a careless play scores, level x strategy x lesson, as a
// Markdown table (the README's table for teachers; `npm run bench` prints it too).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseLevel, describeProblem } from '../src/content/load-level';
import { carelessPlayTable } from '../src/playtest/blind-players';
import type { Level } from '../src/core';

/** Every shipped level in `dir`, in play order (the reference files sit in a folder of their own). */
export function shippedLevels(dir = 'levels'): Level[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'level.schema.json')
    .map((file) => {
      const result = parseLevel(`levels/${file}`, readFileSync(join(dir, file), 'utf8'));
      if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
      return result.level;
    })
    .sort((a, b) => a.order - b.order);
}

if (process.argv[1]?.endsWith('careless-play.ts')) console.log(carelessPlayTable(shippedLevels()));
