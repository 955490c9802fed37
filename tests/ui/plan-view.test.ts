// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createGame, LANGUAGES, step, type GameAction, type GameState } from '../../src/core';
import { mountAtStep, q } from '../support/mount-level';
import { applyAccepted } from '../support/press-anything';
import { planStepOf, zonePlanLevel } from '../support/zone-plan';
import { millionsOfYuan } from '../../src/ui/money';

const level = zonePlanLevel();
const plan = planStepOf(level);

function atPlan(): GameState {
  let state = createGame(level, 3);
  while (level.steps[state.stepIndex] !== plan) state = step(level, state, { type: 'advance-dialogue' }).state;
  return state;
}
const apply = (state: GameState, ...actions: GameAction[]): GameState => applyAccepted(level, state, actions);
const mount = mountAtStep(level, plan.id);

beforeEach(() => document.body.replaceChildren());

describe('the zone plan screen', () => {
  it('puts a button over every parcel and lists every proposal with its cost, power and claimed jobs', () => {
    mount(atPlan());
    expect(document.querySelectorAll('.map-layer .hotspot')).toHaveLength(plan.options.length);
    const compute = plan.options.find((o) => o.id === 'compute-park')!;
    expect(q('[data-field="compute-park.cost"]').textContent).toBe(`${compute.cost} million yuan`);
    expect(q('[data-field="compute-park.power"]').textContent).toBe(`${compute.powerMw} MW, the same round the clock`);
    expect(q('[data-field="compute-park.jobs"]').textContent).toBe(`5,000, by ${compute.promoter.en}`);
    // The study's findings are not on the screen until it is opened.
    expect(document.body.textContent).not.toContain(compute.study.text.en);
  });

  it('looks closer at a parcel: its description, and a study to open', () => {
    const { actions, ui } = mount(atPlan());
    q('[data-focus-id="parcel-cold-chain"]').click();
    expect(ui.plan.open).toBe('cold-chain');
    expect(q('[data-testid="option"]').textContent).toContain(plan.options.find((o) => o.id === 'cold-chain')!.description.en);
    q('[data-focus-id="study-cold-chain"]').click();
    q('[data-focus-id="add-cold-chain"]').click();
    expect(actions).toEqual([
      { type: 'plan-study', optionId: 'cold-chain' },
      { type: 'plan-add', optionId: 'cold-chain' },
    ]);
  });

  it('shows an opened study with its five questions answered', () => {
    const state = apply(atPlan(), { type: 'plan-study', optionId: 'compute-park' });
    mount(state, (ui) => (ui.plan.open = 'compute-park'));
    const compute = plan.options.find((o) => o.id === 'compute-park')!;
    expect(q('[data-testid="study"]').textContent).toContain(compute.study.text.en);
    const answers = [...document.querySelectorAll('[data-testid="study"] [data-check]')];
    expect(answers.map((a) => a.getAttribute('data-holds'))).toEqual(['false', 'false', 'false', 'false', 'false']);
    expect(answers[0]!.textContent).toBe('no Suppliers and inputs in the region?');
  });

  it('shows the limits left, warns when the plan is over the grid, and lists the plan with ways out', () => {
    const state = apply(atPlan(), { type: 'plan-add', optionId: 'compute-park' }, { type: 'plan-add', optionId: 'blockchain-hub' });
    const { actions } = mount(state);
    const limits = q('[data-testid="limits"]').textContent!;
    expect(limits).toContain(`Budget left: ${plan.budget - 450} million yuan of ${plan.budget} million yuan`);
    expect(limits).toContain(`Grid left after homes: ${plan.headroomMw - 42} of ${plan.headroomMw} MW`);
    expect(q('[data-testid="over-grid"]').textContent).toContain('Over the grid by 2 MW');
    expect(document.querySelectorAll('[data-testid="chosen"] li')).toHaveLength(2);
    q('[data-focus-id="take-out-blockchain-hub"]').click();
    q('[data-focus-id="plan-submit"]').click();
    expect(actions).toEqual([{ type: 'plan-remove', optionId: 'blockchain-hub' }, { type: 'plan-submit' }]);
  });

  it('says a proposal does not fit the budget left', () => {
    const state = apply(atPlan(), { type: 'plan-add', optionId: 'car-plant' });
    mount(state, (ui) => (ui.plan.open = 'compute-park'));
    expect(q('#unaffordable').textContent).toBe('It does not fit the budget left.');
  });

  it('says everything in every language, with no key left untranslated', () => {
    const state = apply(atPlan(), { type: 'plan-study', optionId: 'cold-chain' }, { type: 'plan-add', optionId: 'cold-chain' }, { type: 'plan-add', optionId: 'compute-park' }, { type: 'plan-add', optionId: 'blockchain-hub' });
    for (const language of LANGUAGES) {
      mount(state, (ui) => (ui.plan.open = 'cold-chain'), language);
      const text = document.body.textContent ?? '';
      expect(text, language).not.toMatch(/plan\.|\{\w+\}/);
      expect(text, language).toContain(plan.title[language]);
      expect(text, language).toContain(plan.options[4]!.study.text[language]);
    }
  });
});

describe('sums in millions of yuan', () => {
  it('are written as each language writes large amounts', () => {
    expect([120, 600, 1500, -6].map((m) => millionsOfYuan(m, 'en'))).toEqual(['120 million yuan', '600 million yuan', '1.5 billion yuan', '-6 million yuan']);
    expect([60, 120, 600, 140].map((m) => millionsOfYuan(m, 'ja'))).toEqual(['6,000万元', '1億2,000万元', '6億元', '1億4,000万元']);
    expect([60, 120, 600, 140].map((m) => millionsOfYuan(m, 'zh'))).toEqual(['6000万元', '1.2亿元', '6亿元', '1.4亿元']);
  });
});
