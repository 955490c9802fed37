// Sound through Howler (Phaser runs with noAudio): interface blips, an ambience loop per setting
// (one at a time, crossfaded on change), cues that carry meaning (the grid's hour and alarm, the
// desk phone, a scene's sting) and the theme. Master, music and effects volumes and mute are the
// player's. A device with no audio output, a blocked AudioContext or a file that fails to load
// leaves the game silent and playable: nothing here throws or waits on the game's behalf.

import pageWebm from '../../assets/audio/page.webm?url';
import pageMp3 from '../../assets/audio/page.mp3?url';
import selectWebm from '../../assets/audio/select.webm?url';
import selectMp3 from '../../assets/audio/select.mp3?url';
import foundWebm from '../../assets/audio/found.webm?url';
import foundMp3 from '../../assets/audio/found.mp3?url';
import missWebm from '../../assets/audio/miss.webm?url';
import missMp3 from '../../assets/audio/miss.mp3?url';
import warningWebm from '../../assets/audio/warning.webm?url';
import warningMp3 from '../../assets/audio/warning.mp3?url';
import doneWebm from '../../assets/audio/done.webm?url';
import doneMp3 from '../../assets/audio/done.mp3?url';
import bureauWebm from '../../assets/audio/ambience-bureau.webm?url';
import bureauMp3 from '../../assets/audio/ambience-bureau.mp3?url';
import cityWebm from '../../assets/audio/ambience-city-night.webm?url';
import cityMp3 from '../../assets/audio/ambience-city-night.mp3?url';
import labWebm from '../../assets/audio/ambience-lab.webm?url';
import labMp3 from '../../assets/audio/ambience-lab.mp3?url';
import miningWebm from '../../assets/audio/ambience-mining.webm?url';
import miningMp3 from '../../assets/audio/ambience-mining.mp3?url';
import hourWebm from '../../assets/audio/cue-hour.webm?url';
import hourMp3 from '../../assets/audio/cue-hour.mp3?url';
import alarmWebm from '../../assets/audio/cue-alarm.webm?url';
import alarmMp3 from '../../assets/audio/cue-alarm.mp3?url';
import phoneWebm from '../../assets/audio/cue-phone.webm?url';
import phoneMp3 from '../../assets/audio/cue-phone.mp3?url';
import stingWebm from '../../assets/audio/sting-scene.webm?url';
import stingMp3 from '../../assets/audio/sting-scene.mp3?url';
import themeWebm from '../../assets/audio/theme.webm?url';
import themeMp3 from '../../assets/audio/theme.mp3?url';

/** Every sound is Opus in WebM first, MP3 where the browser cannot play it (older Safari). */
export const SOUND_URLS = {
  page: [pageWebm, pageMp3],
  select: [selectWebm, selectMp3],
  found: [foundWebm, foundMp3],
  miss: [missWebm, missMp3],
  warning: [warningWebm, warningMp3],
  done: [doneWebm, doneMp3],
} as const;

export type SoundName = keyof typeof SOUND_URLS;

export const AMBIENCE_URLS = {
  bureau: [bureauWebm, bureauMp3],
  'city-night': [cityWebm, cityMp3],
  lab: [labWebm, labMp3],
  mining: [miningWebm, miningMp3],
} as const;
export type AmbienceName = keyof typeof AMBIENCE_URLS;
export const AMBIENCES = Object.keys(AMBIENCE_URLS) as AmbienceName[];

export const CUE_URLS = {
  hour: [hourWebm, hourMp3],
  alarm: [alarmWebm, alarmMp3],
  phone: [phoneWebm, phoneMp3],
  sting: [stingWebm, stingMp3],
  theme: [themeWebm, themeMp3],
} as const;
export type CueName = keyof typeof CUE_URLS;
export const CUES = Object.keys(CUE_URLS) as CueName[];

/** The theme and the ambience are the music channel; cues and blips are effects. */
const MUSIC_CUES: ReadonlySet<CueName> = new Set(['theme']);

/** Volumes 0..1, and whether captions show while sound is on (with sound off they always show). */
export interface SoundSettings {
  master: number;
  music: number;
  effects: number;
  captions: boolean;
}

export const DEFAULT_SOUND_SETTINGS: Readonly<SoundSettings> = { master: 0.8, music: 0.6, effects: 0.8, captions: true };

/** How long one ambience takes to fade into the next (ms). */
export const CROSSFADE_MS = 1200;

export interface SoundPlayer {
  /** An interface blip (effects). */
  play(name: SoundName): void;
  /** A sound that carries meaning, once. */
  cue(name: CueName): void;
  /** The loop for the setting on screen; null for none. Crossfades from the one playing. */
  ambience(name: AmbienceName | null): void;
  setEnabled(on: boolean): void;
  setVolumes(settings: SoundSettings): void;
  /** Pause or resume everything, e.g. while the tab is hidden. */
  suspend(hidden: boolean): void;
}

type HowlerModule = typeof import('howler');
type Howl = import('howler').Howl;

/**
 * `load` is the Howler module, loaded with the first sound so nothing audio sits on the path to
 * the title screen; tests hand in a fake one (one that fails, one with no audio).
 */
export function createSoundPlayer(enabled: boolean, settings: SoundSettings, onUnavailable: () => void, load: () => Promise<HowlerModule> = () => import('howler')): SoundPlayer {
  let library: Promise<HowlerModule> | null = null;
  const howler = (): Promise<HowlerModule> => (library ??= load());
  const blips = new Map<SoundName, Howl>();
  const cues = new Map<CueName, Howl>();
  const loops = new Map<AmbienceName, Howl>();
  let on = enabled;
  let volumes: SoundSettings = { ...settings };
  let wanted: AmbienceName | null = null;
  let playing: AmbienceName | null = null;
  let reported = false;
  const unavailable = (): void => {
    if (!reported) {
      reported = true;
      onUnavailable();
    }
  };
  const musicVolume = (): number => volumes.master * volumes.music;
  const effectsVolume = (): number => volumes.master * volumes.effects;
  /** Runs `use` with Howler once it has loaded and when there is an output; never throws. */
  const withHowler = (use: (module: HowlerModule) => void): void => {
    howler()
      .then((module) => {
        if (module.Howler.noAudio) return;
        use(module);
      })
      .catch(unavailable);
  };
  const make = (module: HowlerModule, src: readonly string[], loop: boolean): Howl =>
    new module.Howl({ src: [...src], format: ['webm', 'mp3'], loop, volume: 0, onloaderror: unavailable, onplayerror: unavailable });

  /** Brings the loop playing in line with the one wanted: fade the old out, the new in. */
  const settleAmbience = (): void => {
    if (!on || wanted === playing) return;
    const from = playing;
    const to = wanted;
    playing = to;
    withHowler((module) => {
      const old = from ? loops.get(from) : undefined;
      if (old) {
        old.fade(old.volume(), 0, CROSSFADE_MS);
        old.once('fade', () => {
          if (playing !== from) old.stop();
        });
      }
      if (!to) return;
      let next = loops.get(to);
      if (!next) {
        next = make(module, AMBIENCE_URLS[to], true);
        loops.set(to, next);
      }
      if (!next.playing()) next.play();
      next.fade(next.volume(), musicVolume(), CROSSFADE_MS);
    });
  };

  return {
    play(name) {
      if (!on) return;
      withHowler((module) => {
        let sound = blips.get(name);
        if (!sound) {
          sound = make(module, SOUND_URLS[name], false);
          blips.set(name, sound);
        }
        sound.volume(0.6 * effectsVolume());
        sound.play();
      });
    },
    cue(name) {
      if (!on) return;
      withHowler((module) => {
        let sound = cues.get(name);
        if (!sound) {
          sound = make(module, CUE_URLS[name], false);
          cues.set(name, sound);
        }
        sound.volume(MUSIC_CUES.has(name) ? musicVolume() : effectsVolume());
        sound.play();
      });
    },
    ambience(name) {
      wanted = name;
      settleAmbience();
    },
    setEnabled(value) {
      on = value;
      if (!value) {
        playing = null;
        if (library) void library.then(({ Howler }) => Howler.stop(), () => undefined);
      } else settleAmbience();
    },
    setVolumes(next) {
      volumes = { ...next };
      if (!library) return;
      withHowler(() => {
        const current = playing ? loops.get(playing) : undefined;
        current?.volume(musicVolume());
      });
    },
    suspend(hidden) {
      if (library) void library.then(({ Howler }) => Howler.mute(hidden), () => undefined);
    },
  };
}
