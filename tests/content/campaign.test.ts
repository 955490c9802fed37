import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCampaign, CAMPAIGN_FILE, parseCampaign } from '../../src/content/campaign';
import { describeProblem } from '../../src/content/level-problem';
import { parseGlossary } from '../../src/content/reference';
import { formViolations } from '../../src/content/reference-model';
import { LANGUAGES, type Language } from '../../src/core';
import { CAMPAIGN_TEXT } from '../support/campaign';
import { allLevels, LEVELS_DIR } from '../support/levels';

const levels = allLevels();
const shipped = () => JSON.parse(CAMPAIGN_TEXT()) as Record<string, unknown> & { chapters: Record<string, unknown>[]; endings: Record<string, unknown>[] };
const problemsOf = (data: unknown) => {
  const result = parseCampaign(JSON.stringify(data), levels);
  return result.ok ? [] : result.problems.map(describeProblem);
};

describe('the campaign file', () => {
  it('loads, and skips a chapter whose level is missing with a note that names the file, the chapter and the fix', () => {
    const { campaign, problems } = buildCampaign(CAMPAIGN_TEXT(), levels);
    expect(campaign).not.toBeNull();
    const missing = campaign!.campaign.chapters.filter((c) => !levels.some((l) => l.id === c.level)).map((c) => c.level);
    expect(campaign!.chapters.map((c) => c.level.id)).toEqual(campaign!.campaign.chapters.map((c) => c.level).filter((id) => !missing.includes(id)));
    expect(problems).toHaveLength(missing.length);
    // Without one chapter's level, the campaign still loads and says so.
    const fewer = buildCampaign(CAMPAIGN_TEXT(), levels.filter((l) => l.id !== 'two-systems'));
    expect(fewer.campaign?.chapters.map((c) => c.level.id)).not.toContain('two-systems');
    expect(fewer.problems.map(describeProblem)).toContain(
      `${CAMPAIGN_FILE}: at chapters[${campaign!.campaign.chapters.findIndex((c) => c.level === 'two-systems')}].level: expected a level that loaded, found no level "two-systems" (the campaign skips this chapter). Fix: add levels/two-systems.json, or correct the level's problems above`,
    );
  });

  it('refuses a misspelt choice, point, field or level with the path and the fix', () => {
    const data = shipped();
    data.endings[0]!['when'] = { decision: { point: 'gift', choice: 'pocketed' } };
    expect(problemsOf(data)).toEqual([
      `${CAMPAIGN_FILE}: at endings[0].when.decision.choice: expected one of returned, kept, handed-in, found "pocketed" for the point "gift". Fix: use one of the choices listed`,
    ]);
    data.endings[0]!['when'] = { all: [{ decision: { point: 'bribe', choice: 'kept' } }, { caseRecord: 'grid', has: 'evidence', value: 'a-hunch', levels: ['no-such-level'] }] };
    const problems = problemsOf(data);
    expect(problems.some((p) => p.includes('at endings[0].when.all[0].decision.point: expected one of the decision points') && p.includes('found "bribe"'))).toBe(true);
    expect(problems.some((p) => p.includes('at endings[0].when.all[1].value: expected one of declared-vs-metered, found "a-hunch"'))).toBe(true);
    expect(problems.some((p) => p.includes('at endings[0].when.all[1].levels[0]') && p.includes('"no-such-level"'))).toBe(true);
  });

  it('refuses endings that could leave a path with none, or a condition of no known shape', () => {
    const data = shipped();
    data.endings[data.endings.length - 1]!['when'] = { decision: { point: 'gift', choice: 'kept' } };
    expect(problemsOf(data).some((p) => p.includes('the last ending has a condition') && p.includes('Fix: remove "when" from the last ending'))).toBe(true);
    const shapeless = shipped();
    shapeless.endings[0]!['when'] = { gift: 'kept' };
    expect(problemsOf(shapeless)[0]).toMatch(/^levels\/campaign\/campaign\.json: at endings\[0\]\.when: expected a condition: .*found \{"gift":"kept"\}\. Fix: write the condition/);
    const untranslated = shipped();
    delete (untranslated.chapters[0]!['history'] as { text: Record<string, string> }).text['zh'];
    expect(problemsOf(untranslated)).toEqual([`${CAMPAIGN_FILE}: at chapters[0].history.text.zh: expected the zh text as a string, found nothing (the field is missing). Fix: add "zh"`]);
    expect(parseCampaign('{ "title": ', levels).ok).toBe(false);
  });

  it('keeps to the glossary\'s forms in every language', () => {
    const glossary = parseGlossary(readFileSync(join(LEVELS_DIR, 'reference/glossary.json'), 'utf8'));
    if (!glossary.ok) throw new Error('glossary');
    const found: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (LANGUAGES.every((l) => typeof record[l] === 'string')) {
          for (const language of LANGUAGES) found.push(...formViolations(glossary.glossary, language as Language, record[language] as string).map((v) => `${path}.${language}: "${v.variant}"`));
        } else for (const [key, v] of Object.entries(record)) walk(v, `${path}.${key}`);
      }
    };
    walk(shipped(), '');
    expect(found).toEqual([]);
  });
});
