import { describe, expect, it } from 'vitest';
import { DEFAULT_SOUND_SETTINGS } from '../../src/platform/audio';
import { CORRUPT_PREFIX, SAVE_KEY, SaveStore, type KeyValueStore } from '../../src/platform/storage';

class MemoryStore implements KeyValueStore {
  readonly items = new Map<string, string>();
  failWrites = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.failWrites) throw new DOMException('full', 'QuotaExceededError');
    this.items.set(key, value);
  }
}

describe('saves', () => {
  it('a save written is read back the same on the next visit', () => {
    const memory = new MemoryStore();
    const first = new SaveStore(memory, () => 'a');
    expect(first.load()).toBe('fresh');
    first.setLanguage('zh');
    first.setNames('roles');
    first.update((d) => {
      d.levels['tutorial-first-day'] = { best: 88, plays: 2 };
    });
    const second = new SaveStore(memory, () => 'b');
    expect(second.load()).toBe('loaded');
    expect(second.current).toMatchObject({ language: 'zh', names: 'roles', levels: { 'tutorial-first-day': { best: 88, plays: 2 } } });
  });

  it('a corrupt save is kept aside under its own key and the game starts clean', () => {
    const memory = new MemoryStore();
    memory.items.set(SAVE_KEY, '{"format":1,"sound":tru');
    const store = new SaveStore(memory, () => '2026-11-28T06:00:00.000Z');
    expect(store.load()).toBe('corrupt-kept-aside');
    expect(store.current.levels).toEqual({});
    expect(memory.items.get(`${CORRUPT_PREFIX}2026-11-28T06:00:00.000Z`)).toBe('{"format":1,"sound":tru');
  });

  it('a best score above 100 or an unknown language is not a save this game wrote', () => {
    for (const odd of [
      { format: 1, sound: true, levels: { a: { best: 140, plays: 1 } } },
      { format: 1, sound: true, language: 'fr', levels: {} },
      { format: 1, sound: true, names: 'initials', levels: {} },
      { format: 2, sound: true, levels: {} },
      { format: 1, sound: true, levels: {}, inProgress: { log: [] } },
    ]) {
      const memory = new MemoryStore();
      memory.items.set(SAVE_KEY, JSON.stringify(odd));
      expect(new SaveStore(memory, () => 'x').load()).toBe('corrupt-kept-aside');
    }
  });

  it('the campaign\'s chapter logs are kept and read back; a campaign of the wrong shape is kept aside and the game starts clean', () => {
    const memory = new MemoryStore();
    const first = new SaveStore(memory, () => 'a');
    first.load();
    first.update((d) => {
      d.campaign = { logs: ['MD2.tutorial-first-day.x'] };
      d.inProgress = { levelId: 'digital-economy-slogan', log: 'MD2.y', campaign: true };
    });
    const second = new SaveStore(memory, () => 'b');
    expect(second.load()).toBe('loaded');
    expect(second.current.campaign).toEqual({ logs: ['MD2.tutorial-first-day.x'] });
    expect(second.current.inProgress?.campaign).toBe(true);
    for (const campaign of [{ logs: [3] }, { logs: 'MD2' }, []]) {
      const odd = JSON.stringify({ format: 1, sound: true, levels: {}, campaign });
      const broken = new MemoryStore();
      broken.items.set(SAVE_KEY, odd);
      const store = new SaveStore(broken, () => 'c');
      expect(store.load()).toBe('corrupt-kept-aside');
      expect(store.current.campaign).toBeUndefined();
      expect(broken.items.get(`${CORRUPT_PREFIX}c`)).toBe(odd);
    }
  });

  it('an assigned set\'s finished plays are kept and read back; an assignment of the wrong shape is kept aside', () => {
    const memory = new MemoryStore();
    const first = new SaveStore(memory, () => 'a');
    first.load();
    first.update((d) => {
      d.assignment = { key: 'the-lawsuit|7B', logs: { 'the-lawsuit': 'MD2.the-lawsuit.z' } };
    });
    const second = new SaveStore(memory, () => 'b');
    expect(second.load()).toBe('loaded');
    expect(second.current.assignment).toEqual({ key: 'the-lawsuit|7B', logs: { 'the-lawsuit': 'MD2.the-lawsuit.z' } });
    for (const assignment of [{ key: 1, logs: {} }, { key: 'k', logs: { a: 3 } }, { key: 'k', logs: ['MD2'] }]) {
      const odd = JSON.stringify({ format: 1, sound: true, levels: {}, assignment });
      const broken = new MemoryStore();
      broken.items.set(SAVE_KEY, odd);
      const store = new SaveStore(broken, () => 'c');
      expect(store.load()).toBe('corrupt-kept-aside');
      expect(broken.items.get(`${CORRUPT_PREFIX}c`)).toBe(odd);
    }
  });

  it('a save of the wrong shape counts as corrupt too, and nothing of it is lost', () => {
    const memory = new MemoryStore();
    const odd = JSON.stringify({ format: 1, sound: 'loud', levels: {} });
    memory.items.set(SAVE_KEY, odd);
    const store = new SaveStore(memory, () => 'x');
    expect(store.load()).toBe('corrupt-kept-aside');
    expect(memory.items.get(`${CORRUPT_PREFIX}x`)).toBe(odd);
    expect(store.current.sound).toBe(true);
  });

  it('with no storage at all the game still plays and keeps settings for the session', () => {
    const store = new SaveStore(null, () => 'x');
    expect(store.load()).toBe('storage-unavailable');
    expect(store.setLanguage('ja')).toBe(false);
    expect(store.current.language).toBe('ja');
  });

  it('storage that throws on reading (an LMS frame) is treated as unavailable', () => {
    const hostile: KeyValueStore = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => undefined,
    };
    const store = new SaveStore(hostile, () => 'x');
    expect(store.load()).toBe('storage-unavailable');
    expect(store.update((d) => (d.sound = false))).toBe(false);
  });

  it('full storage refuses the write but keeps the change in memory', () => {
    const memory = new MemoryStore();
    const store = new SaveStore(memory, () => 'x');
    store.load();
    memory.failWrites = true;
    expect(store.update((d) => (d.sound = false))).toBe(false);
    expect(store.current.sound).toBe(false);
  });
});

describe('saved answers to the questions', () => {
  it('are kept by level id and version; a corrupt entry is dropped on load, and the rest of the save is kept', () => {
    const memory = new MemoryStore();
    const good = { format: 1, levelId: 'the-lawsuit', version: 1, when: '2026-12-01T09:00:00.000Z', before: [[0, 3], [1, 3], [2, 3]], after: null };
    memory.items.set(
      SAVE_KEY,
      JSON.stringify({ format: 1, sound: true, levels: { 'the-lawsuit': { best: 70, plays: 1 } }, questions: { 'the-lawsuit@1': good, 'two-systems@1': { ...good, before: 'maybe' } } }),
    );
    const store = new SaveStore(memory, () => 'a');
    expect(store.load()).toBe('loaded');
    expect(store.current.questions).toEqual({ 'the-lawsuit@1': good });
    expect(store.current.levels['the-lawsuit']).toEqual({ best: 70, plays: 1 });
  });
});

describe("the room's votes (facilitated mode)", () => {
  it('keep only whole counts from 0 to 500; a bad entry is dropped and the rest of the save loads', () => {
    const memory = new MemoryStore();
    memory.setItem(
      SAVE_KEY,
      JSON.stringify({ format: 1, sound: true, levels: {}, room: { 'blackout-summer@3': { 'june-order': { comply: 3, escalate: 12, refuse: -4, wrong: 'ten' } }, 'prologue@1': 'nonsense' } }),
    );
    const store = new SaveStore(memory, () => 'a');
    expect(store.load()).toBe('loaded');
    expect(store.current.room).toEqual({ 'blackout-summer@3': { 'june-order': { comply: 3, escalate: 12 } }, 'prologue@1': {} });
  });
});

describe('sound settings in the save', () => {
  it('volumes and the captions setting come back on the next visit', () => {
    const memory = new MemoryStore();
    const first = new SaveStore(memory, () => 'a');
    first.load();
    first.setSoundSettings({ master: 0.5, music: 0.2, effects: 1, captions: false });
    const second = new SaveStore(memory, () => 'b');
    expect(second.load()).toBe('loaded');
    expect(second.soundSettings).toEqual({ master: 0.5, music: 0.2, effects: 1, captions: false });
  });

  it('a save from before sound settings loads with its progress, and the defaults apply', () => {
    const memory = new MemoryStore();
    memory.items.set(SAVE_KEY, JSON.stringify({ format: 1, sound: false, levels: { prologue: { best: 70, plays: 1 } } }));
    const store = new SaveStore(memory, () => 'a');
    expect(store.load()).toBe('loaded');
    expect(store.current.levels['prologue']).toEqual({ best: 70, plays: 1 });
    expect(store.current.sound).toBe(false);
    expect(store.soundSettings).toEqual(DEFAULT_SOUND_SETTINGS);
  });

  it('sound settings that do not read fall back to the defaults and keep the progress beside them', () => {
    const memory = new MemoryStore();
    memory.items.set(SAVE_KEY, JSON.stringify({ format: 1, sound: true, soundSettings: { master: 7, music: 'loud', effects: 1, captions: true }, levels: { prologue: { best: 70, plays: 1 } } }));
    const store = new SaveStore(memory, () => 'a');
    expect(store.load()).toBe('loaded');
    expect(store.current.levels['prologue']).toEqual({ best: 70, plays: 1 });
    expect(store.soundSettings).toEqual(DEFAULT_SOUND_SETTINGS);
  });
});

describe('display settings in the save', () => {
  it('large text and high contrast come back on the next visit', () => {
    const memory = new MemoryStore();
    const first = new SaveStore(memory, () => 'a');
    first.load();
    first.setDisplaySettings({ largeText: true, highContrast: true });
    const second = new SaveStore(memory, () => 'b');
    expect(second.load()).toBe('loaded');
    expect(second.displaySettings).toEqual({ largeText: true, highContrast: true });
  });

  it('a save from before display settings loads with its progress: normal text, contrast left to the system', () => {
    const memory = new MemoryStore();
    memory.items.set(SAVE_KEY, JSON.stringify({ format: 1, sound: true, soundSettings: { master: 0.5, music: 0.5, effects: 0.5, captions: true }, levels: { prologue: { best: 70, plays: 1 } } }));
    const store = new SaveStore(memory, () => 'a');
    expect(store.load()).toBe('loaded');
    expect(store.current.levels['prologue']).toEqual({ best: 70, plays: 1 });
    expect(store.displaySettings).toEqual({ largeText: false });
    expect(store.displaySettings.highContrast).toBeUndefined();
  });

  it('display settings that do not read fall back to the defaults and keep the progress and sound settings beside them', () => {
    const memory = new MemoryStore();
    const sound = { master: 0.3, music: 0.4, effects: 0.5, captions: false };
    memory.items.set(SAVE_KEY, JSON.stringify({ format: 1, sound: true, soundSettings: sound, displaySettings: { largeText: 'yes', highContrast: 1 }, levels: { prologue: { best: 70, plays: 1 } } }));
    const store = new SaveStore(memory, () => 'a');
    expect(store.load()).toBe('loaded');
    expect(store.current.levels['prologue']).toEqual({ best: 70, plays: 1 });
    expect(store.soundSettings).toEqual(sound);
    expect(store.displaySettings).toEqual({ largeText: false });
  });
});
