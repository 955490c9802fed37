// Real people of the case, by name or by role. Level and reference texts never spell a real name:
// they write a token, `{{xiao-yi}}`, and the loader puts in the name or the role, as the player's
// "names or roles" setting asks. This table is the one place the names are spelled for play
// (`tests/content/real-people.test.ts` fails on a level text that spells one elsewhere).

import { LANGUAGES, type Language, type LocalText, type NamesMode } from '../core/level';

export { NAMES_MODES, type NamesMode } from '../core/level';

/**
 * How a token is written: `{{id}}` the person, `{{id|short}}` the short form a sentence uses the
 * second time, `{{id|office}}` the person with the office before the name (in running text),
 * `{{id|titled}}` the person with the office after it (a speaker's label).
 */
export type PersonForm = 'full' | 'short' | 'office' | 'titled';
export const PERSON_FORMS: readonly PersonForm[] = ['full', 'short', 'office', 'titled'];

export interface RealPerson {
  id: string;
  /** Each form as the name and as the role. An English role starts lower-case; a sentence's first word is capitalised. */
  forms: Record<PersonForm, { name: LocalText; role: LocalText }>;
}

export const REAL_PEOPLE: readonly RealPerson[] = [
  {
    id: 'xiao-yi',
    forms: {
      full: { name: { en: 'Xiao Yi', ja: '肖毅', zh: '肖毅' }, role: { en: 'the Party Secretary', ja: '市委書記', zh: '市委书记' } },
      short: { name: { en: 'Xiao', ja: '肖毅', zh: '肖毅' }, role: { en: 'the Secretary', ja: '書記', zh: '书记' } },
      office: { name: { en: 'Party Secretary Xiao Yi', ja: '市委書記の肖毅', zh: '市委书记肖毅' }, role: { en: 'the Party Secretary', ja: '市委書記', zh: '市委书记' } },
      titled: {
        name: { en: 'Xiao Yi, Party Secretary of Fuzhou', ja: '肖毅（抚州市委書記）', zh: '肖毅（抚州市委书记）' },
        role: { en: 'the Party Secretary of Fuzhou', ja: '抚州市委書記', zh: '抚州市委书记' },
      },
    },
  },
  {
    id: 'lin-qingxing',
    forms: {
      full: { name: { en: 'Lin Qingxing', ja: '林慶星', zh: '林庆星' }, role: { en: 'the businessman from Putian', ja: '莆田出身の実業家', zh: '莆田商人' } },
      short: { name: { en: 'Lin', ja: '林慶星', zh: '林庆星' }, role: { en: 'the businessman', ja: '実業家', zh: '商人' } },
      office: { name: { en: 'the businessman Lin Qingxing', ja: '実業家の林慶星', zh: '商人林庆星' }, role: { en: 'the businessman', ja: '実業家', zh: '商人' } },
      titled: {
        name: { en: 'Lin Qingxing, head of Fuzhou Genesis', ja: '林慶星（抚州創世記社の経営者）', zh: '林庆星（抚州创世纪负责人）' },
        role: { en: 'the head of Fuzhou Genesis', ja: '抚州創世記社の経営者', zh: '抚州创世纪负责人' },
      },
    },
  },
];

const TOKEN = /\{\{([a-z0-9-]+)(?:\|([a-z]+))?\}\}/g;

/** The spellings a text must not use outside a token: every form of every name (in English, as whole words). */
export function realNameSpellings(language: Language): RegExp[] {
  const forms = [...new Set(REAL_PEOPLE.flatMap((p) => Object.values(p.forms).map((f) => f.name[language])))];
  // "Xiao" finds "Xiao Yi" too: keep the shortest spellings.
  const names = forms.filter((n) => !forms.some((m) => m !== n && n.includes(m)));
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return escaped.map((n) => new RegExp(language === 'en' ? `\\b${n}\\b` : n, 'u'));
}

export interface TokenProblem {
  path: string;
  token: string;
}

/** One string with its tokens put in; unknown tokens are left as written and reported. */
export function resolveTokens(text: string, language: Language, mode: NamesMode, onUnknown: (token: string) => void = () => {}): string {
  return text.replace(TOKEN, (token: string, id: string, form: string | undefined, offset: number) => {
    const person = REAL_PEOPLE.find((p) => p.id === id);
    const shape = (form ?? 'full') as PersonForm;
    if (!person || !(shape in person.forms)) {
      onUnknown(token);
      return token;
    }
    const written = person.forms[shape][mode === 'roles' ? 'role' : 'name'][language];
    return language === 'en' && startsSentence(text, offset) ? written.charAt(0).toUpperCase() + written.slice(1) : written;
  });
}

/** Whether a word at `offset` begins a sentence: the text's start, or after . ! ? : or an opening quote. */
function startsSentence(text: string, offset: number): boolean {
  const before = text.slice(0, offset).trimEnd();
  return before === '' || /[.!?:]$|["“(]$/u.test(before) || /[.!?]["”]$/u.test(before);
}

function isLocalText(value: unknown): value is LocalText {
  return typeof value === 'object' && value !== null && LANGUAGES.every((l) => typeof (value as Record<string, unknown>)[l] === 'string');
}

/**
 * A copy of any content (a level, the article notes) with every token in every { en, ja, zh } text
 * put in for the mode, and the tokens that name no one in the table (with their JSON paths).
 */
export function resolveRealPeople<T>(value: T, mode: NamesMode): { value: T; problems: TokenProblem[] } {
  const problems: TokenProblem[] = [];
  const walk = (node: unknown, path: string): unknown => {
    if (isLocalText(node)) {
      const out: Record<string, unknown> = { ...node };
      for (const language of LANGUAGES) out[language] = resolveTokens(node[language], language, mode, (token) => problems.push({ path: `${path}.${language}`, token }));
      return out;
    }
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${path}[${i}]`));
    if (node instanceof Map) return new Map([...node].map(([k, v]) => [k, walk(v, `${path}[${String(k)}]`)]));
    if (typeof node === 'object' && node !== null) {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, path === '' ? k : `${path}.${k}`)]));
    }
    return node;
  };
  return { value: walk(value, '') as T, problems };
}
