import { describe, expect, it } from 'vitest';
import { createGame, step, type GameAction, type GameEvent, type GameState, type GridStep, type Language } from '../../../src/core';
import { translate } from '../../../src/text/i18n';
import { freshUiState } from '../../../src/ui/level-parts';
import { gridMessage, rememberGridEvent } from '../../../src/ui/messages/grid';
import { kindEventOf, type GridInnerEvent } from '../../../src/ui/messages/kind-events';
import { blackoutSummer } from '../../support/levels';

const level = blackoutSummer();
const grid = level.steps.find((s): s is GridStep => s.kind === 'grid')!;
const LANGUAGES: Language[] = ['en', 'ja', 'zh'];

function atGrid(): GameState {
  let state = createGame(level, 2);
  while (level.steps[state.stepIndex] !== grid) state = step(level, state, { type: 'advance-dialogue' }).state;
  return state;
}

/** The grid's own events for an action, taken from the core as the scene receives them. */
function gridEvents(state: GameState, action: GameAction): { state: GameState; events: GridInnerEvent[] } {
  const result = step(level, state, action);
  const events = result.events.flatMap((e: GameEvent) => {
    const wrapped = kindEventOf(e);
    return wrapped?.kind === 'grid' ? [wrapped.event] : [];
  });
  return { state: result.state, events };
}

/** Hears out the call ringing after a push. */
function heard(state: GameState): GameState {
  return step(level, state, { type: 'grid-answer-call', answer: 'heard' }).state;
}

const say = (event: GridInnerEvent, language: Language) => gridMessage(event, { step: grid, t: (key, values) => translate(language, key, values), language });

describe("the city grid's messages", () => {
  it('the core’s grid events reach the messages as the grid’s own, and events of no kind do not', () => {
    const { events } = gridEvents(atGrid(), { type: 'answer-order', response: 'refuse' });
    expect(events).toEqual([
      { type: 'order-answered', response: 'refuse', dayId: grid.days[0]!.id },
      { type: 'call-rang', reason: 'order-refused', callIndex: 0 },
    ]);
    const wrapped = kindEventOf({ type: 'step-event', kind: 'grid', stepId: grid.id, event: { type: 'order-answered', response: 'refuse', dayId: grid.days[0]!.id } });
    expect(wrapped).toMatchObject({ type: 'step-event', kind: 'grid', stepId: grid.id });
    expect(kindEventOf({ type: 'step-started', stepId: grid.id, stepIndex: 1 })).toBeNull();
  });

  it('running a day says which day has run, in each language, turns the page and sets its hours playing from midnight', () => {
    let state = heard(gridEvents(atGrid(), { type: 'answer-order', response: 'refuse' }).state);
    const run = gridEvents(state, { type: 'run-day' });
    state = run.state;
    expect(run.events).toEqual([{ type: 'day-run', dayIndex: 0 }]);
    const [dayRun] = run.events as [GridInnerEvent];
    expect(say(dayRun, 'en')).toEqual({ message: { text: 'Day 1 has run. The hours play on the map; the report is under Today.', tone: 'info' }, sound: 'page' });
    expect(say(dayRun, 'ja').message?.text).toMatch(/^1日目を実行した。/);
    expect(say(dayRun, 'zh').message?.text).toMatch(/^第1天已运行完毕。/);
    const ui = freshUiState();
    ui.grid.tab = 'metering';
    rememberGridEvent(dayRun, ui);
    expect(ui.grid).toMatchObject({ tab: 'metering', day: 0, hour: 0, playing: true });
    // The second day is named as the second, in every language.
    const second = gridEvents(heard(gridEvents(state, { type: 'answer-order', response: 'refuse' }).state), { type: 'run-day' }).events[0]!;
    expect(LANGUAGES.map((language) => say(second, language).message?.text.includes('2'))).toEqual([true, true, true]);
  });

  it('a change to the levers clears the message line without a sound and shows the plan again, where the player was', () => {
    const cap = gridEvents(atGrid(), { type: 'grid-cap', districtId: grid.favouredDistrict, mw: 0 });
    expect(cap.events).toEqual([{ type: 'levers-changed' }]);
    for (const language of LANGUAGES) expect(say(cap.events[0]!, language)).toEqual({ message: null });
    const move = gridEvents(atGrid(), { type: 'grid-move', districtId: grid.favouredDistrict, to: grid.districts.length - 1 });
    const ui = freshUiState();
    ui.grid = { ...ui.grid, day: 1, hour: 7, playing: true, district: 'genesis', tab: 'levers' };
    rememberGridEvent(move.events[0]!, ui);
    expect(ui.grid).toEqual({ tab: 'levers', day: null, hour: 7, playing: false, district: 'genesis', asTable: false, callReturnFocus: null });
  });

  it('a move in the load-shedding order (by the arrows or a drag) says, without a sound, where the district now stands', () => {
    const last = grid.districts.length;
    const favoured = grid.districts.find((d) => d.id === grid.favouredDistrict)!;
    const move = gridEvents(atGrid(), { type: 'grid-move', districtId: favoured.id, to: last - 1 });
    expect(move.events).toEqual([{ type: 'levers-changed', moved: { districtId: favoured.id, to: last - 1, of: last } }]);
    expect(move.state.grid[grid.id]!.levers.priority.indexOf(favoured.id)).toBe(last - 1);
    for (const language of LANGUAGES) {
      const said = say(move.events[0]!, language);
      expect(said.sound).toBeUndefined();
      expect(said.message).toEqual({ text: translate(language, 'grid.movedTo', { name: favoured.name[language], n: last, total: last }), tone: 'info' });
      expect(said.message!.text).toContain(favoured.name[language]);
      expect(said.message!.text).toContain(String(last));
    }
    expect(say(move.events[0]!, 'en').message!.text).toBe(`${favoured.name.en} is now number ${last} of ${last} in the load-shedding order.`);
  });

  it('answering an order or asking for monitoring clears the message line with a click, and leaves the hours alone', () => {
    const answered = gridEvents(atGrid(), { type: 'answer-order', response: 'comply' });
    const monitored = gridEvents(answered.state, { type: 'grid-monitoring', request: 'load-profile' });
    expect(monitored.events).toEqual([{ type: 'monitoring-done', request: 'load-profile' }]);
    for (const event of [...answered.events, ...monitored.events]) {
      for (const language of LANGUAGES) expect(say(event, language)).toEqual({ message: null, sound: 'select' });
      const ui = freshUiState();
      const before = structuredClone(ui.grid);
      rememberGridEvent(event, ui);
      expect(ui.grid).toEqual(before);
    }
  });

  it('a comparison that contradicts the declaration is a find; one that does not is a plain note', () => {
    const contradicted = say({ type: 'profiles-compared', contradicted: true }, 'en');
    const agreed = say({ type: 'profiles-compared', contradicted: false }, 'en');
    expect(contradicted).toEqual({ message: { text: 'Comparison made.', tone: 'hit' }, sound: 'found' });
    expect(agreed).toEqual({ message: { text: 'Comparison made.', tone: 'info' }, sound: 'select' });
    expect(say({ type: 'profiles-compared', contradicted: true }, 'ja').message?.text).toBe('比較した。');
    expect(say({ type: 'profiles-compared', contradicted: true }, 'zh').message?.text).toBe('已完成比对。');
  });

  it('every grid message of a whole summer is written out in each language, with no placeholder left', () => {
    let state = atGrid();
    const seen: GridInnerEvent[] = [];
    const actions: GameAction[] = [
      { type: 'grid-monitoring', request: 'load-profile' },
      { type: 'grid-monitoring', request: 'restore-metering' },
      ...grid.days.flatMap((day): GameAction[] => [...(day.order ? [{ type: 'answer-order', response: 'escalate' } as const] : []), { type: 'run-day' }]),
      { type: 'compare-profiles' },
    ];
    for (const action of actions) {
      const next = gridEvents(state, action);
      state = next.state;
      seen.push(...next.events);
      if (next.events.some((e) => e.type === 'call-rang')) {
        const answered = gridEvents(state, { type: 'grid-answer-call', answer: seen.length % 2 ? 'heard' : 'put-down' });
        state = answered.state;
        seen.push(...answered.events);
      }
    }
    expect(new Set(seen.map((e) => e.type))).toEqual(new Set(['monitoring-done', 'order-answered', 'day-run', 'profiles-compared', 'call-rang', 'call-answered']));
    expect(new Set(seen.flatMap((e) => (e.type === 'call-answered' ? [e.answer] : [])))).toEqual(new Set(['heard', 'put-down']));
    for (const event of seen) {
      const texts = LANGUAGES.map((language) => say(event, language).message?.text);
      for (const text of texts) expect(text ?? '').not.toMatch(/[{}]/);
      if (texts[0]) expect(new Set(texts).size).toBe(3);
    }
  });
});
