// The level file format, as a zod schema. `npm run schema` exports it as JSON Schema to
// levels/level.schema.json so authors get completion and checks in their editor.

import { z } from 'zod';
import { POWER_OUTCOME_KEYS, type Level, type PowerOutcomeKey } from '../core/level';

export const SOURCE_ARTICLE_LINES = 84;

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a lower-case id of letters, digits and hyphens')
  .describe('A lower-case id: letters, digits and hyphens.');

const nonEmpty = (language: string) => z.string().trim().min(1, `non-empty ${language} text`);

export const LocalTextSchema = z
  .object({ en: nonEmpty('English'), ja: nonEmpty('Japanese'), zh: nonEmpty('Simplified Chinese') })
  .strict()
  .describe('Player-facing text in English, Japanese and Simplified Chinese; all three are required.')
  .meta({ id: 'LocalText' });

export const SourceLinesSchema = z
  .array(z.number().int().min(1).max(SOURCE_ARTICLE_LINES))
  .describe(`Line numbers (1-${SOURCE_ARTICLE_LINES}) of the source article this rests on.`);

const citedLines = SourceLinesSchema.min(1, 'at least one source line');

const OutcomeSchema = z
  .object({
    lesson: z.enum(['LS1', 'LS2', 'LS3', 'LS4']),
    points: z.number().int().min(-100).max(100),
    text: LocalTextSchema,
    sourceLines: citedLines,
    risk: z.object({ id: z.enum(['R1', 'R2', 'R3', 'R4']), kind: z.enum(['spotted', 'fell']) }).strict().optional(),
  })
  .strict()
  .describe('What a decision earns or costs on one lesson, why (shown in the debrief), and the lines it rests on.');

const SettingSchema = z.enum(['bureau', 'city-map', 'review-desk', 'server-room']);

const RuleSchema = z.object({ id, text: LocalTextSchema, sourceLines: SourceLinesSchema }).strict();

const SceneStepSchema = z
  .object({
    kind: z.literal('scene'),
    id,
    setting: SettingSchema,
    lines: z
      .array(z.object({ speaker: id, text: LocalTextSchema, sourceLines: SourceLinesSchema }).strict())
      .min(1),
  })
  .strict();

const DistrictSchema = z
  .object({
    id,
    name: LocalTextSchema,
    kind: z.enum(['homes', 'critical', 'commerce', 'industry', 'high-tech']),
    demandMw: z.number().positive(),
    description: LocalTextSchema,
    sourceLines: SourceLinesSchema,
    map: z.object({ x: z.number().min(0).max(1600), y: z.number().min(0).max(1000), radius: z.number().positive() }).strict(),
  })
  .strict();

const PowerStepSchema = z
  .object({
    kind: z.literal('power'),
    id,
    setting: SettingSchema,
    title: LocalTextSchema,
    briefing: LocalTextSchema,
    supplyMw: z.number().positive(),
    stepMw: z.number().positive(),
    homesServedShare: z.number().min(0).max(1),
    districts: z.array(DistrictSchema).min(2),
    rules: z.array(RuleSchema).min(1),
    order: z
      .object({ from: LocalTextSchema, text: LocalTextSchema, favouredDistrict: id, sourceLines: citedLines })
      .strict(),
    outcomes: z
      .object(Object.fromEntries(POWER_OUTCOME_KEYS.map((key) => [key, z.array(OutcomeSchema).min(1)])) as Record<PowerOutcomeKey, z.ZodArray<typeof OutcomeSchema>>)
      .strict(),
  })
  .strict();

const deskRef = z
  .string()
  .regex(/^(rule:[a-z0-9-]+|[a-z0-9-]+\.[a-z0-9-]+)$/, 'a desk reference "documentId.fieldId" or "rule:ruleId"');

const ReviewStepSchema = z
  .object({
    kind: z.literal('review'),
    id,
    setting: SettingSchema,
    title: LocalTextSchema,
    briefing: LocalTextSchema,
    checkBudget: z.number().int().positive(),
    documents: z
      .array(
        z
          .object({
            id,
            title: LocalTextSchema,
            fields: z.array(z.object({ id, label: LocalTextSchema, value: LocalTextSchema }).strict()).min(1),
            sourceLines: SourceLinesSchema,
          })
          .strict(),
      )
      .min(1),
    rulebook: z.array(RuleSchema).min(1),
    discrepancies: z
      .array(z.object({ id, between: z.tuple([deskRef, deskRef]), explanation: LocalTextSchema, found: OutcomeSchema }).strict())
      .min(1),
    gift: z
      .object({ text: LocalTextSchema, sourceLines: citedLines, returned: OutcomeSchema, kept: OutcomeSchema })
      .strict()
      .optional(),
    decisions: z
      .array(
        z
          .object({
            id,
            label: LocalTextSchema,
            outcomes: z
              .object({ allFound: z.array(OutcomeSchema), someFound: z.array(OutcomeSchema), noneFound: z.array(OutcomeSchema) })
              .strict(),
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

const InspectionStepSchema = z
  .object({
    kind: z.literal('inspection'),
    id,
    setting: SettingSchema,
    title: LocalTextSchema,
    briefing: LocalTextSchema,
    timeBudget: z.number().int().positive(),
    objects: z
      .array(
        z
          .object({
            id,
            name: LocalTextSchema,
            seen: LocalTextSchema,
            timeCost: z.number().int().positive(),
            box: z
              .object({ x: z.number().min(0), y: z.number().min(0), width: z.number().positive(), height: z.number().positive() })
              .strict(),
          })
          .strict(),
      )
      .min(2),
    clue: z
      .object({
        candidates: z.array(id).min(1),
        seen: LocalTextSchema,
        sourceLines: citedLines,
        illustrative: LocalTextSchema,
        found: OutcomeSchema,
      })
      .strict(),
    conclusions: z
      .array(
        z
          .object({
            id,
            label: LocalTextSchema,
            outcomes: z.object({ withClue: z.array(OutcomeSchema), withoutClue: z.array(OutcomeSchema) }).strict(),
          })
          .strict(),
      )
      .min(2),
  })
  .strict();

export const LevelSchema = z
  .object({
    $schema: z.string().optional().describe('Path to level.schema.json, for editors.'),
    id,
    version: z.number().int().positive().describe('Bump when a change would change the score of a replayed decision log.'),
    year: z.string().regex(/^\d{4}(-\d{4})?$/, 'a year such as "2015" or a span such as "2016-2017"'),
    order: z.number().int().min(0).describe('Position in the level list.'),
    title: LocalTextSchema,
    summary: LocalTextSchema,
    minutes: z.tuple([z.number().int().positive(), z.number().int().positive()]),
    speakers: z
      .array(
        z
          .object({ id, name: LocalTextSchema, figure: z.enum(['secretary', 'chief', 'inspector', 'staff', 'none']) })
          .strict(),
      )
      .min(1),
    steps: z.array(z.discriminatedUnion('kind', [SceneStepSchema, PowerStepSchema, ReviewStepSchema, InspectionStepSchema])).min(1),
    debrief: z
      .object({
        whatHappened: z.array(z.object({ text: LocalTextSchema, sourceLines: citedLines }).strict()).min(1),
        fiction: LocalTextSchema,
      })
      .strict(),
  })
  .strict();

export type LevelFile = z.infer<typeof LevelSchema>;

// The schema and the core's Level type must describe the same thing; this fails to compile if not.
type Assignable<A, B> = [A] extends [B] ? true : false;
const schemaMatchesCore: Assignable<Omit<LevelFile, '$schema'>, Level> = true;
const coreMatchesSchema: Assignable<Level, Omit<LevelFile, '$schema'>> = true;
void schemaMatchesCore;
void coreMatchesSchema;
