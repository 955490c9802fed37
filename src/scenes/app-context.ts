// What every scene is handed: the catalogue, saves, language, sound and the readable layer.
// Scenes get it through their constructor, so nothing reaches for globals.

import type { Catalogue } from '../content/catalogue';
import type { Reference } from '../content/reference-model';
import type { Language, NamesMode } from '../core/level';
import type { Translate } from '../text/i18n';
import type { SoundPlayer } from '../platform/audio';
import type { SaveStore } from '../platform/storage';
import type { Overlay } from '../ui/overlay';
import type { LaunchOptions } from '../platform/url';
export type { LaunchOptions };

export interface AppContext {
  /** The levels, loaded on first request (the title screen asks once it has drawn). */
  catalogue(): Promise<Catalogue>;
  /** The glossary and article notes, once the catalogue has loaded (null before, or if broken). */
  reference(): Reference | null;
  saves: SaveStore;
  overlay: Overlay;
  sound: SoundPlayer;
  launch: LaunchOptions;
  language(): Language;
  setLanguage(language: Language): void;
  /** Real people shown by name or by role, in every text. */
  names(): NamesMode;
  setNames(names: NamesMode): void;
  t: Translate;
  newSeed(): number;
  /** Tells tests and tools which screen is showing. */
  onScreen(name: string): void;
}
