// The readable layer of the zone plan: a button over each parcel (the canvas draws the zone and
// the parcels filling as proposals are chosen; this layer holds every word), the proposals listed
// below the map with what the screen may show of each, and the panel: the proposal looked at
// closely (its study once opened, add or take out) under the limits left, the plan and submitting it.

import { costOf, powerOf, PLAN_CHECKS, type PlanOption, type PlanStep } from '../core';
import { millionsOfYuan } from './money';
import { button, h } from './dom';
import { messageLine, sidePanel, source, text, type LevelViewProps } from './level-parts';
import { INSETS, insetBox, PLAN_PARCELS, placeOver } from './stage-layout';

export function planView(p: LevelViewProps, step: PlanStep): HTMLElement[] {
  return [parcelHotspots(p, step), proposalsPanel(p, step), planPanel(p, step)];
}

/** Where proposal i sits on the stage: its parcel in the zone's art, inside the inset. */
export function parcelBox(index: number) {
  return insetBox(INSETS['high-tech-zone'], PLAN_PARCELS[index % PLAN_PARCELS.length]!);
}

const look = (p: LevelViewProps, id: string) => p.updateUi((ui) => (ui.plan.open = id));

function parcelHotspots(p: LevelViewProps, step: PlanStep): HTMLElement {
  const progress = p.state.plan[step.id]!;
  const spots = step.options.map((option, i) => {
    const chosen = progress.chosen.includes(option.id);
    const element = button('', () => look(p, option.id), {
      className: 'hotspot plan-parcel',
      'aria-label': p.t('plan.parcel', { name: text(p, option.name), state: p.t(chosen ? 'plan.parcelChosen' : 'plan.parcelFree') }),
      'aria-pressed': p.ui.plan.open === option.id ? 'true' : 'false',
      'data-examined': chosen ? 'true' : 'false',
      'data-focus-id': `parcel-${option.id}`,
    });
    element.append(h('span', { 'aria-hidden': 'true' }, text(p, option.name)));
    return placeOver(element, parcelBox(i));
  });
  return h('div', { className: 'map-layer', role: 'group', 'aria-label': p.t('plan.zoneLabel') }, ...spots);
}

/** The fields every proposal shows before any study: kind, cost, power and the jobs its promoter claims. */
function fields(p: LevelViewProps, option: PlanOption): HTMLElement {
  const row = (label: string, value: string, key: string) => [h('dt', {}, label), h('dd', { 'data-field': `${option.id}.${key}` }, value)];
  return h(
    'dl',
    { className: 'fields' },
    ...row(p.t('plan.sectorLabel'), p.t(`plan.sector.${option.sector}`), 'sector'),
    ...row(p.t('plan.costLabel'), millionsOfYuan(option.cost, p.language), 'cost'),
    ...row(p.t('plan.powerLabel'), p.t('plan.power', { mw: option.powerMw, profile: p.t(`plan.profile.${option.profile}`) }), 'power'),
    ...row(p.t('plan.jobsLabel'), p.t('plan.jobs', { jobs: option.claimedJobs.toLocaleString(p.language), promoter: text(p, option.promoter) }), 'jobs'),
  );
}

/** Below the map: every proposal with its fields, to compare at a glance. */
function proposalsPanel(p: LevelViewProps, step: PlanStep): HTMLElement {
  const progress = p.state.plan[step.id]!;
  return h(
    'section',
    { className: 'frame seen-panel', 'aria-labelledby': 'proposals-heading', 'data-scroll-id': 'proposals', 'data-testid': 'proposals' },
    h('h3', { id: 'proposals-heading' }, p.t('plan.proposals')),
    h(
      'ul',
      { className: 'plain observations plan-proposals' },
      ...step.options.map((option) =>
        h(
          'li',
          { 'data-testid': `proposal-${option.id}`, className: progress.chosen.includes(option.id) ? 'chosen' : '' },
          h('h4', {}, text(p, option.name), progress.chosen.includes(option.id) ? ` · ${p.t('plan.parcelChosen')}` : ''),
          fields(p, option),
          button(p.t('plan.lookCloser'), () => look(p, option.id), { className: 'secondary small-button', 'data-focus-id': `look-${option.id}` }),
        ),
      ),
    ),
  );
}

function optionCard(p: LevelViewProps, step: PlanStep, option: PlanOption): HTMLElement {
  const progress = p.state.plan[step.id]!;
  const chosen = progress.chosen.includes(option.id);
  const studied = progress.studied.includes(option.id);
  const fits = costOf(step, progress.chosen) + option.cost <= step.budget;
  return h(
    'section',
    { className: 'card plan-option', 'aria-labelledby': 'option-heading', 'data-testid': 'option' },
    h('h3', { id: 'option-heading' }, text(p, option.name)),
    h('p', { className: 'small' }, text(p, option.description)),
    fields(p, option),
    studied
      ? h(
          'div',
          { className: 'plan-study', 'data-testid': 'study' },
          h('h4', {}, p.t('plan.studyHeading')),
          h('p', { className: 'small' }, text(p, option.study.text)),
          h(
            'ul',
            { className: 'plain plan-checks' },
            ...PLAN_CHECKS.map((check) =>
              h('li', { 'data-check': check, 'data-holds': option.study.checks[check] ? 'true' : 'false' }, h('span', { className: 'plan-answer' }, p.t(option.study.checks[check] ? 'plan.yes' : 'plan.no')), ' ', h('span', {}, p.t(`plan.check.${check}`))),
            ),
          ),
          source(p, option.study.sourceLines),
        )
      : button(p.t('plan.study'), () => p.dispatch({ type: 'plan-study', optionId: option.id }), { className: 'secondary', 'data-focus-id': `study-${option.id}` }),
    h(
      'div',
      { className: 'actions' },
      chosen
        ? button(p.t('plan.remove'), () => p.dispatch({ type: 'plan-remove', optionId: option.id }), { className: 'secondary', 'data-focus-id': `remove-${option.id}` })
        : button(p.t('plan.add'), () => p.dispatch({ type: 'plan-add', optionId: option.id }), { 'data-focus-id': `add-${option.id}`, 'aria-describedby': fits ? null : 'unaffordable' }),
    ),
    !chosen && !fits ? h('p', { className: 'small muted', id: 'unaffordable' }, p.t('plan.unaffordable')) : null,
  );
}

function planPanel(p: LevelViewProps, step: PlanStep): HTMLElement {
  const progress = p.state.plan[step.id]!;
  const open = step.options.find((o) => o.id === p.ui.plan.open);
  const spent = costOf(step, progress.chosen);
  const drawn = powerOf(step, progress.chosen);
  const over = Math.round((drawn - step.headroomMw) * 10) / 10;
  const name = (id: string) => text(p, step.options.find((o) => o.id === id)!.name);
  return sidePanel(
    p,
    'plan',
    step.title,
    h('h3', { id: 'limits-heading' }, p.t('plan.limits')),
    h(
      'ul',
      { className: 'plain plan-limits', 'aria-labelledby': 'limits-heading', 'data-testid': 'limits' },
      h('li', {}, p.t('plan.budget', { left: millionsOfYuan(step.budget - spent, p.language), total: millionsOfYuan(step.budget, p.language) })),
      h('li', {}, p.t('plan.headroom', { left: Math.round((step.headroomMw - drawn) * 10) / 10, total: step.headroomMw })),
      over > 0 ? h('li', { className: 'warning', 'data-testid': 'over-grid' }, p.t('plan.overGrid', { over })) : null,
      h('li', { className: 'small' }, p.t('plan.guidance', { n: step.maxPerSector })),
    ),
    open ? optionCard(p, step, open) : h('p', { className: 'small muted' }, p.t('plan.pickOne')),
    messageLine(p),
    h('h3', { id: 'chosen-heading' }, p.t('plan.yourPlan', { n: progress.chosen.length })),
    progress.chosen.length > 0
      ? h(
          'ul',
          { className: 'plan-chosen', 'aria-labelledby': 'chosen-heading', 'data-testid': 'chosen' },
          ...progress.chosen.map((id) =>
            h('li', {}, h('span', {}, name(id)), ' ', button(p.t('plan.remove'), () => p.dispatch({ type: 'plan-remove', optionId: id }), { className: 'secondary small-button', 'data-focus-id': `take-out-${id}` })),
          ),
        )
      : h('p', { className: 'small muted' }, p.t('plan.empty')),
    h('p', { className: 'small muted' }, p.t('plan.submitHint')),
    h('div', { className: 'actions' }, button(p.t('plan.submit'), () => p.dispatch({ type: 'plan-submit' }), { 'data-focus-id': 'plan-submit' })),
  );
}
