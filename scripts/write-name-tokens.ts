// Rewrites real people's names in the level files, the reference shelf and the interface tables as
// tokens ({{xiao-yi}}, {{xiao-yi|office}}...), so the "names or roles" setting reaches every text.
// Run it after writing a text with a real name in it: `npx tsx scripts/write-name-tokens.ts`.
// It prints each changed text as it reads by role, for an author to check the sentence still reads
// well (`--quiet` leaves that out). The glossary's own forms of the names stay as they are.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { LANGUAGES, type Language } from '../src/core/level';
import { resolveTokens } from '../src/content/real-people';

// Longest spellings first, so a title and a name become one token.
const PATTERNS: Record<Language, [RegExp, string][]> = {
  en: [
    [/Xiao Yi, Party Secretary of Fuzhou/g, '{{xiao-yi|titled}}'],
    [/Party Secretary Xiao Yi/g, '{{xiao-yi|office}}'],
    [/Xiao Yi/g, '{{xiao-yi}}'],
    [/\bXiao\b/g, '{{xiao-yi|short}}'],
    [/the businessman Lin Qingxing/g, '{{lin-qingxing|office}}'],
    [/Lin Qingxing/g, '{{lin-qingxing}}'],
    [/\bLin\b/g, '{{lin-qingxing|short}}'],
  ],
  ja: [
    [/肖毅（抚州市委書記）/g, '{{xiao-yi|titled}}'],
    [/市委書記(?:の|・)?肖毅/g, '{{xiao-yi|office}}'],
    [/肖毅書記/g, '{{xiao-yi|office}}'],
    [/肖毅/g, '{{xiao-yi}}'],
    [/実業家の林慶星/g, '{{lin-qingxing|office}}'],
    [/林慶星/g, '{{lin-qingxing}}'],
  ],
  zh: [
    [/肖毅（抚州市委书记）/g, '{{xiao-yi|titled}}'],
    [/市委书记肖毅/g, '{{xiao-yi|office}}'],
    [/肖毅书记/g, '{{xiao-yi|office}}'],
    [/肖毅/g, '{{xiao-yi}}'],
    [/商人林庆星/g, '{{lin-qingxing|office}}'],
    [/林庆星/g, '{{lin-qingxing}}'],
  ],
};

const quiet = process.argv.includes('--quiet');
let changed = 0;

function tokenize(text: string, language: Language, where: string): string {
  const out = PATTERNS[language].reduce((s, [pattern, token]) => s.replace(pattern, token), text);
  if (out !== text) {
    changed++;
    if (!quiet) console.log(`${where} [${language}] ${resolveTokens(out, language, 'roles')}`);
  }
  return out;
}

/** Every { en, ja, zh } text in a JSON file, except the fields `skip` names (the glossary's forms). */
function rewriteJson(file: string, skip: ReadonlySet<string> = new Set()): void {
  const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const walk = (node: unknown, path: string): unknown => {
    if (Array.isArray(node)) return node.map((item, i) => walk(item, `${path}[${i}]`));
    if (typeof node !== 'object' || node === null) return node;
    const record = node as Record<string, unknown>;
    if (LANGUAGES.every((l) => typeof record[l] === 'string')) {
      return { ...record, ...Object.fromEntries(LANGUAGES.map((l) => [l, tokenize(record[l] as string, l, `${file} ${path}`)])) };
    }
    return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, skip.has(k) ? v : walk(v, `${path}.${k}`)]));
  };
  writeFileSync(file, `${JSON.stringify(walk(data, ''), null, 2)}\n`);
}

for (const name of readdirSync('levels').filter((f) => f.endsWith('.json') && f !== 'level.schema.json')) rewriteJson(join('levels', name));
rewriteJson('levels/reference/article-notes.json');
rewriteJson('levels/campaign/campaign.json');
rewriteJson('levels/reference/glossary.json', new Set(['form', 'forbidden', 'forbiddenPatterns']));
for (const language of LANGUAGES) {
  const file = `src/text/${language}.ts`;
  const source = readFileSync(file, 'utf8');
  // Only inside the quoted values of the table, one line per key.
  const out = source.replace(/^(\s+'[\w.]+': )(['`])(.*)\2,$/gm, (_line, head: string, quote: string, body: string) => `${head}${quote}${tokenize(body, language, `${file}`)}${quote},`);
  writeFileSync(file, out);
}
console.log(`${changed} texts now name real people through tokens.`);
