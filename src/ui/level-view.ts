// The readable layer of a level: dialogue, the power panel, the review desk, the inspection panel.
// It shows the core's state and turns presses into core actions; it decides nothing itself.

import {
  timeLeft,
  unallocatedMw,
  type DeskRef,
  type GameAction,
  type GameState,
  type InspectionStep,
  type Language,
  type Level,
  type LocalText,
  type PowerStep,
  type ReviewStep,
  type SceneStep,
} from '../core';
import { button, h } from './dom';
import { deskView } from './desk-view';
import { gridView } from './grid-view';
import { siteView } from './site-view';
import { leaveButton, messageLine, orderAnswers, panelTop, sidePanel, source, text, type LevelViewProps } from './level-parts';
export { freshUiState, type LevelUiState, type LevelViewProps } from './level-parts';
import { INSETS, insetBox, placeOver } from './stage-layout';

export type DistrictLight = 'lit' | 'partial' | 'dark';

export function districtLight(allocated: number, demand: number): DistrictLight {
  if (allocated >= demand) return 'lit';
  return allocated > 0 ? 'partial' : 'dark';
}

export function levelView(p: LevelViewProps): HTMLElement[] {
  const step = p.level.steps[p.state.stepIndex];
  if (!step) return [];
  if (step.kind === 'scene') return sceneView(p, step);
  if (!p.ui.briefingDone.includes(step.id)) return briefingView(p, step.id, step.title, step.briefing);
  if (step.kind === 'power') return powerView(p, step);
  if (step.kind === 'review') return reviewView(p, step);
  if (step.kind === 'grid') return gridView(p, step);
  if (step.kind === 'site') return siteView(p, step);
  if (step.kind === 'desk') return deskView(p, step);
  return inspectionView(p, step);
}

// ---- Dialogue -------------------------------------------------------------------------------

function sceneView(p: LevelViewProps, scene: SceneStep): HTMLElement[] {
  const line = scene.lines[p.state.lineIndex]!;
  const speaker = p.level.speakers.find((s) => s.id === line.speaker);
  const isNarrator = speaker?.figure === 'none';
  return [
    h(
      'header',
      { className: 'level-bar' },
      h(
        'div',
        {},
        h('h2', {}, text(p, p.level.title)),
        h('p', {}, p.t('step.progress', { n: p.state.stepIndex + 1, total: p.level.steps.length })),
      ),
      leaveButton(p),
    ),
    h(
      'section',
      { className: 'frame dialogue', 'aria-label': speaker ? text(p, speaker.name) : '', 'data-testid': 'dialogue' },
      isNarrator || !speaker ? null : h('div', { className: 'speaker' }, text(p, speaker.name)),
      h('p', { className: 'line', 'aria-live': 'polite', 'data-testid': 'dialogue-line' }, text(p, line.text)),
      h(
        'div',
        { className: 'actions' },
        source(p, line.sourceLines) ?? h('span', {}),
        button(p.t('dialogue.continue'), () => p.dispatch({ type: 'advance-dialogue' }), {
          className: 'primary',
          'data-autofocus': true,
          'data-focus-id': 'continue',
        }),
      ),
    ),
  ];
}

function briefingView(p: LevelViewProps, stepId: string, title: LocalText, briefing: LocalText): HTMLElement[] {
  return [
    h(
      'section',
      { className: 'frame briefing-panel', 'aria-labelledby': 'briefing-heading', 'data-testid': 'briefing' },
      panelTop(p),
      h('h2', { id: 'briefing-heading' }, text(p, title)),
      h('p', {}, text(p, briefing)),
      h(
        'div',
        { className: 'actions' },
        button(p.t('dialogue.continue'), () => p.updateUi((ui) => ui.briefingDone.push(stepId)), {
          className: 'primary',
          'data-autofocus': true,
          'data-focus-id': `begin-${stepId}`,
        }),
      ),
    ),
  ];
}

// ---- Power ----------------------------------------------------------------------------------

function powerView(p: LevelViewProps, power: PowerStep): HTMLElement[] {
  const progress = p.state.power[power.id]!;
  const free = unallocatedMw(power, progress);
  const allocated = power.supplyMw - free;
  const lightWord = (light: DistrictLight): string =>
    light === 'lit' ? p.t('power.stateLit') : light === 'partial' ? p.t('power.statePartial') : p.t('power.stateDark');

  const labels = power.districts.map((d) => {
    const mw = progress.allocations[d.id] ?? 0;
    const light = districtLight(mw, d.demandMw);
    const r = d.map.radius;
    const box = insetBox(INSETS['city-map'], { x: d.map.x - r, y: d.map.y - r * 0.35, width: r * 2, height: r * 0.7 });
    return placeOver(
      h(
        'div',
        { className: `map-label ${light}`, 'aria-hidden': 'true' },
        h('span', {}, `${text(p, d.name)} · ${p.t('power.districtValue', { mw, demand: d.demandMw })} · ${lightWord(light)}`),
      ),
      box,
    );
  });

  const districts = power.districts.map((d) => {
    const mw = progress.allocations[d.id] ?? 0;
    const light = districtLight(mw, d.demandMw);
    const locked = progress.order === 'comply' && d.id === power.order.favouredDistrict;
    const value = p.t('power.districtState', { value: p.t('power.districtValue', { mw, demand: d.demandMw }), state: locked ? p.t('power.locked') : lightWord(light) });
    const id = `alloc-${d.id}`;
    return h(
      'li',
      { className: `district ${light}` },
      h('div', { className: 'head' }, h('label', { for: id }, text(p, d.name)), h('span', { className: 'state', 'data-testid': `value-${d.id}` }, value)),
      h('input', {
        type: 'range',
        id,
        min: 0,
        max: d.demandMw,
        step: power.stepMw,
        value: mw,
        disabled: locked || progress.confirmed,
        'aria-valuetext': value,
        'aria-describedby': `about-${d.id}`,
        'data-focus-id': id,
        oninput: ((event: Event) => {
          p.dispatch({ type: 'set-allocation', districtId: d.id, mw: Number((event.target as HTMLInputElement).value) });
        }) as EventListener,
      }),
      h('p', { className: 'about', id: `about-${d.id}` }, text(p, d.description)),
    );
  });

  const order = h(
    'section',
    { className: 'frame order-panel', 'aria-labelledby': 'order-heading', 'data-scroll-id': 'order' },
    h(
      'div',
      {},
      h('h3', { id: 'order-heading' }, p.t('power.orderFrom', { from: text(p, power.order.from) })),
      h('p', {}, text(p, power.order.text)),
      source(p, power.order.sourceLines),
      orderAnswers(p, progress.order === 'pending' ? undefined : progress.order),
    ),
    h(
      'div',
      {},
      h('h3', { id: 'rules-heading' }, p.t('power.rules')),
      h('ul', { 'aria-labelledby': 'rules-heading' }, ...power.rules.map((rule) => h('li', {}, text(p, rule.text)))),
    ),
  );

  const panel = sidePanel(
    p,
    'power',
    power.title,
    h(
      'p',
      { className: 'supply-line', 'data-testid': 'supply' },
      h('span', {}, p.t('power.figure', { label: p.t('power.supply'), mw: power.supplyMw })),
      h('span', {}, p.t('power.figure', { label: p.t('power.allocated'), mw: allocated })),
      h('span', {}, p.t('power.figure', { label: p.t('power.free'), mw: free })),
    ),
    h('ul', { className: 'plain', role: 'list' }, ...districts),
    messageLine(p),
    progress.order === 'pending' ? h('p', { className: 'small muted', id: 'confirm-hint' }, p.t('power.answerFirst')) : null,
    h(
      'div',
      { className: 'actions sticky-actions' },
      button(p.t('power.confirm'), () => p.dispatch({ type: 'confirm-allocation' }), {
        className: 'primary',
        'data-focus-id': 'confirm',
        'aria-describedby': progress.order === 'pending' ? 'confirm-hint' : null,
      }),
    ),
  );
  return [h('div', { className: 'passive', 'aria-label': p.t('power.mapLabel') }, ...labels), panel, order];
}

// ---- Review ---------------------------------------------------------------------------------

export function deskItemLabel(review: ReviewStep, ref: DeskRef, language: Language): string {
  if (ref.startsWith('rule:')) {
    const rule = review.rulebook.find((r) => `rule:${r.id}` === ref);
    return rule ? rule.text[language] : ref;
  }
  const [docId, fieldId] = ref.split('.');
  const doc = review.documents.find((d) => d.id === docId);
  const field = doc?.fields.find((f) => f.id === fieldId);
  return doc && field ? `${doc.title[language]}: ${field.label[language]}` : ref;
}

function reviewView(p: LevelViewProps, review: ReviewStep): HTMLElement[] {
  const progress = p.state.review[review.id]!;
  const selection = p.ui.selection;
  const toggle = (ref: DeskRef): void =>
    p.updateUi((ui) => {
      ui.message = null;
      if (ui.selection.includes(ref)) ui.selection = ui.selection.filter((r) => r !== ref);
      else ui.selection = [...ui.selection, ref].slice(-2);
    });
  const selectable = (ref: DeskRef, className: string, content: (HTMLElement | string)[], name: string): HTMLElement =>
    h(
      'button',
      {
        type: 'button',
        className,
        'aria-pressed': selection.includes(ref) ? 'true' : 'false',
        'aria-label': p.t('review.select', { item: name }),
        'data-focus-id': `desk-${ref}`,
        'data-ref': ref,
        onclick: (() => toggle(ref)) as EventListener,
      },
      ...content,
    );

  const documents = h(
    'section',
    { className: 'frame documents-panel', 'aria-labelledby': 'documents-heading', 'data-scroll-id': 'documents' },
    h('h2', { id: 'documents-heading' }, p.t('review.documents')),
    ...review.documents.map((doc) =>
      h(
        'article',
        { className: 'document', 'aria-labelledby': `doc-${doc.id}` },
        h('h3', { id: `doc-${doc.id}` }, text(p, doc.title)),
        ...doc.fields.map((field) =>
          selectable(
            `${doc.id}.${field.id}`,
            'field',
            [h('span', { className: 'label' }, text(p, field.label)), h('span', { className: 'value' }, text(p, field.value))],
            `${text(p, field.label)}: ${text(p, field.value)}`,
          ),
        ),
        source(p, doc.sourceLines),
      ),
    ),
  );

  const checksLeft = review.checkBudget - progress.checks.length;
  const found = review.discrepancies.filter((d) => progress.found.includes(d.id));
  const giftPending = progress.gift === 'pending';
  const panel = sidePanel(
    p,
    'review',
    review.title,
    h('p', { 'data-testid': 'checks-left' }, p.t('review.checksLeft', { n: checksLeft, total: review.checkBudget })),
    h(
      'p',
      { className: 'small', 'data-testid': 'selection' },
      selection.length === 0
        ? p.t('review.selectionNone')
        : p.t('review.selection', { items: selection.map((ref) => deskItemLabel(review, ref, p.language)).join(' ↔ ') }),
    ),
    h(
      'div',
      { className: 'actions' },
      button(p.t('review.crossCheck'), () => p.dispatch({ type: 'cross-check', a: selection[0]!, b: selection[1]! }), {
        className: 'primary',
        disabled: selection.length !== 2 || checksLeft <= 0,
        'data-focus-id': 'cross-check',
      }),
      button(p.t('review.clear'), () => p.updateUi((ui) => (ui.selection = [])), {
        className: 'secondary',
        disabled: selection.length === 0,
        'data-focus-id': 'clear',
      }),
    ),
    messageLine(p),
    h('h3', { id: 'rulebook-heading' }, p.t('review.rulebook')),
    ...review.rulebook.map((rule) => selectable(`rule:${rule.id}`, 'rule secondary', [text(p, rule.text)], text(p, rule.text))),
    h('h3', {}, p.t('review.findings')),
    found.length === 0
      ? h('p', { className: 'small muted' }, p.t('review.noFindings'))
      : h('ul', { 'data-testid': 'findings' }, ...found.map((d) => h('li', {}, text(p, d.explanation)))),
    review.gift
      ? h(
          'div',
          { className: 'card note' },
          h('h3', { id: 'gift-heading' }, p.t('review.gift')),
          h('p', {}, text(p, review.gift.text)),
          giftPending
            ? h(
                'div',
                { className: 'actions', role: 'group', 'aria-labelledby': 'gift-heading' },
                button(p.t('review.returnGift'), () => p.dispatch({ type: 'handle-gift', choice: 'returned' }), { 'data-focus-id': 'gift-return' }),
                button(p.t('review.keepGift'), () => p.dispatch({ type: 'handle-gift', choice: 'kept' }), { className: 'secondary', 'data-focus-id': 'gift-keep' }),
              )
            : h('p', { className: 'result' }, progress.gift === 'returned' ? p.t('review.giftReturned') : p.t('review.giftKept')),
        )
      : null,
    h('h3', { id: 'decide-heading' }, p.t('review.decide')),
    giftPending ? h('p', { className: 'small muted' }, p.t('refused.gift-pending')) : null,
    h(
      'div',
      { className: 'actions column', role: 'group', 'aria-labelledby': 'decide-heading' },
      ...review.decisions.map((d) =>
        button(text(p, d.label), () => p.dispatch({ type: 'decide-application', decisionId: d.id }), {
          disabled: giftPending,
          'data-focus-id': `decide-${d.id}`,
        }),
      ),
    ),
  );
  return [documents, panel];
}

// ---- Inspection -----------------------------------------------------------------------------

function inspectionView(p: LevelViewProps, inspection: InspectionStep): HTMLElement[] {
  const progress = p.state.inspection[inspection.id]!;
  const left = timeLeft(inspection, progress);
  const hotspots = inspection.objects.map((object) => {
    const examined = progress.examined.includes(object.id);
    return placeOver(
      h(
        'button',
        {
          type: 'button',
          className: 'hotspot',
          'data-examined': examined ? 'true' : 'false',
          'data-focus-id': `object-${object.id}`,
          'aria-label': `${p.t('inspection.examine', { name: text(p, object.name) })}${examined ? ` (${p.t('inspection.examined')})` : ''}`,
          onclick: (() => {
            if (examined) p.updateUi((ui) => (ui.lastExamined = object.id));
            else p.dispatch({ type: 'examine', objectId: object.id });
          }) as EventListener,
        },
        h('span', {}, text(p, object.name)),
      ),
      insetBox(INSETS['server-room'], object.box),
    );
  });

  const shown = p.ui.lastExamined ? inspection.objects.find((o) => o.id === p.ui.lastExamined) : undefined;
  const isClue = shown?.id === progress.clueObject;
  const observation = shown
    ? h(
        'div',
        { className: `card observation ${isClue ? 'clue' : ''}`, 'data-testid': 'observation' },
        h('h3', {}, text(p, shown.name)),
        h('p', {}, isClue ? text(p, inspection.clue.seen) : text(p, shown.seen)),
        isClue ? source(p, inspection.clue.sourceLines) : null,
        isClue
          ? h('details', {}, h('summary', {}, p.t('inspection.illustrative')), h('p', { className: 'small' }, text(p, inspection.clue.illustrative)))
          : null,
        progress.notebook.includes(shown.id)
          ? h('p', { className: 'result' }, p.t('inspection.noted'))
          : button(p.t('inspection.note'), () => p.dispatch({ type: 'note-evidence', objectId: shown.id }), { 'data-focus-id': 'note' }),
      )
    : null;

  const notebook = progress.notebook.map((id) => inspection.objects.find((o) => o.id === id)!);
  const panel = sidePanel(
    p,
    'inspection',
    inspection.title,
    h('p', { 'data-testid': 'time-left' }, p.t('inspection.timeLeft', { n: left, total: inspection.timeBudget })),
    observation,
    messageLine(p),
    h('h3', {}, p.t('inspection.notebook')),
    notebook.length === 0
      ? h('p', { className: 'small muted' }, p.t('inspection.emptyNotebook'))
      : h('ul', { 'data-testid': 'notebook' }, ...notebook.map((o) => h('li', {}, text(p, o.name)))),
    h('h3', { id: 'report-heading' }, p.t('inspection.report')),
    h(
      'div',
      { className: 'actions column', role: 'group', 'aria-labelledby': 'report-heading' },
      ...inspection.conclusions.map((c) =>
        button(text(p, c.label), () => p.dispatch({ type: 'file-report', conclusionId: c.id }), { 'data-focus-id': `report-${c.id}` }),
      ),
    ),
  );
  return [h('div', {}, ...hotspots), panel];
}
