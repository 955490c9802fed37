// The level file format, as a zod schema. `npm run schema` exports it as JSON Schema to
// levels/level.schema.json so authors get completion and checks in their editor.

import { z } from 'zod';
import { PLAN_CHECKS, PLAN_FAULTS, PLAN_POWER_PROFILES, PLAN_SECTORS, BOARD_CARD_KINDS, BOARD_OFFER_RESPONSES, BOARD_RECIPIENT_KINDS, DESK_DOCUMENT_KINDS, FIGURES, GRID_OUTCOME_KEYS, MOODS, HIDING_ACTS, RECORD_MEASURES, SITE_APPROACHES, SITE_DIFFICULTIES, SITE_TOOLS, SITE_TRUTHS, SITE_VERDICTS, VERDICT_KEYS, VERDICTS, type GridOutcomeKey, type Level, type SiteApproach, type SiteVerdict, type Verdict, type VerdictKey } from '../core';
import type { Condition } from '../core/conditions';

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

/** A site verdict's outcome: doing nothing may rest on no article line. */
const VerdictOutcomeSchema = OutcomeSchema.extend({ sourceLines: SourceLinesSchema });
const VerdictOutcomesSchema = z.array(VerdictOutcomeSchema).min(1);

/** Closing choices whose outcomes depend on whether the player holds something (evidence, readings): two tiers. */
function tieredChoice<A extends string, B extends string>(held: A, notHeld: B) {
  const outcomes = z.array(OutcomeSchema);
  return z.object({ id, label: LocalTextSchema, outcomes: z.object({ [held]: outcomes, [notHeld]: outcomes } as Record<A | B, typeof outcomes>).strict() });
}

const ConclusionsSchema = z
  .array(
    tieredChoice('withEvidence', 'withoutEvidence')
      .extend({
        filesEvidence: z
          .boolean()
          .optional()
          .describe('true on the note that attaches the declared-versus-metered comparison: only such a note puts the evidence in the file (evidenceFound)'),
      })
      .strict(),
  )
  .min(2);

const SettingSchema = z.enum(['bureau', 'city-map', 'city-grid', 'review-desk', 'server-room', 'computing-hall', 'research-lab', 'mining-hall', 'evidence-board', 'high-tech-zone']);

const RuleSchema = z.object({ id, text: LocalTextSchema, sourceLines: SourceLinesSchema }).strict();

/** Said to authors when a condition has none of the shapes below. */
export const CONDITION_SHAPES =
  'a condition: { "caseRecord": "grid"|"desk"|"site"|"board", "has", "value" }, { "played": levelId }, { "decision": { "point", "choice" } }, { "all": [...] }, { "any": [...] } or { "not": ... }';

const conditionLevels = z.array(id).min(1).optional().describe('Only these levels (chapters) count; all when left out.');
const atLeast = z.number().int().min(1).optional().describe('How many must match (1 when left out).');

/** A condition over the case file (and, in a campaign, the scored decisions); see core/conditions.ts. */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union(
    [
      z
        .object({ caseRecord: z.enum(['grid', 'desk', 'site', 'board', 'plan']), has: z.string().min(1), value: z.string().min(1), atLeast, levels: conditionLevels })
        .strict()
        .describe('Case-file records of this kind whose field "has" holds "value" (grid: evidence, conclusion; desk: gift, call, verdict; site: verdict, conclusion; board: chain, offer, filedTo; plan: faults, chosen).'),
      z.object({ played: id }).strict().describe('The case file holds something the level with this id left: that chapter was played.'),
      z
        .object({ decision: z.object({ point: z.string().min(1), choice: z.string().min(1) }).strict(), atLeast, levels: conditionLevels })
        .strict()
        .describe('Scored decisions with this point and choice (a campaign only).'),
      z.object({ all: z.array(ConditionSchema).min(1) }).strict(),
      z.object({ any: z.array(ConditionSchema).min(1) }).strict(),
      z.object({ not: ConditionSchema }).strict(),
    ],
    { error: CONDITION_SHAPES },
  ),
).meta({ id: 'Condition' });

const DialogueLineSchema = z
  .object({
    speaker: id,
    text: LocalTextSchema,
    sourceLines: SourceLinesSchema,
    when: ConditionSchema.optional().describe('Said only when the case file the chapter starts with meets this (what earlier chapters left).'),
    mood: z.enum(MOODS).optional().describe('The speaker\'s face for this line (neutral when absent): only where the mood tells something.'),
  })
  .strict();

const SceneStepSchema = z
  .object({
    kind: z.literal('scene'),
    id,
    setting: SettingSchema,
    lines: z.array(DialogueLineSchema).min(1),
  })
  .strict();

const deskRef = z
  .string()
  .regex(/^(rule:[a-z0-9-]+|[a-z0-9-]+\.[a-z0-9-]+)$/, 'a desk reference "documentId.fieldId" or "rule:ruleId"')
  .describe('A field as "documentId.fieldId", or a rule as "rule:ruleId".');

const GRID_DISTRICT_KINDS = ['homes', 'commerce', 'hospital', 'water', 'schools', 'signals', 'industry', 'rural', 'high-tech'] as const;

const hourly = (what: string) =>
  z.array(z.number().min(0)).length(24, '24 values, one per hour from midnight').describe(`${what}: 24 values in MW, one per hour from midnight.`);

const OutcomeListSchema = z.array(OutcomeSchema);

const GridStepSchema = z
  .object({
    kind: z.literal('grid'),
    id,
    setting: SettingSchema,
    title: LocalTextSchema,
    briefing: LocalTextSchema,
    scaleNote: LocalTextSchema.describe('How the city was scaled from the article\'s figures.'),
    districts: z
      .array(
        z
          .object({
            id,
            name: LocalTextSchema,
            kind: z.enum(GRID_DISTRICT_KINDS),
            profileMw: hourly('Demand on a mild day'),
            heatSensitivity: z.number().min(0).max(2).describe('How much the worst heat raises demand: 0.3 means +30%.'),
            critical: z.boolean().describe('Critical loads (hospital, water works) fall back to generators when cut.'),
            description: LocalTextSchema,
            sourceLines: SourceLinesSchema,
            map: z.object({ x: z.number().min(0).max(1600), y: z.number().min(0).max(1000), radius: z.number().positive() }).strict(),
          })
          .strict(),
      )
      .min(2)
      .max(12),
    initialPriority: z.array(id).describe('Every district id once: the dispatch office\'s load-shedding order, served first to last.'),
    favouredDistrict: id,
    declared: z.object({ profileMw: hourly('The declared load'), text: LocalTextSchema, sourceLines: SourceLinesSchema }).strict(),
    capStepMw: z.number().positive(),
    rules: z.array(RuleSchema).min(1),
    measures: z.array(
      z
        .object({
          id,
          name: LocalTextSchema,
          text: LocalTextSchema,
          sourceLines: SourceLinesSchema,
          effect: z
            .object({
              kinds: z.array(z.enum(GRID_DISTRICT_KINDS)).min(1),
              fromHour: z.number().int().min(0).max(23),
              toHour: z.number().int().min(1).max(24),
              factor: z.number().min(0).max(1),
            })
            .strict(),
        })
        .strict(),
    ),
    days: z
      .array(
        z
          .object({
            id,
            title: LocalTextSchema,
            conditions: LocalTextSchema,
            sourceLines: SourceLinesSchema,
            heat: z.number().min(0).max(1),
            supplyMw: hourly('Supply'),
            order: z
              .object({
                from: LocalTextSchema,
                text: LocalTextSchema,
                sourceLines: citedLines,
                outcomes: z.object({ comply: OutcomeListSchema, refuse: OutcomeListSchema, escalate: OutcomeListSchema }).strict(),
              })
              .strict()
              .optional(),
          })
          .strict(),
      )
      .min(1),
    thresholds: z
      .object({ homesPeakServedShare: z.number().min(0).max(1), favouredWhileDarkMwh: z.number().min(0) })
      .strict(),
    consequences: z.object({ complaintsPerMwh: z.number().min(0), tradeLostYuanPerMwh: z.number().min(0) }).strict(),
    outcomes: z
      .object(Object.fromEntries(GRID_OUTCOME_KEYS.map((k) => [k, OutcomeListSchema])) as Record<GridOutcomeKey, typeof OutcomeListSchema>)
      .strict(),
    conclusions: ConclusionsSchema,
    plans: z
      .array(tieredChoice('withReadings', 'withoutReadings').strict())
      .min(2)
      .optional()
      .describe("Next summer's supply plan, chosen after the last day and before the note (LS2); each plan's outcomes with and without metered readings of the favoured feed"),
  })
  .strict();

const minutes = z.number().int().positive();

const SiteStepSchema = z
  .object({
    kind: z.literal('site'),
    id,
    setting: SettingSchema,
    title: LocalTextSchema,
    briefing: LocalTextSchema,
    site: z
      .object({
        id,
        name: LocalTextSchema,
        truth: z.enum(SITE_TRUTHS).describe('What the site really is; the player must find out.'),
        declared: LocalTextSchema.describe('What the operator says the site does.'),
        timeBudget: z.object(Object.fromEntries(SITE_DIFFICULTIES.map((d) => [d, minutes])) as Record<(typeof SITE_DIFFICULTIES)[number], typeof minutes>).strict(),
        stations: z
          .array(
            z
              .object({
                id,
                name: LocalTextSchema,
                kind: z.enum(['rack', 'console', 'network-cabinet', 'substation', 'office', 'research-screen']),
                tools: z
                  .array(z.object({ tool: z.enum(SITE_TOOLS), timeCost: minutes, needsStaff: z.boolean(), plain: LocalTextSchema }).strict())
                  .min(1),
              })
              .strict(),
          )
          .min(2),
        staff: z.array(z.object({ id, name: LocalTextSchema, role: LocalTextSchema, timeCost: minutes, plain: LocalTextSchema }).strict()),
        clues: z
          .array(
            z
              .object({
                id,
                source: z.enum([...SITE_TOOLS, 'interview', 'on-arrival']),
                candidates: z.array(id).min(1),
                group: id.optional(),
                indicates: z.enum(['mining', 'real-work', 'waste']),
                strength: z.enum(['strong', 'weak']),
                concealment: z.enum(['fixed', 'switchable', 'rehearsed', 'caught-switching']),
                needsOtherInterview: z.boolean().optional(),
                seen: LocalTextSchema,
                cover: LocalTextSchema.optional(),
                sourceLines: SourceLinesSchema,
                illustrative: LocalTextSchema.nullable().describe('Which details are the game\'s illustration; null only when the article itself says it.'),
              })
              .strict(),
          )
          .min(1),
        seenHiding: z
          .object({
            staffId: id,
            stationId: id,
            act: z.enum(HIDING_ACTS),
            afterLooks: z.number().int().min(1),
            extraMinutes: minutes,
            seen: LocalTextSchema,
            illustrative: LocalTextSchema,
          })
          .strict()
          .optional()
          .describe('A staff member seen closing a station up: on an announced visit before the inspector came, on a surprise one after afterLooks looks (unless the station was looked at first); every look there then takes extraMinutes longer.'),
        illustrative: LocalTextSchema,
      })
      .strict(),
    layout: z.record(id, z.object({ x: z.number().min(0), y: z.number().min(0), width: z.number().positive(), height: z.number().positive() }).strict()),
    verdicts: z
      .object(Object.fromEntries(SITE_VERDICTS.map((v) => [v, VerdictOutcomesSchema])) as Record<SiteVerdict, typeof VerdictOutcomesSchema>)
      .strict()
      .describe('What each verdict the visit can come to earns or costs, on which lessons, and why (one outcome per lesson it touches).'),
    approach: z
      .object(Object.fromEntries(SITE_APPROACHES.map((a) => [a, z.array(OutcomeSchema)])) as Record<SiteApproach, z.ZodArray<typeof OutcomeSchema>>)
      .strict()
      .optional()
      .describe('What going in unannounced or announced earns or costs; needed where the site hides anything from an announced visit.'),
  })
  .strict();

// ---- The review desk (issue 4) ----------------------------------------------------------------

const categories = z.array(id).min(1);

const DeskRuleTestSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('max-share'), field: deskRef, of: deskRef, share: z.number().min(0).max(1) }).strict(),
    z.object({ kind: z.literal('requires-if-above'), field: deskRef, above: z.number(), requires: deskRef, oneOf: categories }).strict(),
    z.object({ kind: z.literal('requires-if-in'), field: deskRef, in: categories, requires: deskRef, oneOf: categories }).strict(),
    z.object({ kind: z.literal('not-in'), field: deskRef, list: categories }).strict(),
    z.object({ kind: z.literal('one-of'), field: deskRef, list: categories }).strict(),
    z.object({ kind: z.literal('at-least'), field: deskRef, min: z.number() }).strict(),
    z.object({ kind: z.literal('at-most'), field: deskRef, max: z.number() }).strict(),
    z.object({ kind: z.literal('agree'), field: deskRef, other: deskRef, tolerance: z.number().min(0).max(1) }).strict(),
  ])
  .describe('How the rule judges an application\'s field values (see core/review-desk.ts, DeskRuleTest).');

const DeskRuleSchema = z.object({ id, text: LocalTextSchema, sourceLines: SourceLinesSchema, test: DeskRuleTestSchema }).strict();

const ConsequenceSchema = z.object({ year: z.number().int().min(2000).max(2100), text: LocalTextSchema, sourceLines: SourceLinesSchema }).strict();

const verdictKeyRecord = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(VERDICT_KEYS.map((k) => [k, value])) as Record<VerdictKey, T>).strict();

const FieldClaimSchema = z.union([
  z.object({ about: id.describe('What the claim is about: "annual-use", "hours-of-use", "demand".'), is: id.describe('A kind: "office-hours", "round-the-clock", "yes".') }).strict(),
  z
    .object({
      about: id,
      unit: z.string().min(1).describe('The unit of every amount claimed about this thing: "kWh/year".'),
      amount: z.number().optional().describe('About this much (two amounts agree within 10% of the larger).'),
      atLeast: z.number().optional(),
      atMost: z.number().optional().describe('"Below 5 million": at most 5000000.'),
    })
    .strict()
    .refine((c) => c.amount !== undefined || c.atLeast !== undefined || c.atMost !== undefined, 'an amount, atLeast or atMost'),
]);

const ApplicationSchema = z
  .object({
    id,
    applicant: LocalTextSchema,
    project: LocalTextSchema,
    arrivesOnDay: z.number().int().min(0),
    dueOnDay: z.number().int().min(0).optional().describe('The day the decision is due; the day it arrives unless set. Every rule a planted discrepancy needs must be in force by then.'),
    documents: z
      .array(
        z
          .object({
            id,
            kind: z.enum(DESK_DOCUMENT_KINDS),
            title: LocalTextSchema,
            fields: z
              .array(
                z
                  .object({
                    id,
                    label: LocalTextSchema,
                    value: LocalTextSchema,
                    number: z.number().optional().describe('What the rules test: an amount in the unit the rule states.'),
                    category: id.optional().describe('What the rules test when the value is a kind: "approved", "official".'),
                    revealedBy: id.optional().describe('Hidden until the inquiry with this id is made.'),
                    claims: z.array(FieldClaimSchema).optional().describe(
                      'What the field says, for the audit: two fields whose claims about the same thing contradict each other must be a breach a rule finds, or a harmless oddity the player is shown.',
                    ),
                  })
                  .strict(),
              )
              .min(1),
            sourceLines: SourceLinesSchema,
            revealedBy: id.optional(),
          })
          .strict(),
      )
      .min(1),
    inquiries: z
      .array(z.object({ id, kind: z.enum(['request-information', 'interview']), label: LocalTextSchema, answer: LocalTextSchema, minutes }).strict()),
    gift: z
      .object({
        text: LocalTextSchema,
        valueYuan: z.number().positive(),
        sourceLines: SourceLinesSchema,
        outcomes: z.object({ returned: OutcomeListSchema, kept: OutcomeListSchema, 'handed-in': OutcomeListSchema }).strict(),
      })
      .strict()
      .optional(),
    truth: z
      .object({
        legitimate: z.boolean(),
        corrupt: z.boolean(),
        curable: z.boolean(),
        discrepancies: z.array(
          z
            .object({
              id,
              rule: id,
              between: z.array(deskRef).min(1).max(2),
              alsoShownBy: z
                .array(z.tuple([deskRef, deskRef]))
                .optional()
                .describe('Other pairs of fields whose claims contradict each other because of this breach; a cross-check of one finds it too.'),
              explanation: LocalTextSchema,
              found: OutcomeSchema,
            })
            .strict(),
        ),
        oddities: z.array(z.object({ id, refs: z.array(deskRef).min(1), explanation: LocalTextSchema }).strict()),
      })
      .strict()
      .describe('What the application really is; the rule engine must agree (checked when the level loads).'),
    outcomes: verdictKeyRecord(OutcomeListSchema).partial().optional(),
    consequences: verdictKeyRecord(z.array(ConsequenceSchema)).partial(),
    afterDecision: z
      .object(Object.fromEntries(VERDICTS.map((v) => [v, z.array(DialogueLineSchema).min(1)])) as Record<Verdict, z.ZodArray<typeof DialogueLineSchema>>)
      .partial()
      .strict()
      .optional()
      .describe('A short scene played when the folder is given this verdict (the case\'s climax): lines shaped like a scene\'s, shown with the speaker\'s figure, then back to the desk.'),
  })
  .strict();

const DeskStepSchema = z
  .object({
    kind: z.literal('desk'),
    id,
    setting: SettingSchema,
    title: LocalTextSchema,
    briefing: LocalTextSchema,
    year: z.number().int().min(2000).max(2100),
    days: z.number().int().min(1).max(10),
    minutesPerDay: minutes,
    falseCheckMinutes: minutes,
    giftLimitYuan: z.number().min(0),
    rulebook: z.array(DeskRuleSchema).min(1),
    bulletins: z.array(z.object({ id, day: z.number().int().min(0), text: LocalTextSchema, sourceLines: SourceLinesSchema, rules: z.array(DeskRuleSchema) }).strict()),
    applications: z.array(ApplicationSchema).min(1),
    calls: z.array(
      z
        .object({
          id,
          day: z.number().int().min(0),
          applicationId: id,
          from: LocalTextSchema,
          text: LocalTextSchema,
          wants: z.enum(VERDICTS),
          timeBonusMinutes: z.number().int().min(0),
          sourceLines: SourceLinesSchema,
          outcomes: z.object({ obliged: OutcomeListSchema, declined: OutcomeListSchema, reported: OutcomeListSchema }).strict(),
        })
        .strict(),
    ),
    verdictWording: z
      .object(Object.fromEntries(VERDICTS.map((v) => [v, z.object({ label: LocalTextSchema, consequence: LocalTextSchema }).strict()])) as Record<Verdict, z.ZodObject<{ label: typeof LocalTextSchema; consequence: typeof LocalTextSchema }, z.core.$strict>>)
      .strict()
      .optional()
      .describe('The desk\'s own words for the four verdicts and their one-line consequences (an audit: "The record stands" for approve); the interface\'s words when absent. The rules judge the verdicts the same way.'),
    outcomes: verdictKeyRecord(OutcomeListSchema),
    investigated: z.object({ outcomes: OutcomeListSchema, consequences: z.array(ConsequenceSchema) }).strict(),
  })
  .strict();

// ---- The evidence board (issue 13) -------------------------------------------------------------

const cardKinds = z.array(z.enum(BOARD_CARD_KINDS)).min(1);

const BoardStepSchema = z
  .object({
    kind: z.literal('board'),
    id,
    setting: SettingSchema,
    title: LocalTextSchema,
    briefing: LocalTextSchema,
    cards: z
      .array(
        z
          .object({
            id,
            kind: z.enum(BOARD_CARD_KINDS),
            title: LocalTextSchema,
            fields: z.array(z.object({ id, label: LocalTextSchema, value: LocalTextSchema }).strict()).min(1),
            sourceLines: SourceLinesSchema,
            at: z.object({ x: z.number().min(0).max(1600), y: z.number().min(0).max(1000) }).strict().describe('Where the card is pinned on the board (1600 x 1000 units).'),
            when: ConditionSchema.optional().describe('On the board only when the case file the chapter starts with meets this (what earlier chapters found); a link to a missing card cannot be earned.'),
          })
          .strict(),
      )
      .min(3)
      .max(8)
      .describe('The documents on the board; a supported link needs its two cards to share a field value (a name, an amount, a date).'),
    relations: z
      .array(z.object({ id, label: LocalTextSchema, from: cardKinds, to: cardKinds }).strict())
      .min(2)
      .max(5)
      .describe('What a link can say, and between which kinds of document it runs (shown to the player).'),
    supported: z
      .array(z.object({ from: id, relation: id, to: id, outcomes: z.array(OutcomeSchema).min(1) }).strict())
      .min(1)
      .describe('The links the documents support, and what each earns when it is on the board at filing.'),
    unsupported: z.array(OutcomeSchema).min(1).describe('What each link the documents do not support costs at filing.'),
    offer: z
      .object({
        from: LocalTextSchema,
        realPerson: z.boolean().optional().describe('false when the one making the offer is the game\'s own character (no dramatised mark); a real person by default.'),
        text: LocalTextSchema,
        sourceLines: SourceLinesSchema,
        outcomes: z.object(Object.fromEntries(BOARD_OFFER_RESPONSES.map((r) => [r, OutcomeListSchema])) as Record<(typeof BOARD_OFFER_RESPONSES)[number], typeof OutcomeListSchema>).strict(),
      })
      .strict()
      .describe('The offer made once the first link is pinned; it must be answered before anything else.'),
    recipients: z
      .array(
        z
          .object({
            id,
            kind: z.enum(BOARD_RECIPIENT_KINDS),
            label: LocalTextSchema,
            outcomes: z.object({ withChain: OutcomeListSchema, withoutChain: OutcomeListSchema }).strict(),
          })
          .strict(),
      )
      .min(2)
      .describe('Where the chain can be filed; withChain when every supported link is on the board and nothing else is.'),
  })
  .strict();

// ---- The zone plan (issue 13) --------------------------------------------------------------------

const PlanStepSchema = z
  .object({
    kind: z.literal('plan'),
    id,
    setting: SettingSchema,
    title: LocalTextSchema,
    briefing: LocalTextSchema,
    budget: z.number().positive().describe('The zone\'s budget in million yuan; adding an option past it is refused.'),
    headroomMw: z.number().positive().describe('What the grid can give the zone after homes, in MW; a plan over it may be submitted, and costs the fault "over-grid".'),
    maxPerSector: z.number().int().min(1).describe('The guidance shown beside the limits: at most this many options of one sector (more is the fault "crowded").'),
    options: z
      .array(
        z
          .object({
            id,
            name: LocalTextSchema,
            description: LocalTextSchema,
            sector: z.enum(PLAN_SECTORS),
            cost: z.number().positive().describe('Million yuan.'),
            powerMw: z.number().min(0),
            profile: z.enum(PLAN_POWER_PROFILES).describe('flat: the same round the clock; daytime: in working hours.'),
            claimedJobs: z.number().int().min(0).describe('The jobs its promoter claims (the study says who counted them).'),
            promoter: LocalTextSchema,
            study: z
              .object({
                text: LocalTextSchema,
                checks: z.object(Object.fromEntries(PLAN_CHECKS.map((c) => [c, z.boolean()])) as Record<(typeof PLAN_CHECKS)[number], z.ZodBoolean>).strict(),
                sourceLines: SourceLinesSchema,
              })
              .strict()
              .describe('What a careful planner learns on opening the study; the five questions are shown answered yes or no.'),
            outcomes: z.array(OutcomeSchema).min(1).describe('What choosing it earns or costs when the plan is submitted.'),
          })
          .strict(),
      )
      .min(4)
      .max(10)
      .describe('The industries proposed for the zone; the largest job claims should belong to options the studies show are wrong for the region.'),
    faults: z
      .object(Object.fromEntries(PLAN_FAULTS.map((f) => [f, z.array(OutcomeSchema).min(1)])) as Record<(typeof PLAN_FAULTS)[number], z.ZodArray<typeof OutcomeSchema>>)
      .strict()
      .describe('What the plan as a whole costs when it has too many options of one sector, nothing joined to the real economy, or more load than the headroom.'),
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
          .object({
            id,
            name: LocalTextSchema,
            figure: z.enum(FIGURES).describe('Who the speaker is drawn as (\'none\' for a narrator or a guide).'),
            realPerson: LocalTextSchema.optional().describe(
              'Only for a real person of the case (named in the article): their name as the fiction note writes it. Their lines are shown as dramatised, and the note must name them.',
            ),
          })
          .strict(),
      )
      .min(1),
    fiction: LocalTextSchema.describe('What the level invents (people, days, documents, figures), naming every real person whose words are dramatised.'),
    pausePoints: z
      .array(
        z
          .object({
            id,
            before: id.describe('The id of the step the game stops before.'),
            prompt: LocalTextSchema.describe('What the facilitator puts to the room.'),
            vote: z
              .object({
                point: z.string().min(1).describe('The decision point of that step the room votes on, as the scored decisions name it ("order", "verdict", "approach", "offer"...).'),
                subject: z.string().min(1).nullable().describe('What the point is about when the step has several (an application id, a day id); null when it has one.'),
                options: z
                  .array(
                    z
                      .object({
                        id,
                        label: LocalTextSchema,
                        played: z.array(z.string().min(1)).min(1).describe('The scored choices that count as playing this option (e.g. "rejectedReasoned", "rejectedUnreasoned").'),
                      })
                      .strict(),
                  )
                  .min(2)
                  .max(4),
                caseAnswer: z
                  .object({ option: id.describe('The id of the option the article supports.'), text: LocalTextSchema.describe('Why, saying only what the cited lines say.'), sourceLines: citedLines })
                  .strict(),
              })
              .strict()
              .optional(),
          })
          .strict(),
      )
      .optional()
      .describe('Facilitated mode only: where the game stops before a step with a discussion prompt, and optionally a vote the room records as counts. Never scored, never in the decision log.'),
    steps: z.array(z.discriminatedUnion('kind', [SceneStepSchema, GridStepSchema, DeskStepSchema, SiteStepSchema, BoardStepSchema, PlanStepSchema])).min(1),
    debrief: z
      .object({
        whatHappened: z.array(z.object({ text: LocalTextSchema, sourceLines: citedLines }).strict()).min(1),
        againstTheRecord: z
          .array(z.object({ measure: z.enum(RECORD_MEASURES), record: LocalTextSchema, sourceLines: citedLines }).strict())
          .optional(),
        watchNext: LocalTextSchema.optional().describe('What to watch for in the chapters that follow. Required when no step scores anything (a story chapter): its debrief says this instead of scores.'),
      })
      .strict(),
    questions: z
      .array(
        z
          .object({
            lesson: z.enum(['LS1', 'LS2', 'LS3', 'LS4']),
            prompt: LocalTextSchema,
            options: z.tuple([LocalTextSchema, LocalTextSchema, LocalTextSchema]),
            answer: z.number().int().describe('Index (0-2) in options of the answer the article supports.'),
            explanation: LocalTextSchema.describe('One line: why, saying only what the cited lines say.'),
            sourceLines: citedLines,
          })
          .strict(),
      )
      .min(2)
      .max(4)
      .optional()
      .describe('Asked before the first step and after the last, each with a confidence rating; never scored. Three or four per chapter; a short prologue may ask two.'),
    discussion: z
      .array(
        z
          .object({
            prompt: LocalTextSchema.describe('A question that makes a room think (what would you have needed to see, who should have checked, what would you do differently), not a quiz question.'),
            answer: LocalTextSchema.describe('What the cited lines support, in our own words, saying only what they say.'),
            sourceLines: citedLines,
          })
          .strict(),
      )
      .min(2)
      .describe('Questions to discuss after the level, for the teacher\'s catalogue and the facilitator\'s guide; never scored. Three per chapter; the prologue has two.'),
  })
  .strict();

export type LevelFile = z.infer<typeof LevelSchema>;

// The schema and the core's Level type must describe the same thing; this fails to compile if not.
type Assignable<A, B> = [A] extends [B] ? true : false;
const schemaMatchesCore: Assignable<Omit<LevelFile, '$schema'>, Level> = true;
const coreMatchesSchema: Assignable<Level, Omit<LevelFile, '$schema'>> = true;
void schemaMatchesCore;
void coreMatchesSchema;
