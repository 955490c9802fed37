// Loads the reference shelf (levels/reference/glossary.json and article-notes.json) and reports
// bad content the way level files are reported: file, path, what was expected, what was found,
// and the fix. The files live in a folder of their own so nothing takes them for levels.

import { z } from 'zod';
import { LANGUAGES } from '../core/level';
import { LocalTextSchema, SOURCE_ARTICLE_LINES, SourceLinesSchema } from './level-schema';
import type { LevelProblem } from './level-problem';
import { parseJsonFile, schemaProblems, tokenProblems } from './load-level';
import { resolveRealPeople, type NamesMode } from './real-people';
import { GLOSSARY_KINDS, type ArticleNotes, type Glossary, type Reference } from './reference-model';

export const GLOSSARY_FILE = 'levels/reference/glossary.json';
export const ARTICLE_NOTES_FILE = 'levels/reference/article-notes.json';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id of letters, digits and hyphens');
const variants = z.array(z.string().min(1, 'a non-empty variant'));

const GlossaryEntrySchema = z
  .object({
    id,
    kind: z.enum(GLOSSARY_KINDS),
    form: LocalTextSchema,
    forbidden: z.object({ en: variants, ja: variants, zh: variants }).strict(),
    forbiddenPatterns: z.object({ en: variants.optional(), ja: variants.optional(), zh: variants.optional() }).strict().optional(),
    explanation: LocalTextSchema.optional(),
    sourceLines: SourceLinesSchema.optional(),
    unlinked: z.array(z.enum(LANGUAGES)).optional(),
    note: z.string().optional(),
  })
  .strict();

const GlossarySchema = z.object({ $schema: z.string().optional(), about: z.string().optional(), entries: z.array(GlossaryEntrySchema).min(1) }).strict();

const ArticleNotesSchema = z
  .object({
    $schema: z.string().optional(),
    about: z.string().optional(),
    lines: z.array(z.object({ line: z.number().int().min(1).max(SOURCE_ARTICLE_LINES), text: LocalTextSchema }).strict()),
  })
  .strict();

export type ReferenceLoadResult = { ok: true; reference: Reference } | { ok: false; problems: LevelProblem[] };

/** The file read as JSON and checked against its schema; problems name the file, path and fix as a level's do. */
function parseWith<T>(schema: z.ZodType<T>, file: string, text: string): { ok: true; data: T } | { ok: false; problems: LevelProblem[] } {
  const json = parseJsonFile(file, text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const parsed = schema.safeParse(json.data, { reportInput: true });
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, problems: schemaProblems(file, parsed.error) };
}

export function parseGlossary(text: string, file = GLOSSARY_FILE): { ok: true; glossary: Glossary } | { ok: false; problems: LevelProblem[] } {
  const parsed = parseWith(GlossarySchema, file, text);
  if (!parsed.ok) return parsed;
  const problems: LevelProblem[] = [];
  const seen = new Set<string>();
  parsed.data.entries.forEach((entry, i) => {
    if (seen.has(entry.id)) problems.push({ file, path: `entries[${i}].id`, expected: 'an id used once', found: `"${entry.id}" again`, fix: 'give it a different id' });
    seen.add(entry.id);
    for (const language of LANGUAGES) {
      entry.forbidden[language].forEach((variant, v) => {
        if (entry.form[language].includes(variant)) {
          problems.push({ file, path: `entries[${i}].forbidden.${language}[${v}]`, expected: 'a variant that is not part of the form itself', found: `"${variant}" inside "${entry.form[language]}"`, fix: 'drop the variant, or correct the form' });
        }
      });
      (entry.forbiddenPatterns?.[language] ?? []).forEach((pattern, v) => {
        let regex: RegExp | null = null;
        try {
          regex = new RegExp(pattern, 'u');
        } catch (error) {
          problems.push({ file, path: `entries[${i}].forbiddenPatterns.${language}[${v}]`, expected: 'a regular expression', found: error instanceof Error ? error.message : String(error), fix: 'correct the pattern (JSON needs \\\\ for a backslash)' });
        }
        if (regex?.test(entry.form[language])) {
          problems.push({ file, path: `entries[${i}].forbiddenPatterns.${language}[${v}]`, expected: 'a pattern the form does not match', found: `/${pattern}/ matches "${entry.form[language]}"`, fix: 'narrow the pattern' });
        }
      });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, glossary: { entries: parsed.data.entries } };
}

export function parseArticleNotes(text: string, file = ARTICLE_NOTES_FILE): { ok: true; notes: ArticleNotes } | { ok: false; problems: LevelProblem[] } {
  const parsed = parseWith(ArticleNotesSchema, file, text);
  if (!parsed.ok) return parsed;
  const problems: LevelProblem[] = [];
  const notes = new Map<number, (typeof parsed.data.lines)[number]['text']>();
  parsed.data.lines.forEach((entry, i) => {
    if (notes.has(entry.line)) problems.push({ file, path: `lines[${i}].line`, expected: 'each article line once', found: `line ${entry.line} again`, fix: 'merge the two paraphrases into one' });
    notes.set(entry.line, entry.text);
  });
  for (let line = 1; line <= SOURCE_ARTICLE_LINES; line++) {
    if (!notes.has(line)) problems.push({ file, path: 'lines', expected: `a paraphrase of every line 1-${SOURCE_ARTICLE_LINES}`, found: `no line ${line}`, fix: `add { "line": ${line}, "text": { "en": ..., "ja": ..., "zh": ... } }` });
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, notes };
}

/** Both files, or every problem in either; real people by name or by role, as in the levels. */
export function parseReference(glossaryText: string, notesText: string, names: NamesMode = 'names'): ReferenceLoadResult {
  const glossary = parseGlossary(glossaryText);
  const notes = parseArticleNotes(notesText);
  if (!glossary.ok || !notes.ok) return { ok: false, problems: [...(glossary.ok ? [] : glossary.problems), ...(notes.ok ? [] : notes.problems)] };
  const resolvedGlossary = resolveRealPeople(glossary.glossary, names);
  const resolvedNotes = resolveRealPeople(notes.notes, names);
  const problems = [...tokenProblems(GLOSSARY_FILE, resolvedGlossary.problems), ...tokenProblems(ARTICLE_NOTES_FILE, resolvedNotes.problems)];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, reference: { glossary: resolvedGlossary.value, notes: resolvedNotes.value } };
}

/** The shipped shelf, fetched beside the levels. */
export async function loadShippedReference(names: NamesMode = 'names'): Promise<ReferenceLoadResult> {
  const [glossary, notes] = await Promise.all([
    import('../../levels/reference/glossary.json?raw').then((m: { default: string }) => m.default),
    import('../../levels/reference/article-notes.json?raw').then((m: { default: string }) => m.default),
  ]);
  return parseReference(glossary, notes, names);
}
