import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/content/catalogue';
import { levelJsonSchemaText } from '../../src/content/level-json-schema';
import { describeProblem, parseLevel } from '../../src/content/load-level';
import { LEVELS_DIR, levelFiles, readLevelText } from '../support/levels';

/** Walks a parsed level file and yields every {en, ja, zh} text object with its JSON path. */
function* localTexts(value: unknown, path = ''): Generator<[string, Record<string, unknown>]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* localTexts(item, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if ('en' in record || 'ja' in record || 'zh' in record) {
      yield [path, record];
      return;
    }
    for (const [key, item] of Object.entries(record)) yield* localTexts(item, path ? `${path}.${key}` : key);
  }
}

function* sourceLineLists(value: unknown, path = ''): Generator<[string, unknown]> {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* sourceLineLists(item, `${path}[${i}]`);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === 'sourceLines') yield [`${path}.${key}`, item];
      else yield* sourceLineLists(item, path ? `${path}.${key}` : key);
    }
  }
}

describe('the shipped levels', () => {
  const files = levelFiles();

  it('there is at least the tutorial', () => {
    expect(files).toContain('tutorial-first-day.json');
  });

  for (const file of files) {
    describe(file, () => {
      const data: unknown = JSON.parse(readLevelText(file));

      it('validates against the level schema', () => {
        const result = parseLevel(`levels/${file}`, readLevelText(file));
        expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([]);
      });

      it('has every text in English, Japanese and Simplified Chinese, none empty', () => {
        const texts = [...localTexts(data)];
        // A story chapter (scenes only, such as the prologue) is short; a playable level has much more to say.
        const story = (data as { steps: { kind: string }[] }).steps.every((s) => s.kind === 'scene');
        expect(texts.length).toBeGreaterThan(story ? 25 : 50);
        for (const [path, text] of texts) {
          for (const language of ['en', 'ja', 'zh']) {
            expect(typeof text[language] === 'string' && (text[language] as string).trim().length > 0, `${path}.${language}`).toBe(true);
          }
        }
      });

      it('no Japanese or Chinese text starts with closing punctuation, and none is left in English', () => {
        for (const [path, text] of localTexts(data)) {
          for (const language of ['ja', 'zh']) {
            const value = String(text[language]);
            expect(value, `${path}.${language}`).not.toMatch(/^[。、，．）」』]/);
            // A real person's token ({{xiao-yi}}) is put in per language, so it is not English left over.
            const bare = (s: unknown) => String(s).replace(/\{\{[a-z0-9|-]+\}\}/g, '');
            expect(bare(value) === bare(text.en) && /[a-z]{4,}/.test(bare(value)), `${path}.${language} is still English`).toBe(false);
          }
        }
      });

      it('cites only lines 1-84 of the source article', () => {
        const lists = [...sourceLineLists(data)];
        expect(lists.length).toBeGreaterThan(10);
        for (const [path, lines] of lists) {
          expect(Array.isArray(lines), path).toBe(true);
          for (const line of lines as unknown[]) {
            expect(Number.isInteger(line) && (line as number) >= 1 && (line as number) <= 84, `${path}: ${String(line)}`).toBe(true);
          }
        }
      });
    });
  }
});

describe('the JSON Schema for level authors', () => {
  it('levels/level.schema.json is current (run npm run schema after changing the zod schema)', () => {
    expect(readFileSync(`${LEVELS_DIR}level.schema.json`, 'utf8')).toBe(levelJsonSchemaText());
  });
});

describe('a broken level file', () => {
  const good = JSON.parse(readLevelText('tutorial-first-day.json'));

  it('a question whose answer is not one of its options names the file, the field and the fix', () => {
    const broken = structuredClone(good);
    broken.questions[1].answer = 3;
    const result = parseLevel('levels/broken.json', JSON.stringify(broken));
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      'levels/broken.json: at questions[1].answer: expected the index (0-2) of the option the article supports, found 3. Fix: set questions[1].answer to 0, 1 or 2: the place in questions[1].options of the answer the cited lines support',
    ]);
  });

  it('a level without questions to discuss names the file, the field and the fix', () => {
    const broken = structuredClone(good);
    delete broken.discussion;
    const result = parseLevel('levels/broken.json', JSON.stringify(broken));
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      'levels/broken.json: at discussion: expected questions to discuss after the level: [{ "prompt", "answer", "sourceLines" }], at least two, found nothing (the field is missing). Fix: add "discussion" as the last field of the file (after "questions"): two or three prompts for the room, each with the answer its cited article lines support',
    ]);
  });

  it('a discussion prompt that cites a line the article does not have, or too few prompts, is refused with its path', () => {
    const broken = structuredClone(good);
    broken.discussion[0].sourceLines = [85];
    broken.discussion = broken.discussion.slice(0, 1);
    const result = parseLevel('levels/broken.json', JSON.stringify(broken));
    const paths = result.ok ? [] : result.problems.map((p) => p.path);
    expect(paths).toContain('discussion[0].sourceLines[0]');
    expect(paths).toContain('discussion');
  });

  it('a missing translation names the file, the JSON path, what was expected and what was found', () => {
    const broken = structuredClone(good);
    // The desk's first folder, its budget, the total investment.
    delete broken.steps[3].applications[0].documents[1].fields[0].value.ja;
    const result = parseLevel('levels/broken.json', JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(describeProblem)).toEqual([
      'levels/broken.json: at steps[3].applications[0].documents[1].fields[0].value.ja: expected the ja text as a string, found nothing (the field is missing). Fix: add "ja"',
    ]);
  });

  it('a scene after a verdict with an unknown speaker, or only conditional lines, is refused naming the path and the fix', () => {
    const slogan = JSON.parse(readLevelText('digital-economy-slogan.json'));
    const broken = structuredClone(slogan);
    const genesis = broken.steps[1].applications.find((a: { id: string }) => a.id === 'genesis');
    genesis.afterDecision.refer[1].speaker = 'mayor';
    genesis.afterDecision.approve = genesis.afterDecision.approve.map((line: object) => ({ ...line, when: { caseRecord: 'grid', has: 'evidence', value: 'declared-vs-metered' } }));
    const result = parseLevel('levels/broken.json', JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const at = genesis === broken.steps[1].applications[0] ? 0 : broken.steps[1].applications.indexOf(genesis);
    const said = result.problems.map(describeProblem);
    expect(said).toContainEqual(expect.stringContaining(`at steps[1].applications[${at}].afterDecision.refer[1].speaker: expected one of the level's speakers, found "mayor"`));
    expect(said).toContainEqual(expect.stringMatching(new RegExp(`at steps\\[1\\]\\.applications\\[${at}\\]\\.afterDecision\\.approve: .*Fix: give the scene at least one line without "when"`)));
  });

  it('a source line outside the article is refused with the line found', () => {
    const broken = structuredClone(good);
    // The Secretary's order on the grid's one day.
    broken.steps[1].days[0].order.sourceLines = [27, 85];
    const result = parseLevel('levels/broken.json', JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [problem] = result.problems;
    expect(problem).toMatchObject({ file: 'levels/broken.json', path: 'steps[1].days[0].order.sourceLines[1]', found: '85' });
    expect(problem!.expected).toMatch(/84/);
  });

  it('a planted discrepancy pointing at a field that does not exist is refused with a fix', () => {
    const broken = structuredClone(good);
    // Genesis' folder at the desk: its one planted discrepancy, pointed at a field it does not have.
    broken.steps[3].applications[0].truth.discrepancies[0].between = ['energy.annual-kwh', 'energy.nonsense'];
    const result = parseLevel('levels/broken.json', JSON.stringify(broken));
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      'levels/broken.json: at steps[3].applications[0]: expected truth that agrees with the rules, found breaks metered-use on energy.annual-kwh + bills.metered-kwh, which truth.discrepancies does not plant. Fix: add it to truth.discrepancies with this rule and these fields, or change the field values so the rule passes',
      'levels/broken.json: at steps[3].applications[0].truth.discrepancies[0]: expected truth that agrees with the rules, found the rule engine finds no breach of metered-use on energy.annual-kwh + energy.nonsense. Fix: make the field values break the rule, or correct "rule" and "between" (the fields the rule names)',
    ]);
  });

  it('a grid whose shedding order misses a district is refused with the district named and a fix', () => {
    const broken = JSON.parse(readLevelText('blackout-summer.json'));
    broken.steps[1].initialPriority = broken.steps[1].initialPriority.filter((id: string) => id !== 'city-hospital');
    const result = parseLevel('levels/broken.json', JSON.stringify(broken));
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      'levels/broken.json: at steps[1].initialPriority: expected every district id exactly once (old-town-homes, new-town-homes, shops-and-walmart, city-hospital, water-works, schools, signals-and-streetlights, industrial-park, rural-townships, high-tech-zone, genesis), found missing city-hospital; 10 entries. Fix: list each district once, served first to last',
    ]);
  });

  it('an order that scores refusing above referring it up is refused: one rule for orders in every level', () => {
    const broken = JSON.parse(readLevelText('blackout-summer.json'));
    const day = broken.steps[1].days.findIndex((d: { order?: unknown }) => d.order);
    broken.steps[1].days[day].order.outcomes.refuse[0].points = 30;
    const result = parseLevel('levels/broken.json', JSON.stringify(broken));
    const messages = result.ok ? [] : result.problems.map(describeProblem);
    expect(messages).toEqual([
      `levels/broken.json: at steps[1].days[${day}].order.outcomes: expected escalate at least refuse, and refuse at least comply, on every lesson, and each more than the next in total (the same rule in every level), found comply -15, refuse 30, escalate 15 points. Fix: give refuse the law-and-integrity points, escalate the same plus supervision points (LS1), comply a loss; see ARCHITECTURE.md, "Scoring"`,
    ]);
  });

  it('a grid whose comparison can reach the file through no note, or whose hunch outscores the attached comparison, is refused with a fix', () => {
    const noNote = JSON.parse(readLevelText('blackout-summer.json'));
    for (const c of noNote.steps[1].conclusions) delete c.filesEvidence;
    const none = parseLevel('levels/broken.json', JSON.stringify(noNote));
    expect(none.ok ? [] : none.problems.map(describeProblem)).toEqual([
      'levels/broken.json: at steps[1].conclusions: expected a note that attaches the comparison, found no conclusion has "filesEvidence": true, so the comparison can never reach the file. Fix: add "filesEvidence": true to the note that attaches the declared-versus-metered comparison',
    ]);
    const hunchFirst = JSON.parse(readLevelText('blackout-summer.json'));
    const hunch = hunchFirst.steps[1].conclusions.findIndex((c: { id: string }) => c.id === 'note-suspicion');
    hunchFirst.steps[1].conclusions[hunch].outcomes.withEvidence[0].points = 30;
    const result = parseLevel('levels/broken.json', JSON.stringify(hunchFirst));
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      `levels/broken.json: at steps[1].conclusions[${hunch}].outcomes.withEvidence: expected the note that attaches the comparison earning more, with the evidence in hand, than any note that does not, found "note-suspicion" earns 30 with the evidence in hand, not less than "attach-comparison" which files it (30). Fix: lower this note's withEvidence points below the attaching note's, or mark this note "filesEvidence": true if it attaches the comparison`,
    ]);
  });

  it('an inspection clue placed at a station that does not exist, or an honest site that could be proven guilty, is refused', () => {
    const broken = JSON.parse(readLevelText('two-systems.json'));
    const lab = broken.steps[1];
    lab.site.clues[0].candidates = ['rack-99'];
    // Make the honest lab's weak "mining" hints strong: it could then be "proven" guilty.
    for (const clue of lab.site.clues) if (clue.indicates === 'mining') clue.strength = 'strong';
    const result = parseLevel('levels/broken.json', JSON.stringify(broken));
    const messages = result.ok ? [] : result.problems.map(describeProblem);
    expect(messages).toContain('levels/broken.json: at steps[1].site.clues[0].candidates: expected a fair, consistent site, found clue "gpu-nameplates" is read with read-nameplate, which station "rack-99" does not offer. Fix: correct the site so the check passes (see core/site/model.ts)');
    expect(messages.some((m) => m.includes('an honest site could be proven guilty'))).toBe(true);
  });

  it('an unknown field and a misspelt step kind are both reported', () => {
    const broken = structuredClone(good);
    broken.colour = 'red';
    broken.steps[0].kind = 'cutscene';
    const result = parseLevel('levels/broken.json', JSON.stringify(broken));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.problems.map((p) => p.path);
    expect(paths).toContain('(top level)');
    expect(paths).toContain('steps[0].kind');
    expect(result.problems.find((p) => p.path === '(top level)')!.found).toContain('"colour"');
    // An unknown kind (a typo, or a retired tutorial-only kind) is never played as another kind.
    const kind = result.problems.find((p) => p.path === 'steps[0].kind')!;
    expect(kind.expected).toBe('a step whose "kind" is one of "scene", "grid", "desk", "site", "board", "plan"');
    expect(kind.fix).toBe('set "kind" to one of "scene", "grid", "desk", "site", "board", "plan"');
    const retired = structuredClone(good);
    retired.steps[1].kind = 'power';
    const refused = parseLevel('levels/old.json', JSON.stringify(retired));
    expect(refused.ok).toBe(false);
  });

  it('a file that is not JSON is reported, and the other levels still load', () => {
    const catalogue = buildCatalogue({
      'levels/tutorial-first-day.json': readLevelText('tutorial-first-day.json'),
      'levels/half-written.json': '{ "id": "half-written", ',
    });
    expect(catalogue.levels.map((l) => l.id)).toEqual(['tutorial-first-day']);
    expect(catalogue.problems).toHaveLength(1);
    expect(describeProblem(catalogue.problems[0]!)).toMatch(/^levels\/half-written\.json: at \(whole file\): expected valid JSON, found .+\. Fix: /);
  });
});

describe('the JSON Schema agrees with the game', () => {
  it('every shipped level passes levels/level.schema.json, and a missing translation fails it', async () => {
    const { Ajv2020 } = await import('ajv/dist/2020.js');
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(`${LEVELS_DIR}level.schema.json`, 'utf8')));
    for (const file of levelFiles()) {
      const ok = validate(JSON.parse(readLevelText(file)));
      expect(ok ? [] : validate.errors, file).toEqual([]);
    }
    const broken = JSON.parse(readLevelText('tutorial-first-day.json'));
    delete broken.title.zh;
    broken.summary.ja = '   ';
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/title', '/summary/ja']));
  });
});
