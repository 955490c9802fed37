// Interface sounds through Howler (Phaser runs with noAudio). A device with no audio output, or a
// browser that blocks it, leaves the game silent and playable.

import pageUrl from '../../assets/audio/page.wav?url';
import selectUrl from '../../assets/audio/select.wav?url';
import foundUrl from '../../assets/audio/found.wav?url';
import missUrl from '../../assets/audio/miss.wav?url';
import warningUrl from '../../assets/audio/warning.wav?url';
import doneUrl from '../../assets/audio/done.wav?url';

export const SOUND_URLS = {
  page: pageUrl,
  select: selectUrl,
  found: foundUrl,
  miss: missUrl,
  warning: warningUrl,
  done: doneUrl,
} as const;

export type SoundName = keyof typeof SOUND_URLS;

export interface SoundPlayer {
  play(name: SoundName): void;
  setEnabled(on: boolean): void;
  /** Pause or resume everything, e.g. while the tab is hidden. */
  suspend(hidden: boolean): void;
}

export function createSoundPlayer(enabled: boolean, onUnavailable: () => void): SoundPlayer {
  type HowlerModule = typeof import('howler');
  // Howler loads with the first sound, so nothing audio sits on the path to the title screen.
  let library: Promise<HowlerModule> | null = null;
  const load = (): Promise<HowlerModule> => (library ??= import('howler'));
  const sounds = new Map<SoundName, import('howler').Howl>();
  let on = enabled;
  let reported = false;
  const unavailable = (): void => {
    if (!reported) {
      reported = true;
      onUnavailable();
    }
  };
  return {
    play(name) {
      if (!on) return;
      load()
        .then(({ Howl, Howler }) => {
          if (Howler.noAudio) return;
          let sound = sounds.get(name);
          if (!sound) {
            sound = new Howl({ src: [SOUND_URLS[name]], volume: 0.5, onloaderror: unavailable, onplayerror: unavailable });
            sounds.set(name, sound);
          }
          sound.play();
        })
        .catch(unavailable);
    },
    setEnabled(value) {
      on = value;
      if (!value && library) void library.then(({ Howler }) => Howler.stop());
    },
    suspend(hidden) {
      if (library) void library.then(({ Howler }) => Howler.mute(hidden));
    },
  };
}
