// Saves: language, sound, and each level's best score and last decision log. Storage may be
// missing (private mode, an LMS iframe that forbids it) or full; play never depends on it.

import { z } from 'zod';
import type { Language } from '../core/level';

export const SAVE_KEY = 'the-mining-dream.save';
export const CORRUPT_PREFIX = 'the-mining-dream.save.corrupt.';

/** The storage the game needs: localStorage has this shape; so does the in-memory fallback. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const LevelRecordSchema = z.object({
  best: z.number().int().min(0).max(100),
  plays: z.number().int().min(0),
  lastLog: z.unknown().optional(),
});

const SaveSchema = z.object({
  format: z.literal(1),
  language: z.enum(['en', 'ja', 'zh']).optional(),
  sound: z.boolean(),
  levels: z.record(z.string(), LevelRecordSchema),
});

export type SaveData = z.infer<typeof SaveSchema>;
export type LevelRecord = z.infer<typeof LevelRecordSchema>;

export function emptySave(): SaveData {
  return { format: 1, sound: true, levels: {} };
}

export type LoadOutcome = 'loaded' | 'fresh' | 'corrupt-kept-aside' | 'storage-unavailable';

export class SaveStore {
  private data: SaveData = emptySave();
  private writable = true;

  constructor(private readonly store: KeyValueStore | null, private readonly stamp: () => string) {}

  /** Reads the save. A save that cannot be read is copied aside, never deleted, and play starts clean. */
  load(): LoadOutcome {
    if (!this.store) {
      this.writable = false;
      return 'storage-unavailable';
    }
    let raw: string | null;
    try {
      raw = this.store.getItem(SAVE_KEY);
    } catch {
      this.writable = false;
      return 'storage-unavailable';
    }
    if (raw === null) return 'fresh';
    try {
      this.data = SaveSchema.parse(JSON.parse(raw));
      return 'loaded';
    } catch {
      try {
        this.store.setItem(CORRUPT_PREFIX + this.stamp(), raw);
      } catch {
        // Full storage: the corrupt copy still sits under SAVE_KEY until the next good write.
      }
      this.data = emptySave();
      return 'corrupt-kept-aside';
    }
  }

  get current(): SaveData {
    return this.data;
  }

  /** Applies a change and writes it; returns false when the browser would not keep it. */
  update(change: (data: SaveData) => void): boolean {
    change(this.data);
    if (!this.store || !this.writable) return false;
    try {
      this.store.setItem(SAVE_KEY, JSON.stringify(this.data));
      return true;
    } catch {
      return false;
    }
  }

  setLanguage(language: Language): boolean {
    return this.update((d) => {
      d.language = language;
    });
  }
}

/** localStorage if the page may use it; reading the property itself can throw inside an LMS frame. */
export function browserStore(): KeyValueStore | null {
  try {
    const store = window.localStorage;
    const probe = `${SAVE_KEY}.probe`;
    store.setItem(probe, '1');
    store.removeItem(probe);
    return store;
  } catch {
    return null;
  }
}
