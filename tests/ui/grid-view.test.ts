// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createGame, gridDispatch, HOURS_PER_DAY, ringingCall, step, type GameAction, type GameState, type GridStep } from '../../src/core';
import { translate } from '../../src/text/i18n';
import { debriefView } from '../../src/ui/debrief-view';
import { patchGridHour } from '../../src/ui/grid-view';
import { freshUiState, levelView, type LevelUiState } from '../../src/ui/level-view';
import { Overlay } from '../../src/ui/overlay';
import { shippedReference } from '../support/reference';
import { mountAtStep, q } from '../support/mount-level';
import { blackoutSummer } from '../support/levels';
import { diligentInspector, historicalOfficial, playThrough } from '../../src/playtest/players';

const level = blackoutSummer();
const grid = level.steps.find((s): s is GridStep => s.kind === 'grid')!;
const gridIndex = level.steps.indexOf(grid);

function atGrid(): GameState {
  let state = createGame(level, 2);
  while (state.stepIndex < gridIndex) state = step(level, state, { type: 'advance-dialogue' }).state;
  return state;
}

/** Plays the actions; a call that rings is heard out before the next (the call's own test leaves it ringing). */
function apply(state: GameState, ...actions: GameAction[]): GameState {
  return actions.reduce((s, a) => {
    const next = step(level, s, a).state;
    return ringingCall(next.grid[grid.id]!) ? step(level, next, { type: 'grid-answer-call', answer: 'heard' }).state : next;
  }, state);
}

const mount = mountAtStep(level, grid.id);

beforeEach(() => document.body.replaceChildren());

describe('the city grid screen', () => {
  it('names every district on the map with its load, the hour and its state, in words as well as colour', () => {
    mount(atGrid());
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('.map-district')];
    expect(buttons.map((b) => b.dataset['testid'])).toEqual(grid.districts.map((d) => `map-${d.id}`));
    const oldTown = q('[data-testid="map-old-town-homes"]');
    // The plan at the evening peak: the dispatch office's order leaves the old town short.
    expect(oldTown.getAttribute('aria-label')).toMatch(/^Old town homes \d+%: \d+\.\d of \d+\.\d MW at 20:00, partly dark$/);
    expect(oldTown.dataset['state']).toBe('partial');
    expect(oldTown.textContent).toMatch(/\d+%/);
    expect(q('[data-testid="map-genesis"]').getAttribute('aria-label')).toContain('8.5 of 8.5 MW');
  });

  it('gives each chart a text summary and the same numbers as a 24-hour table', () => {
    const state = atGrid();
    const { ui } = mount(state);
    expect(q('[data-testid="chart-city"] desc').textContent).toMatch(/Whole city: peak demand \d+\.\d MW at \d\d:00, with \d+\.\d MW of supply; short in \d+ of 24 hours/);
    expect(q('[data-testid="chart-district"] title').textContent).toBe('Fuzhou Genesis');
    // Hovering an hour reads its numbers, the same as the table's.
    const dispatchNow = gridDispatch(grid, state.grid[grid.id]!, true);
    const served20 = dispatchNow.servedMw.reduce((sum, row) => sum + row[20]!, 0);
    const hover20 = document.querySelectorAll('[data-testid="chart-city"] .chart-hour-slot title')[20]!.textContent!;
    expect(hover20).toMatch(new RegExp(`^20:00: ${served20.toFixed(1)} of \\d+\\.\\d MW served, ${dispatchNow.supplyMw[20]!.toFixed(1)} MW of supply$`));
    q<HTMLButtonElement>('[data-focus-id="grid-table"]').click();
    expect(ui.grid.asTable).toBe(true);
    const rows = [...document.querySelectorAll('[data-testid="load-table"] tbody tr')];
    expect(rows).toHaveLength(HOURS_PER_DAY);
    const dispatch = gridDispatch(grid, state.grid[grid.id]!, true);
    const cityServedAt = (h: number) => dispatch.servedMw.reduce((sum, row) => sum + row[h]!, 0);
    const cells = rows[20]!.querySelectorAll('td');
    expect(rows[20]!.querySelector('th')!.textContent).toBe('20:00');
    expect(cells[0]!.textContent).toBe(dispatch.supplyMw[20]!.toFixed(1));
    expect(Number(cells[2]!.textContent)).toBeCloseTo(cityServedAt(20), 1);
    expect(rows[20]!.getAttribute('aria-current')).toBe('time');
  });

  it('turns presses into grid actions: the order, a move down the list, a cap, the rotation, a rule, a run', () => {
    const state = atGrid();
    const { actions } = mount(state);
    q<HTMLButtonElement>('[data-focus-id="order-escalate"]').click();
    q<HTMLButtonElement>('[data-focus-id="run-day"]').click();
    q<HTMLButtonElement>('#tab-levers').click();
    q<HTMLButtonElement>('[data-focus-id="down-genesis"]').click();
    const cap = q<HTMLInputElement>('#cap-genesis');
    cap.value = '4';
    cap.dispatchEvent(new Event('input'));
    const rotate = q<HTMLInputElement>('[data-focus-id="rotate-genesis"]');
    rotate.checked = true;
    rotate.dispatchEvent(new Event('change'));
    const measure = q<HTMLInputElement>('[data-focus-id="measure-cooling-26"]');
    measure.checked = true;
    measure.dispatchEvent(new Event('change'));
    expect(actions).toEqual([
      { type: 'answer-order', response: 'escalate' },
      { type: 'run-day' },
      { type: 'grid-move', districtId: 'genesis', to: 1 },
      { type: 'grid-cap', districtId: 'genesis', mw: 4 },
      { type: 'grid-rotation', districtId: 'genesis', on: true },
      { type: 'grid-measure', measureId: 'cooling-26', on: true },
    ]);
  });

  it('keeps the end buttons of the list in reach but inert, so focus is never lost', () => {
    const { actions } = mount(atGrid(), (ui) => (ui.grid.tab = 'levers'));
    const up = q<HTMLButtonElement>('[data-focus-id="up-genesis"]');
    expect(up.disabled).toBe(false);
    expect(up.getAttribute('aria-disabled')).toBe('true');
    expect(up.getAttribute('aria-label')).toBe('Serve Fuzhou Genesis earlier');
    up.click();
    expect(actions).toEqual([]);
  });

  it('moves a row of the shedding list up, down, to the top and to the bottom, with focus staying on the moved row', () => {
    // As the game does it: the view drawn through the overlay, each action stepped and the screen redrawn.
    const root = document.createElement('div');
    const notices = document.createElement('div');
    document.body.append(root, notices);
    const overlay = new Overlay(root, notices);
    const ui = freshUiState();
    ui.briefingDone.push(grid.id);
    ui.grid.tab = 'levers';
    let state = atGrid();
    const dispatched: GameAction[] = [];
    const render = (): void =>
      overlay.show(
        levelView({
          t: (key, params) => translate('en', key, params),
          language: 'en',
          level,
          state,
          ui,
          reference: shippedReference(),
          dispatch: (action) => {
            dispatched.push(action);
            state = step(level, state, action).state;
            render();
          },
          onLeave: () => {},
          updateUi: (change) => {
            change(ui);
            render();
          },
        }),
      );
    render();
    const order = () => [...root.querySelectorAll<HTMLElement>('.lever-row')].map((row) => row.dataset['testid']!.replace('lever-', ''));
    const press = (focusId: string): void => {
      const target = q<HTMLButtonElement>(`[data-focus-id="${focusId}"]`);
      target.focus();
      target.click();
    };
    const focusedRow = () => (document.activeElement as HTMLElement).closest<HTMLElement>('.lever-row')?.dataset['testid'];
    const start = order();
    const last = start.length - 1;
    const mover = start[2]!;

    press(`down-${mover}`);
    expect(order().indexOf(mover)).toBe(3);
    expect((document.activeElement as HTMLElement).dataset['focusId']).toBe(`down-${mover}`);
    expect(focusedRow()).toBe(`lever-${mover}`);

    press(`bottom-${mover}`);
    expect(order().indexOf(mover)).toBe(last);
    expect((document.activeElement as HTMLElement).dataset['focusId']).toBe(`bottom-${mover}`);
    expect(focusedRow()).toBe(`lever-${mover}`);
    // At the bottom the button stays in reach, inert: a second press does nothing.
    expect(q(`[data-focus-id="bottom-${mover}"]`).getAttribute('aria-disabled')).toBe('true');
    press(`bottom-${mover}`);

    press(`top-${mover}`);
    expect(order()[0]).toBe(mover);
    expect((document.activeElement as HTMLElement).dataset['focusId']).toBe(`top-${mover}`);
    expect(focusedRow()).toBe(`lever-${mover}`);
    expect(q(`[data-focus-id="top-${mover}"]`).getAttribute('aria-disabled')).toBe('true');
    expect(q(`[data-focus-id="up-${mover}"]`).getAttribute('aria-disabled')).toBe('true');

    press(`up-${start[4]!}`);
    expect(order().indexOf(start[4]!)).toBe(3);
    expect(focusedRow()).toBe(`lever-${start[4]!}`);

    expect(dispatched).toEqual([
      { type: 'grid-move', districtId: mover, to: 3 },
      { type: 'grid-move', districtId: mover, to: last },
      { type: 'grid-move', districtId: mover, to: 0 },
      { type: 'grid-move', districtId: start[4]!, to: 3 },
    ]);
    // The core agrees: the list in the state is the list on screen.
    expect(state.grid[grid.id]!.levers.priority).toEqual(order());
  });

  it('drags a row of the shedding list with the pointer: the row under it shows where it lands, the drop moves it by the same action as the arrows, focus lands on it', () => {
    const root = document.createElement('div');
    const notices = document.createElement('div');
    document.body.append(root, notices);
    const overlay = new Overlay(root, notices);
    const ui = freshUiState();
    ui.briefingDone.push(grid.id);
    ui.grid.tab = 'levers';
    let state = atGrid();
    const dispatched: GameAction[] = [];
    const render = (): void =>
      overlay.show(
        levelView({
          t: (key, params) => translate('en', key, params),
          language: 'en',
          level,
          state,
          ui,
          reference: shippedReference(),
          dispatch: (action) => {
            dispatched.push(action);
            state = step(level, state, action).state;
            render();
          },
          onLeave: () => {},
          updateUi: (change) => {
            change(ui);
            render();
          },
        }),
      );
    render();
    const rows = () => [...root.querySelectorAll<HTMLElement>('.lever-row')];
    const order = () => rows().map((row) => row.dataset['testid']!.replace('lever-', ''));
    // happy-dom lays nothing out: each row is 40 px tall, one under the other.
    const layOut = (): void =>
      rows().forEach((row, i) => {
        row.getBoundingClientRect = () => ({ top: i * 40, bottom: i * 40 + 40, left: 0, right: 300, width: 300, height: 40, x: 0, y: i * 40, toJSON: () => ({}) });
      });
    const pointer = (type: string, target: EventTarget, y: number): void => {
      target.dispatchEvent(new PointerEvent(type, { pointerId: 1, button: 0, clientX: 20, clientY: y, bubbles: true, cancelable: true }));
    };
    const start = order();
    const mover = start[1]!;
    layOut();

    // Down on the second row's handle, over the fifth row: a bar under the fifth, the mover faded.
    pointer('pointerdown', q(`[data-testid="drag-${mover}"]`), 60);
    pointer('pointermove', window, 185);
    expect(q(`[data-testid="lever-${mover}"]`).classList.contains('dragging')).toBe(true);
    expect(rows().filter((r) => r.classList.contains('drop-after')).map((r) => r.dataset['testid'])).toEqual([`lever-${start[4]!}`]);
    expect(rows().filter((r) => r.classList.contains('drop-before'))).toEqual([]);
    expect(dispatched).toEqual([]);
    pointer('pointerup', window, 185);
    expect(dispatched).toEqual([{ type: 'grid-move', districtId: mover, to: 4 }]);
    expect(order().indexOf(mover)).toBe(4);
    expect(state.grid[grid.id]!.levers.priority).toEqual(order());
    expect((document.activeElement as HTMLElement).dataset['testid']).toBe(`lever-${mover}`);
    expect(rows().some((r) => r.classList.contains('dragging') || r.classList.contains('drop-after'))).toBe(false);

    // Up above the list: to the top, the bar over the first row.
    layOut();
    pointer('pointerdown', q(`[data-testid="drag-${mover}"]`), 170);
    pointer('pointermove', window, -30);
    expect(rows().filter((r) => r.classList.contains('drop-before')).map((r) => r.dataset['testid'])).toEqual([`lever-${order()[0]!}`]);
    pointer('pointerup', window, -30);
    expect(order()[0]).toBe(mover);
    expect((document.activeElement as HTMLElement).dataset['testid']).toBe(`lever-${mover}`);

    // Escape, or a release where it began, changes nothing; a second pointer is not this drag.
    layOut();
    const before = order();
    pointer('pointerdown', q(`[data-testid="drag-${mover}"]`), 10);
    pointer('pointermove', window, 130);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    pointer('pointerup', window, 130);
    pointer('pointerdown', q(`[data-testid="drag-${mover}"]`), 10);
    window.dispatchEvent(new PointerEvent('pointerup', { pointerId: 2, clientY: 130, bubbles: true }));
    pointer('pointerup', window, 20);
    expect(order()).toEqual(before);
    expect(dispatched).toHaveLength(2);
  });

  it('labels the one-press moves in every language', () => {
    for (const language of ['en', 'ja', 'zh'] as const) {
      mount(atGrid(), (ui) => (ui.grid.tab = 'levers'), language);
      const name = grid.districts.find((d) => d.id === 'genesis')!.name[language];
      expect(q('[data-focus-id="top-genesis"]').getAttribute('aria-label')).toBe(translate(language, 'grid.toTop', { name }));
      expect(q('[data-focus-id="bottom-genesis"]').getAttribute('aria-label')).toBe(translate(language, 'grid.toBottom', { name }));
      expect(translate(language, 'grid.toTop', { name })).toContain(name);
    }
  });

  it("a call from the Secretary's office takes the panel: who rings, what they want, two answers; the city waits behind it", () => {
    const ringing = step(level, atGrid(), { type: 'answer-order', response: 'refuse' }).state;
    for (const language of ['en', 'ja', 'zh'] as const) {
      const { actions } = mount(ringing, () => {}, language);
      const panel = q('[data-testid="grid-call"]');
      expect(panel.getAttribute('role')).toBe('alertdialog');
      expect(q('#call-heading').textContent).toBe(translate(language, 'grid.call.heading'));
      expect(q('[data-testid="grid-call-words"]').textContent).toBe(translate(language, 'grid.call.order-refused'));
      expect(panel.textContent).toContain(translate(language, 'grid.call.from', { day: 1 }));
      // The work is not on screen while it rings: no order card, no run button, and the map is inert.
      expect(document.querySelector('[data-testid="grid-order"]')).toBeNull();
      expect(document.querySelector('[data-focus-id="run-day"]')).toBeNull();
      expect(q<HTMLElement>('[data-testid="map-genesis"]').closest('[inert]')).not.toBeNull();
      q<HTMLButtonElement>('[data-focus-id="call-put-down"]').click();
      q<HTMLButtonElement>('[data-focus-id="call-heard"]').click();
      expect(actions).toEqual([
        { type: 'grid-answer-call', answer: 'put-down' },
        { type: 'grid-answer-call', answer: 'heard' },
      ]);
    }
    // Answered, the work is back, and the record counts the call the player took.
    mount(step(level, ringing, { type: 'grid-answer-call', answer: 'heard' }).state);
    expect(document.querySelector('[data-testid="grid-call"]')).toBeNull();
    expect(q('[data-testid="grid-order"]')).toBeTruthy();
    expect(q('[data-testid="grid-pressure"]').textContent).toBe("Calls from the Secretary's office so far: 1");
  });

  it('a call names the favoured company when it is about its feed', () => {
    const ringing = step(level, atGrid(), { type: 'grid-monitoring', request: 'restore-metering' }).state;
    mount(ringing, () => {}, 'zh');
    const name = grid.districts.find((d) => d.id === grid.favouredDistrict)!.name.zh;
    expect(q('[data-testid="grid-call-words"]').textContent).toBe(translate('zh', 'grid.call.metering-restored', { name }));
    expect(q('[data-testid="grid-call-words"]').textContent).toContain(name);
  });

  it('shows the comparison and the case file once the profiles are compared', () => {
    const state = apply(
      atGrid(),
      { type: 'grid-monitoring', request: 'load-profile' },
      { type: 'grid-monitoring', request: 'restore-metering' },
      { type: 'answer-order', response: 'refuse' },
      { type: 'run-day' },
      { type: 'compare-profiles' },
    );
    mount(state, (ui) => (ui.grid.tab = 'metering'));
    expect(q('[data-testid="comparison"]').textContent).toMatch(/The meter shows \d+\.\d times the declared energy/);
    expect(q('[data-testid="case-file"]').textContent).toContain('Fuzhou Genesis');
    expect(q('[data-testid="chart-declared"] desc').textContent).toMatch(/Declared: 28\.2 MWh a day\. Metered: \d+\.\d MWh a day \(days with readings: 1\)/);
  });

  it("after the last day offers next summer's plans first, and then shows the plan chosen", () => {
    let state = atGrid();
    for (const _ of grid.days) state = apply(state, { type: 'answer-order', response: 'comply' }, { type: 'run-day' });
    const first = mount(state);
    const plans = grid.plans!.map((plan) => q<HTMLButtonElement>(`[data-focus-id="plan-${plan.id}"]`));
    expect(plans.map((b) => b.textContent)).toEqual(grid.plans!.map((plan) => plan.label.en));
    expect(document.querySelector('[data-focus-id^="note-"]')).toBeNull();
    plans[1]!.click();
    expect(first.actions).toEqual([{ type: 'choose-plan', planId: grid.plans![1]!.id }]);
    mount(apply(state, { type: 'choose-plan', planId: grid.plans![1]!.id }));
    expect(q('[data-testid="plan-chosen"]').textContent).toBe(translate('en', 'grid.planChosen', { plan: grid.plans![1]!.label.en }));
  });

  it('after the last day and the plan offers the notes for the case file, saying whether the comparison is attached', () => {
    let state = atGrid();
    for (const _ of grid.days) state = apply(state, { type: 'answer-order', response: 'comply' }, { type: 'run-day' });
    state = apply(state, { type: 'choose-plan', planId: grid.plans![0]!.id });
    const { actions } = mount(state);
    expect(q('[data-testid="case-file-status"]').textContent).toBe(translate('en', 'grid.noteNoEvidence'));
    const notes = grid.conclusions.map((c) => q<HTMLButtonElement>(`[data-focus-id="note-${c.id}"]`));
    expect(notes.map((b) => b.textContent)).toEqual(grid.conclusions.map((c) => c.label.en));
    notes[1]!.click();
    expect(actions).toEqual([{ type: 'file-case-note', conclusionId: grid.conclusions[1]!.id }]);
  });

  it('fills every placeholder in every panel, in every language', () => {
    const states = [atGrid(), playThrough(level, 2, diligentInspector).state];
    const played = apply(atGrid(), { type: 'grid-monitoring', request: 'load-profile' }, { type: 'grid-monitoring', request: 'meter-audit' }, { type: 'answer-order', response: 'comply' }, { type: 'run-day' }, { type: 'grid-monitoring', request: 'meter-audit' }, { type: 'compare-profiles' });
    for (const language of ['en', 'ja', 'zh'] as const) {
      for (const tab of ['today', 'levers', 'metering', 'rules'] as const) {
        for (const asTable of [false, true]) {
          for (const state of [states[0]!, played]) {
            mount(state, (ui) => ((ui.grid.tab = tab), (ui.grid.asTable = asTable)), language);
            expect(document.body.textContent, `${language} ${tab}`).not.toMatch(/\{\w+\}/);
          }
        }
      }
      document.body.replaceChildren(...debriefView({ t: (k, p) => translate(language, k, p), language, level, state: states[1]!, onLevels: () => {}, onAgain: () => {} }));
      expect(document.body.textContent, `${language} debrief`).not.toMatch(/\{\w+\}/);
    }
  });
});

/** What the scene hands the view, for calling a grid helper directly. */
const propsFor = (state: GameState, ui: LevelUiState) => ({ t: (key: Parameters<typeof translate>[1], params?: Record<string, string | number>) => translate('en', key, params), language: 'en' as const, level, state, ui, dispatch: () => {}, updateUi: () => {}, onLeave: () => {} });

describe('the hours playing on the map', () => {
  it('an hour tick updates the map and the charts in place to exactly what a full redraw shows', () => {
    const state = apply(atGrid(), { type: 'answer-order', response: 'comply' }, { type: 'run-day' });
    const { ui } = mount(state, (u) => ((u.grid.day = 0), (u.grid.hour = 20)));
    const before = q('[data-testid="map-old-town-homes"]');
    ui.grid.hour = 4;
    const props = propsFor(state, ui);
    expect(patchGridHour(document.body, props, grid)).toBe(true);
    // The same elements, now showing four in the morning.
    expect(q('[data-testid="map-old-town-homes"]')).toBe(before);
    const patched = grid.districts.map((d) => q(`[data-testid="map-${d.id}"]`).getAttribute('aria-label'));
    const markers = [...document.querySelectorAll('.chart-hour')].map((m) => m.getAttribute('x'));
    expect(q('[data-testid="grid-clock"]').textContent).toBe('04:00');
    mount(state, (u) => ((u.grid.day = 0), (u.grid.hour = 4)));
    expect(grid.districts.map((d) => q(`[data-testid="map-${d.id}"]`).getAttribute('aria-label'))).toEqual(patched);
    expect([...document.querySelectorAll('.chart-hour')].map((m) => m.getAttribute('x'))).toEqual(markers);
    expect(patched[0]).toContain('04:00');
  });

  it('falls back to a redraw when a table is showing', () => {
    const { ui } = mount(atGrid(), (u) => (u.grid.asTable = true));
    const props = propsFor(atGrid(), ui);
    expect(patchGridHour(document.body, props, grid)).toBe(false);
  });
});

describe('the debrief of a grid level', () => {
  const render = (state: GameState) =>
    document.body.replaceChildren(...debriefView({ t: (k, p) => translate('en', k, p), language: 'en', level, state, onLevels: () => {}, onAgain: () => {} }));

  it('sets the player\'s summer beside the article, row by row, with source lines', () => {
    render(playThrough(level, 2, historicalOfficial).state);
    const rows = [...document.querySelectorAll('[data-testid="against-the-record"] tbody tr')];
    expect(rows).toHaveLength(level.debrief.againstTheRecord!.length);
    const text = rows.map((r) => r.textContent);
    expect(text[0]).toMatch(/Home demand served at the evening peak\d+%Residents had frequent blackouts\. \(Source article, line 28\)/);
    expect(text.find((t) => t?.includes('orders obeyed'))).toContain('3 of 3');
    expect(text.find((t) => t?.includes('metering'))).toContain('left bypassed');
  });

  it('shows a people-first summer differently from the historical one', () => {
    render(playThrough(level, 2, diligentInspector).state);
    const text = document.querySelector('[data-testid="against-the-record"]')!.textContent!;
    expect(text).toContain('0 of 3');
    expect(text).toContain('restored to the platform');
    expect(text).toContain('compared; the gap is in the case file');
  });
});
