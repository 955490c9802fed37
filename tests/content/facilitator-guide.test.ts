import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facilitatorGuide, levelCitedLines, pausePromptsOf, SESSION_LENGTHS, sessionPlan, type FacilitatorGuide } from '../../src/content/facilitator-guide';
import { SOURCE_ARTICLE_LINES } from '../../src/content/level-schema';
import { assessedLessons, LANGUAGES } from '../../src/core';
import { allLevels } from '../support/levels';

const levels = allLevels();
const sum = (xs: readonly { minutes: number }[]) => xs.reduce((a, s) => a + s.minutes, 0);

describe("the facilitator's guide", () => {
  it.each(levels.map((l) => [l.id, l] as const))('%s: both session plans add up to 45 and 90 minutes exactly, with the whole level played and a round per prompt', (_id, level) => {
    const guide = facilitatorGuide(level, 'en');
    expect(guide.plans.map((p) => p.total)).toEqual([45, 90]);
    for (const plan of guide.plans) {
      expect(sum(plan.segments)).toBe(plan.total);
      expect(plan.segments.every((s) => Number.isInteger(s.minutes) && s.minutes >= 5)).toBe(true);
      // The longest play fits, so no one is cut short; in 90 minutes each pause point adds four minutes of talk to it.
      const play = plan.segments.find((s) => s.kind === 'play')!.minutes;
      expect(play).toBeGreaterThanOrEqual(level.minutes[1]);
      if (plan.total === 90) expect(play).toBe(level.minutes[1] + 4 * (level.pausePoints ?? []).length);
      const rounds = plan.segments.filter((s) => s.kind === 'round');
      expect(rounds.map((r) => r.prompt)).toEqual(level.discussion.map((_, i) => i));
      expect(plan.segments[0]!.kind).toBe('intro');
      expect(plan.segments.at(-1)!.kind).toBe('debrief');
    }
  });

  it('any level length and number of prompts the schema allows gives plans that add up exactly, every part at least five minutes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 2, max: 4 }), fc.integer({ min: 0, max: 3 }), (shortest, extra, prompts, pauses) => {
        for (const total of SESSION_LENGTHS) {
          const plan = sessionPlan(total, [shortest, shortest + extra], prompts, pauses);
          expect(sum(plan.segments)).toBe(total);
          // Play is the level's own time; every other part is long enough to do.
          expect(plan.segments.every((s) => s.minutes >= (s.kind === 'play' ? 1 : 5))).toBe(true);
          expect(plan.segments.filter((s) => s.kind === 'round')).toHaveLength(prompts);
        }
      }),
    );
  });

  it('pause prompts lengthen the play in the plan and shorten the rest, never the total', () => {
    const without = sessionPlan(90, [10, 15], 3, 0);
    const withPauses = sessionPlan(90, [10, 15], 3, 2);
    const play = (p: typeof without) => p.segments.find((s) => s.kind === 'play')!.minutes;
    expect(play(withPauses)).toBe(play(without) + 8);
    expect(sum(withPauses.segments)).toBe(90);
  });

  it('every level has three questions to discuss (the prologue two), each citing lines the article has', () => {
    for (const level of levels) {
      expect(level.discussion.length, level.id).toBe(level.id === 'prologue' ? 2 : 3);
      for (const item of level.discussion) {
        expect(item.sourceLines.length).toBeGreaterThan(0);
        expect(item.sourceLines.every((n) => Number.isInteger(n) && n >= 1 && n <= SOURCE_ARTICLE_LINES), `${level.id}: ${item.sourceLines.join(',')}`).toBe(true);
      }
    }
  });

  it('has text in every language for every part, and leaves nothing of the level out', () => {
    const texts = (g: FacilitatorGuide): string[] => [
      g.title,
      g.summary,
      g.contentNote.fiction,
      ...g.contentNote.realPeople,
      ...g.events.map((e) => e.text),
      ...g.discussion.flatMap((d) => [d.prompt, d.answer]),
      ...g.questions.flatMap((q) => [q.prompt, q.answer, q.explanation, ...q.options]),
    ];
    for (const level of levels) {
      const byLanguage = LANGUAGES.map((language) => facilitatorGuide(level, language));
      for (const guide of byLanguage) {
        expect(texts(guide).every((x) => x.trim().length > 0), `${level.id} ${guide.language}`).toBe(true);
        expect(guide.discussion).toHaveLength(level.discussion.length);
        expect(guide.questions).toHaveLength(level.questions?.length ?? 0);
        expect(guide.events).toHaveLength(level.debrief.whatHappened.length);
        expect(guide.lessons).toEqual(assessedLessons(level));
        for (const p of [...guide.discussion, ...guide.questions]) expect(p.sourceLines.every((n) => n >= 1 && n <= SOURCE_ARTICLE_LINES)).toBe(true);
        // The supported answer is one of the options, the one the level marks.
        guide.questions.forEach((q, i) => expect(q.answer).toBe(q.options[level.questions![i]!.answer]));
      }
      // Each language has its own words, not the English copied across.
      expect(byLanguage[1]!.discussion[0]!.prompt).not.toBe(byLanguage[0]!.discussion[0]!.prompt);
      expect(byLanguage[2]!.discussion[0]!.answer).not.toBe(byLanguage[0]!.discussion[0]!.answer);
    }
  });

  it('names the real people whose words a level dramatises, and none where no one real speaks', () => {
    const lawsuit = facilitatorGuide(levels.find((l) => l.id === 'the-lawsuit')!, 'en');
    expect(lawsuit.contentNote.realPeople.length).toBeGreaterThan(0);
    // The businessman's offer on the board is his dramatised words; the fiction note names him.
    expect(lawsuit.contentNote.realPeople.join(' ')).toContain('Lin Qingxing');
    expect(lawsuit.contentNote.fiction).toContain('Lin Qingxing');
    expect(facilitatorGuide(levels.find((l) => l.id === 'two-systems')!, 'zh').contentNote.realPeople).toEqual(['肖毅']);
    expect(facilitatorGuide(levels.find((l) => l.id === 'reckoning')!, 'en').contentNote.realPeople).toEqual([]);
  });

  it('lists as covered every line the level cites, once each and in order', () => {
    const level = levels.find((l) => l.id === 'blackout-summer')!;
    const lines = levelCitedLines(level);
    expect(lines).toEqual([...new Set(lines)].sort((a, b) => a - b));
    for (const w of level.debrief.whatHappened) for (const n of w.sourceLines) expect(lines).toContain(n);
  });

  it('lists every pause point in the level\'s order: a vote with its options and the supported one, a discussion with neither', () => {
    let votes = 0;
    for (const level of levels) {
      const pauses = level.pausePoints ?? [];
      const guide = facilitatorGuide(level, 'ja');
      expect(guide.pausePrompts.map((p) => p.prompt)).toEqual(pauses.map((p) => p.prompt.ja));
      for (const [i, pause] of pauses.entries()) {
        const listed = guide.pausePrompts[i]!;
        if (!pause.vote) {
          expect(listed).toEqual({ prompt: pause.prompt.ja, options: [], answer: null, sourceLines: [] });
          continue;
        }
        votes++;
        const supported = pause.vote.options.find((o) => o.id === pause.vote!.caseAnswer.option)!;
        expect(listed.options).toEqual(pause.vote.options.map((o) => o.label.ja));
        expect(listed.answer).toContain(supported.label.ja);
        expect(listed.answer).toContain(pause.vote.caseAnswer.text.ja);
        expect(listed.sourceLines).toEqual(pause.vote.caseAnswer.sourceLines);
      }
      expect(pausePromptsOf(level)).toHaveLength(pauses.length);
    }
    // The shipped levels have pause points, most of them with a vote.
    expect(votes).toBeGreaterThan(5);
  });
});
