import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../src/content/load-level';
import { parseGlossary, parseReference } from '../../src/content/reference';
import { PERSON_FORMS, REAL_PEOPLE, realNameSpellings, resolveRealPeople, resolveTokens } from '../../src/content/real-people';
import { LANGUAGES, type Language } from '../../src/core';
import { en } from '../../src/text/en';
import { ja } from '../../src/text/ja';
import { zh } from '../../src/text/zh';
import { TEACHER_TABLES } from '../../src/text/teacher';
import { LEVELS_DIR, levelFiles, readLevelText } from '../support/levels';

// "Names or roles": real people are spelled in one table (src/content/real-people.ts); every other
// text writes a token, so the setting reaches every text of every level, the reader and the interface.

const glossaryText = readFileSync(join(LEVELS_DIR, 'reference/glossary.json'), 'utf8');
const notesText = readFileSync(join(LEVELS_DIR, 'reference/article-notes.json'), 'utf8');
const TABLES: Record<Language, Record<string, string>> = { en, ja, zh };

/** Every { en, ja, zh } text in a JSON value with its path, skipping the fields named. */
function localTexts(node: unknown, path = '', skip: ReadonlySet<string> = new Set()): { path: string; language: Language; text: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => localTexts(item, `${path}[${i}]`, skip));
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  if (LANGUAGES.every((l) => typeof record[l] === 'string')) return LANGUAGES.map((language) => ({ path, language, text: record[language] as string }));
  return Object.entries(record).flatMap(([k, v]) => (skip.has(k) ? [] : localTexts(v, `${path}.${k}`, skip)));
}

function spelledNames(texts: { path: string; language: Language; text: string }[]): string[] {
  return texts.flatMap(({ path, language, text }) => realNameSpellings(language).filter((re) => re.test(text)).map((re) => `${path} [${language}] ${re.source}: ${text.slice(0, 80)}`));
}

describe('names or roles', () => {
  it('no level text spells a real name outside the table of real people', () => {
    const found = levelFiles().flatMap((file) => spelledNames(localTexts(JSON.parse(readLevelText(file)), file)));
    expect(found).toEqual([]);
  });

  it('nor does the reference shelf (beyond the glossary\'s own forms of the names), the campaign or an interface table', () => {
    const shelf = [
      ...localTexts(JSON.parse(notesText), 'article-notes'),
      ...localTexts(JSON.parse(readFileSync(join(LEVELS_DIR, 'campaign/campaign.json'), 'utf8')), 'campaign'),
      ...localTexts(JSON.parse(glossaryText), 'glossary', new Set(['form', 'forbidden', 'forbiddenPatterns'])),
      ...LANGUAGES.flatMap((language) => Object.entries({ ...TABLES[language], ...TEACHER_TABLES[language] }).map(([key, text]) => ({ path: `text/${language} ${key}`, language, text }))),
    ];
    expect(spelledNames(shelf)).toEqual([]);
  });

  it('by role, no screen text of any level or of the reader names a real person; by name, the names are there', () => {
    for (const file of levelFiles()) {
      for (const mode of ['names', 'roles'] as const) {
        const result = parseLevel(`levels/${file}`, readLevelText(file), mode);
        expect(result.ok, file).toBe(true);
        if (!result.ok) continue;
        const named = spelledNames(localTexts(result.level, file));
        if (mode === 'roles') expect(named).toEqual([]);
        expect(JSON.stringify(result.level)).not.toContain('{{');
      }
    }
    const byRole = parseReference(glossaryText, notesText, 'roles');
    expect(byRole.ok).toBe(true);
    if (byRole.ok) expect(spelledNames(localTexts([...byRole.reference.notes.values()], 'notes'))).toEqual([]);
    const byName = parseReference(glossaryText, notesText, 'names');
    expect(byName.ok && [...byName.reference.notes.values()].some((n) => n.en.includes('Xiao Yi'))).toBe(true);
  });

  it('a token is put in as the name or the role, capitalised where an English sentence starts', () => {
    expect(resolveTokens('{{xiao-yi}} takes office. Under {{xiao-yi|short}}\'s protection', 'en', 'names')).toBe("Xiao Yi takes office. Under Xiao's protection");
    expect(resolveTokens('{{xiao-yi}} takes office. Under {{xiao-yi|short}}\'s protection', 'en', 'roles')).toBe("The Party Secretary takes office. Under the Secretary's protection");
    expect(resolveTokens('"{{lin-qingxing}} pays."', 'en', 'roles')).toBe('"The businessman from Putian pays."');
    expect(resolveTokens('2015年、{{xiao-yi|office}}が着任', 'ja', 'names')).toBe('2015年、市委書記の肖毅が着任');
    expect(resolveTokens('2015年、{{xiao-yi|office}}が着任', 'ja', 'roles')).toBe('2015年、市委書記が着任');
  });

  it('every person has every form in every language, and the names are the glossary\'s forms', () => {
    const glossary = parseGlossary(glossaryText);
    expect(glossary.ok).toBe(true);
    if (!glossary.ok) return;
    for (const person of REAL_PEOPLE) {
      for (const form of PERSON_FORMS) for (const language of LANGUAGES) for (const as of ['name', 'role'] as const) expect(person.forms[form][as][language].length, `${person.id} ${form} ${as} ${language}`).toBeGreaterThan(0);
      const entry = glossary.glossary.entries.find((e) => e.id === person.id);
      expect(entry?.form, person.id).toEqual(person.forms.full.name);
    }
  });

  it('a token that names no one is a content error naming the file, the path and the fix', () => {
    const level = JSON.parse(readLevelText('two-systems.json')) as { summary: { en: string } };
    level.summary.en = 'A visit ordered by {{xiao-y}}.';
    const result = parseLevel('levels/broken.json', JSON.stringify(level));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([expect.objectContaining({ file: 'levels/broken.json', path: 'summary.en', found: '"{{xiao-y}}"', fix: expect.stringContaining('{{xiao-yi}}') })]);
    expect(resolveRealPeople({ a: { en: '{{nobody|short}}', ja: '', zh: '' } }, 'roles').problems).toEqual([{ path: 'a.en', token: '{{nobody|short}}' }]);
  });
});
