// Saves: language, sound, each level's best score and last decision log, and the campaign's logs. Storage may be
// missing (private mode, an LMS iframe that forbids it) or full; play never depends on it.

import { LANGUAGES, NAMES_MODES, type Language, type NamesMode } from '../core/level';
import { parseSavedQuestions, type QuestionsRecord } from '../core/questions';
import { parseRoomVotes, type RoomVotes } from '../core/pause-points';
import { DEFAULT_SOUND_SETTINGS, type SoundSettings } from './audio';

export const SAVE_KEY = 'the-mining-dream.save';
export const CORRUPT_PREFIX = 'the-mining-dream.save.corrupt.';

/** The storage the game needs: localStorage has this shape; so does the in-memory fallback. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface LevelRecord {
  best: number;
  plays: number;
  /** The last play's decision log, kept as data: it is replayed, never trusted as a score. */
  lastLog?: unknown;
}

/** How the readable layer looks: larger text, and high contrast (absent: as the system asks, `prefers-contrast: more`). */
export interface DisplaySettings {
  largeText: boolean;
  highContrast?: boolean;
}

export interface SaveData {
  format: 1;
  language?: Language;
  /** Real people shown by name or by role (absent: by name). */
  names?: NamesMode;
  sound: boolean;
  /** Volumes (0..1) and the captions setting; absent in saves from before them (the defaults apply). */
  soundSettings?: SoundSettings;
  /** Large text and high contrast; absent in saves from before them (normal text, contrast as the system asks). */
  displaySettings?: DisplaySettings;
  levels: Record<string, LevelRecord>;
  /** A level left part-way (a closed tab, a reload): its decision log, to resume by replaying it; `campaign` when it is the campaign's next chapter. */
  inProgress?: { levelId: string; log: unknown; campaign?: boolean };
  /** The campaign so far: each finished chapter's encoded decision log, in order (replayed, never trusted). */
  campaign?: { logs: string[] };
  /** A teacher's assigned set (its key, see `assignmentKey`) and each of its levels' finished play, as an encoded log. */
  assignment?: { key: string; logs: Record<string, string> };
  /** Answers to the questions before and after each level, by level id and version (`id@version`; core/questions.ts); kept here only. */
  questions?: Record<string, QuestionsRecord>;
  /** Facilitated mode: the room's votes of the last play of each level version (`id@version`), counts only, never names; never scored. */
  room?: Record<string, RoomVotes>;
}

// Checked by hand rather than with zod: the save is read before the title screen, and zod's
// weight belongs to the level files, which load later.
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWhole = (v: unknown, max = Number.MAX_SAFE_INTEGER): v is number => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= max;

const isShare = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 1;
const isSoundSettings = (v: unknown): v is SoundSettings =>
  isRecord(v) && isShare(v['master']) && isShare(v['music']) && isShare(v['effects']) && typeof v['captions'] === 'boolean';

const isDisplaySettings = (v: unknown): v is DisplaySettings =>
  isRecord(v) && typeof v['largeText'] === 'boolean' && (v['highContrast'] === undefined || typeof v['highContrast'] === 'boolean');

export function isSaveData(value: unknown): value is SaveData {
  if (!isRecord(value) || value['format'] !== 1 || typeof value['sound'] !== 'boolean' || !isRecord(value['levels'])) return false;
  if (value['language'] !== undefined && !(LANGUAGES as readonly unknown[]).includes(value['language'])) return false;
  if (value['names'] !== undefined && !(NAMES_MODES as readonly unknown[]).includes(value['names'])) return false;
  const soundSettings = value['soundSettings'];
  if (soundSettings !== undefined && !isSoundSettings(soundSettings)) return false;
  if (value['displaySettings'] !== undefined && !isDisplaySettings(value['displaySettings'])) return false;
  const inProgress = value['inProgress'];
  if (inProgress !== undefined && !(isRecord(inProgress) && typeof inProgress['levelId'] === 'string' && (inProgress['campaign'] === undefined || typeof inProgress['campaign'] === 'boolean'))) return false;
  const campaign = value['campaign'];
  if (campaign !== undefined && !(isRecord(campaign) && Array.isArray(campaign['logs']) && campaign['logs'].every((log) => typeof log === 'string'))) return false;
  const assignment = value['assignment'];
  if (assignment !== undefined && !(isRecord(assignment) && typeof assignment['key'] === 'string' && isRecord(assignment['logs']) && Object.values(assignment['logs']).every((log) => typeof log === 'string'))) return false;
  return Object.values(value['levels']).every((r) => isRecord(r) && isWhole(r['best'], 100) && isWhole(r['plays']));
}

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
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    // A saved answer that does not read is dropped; the rest of the save is kept.
    if (isRecord(parsed) && parsed['questions'] !== undefined) parsed['questions'] = parseSavedQuestions(parsed['questions']).records;
    if (isRecord(parsed) && parsed['room'] !== undefined) parsed['room'] = isRecord(parsed['room']) ? Object.fromEntries(Object.entries(parsed['room']).map(([key, votes]) => [key, parseRoomVotes(votes)])) : {};
    // Sound settings that do not read fall back to the defaults; the progress beside them is kept.
    if (isRecord(parsed) && parsed['soundSettings'] !== undefined && !isSoundSettings(parsed['soundSettings'])) delete parsed['soundSettings'];
    if (isRecord(parsed) && parsed['displaySettings'] !== undefined && !isDisplaySettings(parsed['displaySettings'])) delete parsed['displaySettings'];
    if (isSaveData(parsed)) {
      this.data = parsed;
      return 'loaded';
    }
    try {
      this.store.setItem(CORRUPT_PREFIX + this.stamp(), raw);
    } catch {
      // Full storage: the corrupt copy still sits under SAVE_KEY until the next good write.
    }
    this.data = emptySave();
    return 'corrupt-kept-aside';
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

  /** The player's volumes and captions setting, or the defaults when the save has none. */
  get soundSettings(): SoundSettings {
    return { ...DEFAULT_SOUND_SETTINGS, ...this.data.soundSettings };
  }

  setSoundSettings(settings: SoundSettings): boolean {
    return this.update((d) => {
      d.soundSettings = { ...settings };
    });
  }

  /** Large text and high contrast, or the defaults (normal text, contrast as the system asks) when the save has none. */
  get displaySettings(): DisplaySettings {
    return { largeText: false, ...this.data.displaySettings };
  }

  setDisplaySettings(settings: DisplaySettings): boolean {
    return this.update((d) => {
      d.displaySettings = { ...settings };
    });
  }

  setNames(names: NamesMode): boolean {
    return this.update((d) => {
      d.names = names;
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
