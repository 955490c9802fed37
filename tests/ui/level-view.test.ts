// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createGame, isStoryLevel, legalActions, LESSONS, step, STEP_KIND_NAMES, type GameState, type Level, type StepKind } from '../../src/core';
import { translate } from '../../src/text/i18n';
import { debriefView } from '../../src/ui/debrief-view';
import { freshUiState, type LevelUiState } from '../../src/ui/level-view';
import { mountLevel } from '../support/mount-level';
import { allLevels, blackoutSummer } from '../support/levels';
import { zonePlanLevel } from '../support/zone-plan';
import { diligentInspector, playThrough } from '../../src/playtest/players';

// The zone plan's fixture stands in for the chapter that will hold the plan kind.
const levels = [...allLevels(), zonePlanLevel()];

/** Plays on (first legal action each time, the story's own order) until the step of the wanted kind is current. */
function advanceTo(level: Level, kind: StepKind, state: GameState = createGame(level, 4)): GameState | null {
  let s = state;
  for (let n = 0; n < 400 && !s.finished; n++) {
    if (level.steps[s.stepIndex]!.kind === kind) return s;
    const next = legalActions(level, s).find((a) => a.type === 'advance-dialogue' || a.type === 'leave-desk' || a.type === 'leave-site' || a.type === 'begin-visit' || a.type === 'run-day' || a.type === 'answer-order' || a.type === 'file-case-note') ?? legalActions(level, s).at(-1)!;
    s = step(level, s, next).state;
  }
  return null;
}

function mount(level: Level, state: GameState, ui: LevelUiState, language: 'en' | 'ja' | 'zh' = 'en') {
  return mountLevel(level, state, () => {}, language, ui);
}

beforeEach(() => document.body.replaceChildren());

describe('the readable layer of a level', () => {
  it('shows the current dialogue line with its speaker and source lines, and Continue advances', () => {
    const level = blackoutSummer();
    const scene = level.steps[0]!;
    if (scene.kind !== 'scene') throw new Error('scene first');
    const state = step(level, createGame(level, 1), { type: 'advance-dialogue' }).state;
    const { actions } = mount(level, state, freshUiState());
    const line = scene.lines[1]!;
    expect(document.querySelector('[data-testid="dialogue-line"]')!.textContent).toBe(line.text.en);
    const speaker = level.speakers.find((s) => s.id === line.speaker)!;
    if (speaker.figure !== 'none') expect(document.querySelector('.speaker')!.textContent).toBe(speaker.name.en);
    (document.querySelector('[data-focus-id="continue"]') as HTMLButtonElement).click();
    expect(actions).toEqual([{ type: 'advance-dialogue' }]);
  });

  it('briefs the player before each mechanic, and the briefing leads to the mechanic\'s panel', () => {
    for (const level of levels) {
      for (const kind of STEP_KIND_NAMES.filter((k) => k !== 'scene')) {
        const state = advanceTo(level, kind);
        if (!state) continue;
        const current = level.steps[state.stepIndex]!;
        const ui = freshUiState();
        mount(level, state, ui);
        expect(document.querySelector('[data-testid="briefing"]'), `${level.id} ${kind}`).not.toBeNull();
        (document.querySelector(`[data-focus-id="begin-${current.id}"]`) as HTMLButtonElement).click();
        expect(ui.briefingDone).toContain(current.id);
        expect(document.querySelector('[data-testid="briefing"]')).toBeNull();
      }
    }
  });

  it('every control in every kind of step has an accessible name, in Japanese and Chinese too', () => {
    const kindsSeen = new Set<string>();
    for (const level of levels) {
      for (const kind of STEP_KIND_NAMES) {
        const state = advanceTo(level, kind);
        if (!state) continue;
        kindsSeen.add(kind);
        for (const language of ['en', 'ja', 'zh'] as const) {
          mount(level, state, { ...freshUiState(), briefingDone: level.steps.map((s) => s.id) }, language);
          const controls = [...document.querySelectorAll<HTMLElement>('button, input, select')];
          expect(controls.length).toBeGreaterThan(0);
          for (const control of controls) {
            const name = control.getAttribute('aria-label') ?? (control.id ? document.querySelector(`label[for="${control.id}"]`)?.textContent : null) ?? control.textContent;
            expect(name?.trim().length, `${level.id} ${language} ${kind} ${control.outerHTML.slice(0, 80)}`).toBeGreaterThan(0);
          }
        }
      }
    }
    expect([...kindsSeen].sort()).toEqual([...STEP_KIND_NAMES].sort());
  });
});

describe('the consequence of a decision on screen', () => {
  it('shows under the message line of the panel where the decision was made, in every kind of working panel', () => {
    const message = { text: 'Genesis: Approve. Recorded.', tone: 'info' as const, consequence: 'The subsidy goes out and the project starts.' };
    const kindsSeen = new Set<string>();
    for (const level of levels) {
      for (const kind of ['grid', 'desk', 'site'] as const) {
        const state = advanceTo(level, kind);
        if (!state) continue;
        kindsSeen.add(kind);
        mount(level, state, { ...freshUiState(), briefingDone: level.steps.map((s) => s.id), message });
        const line = document.querySelector('[data-testid="message"]')!;
        expect(line.textContent, `${level.id} ${kind}`).toBe('Genesis: Approve. Recorded.The subsidy goes out and the project starts.');
        expect(line.querySelector('[data-testid="consequence"]')!.textContent).toBe(message.consequence);
      }
    }
    expect([...kindsSeen].sort()).toEqual(['desk', 'grid', 'site']);
  });

  it('an answered order says what it does to today inside the order card, for each answer, in each language', () => {
    const level = blackoutSummer();
    const at = advanceTo(level, 'grid')!;
    const grid = level.steps[at.stepIndex]!;
    if (grid.kind !== 'grid') throw new Error('grid expected');
    const favoured = grid.districts.find((d) => d.id === grid.favouredDistrict)!.name;
    mount(level, at, { ...freshUiState(), briefingDone: [grid.id] });
    expect(document.querySelector('[data-testid="order-consequence"]')).toBeNull();
    for (const response of ['comply', 'refuse', 'escalate'] as const) {
      // Refusing or referring up rings the Secretary's office; the card shows once the call is heard out.
      const after = step(level, at, { type: 'answer-order', response }).state;
      const rang = after.grid[grid.id]!.calls.length > 0;
      expect(rang).toBe(response !== 'comply');
      const answered = rang ? step(level, after, { type: 'grid-answer-call', answer: 'heard' }).state : after;
      for (const language of ['en', 'ja', 'zh'] as const) {
        mount(level, answered, { ...freshUiState(), briefingDone: [grid.id] }, language);
        const line = document.querySelector('[data-testid="grid-order"] [data-testid="order-consequence"]')!;
        expect(line.textContent).toBe(translate(language, `consequence.order.${response}`, { name: favoured[language] }));
      }
    }
  });

  it('a step that closed with a decision (a case note filed) leaves its consequence over the next dialogue, and none shows without one', () => {
    const level = blackoutSummer();
    const state = step(level, createGame(level, 1), { type: 'advance-dialogue' }).state;
    mount(level, state, { ...freshUiState(), message: { text: '', tone: 'info', consequence: 'The file on Genesis closes with nothing in it.' } }, 'ja');
    expect(document.querySelector('[data-testid="dialogue"] [data-testid="consequence"]')!.textContent).toBe('The file on Genesis closes with nothing in it.');
    mount(level, state, freshUiState());
    expect(document.querySelector('[data-testid="dialogue"] [data-testid="message"]')).toBeNull();
  });
});

describe('leaving a level', () => {
  it('takes a second press, because the play in progress is lost', () => {
    const level = blackoutSummer();
    const state = advanceTo(level, 'grid')!;
    const { leaves } = mount(level, state, { ...freshUiState(), briefingDone: [level.steps[state.stepIndex]!.id] });
    const leave = () => document.querySelector<HTMLButtonElement>('[data-focus-id="leave"]')!;
    expect(leave().textContent).toBe('Leave the level');
    leave().click();
    expect(leaves).toEqual([]);
    expect(leave().textContent).toBe('Leave? This play will be lost');
    leave().click();
    expect(leaves).toEqual([1]);
  });
});

describe('the debrief', () => {
  it('lists every scored decision under its lesson with its points, its reason and its source lines, in every level', () => {
    // A story chapter scores nothing and shows no lessons (tests/ui/debrief-view.test.ts).
    for (const level of levels.filter((l) => !isStoryLevel(l))) {
      const { state } = playThrough(level, 8, diligentInspector);
      document.body.replaceChildren(
        ...debriefView({ t: (k, p) => translate('zh', k, p), language: 'zh', level, state, onLevels: () => undefined, onAgain: () => undefined }),
      );
      const items = [...document.querySelectorAll('[data-testid^="lines-"] li')];
      expect(items, level.id).toHaveLength(state.scored.length);
      for (const lesson of LESSONS) {
        const lines = [...document.querySelectorAll(`[data-testid="lines-${lesson}"] li`)];
        const scored = state.scored.filter((s) => s.lesson === lesson);
        expect(lines, `${level.id} ${lesson}`).toHaveLength(scored.length);
        for (const [i, item] of lines.entries()) {
          expect(item.textContent).toContain(scored[i]!.text.zh);
          if (scored[i]!.sourceLines.length > 0) expect(item.querySelector('.source')!.textContent).toMatch(/原文第[\d, -]+行/);
        }
      }
      expect(document.querySelectorAll('[data-testid^="risk-"]')).toHaveLength(4);
    }
  });
});
