import { describe, expect, it } from 'vitest';
import { assessedLessons, type LessonId } from '../../src/core';
import { allLevels, levelFiles, readLevelText } from '../support/levels';

// The game tells the whole case: every event of the case notes (shared/case/case-notes.md,
// E1-E12) is cited by some level's source lines, and every lesson (LS1-LS4) is assessed by some
// level. The lines are each event's own: a line two events share (the 10% of L5, say) would let
// one level seem to cover both.
const EVENT_LINES: Record<string, number[]> = {
  E1: [12, 13, 14, 15, 16, 17, 18], // the Secretary's career before 2015
  E2: [19, 20], // 2015: Fuzhou, the slogan
  E3: [21, 22, 23, 24], // the businessman meets him: a power-for-money deal
  E4: [25, 26, 27], // Genesis a key enterprise: subsidies, loans, 10% of the power
  E5: [28], // blackouts while the miners run
  E6: [29, 30, 31, 32], // two systems on every computer
  E7: [34], // 74.75 million kWh in 2018
  E8: [35, 36, 37, 38], // the fuel-car plant and the BRT
  E9: [48, 49, 50], // the GM Foundation's lawsuit
  E10: [54, 55], // taken away, expelled, sentenced
  E11: [56], // the businessman's 40 billion yuan in crypto
  E12: [57, 58, 59, 60], // 2024: the city back on track, the zone deserted
};
const LESSONS: LessonId[] = ['LS1', 'LS2', 'LS3', 'LS4'];

/** Every number in every `sourceLines` array of a level file, at any depth. */
function citedLines(value: unknown, into = new Set<number>()): Set<number> {
  if (Array.isArray(value)) value.forEach((v) => citedLines(v, into));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'sourceLines' && Array.isArray(v)) v.forEach((n) => typeof n === 'number' && into.add(n));
      else citedLines(v, into);
    }
  }
  return into;
}

const citations = levelFiles().map((file) => ({ file, lines: citedLines(JSON.parse(readLevelText(file))) }));

describe('the levels cover the case', () => {
  it.each(Object.entries(EVENT_LINES))('event %s is cited by some level', (event, lines) => {
    const citing = citations.filter(({ lines: cited }) => lines.some((n) => cited.has(n))).map((c) => c.file);
    expect(citing, `no level cites lines ${lines.join(', ')} (${event})`).not.toEqual([]);
  });

  it.each(LESSONS)('lesson %s is assessed by some level', (lesson) => {
    const assessing = allLevels().filter((level) => assessedLessons(level).includes(lesson)).map((l) => l.id);
    expect(assessing, `no level offers points on ${lesson}`).not.toEqual([]);
  });

  it('cites only lines the article has', () => {
    for (const { file, lines } of citations) expect([...lines].filter((n) => n < 1 || n > 84), file).toEqual([]);
  });
});
