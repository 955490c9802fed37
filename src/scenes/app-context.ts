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
import type { LevelLinkProblem } from '../content/level-link';
import type { LmsLink } from './lms-link';
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
  /** A teacher's level in the address's fragment: whether it was damaged (and how), or is expected as a file. */
  teacherLink(): { problem: LevelLinkProblem | null; expected: boolean };
  /** A level file the student opened: from the next catalogue on it is a level of its own (or its problems are listed). */
  openLevelFile(file: string, text: string): void;
  /** The LMS this SCORM package reports to, or null (played in a browser, or no LMS answered). */
  lms: LmsLink | null;
  /** Tells tests and tools which screen is showing. */
  onScreen(name: string): void;
}
