// The interface text as the game itself uses it: English is in the page from the start, Japanese
// and Chinese are fetched when chosen, so the title carries one table rather than three.
// (i18n.ts keeps all three at hand for the teacher page and the tests.)

import type { Language } from '../core/level';
import { en, type TextKey, type TextTable } from './en';
import { fillTemplate } from './languages';

const loaded: Partial<Record<Language, TextTable>> = { en };
const loading: Partial<Record<Language, Promise<boolean>>> = {};

/** Fetches a language's table once; true when it is ready (false when the network failed: ask again later). */
export function loadTexts(language: Language): Promise<boolean> {
  if (loaded[language]) return Promise.resolve(true);
  return (loading[language] ??= (language === 'ja' ? import('./ja').then((m) => m.ja) : import('./zh').then((m) => m.zh)).then(
    (table) => {
      loaded[language] = table;
      return true;
    },
    () => {
      delete loading[language];
      return false;
    },
  ));
}

export function textsLoaded(language: Language): boolean {
  return loaded[language] !== undefined;
}

/** A text in a language whose table has loaded (English until it has). */
export function translateLoaded(language: Language, key: TextKey, params: Record<string, string | number> = {}): string {
  return fillTemplate((loaded[language] ?? en)[key], params);
}
