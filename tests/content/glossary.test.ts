import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Language, type Level } from '../../src/core';
import { parseArticleNotes, parseGlossary, parseReference } from '../../src/content/reference';
import { findTerm, formViolations, type Glossary } from '../../src/content/reference-model';
import { SOURCE_ARTICLE_LINES } from '../../src/content/level-schema';
import { TEXT_TABLES } from '../../src/text/i18n';
import { TEACHER_TABLES } from '../../src/text/teacher';
import { allLevels, LEVELS_DIR, levelFiles, readLevelText } from '../support/levels';

const glossaryText = readFileSync(join(LEVELS_DIR, 'reference/glossary.json'), 'utf8');
const notesText = readFileSync(join(LEVELS_DIR, 'reference/article-notes.json'), 'utf8');

function glossary(): Glossary {
  const result = parseGlossary(glossaryText);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.glossary;
}

/** Every player-facing string of a level file, per language, with where it sits. */
function levelStrings(file: string): { where: string; language: Language; text: string }[] {
  const found: { where: string; language: Language; text: string }[] = [];
  const walk = (value: unknown, path: string): void => {
    if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (LANGUAGES.every((l) => typeof record[l] === 'string')) {
        for (const language of LANGUAGES) found.push({ where: `levels/${file} ${path}.${language}`, language, text: record[language] as string });
      } else for (const [key, item] of Object.entries(record)) walk(item, path ? `${path}.${key}` : key);
    }
  };
  walk(JSON.parse(readLevelText(file)), '');
  return found;
}

describe('the glossary', () => {
  it('loads: every entry has a form in three languages, ids are unique, no variant is part of its own form', () => {
    const g = glossary();
    expect(g.entries.length).toBeGreaterThanOrEqual(40);
    expect(new Set(g.entries.map((e) => e.id)).size).toBe(g.entries.length);
  });

  it('explains every term the issue names a student may not know', () => {
    const explained = new Set(glossary().entries.filter((e) => e.explanation).map((e) => e.id));
    for (const id of ['asic', 'sha-256', 'stratum', 'mw', 'mwh', 'discipline-commission', 'double-expulsion', 'fuzhou-genesis', 'xiao-yi', 'party-secretary']) expect(explained, id).toContain(id);
  });

  it('no level file uses a forbidden variant of any name or term, in any language', () => {
    const g = glossary();
    const problems = levelFiles().flatMap((file) =>
      levelStrings(file).flatMap(({ where, language, text }) => formViolations(g, language, text).map((v) => `${where}: "${v.variant}" (use "${v.form}", ${v.entry}) in …${v.context}…`)),
    );
    expect(problems).toEqual([]);
  });

  it('no interface text uses a forbidden variant', () => {
    const g = glossary();
    const problems = LANGUAGES.flatMap((language) =>
      Object.entries({ ...TEXT_TABLES[language], ...TEACHER_TABLES[language] }).flatMap(([key, text]) => formViolations(g, language, text).map((v) => `src/text/${language}.ts ${key}: "${v.variant}" (use "${v.form}")`)),
    );
    expect(problems).toEqual([]);
  });

  it('the article notes and the glossary\'s explanations keep to the glossary\'s forms too', () => {
    const g = glossary();
    const notes = parseArticleNotes(notesText);
    if (!notes.ok) throw new Error(JSON.stringify(notes.problems));
    const problems = [
      ...[...notes.notes].flatMap(([line, text]) => LANGUAGES.flatMap((l) => formViolations(g, l, text[l]).map((v) => `line ${line}.${l}: "${v.variant}"`))),
      // An explanation may name its own entry's variants ("not the Fuzhou written 福州").
      ...g.entries.flatMap((e) => (e.explanation ? LANGUAGES.flatMap((l) => formViolations(g, l, e.explanation![l]).filter((v) => v.entry !== e.id).map((v) => `${e.id}.${l}: "${v.variant}"`)) : [])),
    ];
    expect(problems).toEqual([]);
  });

  it('catches the drift it was written against', () => {
    const g = glossary();
    const caught = (language: Language, text: string) => formViolations(g, language, text).map((v) => v.entry);
    expect(caught('ja', '紀律検査委員会に送る')).toContain('discipline-commission');
    expect(caught('ja', '1.25億元を受け取った')).toContain('amounts');
    expect(caught('ja', '年7475万kWh')).toContain('amounts');
    expect(caught('ja', '1億2,500万元、年7,475万kWh')).toEqual([]);
    expect(caught('zh', '1亿2500万元')).toContain('amounts');
    expect(caught('zh', '1.25亿元、7475万千瓦时')).toEqual([]);
    expect(caught('zh', '你有条件批准了')).toContain('approve-with-conditions');
    expect(caught('zh', '更大的大厅')).toContain('computing-hall');
    expect(caught('ja', '温室長の回答')).toContain('director-wen');
  });

  it('finds a term only where it stands alone: MW is not in MWh, ASIC is not in BASIC', () => {
    expect(findTerm('1 MWh, then 5 MW', 'MW')).toBe(14);
    expect(findTerm('BASIC, then ASIC', 'ASIC')).toBe(12);
    expect(findTerm('5MW、24時間', 'MW')).toBe(1);
  });

  it('reports a broken glossary with the file, the path and the fix', () => {
    const broken = JSON.parse(glossaryText) as { entries: { id: string; forbidden: Record<string, string[]> }[] };
    broken.entries[1]!.id = broken.entries[0]!.id;
    broken.entries[2]!.forbidden['ja']!.push('書記');
    const result = parseGlossary(JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.file} ${p.path}`)).toEqual([
      'levels/reference/glossary.json entries[1].id',
      `levels/reference/glossary.json entries[2].forbidden.ja[${broken.entries[2]!.forbidden['ja']!.length - 1}]`,
    ]);
    expect(result.problems[1]!.fix).toMatch(/drop the variant/);
  });
});

describe('the article notes', () => {
  it('paraphrase every line 1-84 in three languages', () => {
    const notes = parseArticleNotes(notesText);
    if (!notes.ok) throw new Error(JSON.stringify(notes.problems));
    expect([...notes.notes.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: SOURCE_ARTICLE_LINES }, (_, i) => i + 1));
    for (const [, text] of notes.notes) for (const l of LANGUAGES) expect(text[l].trim().length).toBeGreaterThan(5);
  });

  it('a missing line is reported with the fix', () => {
    const data = JSON.parse(notesText) as { lines: { line: number }[] };
    data.lines = data.lines.filter((l) => l.line !== 42);
    const result = parseArticleNotes(JSON.stringify(data));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.objectContaining({ file: 'levels/reference/article-notes.json', found: 'no line 42' })]);
  });

  it('cover every line any level cites', () => {
    const reference = parseReference(glossaryText, notesText);
    if (!reference.ok) throw new Error(JSON.stringify(reference.problems));
    const cited = new Set<number>();
    const walk = (value: unknown, key = ''): void => {
      if (Array.isArray(value)) {
        if (key === 'sourceLines') value.forEach((n) => cited.add(n as number));
        else value.forEach((v) => walk(v));
      } else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    allLevels().forEach((level: Level) => walk(level));
    expect(cited.size).toBeGreaterThan(20);
    expect([...cited].filter((line) => !reference.reference.notes.has(line))).toEqual([]);
  });
});
