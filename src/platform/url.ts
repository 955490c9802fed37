// Launch options from the page address: ?lang=ja, ?level=tutorial-first-day, ?seed=42,
// ?difficulty=hard, ?names=roles; and ?renderer=canvas, for the browser tests only.
import { NAMES_MODES, SITE_DIFFICULTIES, type NamesMode, type SiteDifficulty } from '../core';

export interface LaunchOptions {
  /** A fixed seed from the URL (?seed=), for teachers and tests; otherwise each play draws one. */
  seed: number | null;
  /** A level to open straight away (?level=), as an assignment link does. */
  levelId: string | null;
  /** The inspection difficulty a teacher sets (?difficulty=easy|standard|hard); the player may still change it. */
  difficulty: SiteDifficulty | null;
  /** Real people by name or by role (?names=roles), as a teacher's link may set; the player may still change it. */
  names: NamesMode | null;
}

export function readLaunchOptions(params: URLSearchParams): LaunchOptions {
  const seedText = params.get('seed');
  const seed = seedText !== null && /^\d{1,10}$/.test(seedText) ? Number(seedText) >>> 0 : null;
  const level = params.get('level');
  const difficulty = params.get('difficulty');
  const names = params.get('names');
  return {
    seed,
    levelId: level && /^[a-z0-9-]+$/.test(level) ? level : null,
    difficulty: (SITE_DIFFICULTIES as readonly string[]).includes(difficulty ?? '') ? (difficulty as SiteDifficulty) : null,
    names: (NAMES_MODES as readonly string[]).includes(names ?? '') ? (names as NamesMode) : null,
  };
}

/** ?renderer=canvas: the browser tests' switch to Phaser's Canvas renderer, because software WebGL makes them several times slower. */
export function wantsCanvasRenderer(params: URLSearchParams): boolean {
  return params.get('renderer') === 'canvas';
}
