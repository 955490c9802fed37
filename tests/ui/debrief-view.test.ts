// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { LESSONS, missedPoints, tallyLessons, type GameState, type Language, type LessonId, type Level, type SiteStep } from '../../src/core';
import { translate } from '../../src/text/i18n';
import { debriefView } from '../../src/ui/debrief-view';
import { playRandomly } from '../../src/playtest/random-player';
import { diligentInspector, historicalOfficial, playThrough } from '../../src/playtest/players';
import { describeProblem, parseLevel } from '../../src/content/load-level';
import { allLevels, blackoutSummer, loadLevel, readLevelText, tutorial } from '../support/levels';

const LANGUAGES: Language[] = ['en', 'ja', 'zh'];

function showDebrief(level: Level, state: GameState, language: Language = 'en'): HTMLElement {
  document.body.replaceChildren(...debriefView({ t: (k, p) => translate(language, k, p), language, level, state, onLevels: () => {}, onAgain: () => {} }));
  return document.body;
}

const byTestId = (id: string): HTMLElement | null => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);

/** Plays that earn, lose and miss: the diligent inspector, what happened in Fuzhou, and random play. */
function plays(level: Level): { who: string; state: GameState }[] {
  return [
    { who: 'diligent', state: playThrough(level, 3, diligentInspector).state },
    { who: 'historical', state: playThrough(level, 3, historicalOfficial).state },
    ...[5, 6].map((seed) => ({ who: `random ${seed}`, state: playRandomly(level, seed).state })),
  ];
}

beforeEach(() => document.body.replaceChildren());

describe('the debrief adds up in front of the student', () => {
  it('in every level, the lines under each lesson sum to what was earned on it, and the sum line says so beside the most the level offers', () => {
    for (const level of allLevels()) {
      for (const { who, state } of plays(level)) {
        showDebrief(level, state);
        const tally = tallyLessons(level, state);
        for (const lesson of LESSONS) {
          const where = `${level.id}, ${who}, ${lesson}`;
          const points = [...document.querySelectorAll<HTMLElement>(`[data-testid="lines-${lesson}"] li`)].map((li) => Number(li.dataset['points']));
          expect(points.reduce((a, b) => a + b, 0), where).toBe(tally[lesson].earned);
          // Each line shows the same points it counts.
          const shown = [...document.querySelectorAll<HTMLElement>(`[data-testid="lines-${lesson}"] li .points`)].map((el) => Number(/^([+-]?\d+)/.exec(el.textContent ?? '')?.[1]));
          expect(shown, where).toEqual(points);
          const sum = byTestId(`sum-${lesson}`)?.textContent ?? '';
          const { score, earned, possible } = tally[lesson];
          if (score !== null) expect(sum, where).toBe(`These lines add up to ${earned} of the ${possible} points this level offers on the lesson: ${score} / 100.`);
          else if (points.length > 0) expect(sum, where).toContain(`These lines add up to ${earned}.`);
          else expect(byTestId(`sum-${lesson}`), where).toBeNull();
        }
      }
    }
  });

  it('every point left on the table shows under its lesson with the better choice’s text and how much more it would have earned', () => {
    let seen = 0;
    for (const level of allLevels()) {
      for (const { who, state } of plays(level)) {
        showDebrief(level, state);
        for (const lesson of LESSONS) {
          const missed = missedPoints(level, state).filter((m) => m.lesson === lesson);
          const items = [...document.querySelectorAll<HTMLElement>(`[data-testid="missed-${lesson}"] li`)];
          expect(items, `${level.id}, ${who}, ${lesson}`).toHaveLength(missed.length);
          missed.forEach((m, i) => {
            expect(items[i]!.textContent).toContain(m.best.text.en);
            expect(items[i]!.textContent).toContain(`Missed: `);
            expect(items[i]!.textContent).toContain(`This could have earned ${m.missed} more.`);
            seen++;
          });
        }
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  it('what happened in Fuzhou, played in the tutorial, misses the metering point worth 20 and says so under supervision', () => {
    const level = tutorial();
    const { state } = playThrough(level, 3, historicalOfficial);
    showDebrief(level, state);
    const missed = byTestId('missed-LS1')!.textContent!;
    expect(missed).toContain('Missed: You put Genesis back on the metering platform.');
    expect(missed).toContain('This could have earned 20 more.');
  });

  it('a lesson the level does not assess says so, with no score bar, and still lists what it cost', () => {
    // "Two systems" (an inspection) never weighs people first (LS4).
    const level = loadLevel('two-systems.json');
    const { state } = playThrough(level, 3, historicalOfficial);
    expect(tallyLessons(level, state).LS4.score).toBeNull();
    showDebrief(level, state);
    const peopleFirst = byTestId('lesson-LS4')!;
    expect(peopleFirst.querySelector('summary')!.textContent).toContain('not assessed in this level');
    expect(peopleFirst.querySelector('.bar > div')).toBeNull();
    expect(byTestId('missed-LS4')).toBeNull();
    expect(byTestId('sum-LS4')).toBeNull();
    for (const language of LANGUAGES) {
      showDebrief(level, state, language);
      expect(byTestId('lesson-LS4')!.querySelector('summary')!.textContent).toContain(translate(language, 'debrief.notAssessed'));
    }
    // A "Two systems" whose law-and-integrity gains are taken out: signing off on a mine still costs on it.
    const inspection = withoutGains(loadLevel('two-systems.json'), 'LS3');
    const signedOff = playThrough(inspection, 1, historicalOfficial).state;
    const tally = tallyLessons(inspection, signedOff);
    expect(tally.LS3.score).toBeNull();
    expect(tally.LS3.earned).toBeLessThan(0);
    showDebrief(inspection, signedOff);
    expect(byTestId('lesson-LS3')!.querySelector('summary')!.textContent).toContain('not assessed in this level');
    expect(byTestId('lines-LS3')!.querySelectorAll('li.loss').length).toBeGreaterThan(0);
    expect(byTestId('sum-LS3')!.textContent).toBe(`These lines add up to ${tally.LS3.earned}. No decision in this level can earn points on this lesson, so it is not scored.`);
    expect(byTestId('floor-LS3')).toBeNull();
    expect(byTestId('lesson-LS3')!.hasAttribute('open')).toBe(true);
  });

  it('where the score stopped at 0 with more lost, one line says how much was lost; where nothing was lost past 0, it says nothing', () => {
    const level = tutorial();
    const { state } = playThrough(level, 3, historicalOfficial);
    const tally = tallyLessons(level, state);
    expect(tally.LS3.earned).toBeLessThan(0);
    showDebrief(level, state);
    expect(byTestId('lesson-LS3')!.querySelector('summary')!.textContent).toContain('0 / 100');
    expect(byTestId('floor-LS3')!.textContent).toBe(`You lost ${-tally.LS3.earned} points on this lesson; the score stops at 0.`);
    for (const lesson of LESSONS) {
      if (tally[lesson].earned >= 0) expect(byTestId(`floor-${lesson}`), lesson).toBeNull();
    }
    for (const language of ['ja', 'zh'] as const) {
      showDebrief(level, state, language);
      expect(byTestId('floor-LS3')!.textContent).toContain(String(-tally.LS3.earned));
    }
  });

  it('a lesson with a loss or a miss opens by default; a lesson with neither stays folded under its score', () => {
    const level = tutorial();
    const best = playThrough(level, 3, diligentInspector).state;
    showDebrief(level, best);
    for (const lesson of LESSONS) expect(byTestId(`lesson-${lesson}`)!.hasAttribute('open'), `diligent ${lesson}`).toBe(false);
    const worst = playThrough(level, 3, historicalOfficial).state;
    showDebrief(level, worst);
    for (const lesson of LESSONS) expect(byTestId(`lesson-${lesson}`)!.hasAttribute('open'), `historical ${lesson}`).toBe(true);
  });

  it('the debrief is written out in every language, with no placeholder left', () => {
    for (const level of allLevels()) {
      const { state } = playThrough(level, 3, historicalOfficial);
      for (const language of LANGUAGES) {
        expect(showDebrief(level, state, language).textContent, `${level.id} ${language}`).not.toMatch(/\{\w+\}|debrief\.|consequence\./);
      }
    }
  });
});

describe('a story chapter\'s debrief', () => {
  it('says the chapter is story with nothing assessed, shows no score, and says what to watch for next, in every language', () => {
    const prologue = loadLevel('prologue.json');
    const state = playThrough(prologue, 1, diligentInspector).state;
    for (const language of LANGUAGES) {
      showDebrief(prologue, state, language);
      expect(byTestId('story-chapter')?.textContent).toContain(translate(language, 'debrief.story'));
      expect(byTestId('watch-next')?.textContent).toBe(prologue.debrief.watchNext![language]);
      expect(document.querySelector('h2')?.textContent).toBe(translate(language, 'debrief.heading'));
      expect(document.querySelectorAll('[data-testid^="lines-"]')).toHaveLength(0);
      expect(document.querySelectorAll('[data-testid^="risk-"]')).toHaveLength(0);
      expect(document.body.textContent).toContain(prologue.debrief.whatHappened[0]!.text[language]);
    }
    // A level that scores shows its overall score and no story note.
    showDebrief(tutorial(), playThrough(tutorial(), 1, diligentInspector).state);
    expect(byTestId('story-chapter')).toBeNull();
    expect(document.querySelector('h2')?.textContent).toMatch(/Overall: \d+ \/ 100/);
  });

  it('a level that scores nothing and says nothing of what comes next is a content error with the fix', () => {
    const file = JSON.parse(readLevelText('prologue.json'));
    delete file.debrief.watchNext;
    const result = parseLevel('levels/prologue.json', JSON.stringify(file));
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      'levels/prologue.json: at debrief.watchNext: expected what to watch for in the next chapters, since no step of this level scores anything, found nothing. Fix: add debrief.watchNext { "en", "ja", "zh" }',
    ]);
  });
});

describe('clues never found, and where they were', () => {
  const level = loadLevel('two-systems.json');
  const sites = level.steps.filter((s): s is SiteStep => s.kind === 'site');

  it('an inspector who looked at nothing is shown every clue of each site, at the station or person the seed put it, with how it is read', () => {
    const { state } = playThrough(level, 3, historicalOfficial);
    showDebrief(level, state);
    expect(byTestId('missed-clues')!.querySelector('h3')!.textContent).toBe('Clues you never found, and where they were');
    for (const site of sites) {
      const visit = state.site[site.id]!.visit!;
      const items = [...byTestId(`missed-clues-${site.id}`)!.querySelectorAll<HTMLElement>('li')];
      expect(items.map((li) => li.dataset['clue'])).toEqual(site.site.clues.filter((c) => !visit.evidence.includes(c.id)).map((c) => c.id));
      for (const li of items) {
        const clue = site.site.clues.find((c) => c.id === li.dataset['clue'])!;
        const place = [...site.site.stations, ...site.site.staff].find((x) => x.id === visit.placement[clue.id])!;
        expect(li.textContent).toContain(`${place.name.en} · ${translate('en', `tool.${clue.source}`)}: ${clue.seen.en}`);
        expect(li.textContent!.includes('The site hid it before you got to it.')).toBe(visit.hiddenFrom[clue.id] !== undefined);
      }
    }
  });

  it('a clue the inspector found is not among the missed, and a site with none missed says every clue was found', () => {
    const { state } = playThrough(level, 3, diligentInspector);
    showDebrief(level, state);
    for (const site of sites) {
      const visit = state.site[site.id]!.visit!;
      const listed = [...byTestId(`missed-clues-${site.id}`)!.querySelectorAll<HTMLElement>('li')].map((li) => li.dataset['clue']);
      for (const id of visit.evidence) expect(listed).not.toContain(id);
      if (listed.length === 0) expect(byTestId(`missed-clues-${site.id}`)!.textContent).toContain('You found every clue here.');
    }
  });

  it('a level without an inspection has no such section', () => {
    const summer = blackoutSummer();
    showDebrief(summer, playThrough(summer, 3, diligentInspector).state);
    expect(byTestId('missed-clues')).toBeNull();
  });
  it('names a folder or a day once for a run of lines about it, never on line after line', () => {
    for (const file of ['digital-economy-slogan.json', 'achievement-projects.json']) {
      const level = loadLevel(file);
      for (const { who, state } of plays(level)) {
        showDebrief(level, state);
        let continued = 0;
        for (const list of document.querySelectorAll<HTMLElement>('ul.scored')) {
          let current: string | null = null;
          for (const li of list.querySelectorAll<HTMLElement>(':scope > li')) {
            const title = li.querySelector(':scope > strong')?.textContent ?? null;
            if (li.classList.contains('same-subject')) {
              // A line without its title follows one that named it.
              expect(title, `${file} ${who}`).toBeNull();
              expect(current, `${file} ${who}`).not.toBeNull();
              continued++;
            } else {
              expect(title === null || title !== current, `${file} ${who}: "${title}" twice in a row`).toBe(true);
              current = title;
            }
          }
        }
        // The desk levels score several lines per folder: some lines are continued, not retitled.
        if (who === 'diligent') expect(continued, `${file} ${who}`).toBeGreaterThan(0);
      }
    }
  });
});

/** A copy of a level in which no outcome earns on the lesson (its costs stay): a lesson the level cannot assess. */
function withoutGains(level: Level, lesson: LessonId): Level {
  const copy = structuredClone(level);
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const o = value as { lesson?: unknown; points?: unknown };
      if (o.lesson === lesson && typeof o.points === 'number' && o.points > 0) o.points = 0;
      Object.values(value).forEach(visit);
    }
  };
  visit(copy);
  return copy;
}

describe('the debrief’s layout: the risks in one row above the lessons, the lessons at full width', () => {
  it('in en, ja and zh, with lessons open and closed: the risks, then the lessons, each a section of the panel itself with nothing beside it, the clues never found after them', () => {
    const level = loadLevel('two-systems.json');
    for (const who of [historicalOfficial, diligentInspector]) {
      const { state } = playThrough(level, 3, who);
      for (const language of LANGUAGES) {
        showDebrief(level, state, language);
        const panel = byTestId('debrief')!;
        const risks = byTestId('risks')!;
        const lessons = byTestId('lessons')!;
        // Straight under the panel (no two-column wrapper), in reading order: risks, lessons, clues.
        expect(risks.parentElement).toBe(panel);
        expect(lessons.parentElement).toBe(panel);
        expect(risks.compareDocumentPosition(lessons) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
        expect(lessons.compareDocumentPosition(byTestId('missed-clues')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
        expect(risks.querySelector('h3')!.textContent).toBe(translate(language, 'debrief.risks'));
        expect(risks.querySelectorAll('ul.risk-row > [data-testid^="risk-"]')).toHaveLength(4);
        expect(lessons.querySelector('h3')!.textContent).toBe(translate(language, 'debrief.lessons'));
        expect(lessons.querySelectorAll(':scope > details.lesson')).toHaveLength(4);
        // The headings name their sections for a screen reader.
        for (const section of [risks, lessons]) expect(document.getElementById(section.getAttribute('aria-labelledby')!)?.parentElement).toBe(section);
      }
    }
    // Both plays together show lessons open and closed.
    const opened = [historicalOfficial, diligentInspector].map((who) => {
      showDebrief(level, playThrough(level, 3, who).state);
      return document.querySelectorAll('details.lesson[open]').length;
    });
    expect(Math.max(...opened)).toBeGreaterThan(0);
    expect(Math.min(...opened)).toBeLessThan(4);
  });
});

describe('printing the debrief', () => {
  it('prints with every lesson open, and a report card printed earlier is no longer in the page (while it is, the print styles print it alone)', () => {
    const level = blackoutSummer();
    showDebrief(level, playThrough(level, 3, diligentInspector).state);
    const card = document.createElement('div');
    card.className = 'print-only';
    document.body.append(card);
    const seen: { cards: number; closed: number }[] = [];
    const print = window.print;
    window.print = () => seen.push({ cards: document.querySelectorAll('.print-only').length, closed: document.querySelectorAll('details.lesson:not([open])').length });
    try {
      expect(document.querySelectorAll('details.lesson:not([open])').length).toBeGreaterThan(0);
      document.querySelector<HTMLButtonElement>('[data-focus-id="print-debrief"]')!.click();
    } finally {
      window.print = print;
    }
    expect(seen).toEqual([{ cards: 0, closed: 0 }]);
  });
});
