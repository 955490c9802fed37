import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AMBIENCE_URLS, createSoundPlayer, CROSSFADE_MS, CUE_URLS, DEFAULT_SOUND_SETTINGS, SOUND_URLS } from '../../src/platform/audio';

/** A stand-in for Howler that records what the player asks of it. */
class FakeHowl {
  static made: FakeHowl[] = [];
  readonly calls: string[] = [];
  private vol: number;
  private isPlaying = false;
  private readonly handlers = new Map<string, () => void>();
  constructor(readonly options: { src: string[]; format?: string[]; loop?: boolean; volume?: number }) {
    this.vol = options.volume ?? 1;
    FakeHowl.made.push(this);
  }
  play(): number {
    this.isPlaying = true;
    this.calls.push('play');
    return 1;
  }
  stop(): this {
    this.isPlaying = false;
    this.calls.push('stop');
    return this;
  }
  playing(): boolean {
    return this.isPlaying;
  }
  volume(value?: number): number | this {
    if (value === undefined) return this.vol;
    this.vol = value;
    this.calls.push(`volume ${value.toFixed(2)}`);
    return this;
  }
  fade(from: number, to: number, ms: number): this {
    this.vol = to;
    this.calls.push(`fade ${from.toFixed(2)}->${to.toFixed(2)} in ${ms}`);
    return this;
  }
  once(event: string, handler: () => void): this {
    this.handlers.set(event, handler);
    return this;
  }
  emit(event: string): void {
    this.handlers.get(event)?.();
  }
}

function fakeHowler(noAudio = false) {
  FakeHowl.made = [];
  // Howler.stop() stops every sound, as the real one does.
  const howler = {
    noAudio,
    stopped: 0,
    muted: [] as boolean[],
    stop: () => {
      howler.stopped++;
      for (const howl of FakeHowl.made) howl.stop();
    },
    mute: (m: boolean) => howler.muted.push(m),
  };
  return { module: { Howl: FakeHowl, Howler: howler } as unknown as typeof import('howler'), howler };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const made = (src: readonly string[]) => FakeHowl.made.find((h) => h.options.src[0] === src[0]);

describe('the sound player', () => {
  it('one ambience at a time: a new setting fades the old loop out and the new one in at the music volume', async () => {
    const { module } = fakeHowler();
    const player = createSoundPlayer(true, { master: 0.5, music: 0.8, effects: 1, captions: true }, () => undefined, () => Promise.resolve(module));
    player.ambience('lab');
    await settle();
    const lab = made(AMBIENCE_URLS.lab)!;
    expect(lab.options).toMatchObject({ loop: true, src: [...AMBIENCE_URLS.lab] });
    expect(lab.calls).toEqual(['play', `fade 0.00->0.40 in ${CROSSFADE_MS}`]);
    player.ambience('mining');
    await settle();
    const mining = made(AMBIENCE_URLS.mining)!;
    expect(lab.calls.at(-1)).toBe(`fade 0.40->0.00 in ${CROSSFADE_MS}`);
    expect(mining.calls).toEqual(['play', `fade 0.00->0.40 in ${CROSSFADE_MS}`]);
    lab.emit('fade');
    expect(lab.calls.at(-1)).toBe('stop');
    // The same setting again changes nothing.
    player.ambience('mining');
    await settle();
    expect(mining.calls).toHaveLength(2);
  });

  it('cues play at the effects volume and the theme at the music volume; changed volumes reach the loop playing', async () => {
    const { module } = fakeHowler();
    const player = createSoundPlayer(true, { master: 1, music: 0.3, effects: 0.9, captions: true }, () => undefined, () => Promise.resolve(module));
    player.cue('alarm');
    player.cue('theme');
    player.ambience('bureau');
    await settle();
    expect(made(CUE_URLS.alarm)!.calls).toEqual(['volume 0.90', 'play']);
    expect(made(CUE_URLS.theme)!.calls).toEqual(['volume 0.30', 'play']);
    player.setVolumes({ master: 0.5, music: 1, effects: 1, captions: true });
    await settle();
    expect(made(AMBIENCE_URLS.bureau)!.calls.at(-1)).toBe('volume 0.50');
  });

  it('sound off plays nothing and stops what plays; on again, the setting’s loop comes back', async () => {
    const { module, howler } = fakeHowler();
    const player = createSoundPlayer(true, DEFAULT_SOUND_SETTINGS, () => undefined, () => Promise.resolve(module));
    player.ambience('city-night');
    await settle();
    player.setEnabled(false);
    player.cue('phone');
    player.play('select');
    await settle();
    expect(howler.stopped).toBe(1);
    expect(made(CUE_URLS.phone)).toBeUndefined();
    player.setEnabled(true);
    await settle();
    expect(made(AMBIENCE_URLS['city-night'])!.calls.filter((c) => c === 'play')).toHaveLength(2);
  });

  it('a sound library that fails to load leaves the game silent: the player says so once and never throws', async () => {
    let told = 0;
    const player = createSoundPlayer(true, DEFAULT_SOUND_SETTINGS, () => told++, () => Promise.reject(new Error('offline')));
    expect(() => {
      player.ambience('mining');
      player.cue('alarm');
      player.play('page');
      player.setVolumes(DEFAULT_SOUND_SETTINGS);
      player.suspend(true);
    }).not.toThrow();
    await settle();
    await settle();
    expect(told).toBe(1);
  });

  it('a device with no audio output makes no sounds at all; a hidden tab mutes what there is', async () => {
    const { module, howler } = fakeHowler(true);
    const player = createSoundPlayer(true, DEFAULT_SOUND_SETTINGS, () => undefined, () => Promise.resolve(module));
    player.ambience('lab');
    player.cue('phone');
    await settle();
    expect(FakeHowl.made).toEqual([]);
    player.suspend(true);
    player.suspend(false);
    await settle();
    expect(howler.muted).toEqual([true, false]);
  });

  it('every sound ships compressed: Opus in WebM, then an MP3 fallback; no WAV is loaded or left in the sound folder', () => {
    const manifest = { ...SOUND_URLS, ...CUE_URLS, ...AMBIENCE_URLS };
    expect(Object.keys(manifest)).toHaveLength(Object.keys(SOUND_URLS).length + Object.keys(CUE_URLS).length + Object.keys(AMBIENCE_URLS).length);
    for (const [name, urls] of Object.entries(manifest)) {
      expect(urls, name).toHaveLength(2);
      expect(urls[0], name).toMatch(/\.webm$/);
      expect(urls[1], name).toMatch(/\.mp3$/);
    }
    const folder = readdirSync(new URL('../../assets/audio/', import.meta.url));
    expect(folder.filter((file) => /\.wav$/i.test(file))).toEqual([]);
    for (const [webm, mp3] of Object.values(SOUND_URLS)) {
      expect(folder).toContain(webm.split('/').at(-1));
      expect(folder).toContain(mp3.split('/').at(-1));
    }
  });

  it('an interface blip loads with the same fallback as the cues and plays at the effects volume', async () => {
    const { module } = fakeHowler();
    const player = createSoundPlayer(true, { master: 0.5, music: 1, effects: 1, captions: true }, () => undefined, () => Promise.resolve(module));
    player.play('found');
    await settle();
    const found = made(SOUND_URLS.found)!;
    expect(found.options).toMatchObject({ src: [...SOUND_URLS.found], format: ['webm', 'mp3'], loop: false });
    expect(found.calls).toEqual(['volume 0.30', 'play']);
  });
});
