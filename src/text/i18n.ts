// Language choice and interface text lookup. Level text comes from the level files; this holds
// only the interface tables beside it (en.ts, ja.ts, zh.ts). Both the readable layer (ui) and
// the platform (the language from the address) use it, so it sits below both.

import type { Language, LocalText } from '../core/level';
import { fillTemplate } from './languages';
import { en, type TextKey, type TextTable } from './en';
import { ja } from './ja';
import { zh } from './zh';

export const TEXT_TABLES: Record<Language, TextTable> = { en, ja, zh };

export { chooseLanguage, fillTemplate, HTML_LANG, isLanguage, LANGUAGE_NAMES } from './languages';

export function translate(language: Language, key: TextKey, params: Record<string, string | number> = {}): string {
  return fillTemplate(TEXT_TABLES[language][key], params);
}

export function localText(language: Language, text: LocalText): string {
  return text[language];
}

export type Translate = (key: TextKey, params?: Record<string, string | number>) => string;
export type { TextKey };
