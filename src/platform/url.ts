// Launch options from the page address: ?lang=ja, ?level=tutorial-first-day, ?seed=42,
// ?difficulty=hard; and ?renderer=canvas, for the browser tests only.
import { SITE_DIFFICULTIES, type SiteDifficulty } from '../core/site-inspection';
import type { LaunchOptions } from '../scenes/app-context';

export function readLaunchOptions(params: URLSearchParams): LaunchOptions {
  const seedText = params.get('seed');
  const seed = seedText !== null && /^\d{1,10}$/.test(seedText) ? Number(seedText) >>> 0 : null;
  const level = params.get('level');
  const difficulty = params.get('difficulty');
  return {
    seed,
    levelId: level && /^[a-z0-9-]+$/.test(level) ? level : null,
    difficulty: (SITE_DIFFICULTIES as readonly string[]).includes(difficulty ?? '') ? (difficulty as SiteDifficulty) : null,
  };
}

/** ?renderer=canvas: the browser tests' switch to Phaser's Canvas renderer, because software WebGL makes them several times slower. */
export function wantsCanvasRenderer(params: URLSearchParams): boolean {
  return params.get('renderer') === 'canvas';
}
