// @vitest-environment happy-dom
// Real people of the case speak only in the game's words: every line they say is marked as
// dramatised, and each level's fiction note names them (the loader refuses a level that does not).
import { beforeEach, describe, expect, it } from 'vitest';
import { describeProblem, parseLevel } from '../../src/content/load-level';
import { resolveTokens } from '../../src/content/real-people';
import { createGame, LANGUAGES, type GameState, type Level } from '../../src/core';
import { translate } from '../../src/text/i18n';
import { mountLevel } from '../support/mount-level';
import { allLevels, levelFiles, readLevelText } from '../support/levels';

/** The people the article names who could be given lines (case notes: people and places). */
const ARTICLE_PEOPLE = [
  { en: 'Xiao Yi', ja: '肖毅', zh: '肖毅' },
  { en: 'Lin Qingxing', ja: '林慶星', zh: '林庆星' },
];

const levels = allLevels();

/** The state of a play standing on one line of one scene (a view test needs only where it is). */
function atLine(level: Level, stepIndex: number, line: number): GameState {
  const start = createGame(level, 1);
  const stepId = level.steps[stepIndex]!.id;
  return { ...start, stepIndex, scene: { ...start.scene, [stepId]: { ...start.scene[stepId]!, line } } };
}

beforeEach(() => document.body.replaceChildren());

describe('dramatised lines of real people', () => {
  for (const level of levels) {
    describe(level.id, () => {
      it('marks as a real person every speaker the article names, and the Party Secretary', () => {
        for (const speaker of level.speakers) {
          const named = ARTICLE_PEOPLE.some((person) => LANGUAGES.some((language) => speaker.name[language].includes(person[language])));
          if (named || speaker.figure === 'secretary') expect(speaker.realPerson, `${level.id}: speaker "${speaker.id}"`).toBeDefined();
        }
      });

      it('shows the dramatised mark on every line a real person says, and on no other line, in every language', () => {
        let marked = 0;
        level.steps.forEach((step, stepIndex) => {
          if (step.kind !== 'scene') return;
          step.lines.forEach((line, i) => {
            const real = level.speakers.find((s) => s.id === line.speaker)!.realPerson !== undefined;
            for (const language of LANGUAGES) {
              mountLevel(level, atLine(level, stepIndex, i), () => {}, language);
              const mark = document.querySelector('[data-testid="dramatised-mark"]');
              expect(mark !== null, `${level.id} ${step.id} line ${i} (${line.speaker}) in ${language}`).toBe(real);
              if (mark) {
                expect(mark.textContent).toBe(translate(language, 'dialogue.dramatised'));
                // The mark sits in the same live region as the line, so a screen reader reads both.
                expect(mark.closest('[aria-live]')).toBe(document.querySelector('[data-testid="dialogue-line"]')!.closest('[aria-live]'));
              }
            }
            if (real) marked++;
          });
        });
        const realSpeakers = level.speakers.filter((s) => s.realPerson).map((s) => s.id);
        const realLines = level.steps.flatMap((s) => (s.kind === 'scene' ? s.lines.filter((l) => realSpeakers.includes(l.speaker)) : []));
        expect(marked).toBe(realLines.length);
      });

      it('names every real speaker in its fiction note, in every language', () => {
        for (const speaker of level.speakers.filter((s) => s.realPerson)) {
          for (const language of LANGUAGES) expect(level.fiction[language]).toContain(speaker.realPerson![language]);
        }
      });
    });
  }

  it('at least one shipped level gives a real person lines, so the checks above bite', () => {
    expect(levels.some((l) => l.speakers.some((s) => s.realPerson))).toBe(true);
  });
});

describe('the loader refuses a level whose fiction note fails the real people it dramatises', () => {
  const file = levelFiles().find((f) => (JSON.parse(readLevelText(f)) as Level).speakers.some((s) => s.realPerson))!;
  const shipped = (): Record<string, unknown> & Level => JSON.parse(readLevelText(file)) as Record<string, unknown> & Level;

  it('a level with no fiction note is refused with the field and the fix', () => {
    const level = shipped();
    delete (level as Partial<Level>).fiction;
    const result = parseLevel(`levels/${file}`, JSON.stringify(level));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === 'fiction')!;
    expect(problem).toBeDefined();
    expect(describeProblem(problem)).toContain(`levels/${file}`);
    expect(problem.fix).toContain('"fiction"');
  });

  it('a note that does not name the dramatised speaker is refused, language by language', () => {
    const level = shipped();
    const speaker = level.speakers.find((s) => s.realPerson)!;
    level.fiction = { ...level.fiction, ja: level.fiction.ja.split(speaker.realPerson!.ja).join('某氏') };
    const result = parseLevel(`levels/${file}`, JSON.stringify(level));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => p.path)).toEqual(['fiction.ja']);
    expect(result.problems[0]!.expected).toContain(resolveTokens(speaker.realPerson!.ja, 'ja', 'names'));
    expect(result.problems[0]!.fix).toContain(`realPerson.ja`);
  });

  it('a speaker newly marked as a real person must be named too', () => {
    const level = shipped();
    const invented = { en: 'Zhang Sanfeng', ja: '張三豊', zh: '张三丰' };
    for (const language of LANGUAGES) expect(level.fiction[language]).not.toContain(invented[language]);
    level.speakers[0] = { ...level.speakers[0]!, realPerson: invented };
    const result = parseLevel(`levels/${file}`, JSON.stringify(level));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(['fiction.en', 'fiction.ja', 'fiction.zh']);
  });
});
