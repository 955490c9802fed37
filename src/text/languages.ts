// The languages the game speaks and how one is chosen, without any text table: the title loads
// this before the engine, and only the chosen language's table (text-loader.ts).

import { LANGUAGES, type Language } from '../core/level';

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

/** Fills a text's {name} placeholders; one it is not given stays as written. */
export function fillTemplate(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
