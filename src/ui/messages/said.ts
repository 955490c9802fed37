// What the player is told and hears after one event: the shape every kind's messages return.
// Pure: no Phaser, no DOM, no sound played here. The scene applies it (sets the message line,
// plays the sound, announces to screen readers).

import type { Language } from '../../core';
import type { SoundName } from '../../platform/audio';
import type { Translate } from '../../text/i18n';
import type { LevelUiState } from '../level-parts';

export type Message = NonNullable<LevelUiState['message']>;

export interface Said {
  /** The message line after the event: a new one, or null to clear it; absent leaves it as it is. */
  message?: Message | null;
  /** The sound the event makes; absent, it makes none. */
  sound?: SoundName;
  /** Said to screen readers after the message line (what an examined object shows). */
  aside?: string;
}

/** What a kind's messages read besides the event: its step, and the language to say it in. */
export interface MessageContext<S> {
  step: S;
  t: Translate;
  language: Language;
}
