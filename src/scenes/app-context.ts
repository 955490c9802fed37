// What every scene is handed: the catalogue, saves, language, sound and the readable layer.
// Scenes get it through their constructor, so nothing reaches for globals.

import type { Catalogue } from '../content/catalogue';
import type { Language } from '../core/level';
import type { Translate } from '../platform/i18n';
import type { SoundPlayer } from '../platform/audio';
import type { SaveStore } from '../platform/storage';
import type { Overlay } from '../ui/overlay';
import type { SiteDifficulty } from '../core';

export interface LaunchOptions {
  /** A fixed seed from the URL (?seed=), for teachers and tests; otherwise each play draws one. */
  seed: number | null;
  /** A level to open straight away (?level=), as an assignment link does. */
  levelId: string | null;
  /** The inspection difficulty a teacher sets (?difficulty=easy|standard|hard); the player may still change it. */
  difficulty: SiteDifficulty | null;
}

export interface AppContext {
  /** The levels, loaded on first request (the title screen asks once it has drawn). */
  catalogue(): Promise<Catalogue>;
  saves: SaveStore;
  overlay: Overlay;
  sound: SoundPlayer;
  launch: LaunchOptions;
  language(): Language;
  setLanguage(language: Language): void;
  t: Translate;
  newSeed(): number;
  /** Tells tests and tools which screen is showing. */
  onScreen(name: string): void;
}
