// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createGame, step, type GameAction, type GameState } from '../../src/core';
import { translate } from '../../src/platform/i18n';
import { debriefView } from '../../src/ui/debrief-view';
import { freshUiState, type LevelUiState } from '../../src/ui/level-view';
import { mountLevel } from '../support/mount-level';
import { tutorial } from '../support/levels';
import { diligentInspector, playThrough } from '../support/players';

const level = tutorial();

function advanceTo(kind: string, state: GameState = createGame(level, 4)): GameState {
  let s = state;
  const script: GameAction[] = [];
  while (level.steps[s.stepIndex]!.kind !== kind) {
    const current = level.steps[s.stepIndex]!;
    const action: GameAction =
      current.kind === 'scene'
        ? { type: 'advance-dialogue' }
        : s.power[current.id]?.order === 'pending'
          ? { type: 'answer-order', response: 'refuse' }
          : current.kind === 'power'
            ? { type: 'confirm-allocation' }
            : { type: 'handle-gift', choice: 'returned' };
    script.push(action);
    s = step(level, s, action).state;
    if (current.kind === 'review' && s.review[current.id]!.gift !== 'pending') s = step(level, s, { type: 'decide-application', decisionId: 'reject' }).state;
  }
  return s;
}

function mount(state: GameState, ui: LevelUiState, language: 'en' | 'ja' | 'zh' = 'en') {
  const { actions, leaves } = mountLevel(level, state, () => {}, language, ui);
  return { actions, leaves };
}

beforeEach(() => document.body.replaceChildren());

describe('the readable layer of a level', () => {
  it('shows the current dialogue line with its speaker and source lines, and Continue advances', () => {
    const state = step(level, createGame(level, 1), { type: 'advance-dialogue' }).state;
    const { actions } = mount(state, freshUiState());
    const scene = level.steps[0]!;
    if (scene.kind !== 'scene') throw new Error('scene first');
    expect(document.querySelector('[data-testid="dialogue-line"]')!.textContent).toBe(scene.lines[1]!.text.en);
    expect(document.querySelector('.speaker')!.textContent).toBe('Xiao Yi, Party Secretary of Fuzhou');
    expect(document.body.textContent).toContain('Source article, lines 19-20');
    (document.querySelector('[data-focus-id="continue"]') as HTMLButtonElement).click();
    expect(actions).toEqual([{ type: 'advance-dialogue' }]);
  });

  it('briefs the player before a mechanic, then shows a labelled slider per district', () => {
    const state = advanceTo('power');
    const ui = freshUiState();
    mount(state, ui);
    expect(document.querySelector('[data-testid="briefing"]')).not.toBeNull();
    (document.querySelector('[data-focus-id="begin-evening-peak"]') as HTMLButtonElement).click();
    const sliders = [...document.querySelectorAll<HTMLInputElement>('input[type="range"]')];
    expect(sliders).toHaveLength(5);
    for (const slider of sliders) {
      const label = document.querySelector(`label[for="${slider.id}"]`);
      expect(label?.textContent?.length, slider.id).toBeGreaterThan(0);
      expect(slider.getAttribute('aria-valuetext')).toMatch(/of \d+ MW, (fully lit|partly lit|dark)/);
    }
  });

  it('moving a slider asks the core for that allocation', () => {
    const { actions } = mount(advanceTo('power'), { ...freshUiState(), briefingDone: ['evening-peak'] });
    const slider = document.querySelector<HTMLInputElement>('#alloc-old-town')!;
    slider.value = '20';
    slider.dispatchEvent(new Event('input'));
    expect(actions).toEqual([{ type: 'set-allocation', districtId: 'old-town', mw: 20 }]);
  });

  it('on the desk, two selected items enable the cross-check, which names both', () => {
    const { actions } = mount(advanceTo('review'), { ...freshUiState(), briefingDone: ['pilot-application'] });
    const crossCheck = () => document.querySelector<HTMLButtonElement>('[data-focus-id="cross-check"]')!;
    expect(crossCheck().disabled).toBe(true);
    document.querySelector<HTMLButtonElement>('[data-ref="energy.annual"]')!.click();
    document.querySelector<HTMLButtonElement>('[data-ref="equipment.units"]')!.click();
    expect(document.querySelectorAll('[aria-pressed="true"][data-ref]')).toHaveLength(2);
    expect(document.querySelector('[data-testid="selection"]')!.textContent).toContain('Declared annual use');
    crossCheck().click();
    expect(actions).toEqual([{ type: 'cross-check', a: 'energy.annual', b: 'equipment.units' }]);
  });

  it('decisions wait until the gift in the folder is dealt with', () => {
    mount(advanceTo('review'), { ...freshUiState(), briefingDone: ['pilot-application'] });
    const decide = [...document.querySelectorAll<HTMLButtonElement>('[data-focus-id^="decide-"]')];
    expect(decide).toHaveLength(3);
    expect(decide.every((b) => b.disabled)).toBe(true);
  });

  it('every control in every step has an accessible name, in Japanese and Chinese too', () => {
    for (const language of ['en', 'ja', 'zh'] as const) {
      for (const kind of ['power', 'review', 'inspection']) {
        mount(advanceTo(kind), { ...freshUiState(), briefingDone: ['evening-peak', 'pilot-application', 'site-visit'] }, language);
        const controls = [...document.querySelectorAll<HTMLElement>('button, input')];
        expect(controls.length).toBeGreaterThan(3);
        for (const control of controls) {
          const name = control.getAttribute('aria-label') ?? (control.id ? document.querySelector(`label[for="${control.id}"]`)?.textContent : null) ?? control.textContent;
          expect(name?.trim().length, `${language} ${kind} ${control.outerHTML.slice(0, 80)}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('leaving a level', () => {
  it('takes a second press, because the play in progress is lost', () => {
    const { leaves } = mount(advanceTo('review'), { ...freshUiState(), briefingDone: ['pilot-application'] });
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
  it('lists every scored decision with its points, its reason and its source lines', () => {
    const { state } = playThrough(level, 8, diligentInspector);
    document.body.replaceChildren(
      ...debriefView({ t: (k, p) => translate('zh', k, p), language: 'zh', level, state, onLevels: () => undefined, onAgain: () => undefined }),
    );
    const items = [...document.querySelectorAll('.scored li')];
    expect(items).toHaveLength(state.scored.length);
    for (const [i, item] of items.entries()) {
      expect(item.textContent).toContain(state.scored[i]!.text.zh);
      expect(item.querySelector('.source')!.textContent).toMatch(/原文第[\d, -]+行/);
    }
    expect(document.querySelector('[data-testid="lesson-LS4"] h4')!.textContent).toContain('100 / 100');
    expect(document.querySelectorAll('[data-testid^="risk-"]')).toHaveLength(4);
  });
});
