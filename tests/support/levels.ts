import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseLevel, describeProblem } from '../../src/content/load-level';
import type { Level } from '../../src/core';

// Vitest runs from the project root (a DOM environment changes import.meta.url, so not that).
export const LEVELS_DIR = join(process.cwd(), 'levels') + '/';

export function levelFiles(): string[] {
  return readdirSync(LEVELS_DIR).filter((f) => f.endsWith('.json') && f !== 'level.schema.json');
}

export function readLevelText(file: string): string {
  return readFileSync(LEVELS_DIR + file, 'utf8');
}

export function loadLevel(file: string): Level {
  const result = parseLevel(`levels/${file}`, readLevelText(file));
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.level;
}

/** Every shipped level, in the level list's order. */
export function allLevels(): Level[] {
  return levelFiles()
    .map(loadLevel)
    .sort((a, b) => a.order - b.order);
}

export const tutorial = (): Level => loadLevel('tutorial-first-day.json');
export const blackoutSummer = (): Level => loadLevel('blackout-summer.json');
