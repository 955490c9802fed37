// Loads the campaign (levels/campaign/campaign.json): the chapters in order, what really happened
// in each chapter's years, and the endings. Bad content is reported like a level file's: file,
// path, what was expected, what was found, and the fix. The file sits in a folder of its own so
// the level catalogue does not take it for a level.

import { z } from 'zod';
import { auditCampaign, playableChapters, type Campaign, type Level, type PlayableChapter } from '../core';
import { ConditionSchema, LocalTextSchema, SourceLinesSchema } from './level-schema';
import type { LevelProblem } from './level-problem';
import { parseJsonFile, schemaProblems, tokenProblems } from './load-level';
import { resolveRealPeople, type NamesMode } from './real-people';

export const CAMPAIGN_FILE = 'levels/campaign/campaign.json';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id of letters, digits and hyphens');
const citedLines = SourceLinesSchema.min(1, 'at least one source line');

export const CampaignSchema = z
  .object({
    $schema: z.string().optional(),
    about: z.string().optional(),
    title: LocalTextSchema,
    summary: LocalTextSchema,
    chapters: z
      .array(
        z
          .object({
            level: id.describe('The id of the level this chapter plays.'),
            year: z.string().min(1),
            history: z.object({ text: LocalTextSchema, sourceLines: citedLines }).strict().describe('What really happened in these years, in our words.'),
            path: z.array(z.object({ when: ConditionSchema.optional(), text: LocalTextSchema }).strict()).describe('What the player did here, judged on this chapter alone.'),
          })
          .strict(),
      )
      .min(1),
    endings: z
      .array(z.object({ id, when: ConditionSchema.optional(), title: LocalTextSchema, text: LocalTextSchema, sourceLines: citedLines }).strict())
      .min(1),
  })
  .strict();

// The schema and the core's Campaign type must describe the same thing; this fails to compile if not.
type Assignable<A, B> = [A] extends [B] ? true : false;
const schemaMatchesCore: Assignable<Omit<z.infer<typeof CampaignSchema>, '$schema' | 'about'>, Campaign> = true;
void schemaMatchesCore;

/** What each audit code asks the author to do. */
const FIXES: Record<string, { expected: string; fix: string }> = {
  'duplicate-id': { expected: 'each id once', fix: 'remove the second one or give it another id' },
  'last-ending-conditional': { expected: 'a last ending without "when" (the record as it happened)', fix: 'remove "when" from the last ending, or add an ending without one after it' },
  'ending-unreachable-after': { expected: '"when" on every ending but the last', fix: 'give this ending a condition, or move it to the end' },
  'unknown-level': { expected: 'a level the campaign names as a chapter', fix: 'name a chapter\'s level id, or correct its spelling' },
  'unknown-point': { expected: 'a decision point the rules score', fix: 'use one of the points listed' },
  'unknown-choice': { expected: 'a choice the rules score at that point', fix: 'use one of the choices listed' },
  'unknown-field': { expected: 'a field the record has', fix: 'use one of the fields listed' },
  'unknown-value': { expected: 'a value the field can hold', fix: 'use one of the values listed' },
};

export type CampaignLoadResult = { ok: true; campaign: Campaign } | { ok: false; problems: LevelProblem[] };

/** The campaign file checked against its schema and against the levels it names. */
export function parseCampaign(text: string, levels: readonly Level[], file = CAMPAIGN_FILE, names: NamesMode = 'names'): CampaignLoadResult {
  const json = parseJsonFile(file, text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  const parsed = CampaignSchema.safeParse(json.data, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: schemaProblems(file, parsed.error) };
  const { $schema: _hint, about: _about, ...written } = parsed.data;
  // Real people by name or by role, as in the levels.
  const { value: campaign, problems: tokens } = resolveRealPeople(written, names);
  const problems = [...tokenProblems(file, tokens), ...auditCampaign(campaign, levels).map((p): LevelProblem => {
    const known = FIXES[p.code];
    return { file, path: p.path, expected: p.expected ?? known?.expected ?? 'content the campaign accepts', found: p.detail, fix: known?.fix ?? 'correct it (see src/core/campaign.ts)' };
  })];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, campaign };
}

export interface LoadedCampaign {
  campaign: Campaign;
  /** The chapters there are levels for, in order. */
  chapters: PlayableChapter[];
}

/** The campaign with its playable chapters, and a note for each chapter whose level is missing (skipped, not fatal). */
export function buildCampaign(text: string, levels: readonly Level[], names: NamesMode = 'names', file = CAMPAIGN_FILE): { campaign: LoadedCampaign | null; problems: LevelProblem[] } {
  const result = parseCampaign(text, levels, file, names);
  if (!result.ok) return { campaign: null, problems: result.problems };
  const { chapters, missing } = playableChapters(result.campaign, levels);
  const problems = missing.map(
    (levelId): LevelProblem => ({
      file,
      path: `chapters[${result.campaign.chapters.findIndex((c) => c.level === levelId)}].level`,
      expected: 'a level that loaded',
      found: `no level "${levelId}" (the campaign skips this chapter)`,
      fix: `add levels/${levelId}.json, or correct the level's problems above`,
    }),
  );
  return { campaign: { campaign: result.campaign, chapters }, problems };
}

export async function loadShippedCampaignText(): Promise<string> {
  return import('../../levels/campaign/campaign.json?raw').then((m: { default: string }) => m.default);
}
