// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createGame, step, type GameAction, type GameState, type SiteStep } from '../../src/core';
import { mountAtStep, q } from '../support/mount-level';
import { applyAccepted } from '../support/press-anything';
import { loadLevel } from '../support/levels';

const level = loadLevel('two-systems.json');
const lab = level.steps.find((s): s is SiteStep => s.kind === 'site')!;

function atLab(seed = 3): GameState {
  let state = createGame(level, seed);
  while (level.steps[state.stepIndex] !== lab) state = step(level, state, { type: 'advance-dialogue' }).state;
  return state;
}

const apply = (state: GameState, ...actions: GameAction[]): GameState => applyAccepted(level, state, actions);

const mount = mountAtStep(level, lab.id);

beforeEach(() => document.body.replaceChildren());

describe('the site inspection screen', () => {
  it('asks how to go in, with the difficulty chosen first', () => {
    const { actions } = mount(atLab());
    expect(q('[data-focus-id="difficulty-standard"]').getAttribute('aria-pressed')).toBe('true');
    q('[data-focus-id="difficulty-hard"]').click();
    expect(q('[data-focus-id="difficulty-hard"]').getAttribute('aria-pressed')).toBe('true');
    q('[data-focus-id="go-unannounced"]').click();
    expect(actions).toEqual([{ type: 'begin-visit', announced: false, difficulty: 'hard' }]);
  });

  it('names every station and person in the hall, and offers the chosen one\'s tools with their minutes', () => {
    const state = apply(atLab(), { type: 'begin-visit', announced: false, difficulty: 'standard' });
    const { actions } = mount(state);
    const spots = [...document.querySelectorAll('.map-layer .hotspot')];
    expect(spots).toHaveLength(lab.site.stations.length + lab.site.staff.length);
    expect(q('[data-focus-id="place-manager"]').getAttribute('aria-label')).toBe('Professor Han · Head of the lab: 0 of 1 looks taken');
    q('[data-focus-id="place-console-1"]').click();
    expect(q('[data-focus-id="use-console-1-reboot"]').textContent).toBe('Reboot and watch the boot menu (4 min)');
    q('[data-focus-id="use-console-1-reboot"]').click();
    expect(actions).toEqual([{ type: 'site', act: { type: 'use-tool', stationId: 'console-1', tool: 'reboot' } }]);
    expect(q('[data-testid="site-time"]').textContent).toContain('Minutes left: 36 of 36');
  });

  it('shows what was seen with a button to report it, and Director Wen\'s answer once filed', () => {
    let state = apply(atLab(), { type: 'begin-visit', announced: false, difficulty: 'standard' }, { type: 'site', act: { type: 'use-tool', stationId: 'office', tool: 'read-records' } });
    mount(state);
    expect(q('[data-testid="seen-office-read-records"]').textContent).toContain('Three published papers');
    expect(document.querySelector('[data-focus-id="add-papers"]')).not.toBeNull();
    state = apply(state, { type: 'site', act: { type: 'add-to-report', clueId: 'papers' } }, { type: 'site', act: { type: 'file-report', conclusion: 'honest' } });
    mount(state);
    expect(q('[data-testid="report"]').textContent).toContain('Three published papers');
    expect(q('[data-testid="review"]').textContent).toContain('Sent back: all the evidence is of one kind.');
    expect(document.querySelector('[data-focus-id="leave-site"]')).not.toBeNull();
    expect(document.querySelector('[data-focus-id="file-honest"]')).toBeNull();
  });

  it('fills every placeholder, in every language, before and during a visit', () => {
    const begun = apply(atLab(), { type: 'begin-visit', announced: true, difficulty: 'easy' }, { type: 'site', act: { type: 'interview', staffId: 'technician' } }, { type: 'site', act: { type: 'use-tool', stationId: 'network-cabinet', tool: 'network-monitor' } });
    for (const language of ['en', 'ja', 'zh'] as const) {
      for (const state of [atLab(), begun]) {
        mount(state, (ui) => (ui.site.selected = 'console-2'), language);
        expect(document.body.textContent, language).not.toMatch(/\{\w+\}/);
      }
    }
  });
});

describe('the Genesis hall: staff seen hiding something', () => {
  const genesis = level.steps.filter((s): s is SiteStep => s.kind === 'site')[1]!;
  const mountGenesis = mountAtStep(level, genesis.id);
  const hiding = genesis.site.seenHiding!;
  function atGenesis(announced: boolean): GameState {
    let state = atLab();
    state = apply(state, { type: 'begin-visit', announced: false, difficulty: 'standard' }, { type: 'leave-site' });
    while (level.steps[state.stepIndex] !== genesis) state = step(level, state, { type: 'advance-dialogue' }).state;
    return apply(state, { type: 'begin-visit', announced, difficulty: 'standard' });
  }
  const look = (stationId: string): GameAction => ({ type: 'site', act: { type: 'use-tool', stationId, tool: 'read-nameplate' } });

  it('is its own hall with its own people', () => {
    expect(genesis.setting).not.toBe(level.steps.find((s) => s.kind === 'site')!.setting);
    mountGenesis(atGenesis(false));
    expect(q('[data-focus-id="place-manager"]').getAttribute('aria-label')).toBe('Gao Peng · Head of the hall, Genesis: 0 of 1 looks taken');
  });

  it('lists the hiding in the panel, newest first, and the locked cabinet\'s looks cost more', () => {
    const before = atGenesis(false);
    mountGenesis(before, (ui) => (ui.site.selected = hiding.stationId));
    expect(document.querySelector('[data-testid="seen-hiding"]')).toBeNull();
    expect(q('[data-focus-id="use-network-cabinet-network-monitor"]').textContent).toBe('Watch the network (3 min)');

    const after = apply(before, look('rack-1'), look('rack-2'), look('rack-3'));
    mountGenesis(after, (ui) => (ui.site.selected = hiding.stationId));
    const items = [...document.querySelectorAll('[data-testid="seen"] li.observation-item')];
    // Three looks, the hiding after the second: newest first, it sits between the third and the second.
    expect(items.map((li) => li.getAttribute('data-testid'))).toEqual(['seen-rack-3-read-nameplate', 'seen-hiding', 'seen-rack-2-read-nameplate', 'seen-rack-1-read-nameplate']);
    expect(q('[data-testid="seen-hiding"]').textContent).toContain('Seen: Zheng Li · Shift operator at Network cabinet');
    expect(q('[data-testid="seen-hiding"]').textContent).toContain(`takes ${hiding.extraMinutes} min more`);
    expect(q('[data-focus-id="use-network-cabinet-network-monitor"]').textContent).toBe(`Watch the network (${3 + hiding.extraMinutes} min)`);
  });

  it('an announced visit finds it done before the inspector came, said in every language', () => {
    for (const language of ['en', 'ja', 'zh'] as const) {
      mountGenesis(atGenesis(true), () => {}, language);
      const item = q('[data-testid="seen-hiding"]');
      expect(item.textContent).toContain(hiding.seen[language]);
      expect(item.textContent).toContain({ en: 'before you came in', ja: '入る前', zh: '进门之前' }[language]);
      expect(document.body.textContent).not.toMatch(/\{\w+\}/);
    }
  });
});
