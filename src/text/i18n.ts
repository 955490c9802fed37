// Language choice and interface text lookup. Level text comes from the level files; this holds
// only the interface tables beside it (en.ts, ja.ts, zh.ts). Both the readable layer (ui) and
// the platform (the language from the address) use it, so it sits below both.

import { LANGUAGES, type Language, type LocalText } from '../core/level';
import { en, type TextKey, type TextTable } from './en';
import { ja } from './ja';
import { zh } from './zh';

export const TEXT_TABLES: Record<Language, TextTable> = { en, ja, zh };

/** Each language's name in that language, as a language menu shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ja: '日本語', zh: '简体中文' };

/** The value for an HTML lang attribute: zh is Simplified Chinese, so fonts and line breaking follow it. */
export const HTML_LANG: Record<Language, string> = { en: 'en', ja: 'ja', zh: 'zh-Hans' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to start in: an explicit choice (URL, then the save) wins, then the browser's
 * preferred languages, then English.
 */
export function chooseLanguage(explicit: (string | null | undefined)[], browserLanguages: readonly string[]): Language {
  for (const choice of explicit) if (isLanguage(choice)) return choice;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'zh') {
      // Traditional-script locales still get Simplified Chinese: it is the only Chinese we ship.
      return 'zh';
    }
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

export function translate(language: Language, key: TextKey, params: Record<string, string | number> = {}): string {
  const template = TEXT_TABLES[language][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function localText(language: Language, text: LocalText): string {
  return text[language];
}

export type Translate = (key: TextKey, params?: Record<string, string | number>) => string;
export type { TextKey };
