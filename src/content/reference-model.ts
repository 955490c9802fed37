// The game's reference shelf: the glossary (one form per language for every name and recurring
// term) and our own paraphrase of each line of the source article. Types and pure helpers only,
// no zod, so the readable layer can use them without loading the validator.

import type { Language, LocalText } from '../core/level';

export const GLOSSARY_KINDS = ['person', 'organisation', 'place', 'unit', 'money', 'action', 'term'] as const;
export type GlossaryKind = (typeof GLOSSARY_KINDS)[number];

export interface GlossaryEntry {
  id: string;
  kind: GlossaryKind;
  /** The one form each language uses. */
  form: LocalText;
  /** Variants found drifting into the text, per language: none of them may appear anywhere. */
  forbidden: Record<Language, string[]>;
  /** Forbidden shapes that a literal cannot say (number styles), as regular-expression sources. */
  forbiddenPatterns?: Partial<Record<Language, string[]>>;
  /** A short explanation for students who may not know the term; the term's button opens it. */
  explanation?: LocalText;
  /** Article lines the explanation rests on. */
  sourceLines?: number[];
  /** Languages whose form is too common a word to link where it is read (元 is also "origin"). */
  unlinked?: Language[];
  /** For authors: why the form is what it is. */
  note?: string;
}

export interface Glossary {
  entries: GlossaryEntry[];
}

/** Our paraphrase of each of the article's lines, by line number. */
export type ArticleNotes = ReadonlyMap<number, LocalText>;

export interface Reference {
  glossary: Glossary;
  notes: ArticleNotes;
}

/** One place a text breaks the glossary. */
export interface FormViolation {
  entry: string;
  language: Language;
  variant: string;
  /** The form to use instead. */
  form: string;
  /** A little of the text around the variant. */
  context: string;
}

/** Every forbidden variant of every entry that the text, written in `language`, contains. */
export function formViolations(glossary: Glossary, language: Language, text: string): FormViolation[] {
  const found: FormViolation[] = [];
  const around = (index: number, length: number): string => text.slice(Math.max(0, index - 12), index + length + 12);
  for (const entry of glossary.entries) {
    for (const variant of entry.forbidden[language]) {
      const index = text.indexOf(variant);
      if (index >= 0) found.push({ entry: entry.id, language, variant, form: entry.form[language], context: around(index, variant.length) });
    }
    for (const pattern of entry.forbiddenPatterns?.[language] ?? []) {
      const match = new RegExp(pattern, 'u').exec(text);
      if (match) found.push({ entry: entry.id, language, variant: match[0], form: entry.form[language], context: around(match.index, match[0].length) });
    }
  }
  return found;
}

/** Terms a student may not know: the entries with an explanation, linked where read in this language. */
export function explainedTerms(glossary: Glossary, language: Language): GlossaryEntry[] {
  return glossary.entries.filter((e) => e.explanation !== undefined && !e.unlinked?.includes(language));
}

const LATIN = /[A-Za-z]/;

/**
 * Where the term's form first occurs in the text, or -1. A form that starts or ends with a Latin
 * letter must not run on into another letter ("MW" is not found in "MWh", "ASIC" not in "BASIC").
 */
export function findTerm(text: string, form: string, from = 0): number {
  let index = text.indexOf(form, from);
  while (index >= 0) {
    const before = text[index - 1];
    const after = text[index + form.length];
    const openStart = !LATIN.test(form[0]!) || before === undefined || !LATIN.test(before);
    const openEnd = !LATIN.test(form[form.length - 1]!) || after === undefined || !LATIN.test(after);
    if (openStart && openEnd) return index;
    index = text.indexOf(form, index + 1);
  }
  return -1;
}
