// The readable layer of the city grid: district buttons over the map, the 24-hour load charts (or
// the same numbers as a table), and a side panel with today's order, the levers, the favoured
// company's metering and the office rules. It reads the core's state; it decides nothing.

import {
  DECLARATION_EVIDENCE,
  districtState,
  gridDayReport,
  gridDispatch,
  HOURS_PER_DAY,
  meteredDays,
  peakDemandMw,
  ringingCall,
  type DistrictState,
  type GridDayReport,
  type GridProgress,
  type GridStep,
  type HourlyDispatch,
} from '../core';
import { button, h } from './dom';
import { startRowDrag } from './drag-rows';
import { orderConsequence } from './messages/consequences';
import { messageLine, moreBelowCue, orderAnswers, sidePanel, source, text, type GridTab, type GridUiState, type LevelViewProps } from './level-parts';
import { clock, hourMarkerX, loadChart, mw } from './load-chart';
import { gridMapGeometry, labelEm, mapLabelLayout, type MapLabelLayout } from './map-labels';
import { INSETS, insetBox, placeOver } from './stage-layout';

/** Everything the grid screen derives from the state once per render. */
interface GridScreen {
  grid: GridStep;
  progress: GridProgress;
  ui: GridUiState;
  /** Every day run, plus the day being planned (if any). */
  dispatch: HourlyDispatch;
  /** The day on the map and the charts. */
  day: number;
  isPlan: boolean;
  allRun: boolean;
}

/**
 * The hours of every day run (and the day planned), worked out once per progress: a state is
 * never changed (each action makes a new one), and a day playing out reads it every second.
 */
const dispatched = new WeakMap<GridProgress, HourlyDispatch>();

export function gridScreen(grid: GridStep, progress: GridProgress, ui: GridUiState): GridScreen {
  const allRun = progress.daysRun >= grid.days.length;
  let dispatch = dispatched.get(progress);
  if (!dispatch) {
    dispatch = gridDispatch(grid, progress, !allRun);
    dispatched.set(progress, dispatch);
  }
  const latest = allRun ? grid.days.length - 1 : progress.daysRun;
  const day = ui.day === null ? latest : Math.min(ui.day, latest);
  return { grid, progress, ui, dispatch, day, isPlan: !allRun && day === progress.daysRun, allRun };
}

export function gridView(p: LevelViewProps, grid: GridStep): HTMLElement[] {
  const screen = gridScreen(grid, p.state.grid[grid.id]!, p.ui.grid);
  if (!ringingCall(screen.progress)) return [...gridHourParts(p, screen), gridPanel(p, screen)];
  // The Secretary's office is on the line: the city waits (inert) until the call is answered.
  const parts = gridHourParts(p, screen);
  for (const part of parts) part.inert = true;
  return [...parts, callPanel(p, screen)];
}

/**
 * The call that interrupts the work: it takes the panel and the focus, says who rings and what
 * they want, and goes away only when heard out or put down; focus then goes back where it was.
 */
function callPanel(p: LevelViewProps, s: GridScreen): HTMLElement {
  const call = ringingCall(s.progress)!;
  const favoured = s.grid.districts.find((d) => d.id === s.grid.favouredDistrict);
  const answer = (choice: 'heard' | 'put-down') => () => {
    const back = p.ui.grid.callReturnFocus;
    p.dispatch({ type: 'grid-answer-call', answer: choice });
    const target = back ? document.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(back)}"]`) : null;
    target?.focus();
  };
  return h(
    'aside',
    { className: 'frame side-panel phone-call', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'call-heading', 'aria-describedby': 'call-words', 'data-testid': 'grid-call' },
    h('h2', { id: 'call-heading', tabindex: -1, 'data-autofocus': true }, p.t('grid.call.heading')),
    h('p', { className: 'small muted' }, p.t('grid.call.from', { day: call.dayIndex + 1 })),
    h('p', { id: 'call-words', className: 'card note', 'data-testid': 'grid-call-words' }, p.t(`grid.call.${call.reason}`, { name: favoured ? text(p, favoured.name) : '' })),
    h(
      'div',
      { className: 'actions column', role: 'group', 'aria-labelledby': 'call-heading' },
      button(p.t('grid.call.heard'), answer('heard'), { className: 'primary', 'data-focus-id': 'call-heard' }),
      button(p.t('grid.call.put-down'), answer('put-down'), { className: 'secondary', 'data-focus-id': 'call-put-down' }),
    ),
    h('p', { className: 'small muted', 'data-testid': 'grid-pressure' }, p.t('grid.pressure', { n: s.progress.calls.length })),
  );
}

/**
 * While a day plays, the hour moves on once a second: update the map and the charts in place
 * (rebuilding them cost a frame). False when the screen cannot be patched (a table is showing,
 * or the parts are not there): the caller then redraws them.
 */
export function patchGridHour(root: ParentNode, p: LevelViewProps, grid: GridStep): boolean {
  const s = gridScreen(grid, p.state.grid[grid.id]!, p.ui.grid);
  if (s.ui.asTable) return false;
  const buttons = grid.districts.map((d) => root.querySelector<HTMLElement>(`[data-testid="map-${d.id}"]`));
  const markers = root.querySelectorAll<SVGRectElement>('.grid-chart-panel .chart-hour');
  const slider = root.querySelector<HTMLInputElement>('#grid-hour');
  const output = root.querySelector<HTMLElement>('[data-testid="grid-clock"]');
  if (buttons.some((b) => !b) || markers.length === 0 || !slider || !output) return false;
  // Only what the hour changed is written: a written class or attribute, even an equal one, makes
  // the browser restyle the element, and most districts look the same from one hour to the next.
  buttons.forEach((button, i) => {
    const { state, described, share } = districtLook(p, s, i);
    if (button!.dataset['state'] !== state) {
      button!.className = `map-district ${state}`;
      button!.dataset['state'] = state;
    }
    setAttribute(button!, 'aria-label', described);
    setAttribute(button!, 'title', described);
    setText(button!.querySelector('.share')!, share);
  });
  const mapLayer = root.querySelector('.map-layer');
  if (mapLayer) setAttribute(mapLayer, 'aria-label', p.t('grid.mapLabel', { clock: clock(s.ui.hour) }));
  markers.forEach((marker) => setAttribute(marker, 'x', String(hourMarkerX(s.ui.hour))));
  if (slider.value !== String(s.ui.hour)) slider.value = String(s.ui.hour);
  setAttribute(slider, 'aria-valuetext', clock(s.ui.hour));
  setText(output, clock(s.ui.hour));
  return true;
}

function setAttribute(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}

function setText(element: Element, value: string): void {
  if (element.textContent !== value) element.textContent = value;
}

/** What changes from one hour to the next: the map and the charts (the panel does not). */
export function gridHourView(p: LevelViewProps, grid: GridStep): HTMLElement[] {
  return gridHourParts(p, gridScreen(grid, p.state.grid[grid.id]!, p.ui.grid));
}

function gridHourParts(p: LevelViewProps, screen: GridScreen): HTMLElement[] {
  const map = mapButtons(p, screen);
  map.dataset['part'] = 'grid-map';
  const charts = chartPanel(p, screen);
  charts.dataset['part'] = 'grid-charts';
  return [map, charts];
}

const hourIndex = (s: GridScreen, hour: number): number => s.day * HOURS_PER_DAY + hour;

function stateWord(p: LevelViewProps, state: DistrictState): string {
  return state === 'lit' ? p.t('grid.stateLit') : state === 'partial' ? p.t('grid.statePartial') : p.t('grid.stateDark');
}

function setUi(p: LevelViewProps, change: (ui: GridUiState) => void): void {
  p.updateUi((ui) => change(ui.grid));
}

// ---- The map ----------------------------------------------------------------------------------

/** How a district looks and reads at the hour shown. */
function districtLook(p: LevelViewProps, s: GridScreen, index: number): { state: DistrictState; described: string; share: string } {
  const t = hourIndex(s, s.ui.hour);
  const d = s.grid.districts[index]!;
  const served = s.dispatch.servedMw[index]![t]!;
  const demand = s.dispatch.demandMw[index]![t]!;
  const state = districtState(served, demand);
  const percent = demand > 0 ? Math.round((100 * served) / demand) : 100;
  // The share shown on the map is part of the name read out (a spoken command can use what is seen);
  // a dark district's ✕ is drawn by the style sheet, decorative: its state is in the words.
  const share = state === 'dark' ? '' : `${percent}%`;
  const name = share ? `${text(p, d.name)} ${share}` : text(p, d.name);
  const described = p.t('grid.districtAt', { name, served: mw(served), demand: mw(demand), clock: clock(s.ui.hour), state: stateWord(p, state) });
  return { state, described, share };
}

/** Where each district's label goes, worked out once per step and language (map-labels.ts). */
const labelLayouts = new WeakMap<GridStep, Map<string, MapLabelLayout>>();

function gridLabelLayout(p: LevelViewProps, grid: GridStep): MapLabelLayout {
  let byLanguage = labelLayouts.get(grid);
  if (!byLanguage) labelLayouts.set(grid, (byLanguage = new Map()));
  let layout = byLanguage.get(p.language);
  if (!layout) {
    const { circles, bounds } = gridMapGeometry(grid);
    layout = mapLabelLayout(circles, grid.districts.map((d) => labelEm(text(p, d.name))), bounds);
    byLanguage.set(p.language, layout);
  }
  return layout;
}

function mapButtons(p: LevelViewProps, s: GridScreen): HTMLElement {
  const labels = gridLabelLayout(p, s.grid);
  const buttons = s.grid.districts.map((d, i) => {
    const { state, described, share } = districtLook(p, s, i);
    const r = d.map.radius;
    const element = button(
      '',
      () => setUi(p, (ui) => (ui.district = ui.district === d.id ? null : d.id)),
      {
        className: `map-district ${state}`,
        'aria-label': described,
        'aria-pressed': s.ui.district === d.id ? 'true' : 'false',
        title: described,
        'data-focus-id': `map-${d.id}`,
        'data-testid': `map-${d.id}`,
        'data-state': state,
      },
    );
    // A space between the two, so their text reads as two words (the flex layout ignores it).
    // The label goes beside or below the circle (never over it), on the side map-labels.ts chose.
    element.append(
      h('span', { className: `district-label label-${labels.sides[i]!}`, 'aria-hidden': 'true' }, h('span', { className: 'name' }, text(p, d.name)), ' ', h('span', { className: 'share' }, share)),
    );
    return placeOver(element, insetBox(INSETS['city-grid'], { x: d.map.x - r, y: d.map.y - r, width: 2 * r, height: 2 * r }));
  });
  const layer = h('div', { className: 'map-layer grid-map', role: 'group', 'aria-label': p.t('grid.mapLabel', { clock: clock(s.ui.hour) }) }, ...buttons);
  // Labels never grow past the size their sides were chosen for (in stage units: 0.1cqh each).
  layer.style.setProperty('--label-max', `${(labels.em / 10).toFixed(2)}cqh`);
  return layer;
}

// ---- The charts -------------------------------------------------------------------------------

function daySlice(values: ArrayLike<number>, day: number): number[] {
  return Array.from({ length: HOURS_PER_DAY }, (_, h) => values[day * HOURS_PER_DAY + h] ?? 0);
}

function cityLoads(s: GridScreen): { demand: number[]; served: number[]; supply: number[] } {
  const sum = (rows: Float64Array[]): number[] =>
    Array.from({ length: HOURS_PER_DAY }, (_, h) => rows.reduce((total, row) => total + (row[hourIndex(s, h)] ?? 0), 0));
  return { demand: sum(s.dispatch.demandMw), served: sum(s.dispatch.servedMw), supply: daySlice(s.dispatch.supplyMw, s.day) };
}

function chartSummary(p: LevelViewProps, what: string, demand: number[], served: number[], supply: number[] | null): string {
  const peakHour = demand.indexOf(Math.max(...demand));
  const shortHours = demand.filter((d, h) => served[h]! < d - 1e-6).length;
  const unserved = demand.reduce((sum, d, h) => sum + d - served[h]!, 0);
  return p.t(supply ? 'grid.chartSummary' : 'grid.chartSummaryDistrict', {
    what,
    peak: mw(demand[peakHour]!),
    clock: clock(peakHour),
    supply: supply ? mw(supply[peakHour]!) : '',
    short: shortHours,
    unserved: mw(unserved),
  });
}

function chartPanel(p: LevelViewProps, s: GridScreen): HTMLElement {
  const city = cityLoads(s);
  const districtIndex = s.grid.districts.findIndex((d) => d.id === (s.ui.district ?? s.grid.favouredDistrict));
  const district = s.grid.districts[districtIndex]!;
  const districtDemand = daySlice(s.dispatch.demandMw[districtIndex]!, s.day);
  const districtServed = daySlice(s.dispatch.servedMw[districtIndex]!, s.day);
  const heading = s.isPlan ? p.t('grid.plan', { n: s.day + 1 }) : p.t('grid.ran', { n: s.day + 1 });

  const dayChoices = Array.from({ length: Math.min(s.grid.days.length, s.progress.daysRun + 1) }, (_, d) => {
    const label = d < s.progress.daysRun ? p.t('grid.showDay', { n: d + 1 }) : p.t('grid.showPlan', { n: d + 1 });
    return button(label, () => setUi(p, (ui) => ((ui.day = d), (ui.playing = false))), {
      className: 'secondary small-button',
      'aria-pressed': d === s.day ? 'true' : 'false',
      'data-focus-id': `show-day-${d}`,
    });
  });

  const hourSlider = h('input', {
    type: 'range',
    id: 'grid-hour',
    min: 0,
    max: HOURS_PER_DAY - 1,
    step: 1,
    value: s.ui.hour,
    'aria-valuetext': clock(s.ui.hour),
    'data-focus-id': 'grid-hour',
    oninput: ((event: Event) => {
      const hour = Number((event.target as HTMLInputElement).value);
      setUi(p, (ui) => ((ui.hour = hour), (ui.playing = false)));
    }) as EventListener,
  });

  const citySummary = chartSummary(p, p.t('grid.cityChart'), city.demand, city.served, city.supply);
  const districtSummary = chartSummary(p, text(p, district.name), districtDemand, districtServed, null);
  const body = s.ui.asTable
    ? loadTable(p, s, city, text(p, district.name), districtDemand, districtServed)
    : h(
        'div',
        { className: 'charts' },
        h('figure', {}, h('figcaption', {}, p.t('grid.cityChart')), loadChart({
          id: 'chart-city',
          title: p.t('grid.cityChart'),
          summary: citySummary,
          hour: s.ui.hour,
          series: [{ values: city.served, style: 'bars' }, { values: city.demand, style: 'dashed' }, { values: city.supply, style: 'solid' }],
          describeHour: (hour) => p.t('grid.hourReading', { clock: clock(hour), served: mw(city.served[hour]!), demand: mw(city.demand[hour]!), supply: mw(city.supply[hour]!) }),
        })),
        h('figure', {}, h('figcaption', {}, text(p, district.name)), loadChart({
          id: 'chart-district',
          title: text(p, district.name),
          summary: districtSummary,
          hour: s.ui.hour,
          series: [{ values: districtServed, style: 'bars' }, { values: districtDemand, style: 'dashed' }],
          describeHour: (hour) => p.t('grid.hourReadingDistrict', { clock: clock(hour), served: mw(districtServed[hour]!), demand: mw(districtDemand[hour]!) }),
        })),
      );

  return h(
    'section',
    { className: 'frame grid-chart-panel', 'aria-labelledby': 'chart-heading', 'data-testid': 'grid-charts', 'data-scroll-id': 'grid-charts' },
    h(
      'div',
      { className: 'chart-bar' },
      h('h3', { id: 'chart-heading' }, heading),
      h('div', { className: 'actions day-choices', role: 'group', 'aria-label': p.t('grid.days') }, ...dayChoices),
    ),
    h(
      'div',
      { className: 'chart-bar' },
      h('label', { for: 'grid-hour' }, p.t('grid.hour')),
      hourSlider,
      h('output', { for: 'grid-hour', className: 'clock', 'data-testid': 'grid-clock' }, clock(s.ui.hour)),
      button(s.ui.playing ? p.t('grid.pause') : p.t('grid.play'), () => setUi(p, (ui) => {
        if (!ui.playing && ui.hour === HOURS_PER_DAY - 1) ui.hour = 0;
        ui.playing = !ui.playing;
      }), { className: 'secondary small-button', 'data-focus-id': 'grid-play' }),
      button(p.t('grid.toEnd'), () => setUi(p, (ui) => ((ui.hour = HOURS_PER_DAY - 1), (ui.playing = false))), { className: 'secondary small-button', 'data-focus-id': 'grid-to-end' }),
      button(s.ui.asTable ? p.t('grid.asChart') : p.t('grid.asTable'), () => setUi(p, (ui) => (ui.asTable = !ui.asTable)), { className: 'secondary small-button', 'data-focus-id': 'grid-table' }),
    ),
    body,
    s.ui.asTable ? null : h('p', { className: 'legend small' }, h('span', { className: 'key bars' }, p.t('grid.legendServed')), h('span', { className: 'key dashed' }, p.t('grid.legendDemand')), h('span', { className: 'key solid' }, p.t('grid.legendSupply'))),
    // At 200% zoom the strip scrolls rather than squeezing the charts: it says so.
    h('div', { className: 'more-below-alone' }, moreBelowCue(p)),
  );
}

function loadTable(p: LevelViewProps, s: GridScreen, city: ReturnType<typeof cityLoads>, districtName: string, demand: number[], served: number[]): HTMLElement {
  const header = [p.t('grid.tableHour'), p.t('grid.tableSupply'), p.t('grid.tableCityDemand'), p.t('grid.tableCityServed'), p.t('grid.tableDistrictDemand', { name: districtName }), p.t('grid.tableDistrictServed', { name: districtName })];
  const rows = Array.from({ length: HOURS_PER_DAY }, (_, hour) =>
    h(
      'tr',
      { className: hour === s.ui.hour ? 'current' : '', 'aria-current': hour === s.ui.hour ? 'time' : null },
      h('th', { scope: 'row' }, clock(hour)),
      ...[city.supply[hour]!, city.demand[hour]!, city.served[hour]!, demand[hour]!, served[hour]!].map((v) => h('td', {}, mw(v))),
    ),
  );
  return h(
    'div',
    { className: 'table-scroll', 'data-scroll-id': 'grid-table', tabindex: 0, role: 'region', 'aria-labelledby': 'load-table-caption' },
    h('table', { className: 'load-table', 'data-testid': 'load-table' }, h('caption', { id: 'load-table-caption' }, p.t('grid.tableCaption', { day: s.day + 1 })), h('thead', {}, h('tr', {}, ...header.map((label) => h('th', { scope: 'col' }, label)))), h('tbody', {}, ...rows)),
  );
}

// ---- The side panel -----------------------------------------------------------------------------

const TABS: GridTab[] = ['today', 'levers', 'metering', 'rules'];

function gridPanel(p: LevelViewProps, s: GridScreen): HTMLElement {
  const tabs = h(
    'div',
    { className: 'tabs', role: 'tablist', 'aria-label': p.t('grid.tabs') },
    ...TABS.map((tab) =>
      button(p.t(`grid.tab.${tab}`), () => setUi(p, (ui) => (ui.tab = tab)), {
        role: 'tab',
        id: `tab-${tab}`,
        'aria-selected': s.ui.tab === tab ? 'true' : 'false',
        'aria-controls': 'grid-tabpanel',
        className: s.ui.tab === tab ? 'tab selected' : 'tab',
        'data-focus-id': `tab-${tab}`,
      }),
    ),
  );
  const content = s.ui.tab === 'today' ? todayTab(p, s) : s.ui.tab === 'levers' ? leversTab(p, s) : s.ui.tab === 'metering' ? meteringTab(p, s) : rulesTab(p, s);
  return sidePanel(
    p,
    'grid',
    s.grid.title,
    tabs,
    h('div', { id: 'grid-tabpanel', role: 'tabpanel', 'aria-labelledby': `tab-${s.ui.tab}`, className: 'tabpanel' }, ...content),
    messageLine(p),
    s.ui.tab === 'today' ? todayActions(p, s) : null,
  );
}

function todayTab(p: LevelViewProps, s: GridScreen): (HTMLElement | null)[] {
  const { grid, progress } = s;
  if (s.allRun) {
    const evidence = progress.evidence.includes(DECLARATION_EVIDENCE);
    return [
      h('h3', {}, p.t('grid.summerOver')),
      reportCard(p, s, gridDayReport(grid, s.dispatch, grid.days.length - 1)),
      ...planSection(p, s),
      h('h3', { id: 'note-heading' }, p.t('grid.noteHeading')),
      h('p', { className: `card ${evidence ? 'note' : ''}`, 'data-testid': 'case-file-status' }, evidence ? p.t('grid.noteEvidence') : p.t('grid.noteNoEvidence')),
    ];
  }
  const today = grid.days[progress.daysRun]!;
  const plan = gridDayReport(grid, s.dispatch, progress.daysRun);
  const favoured = grid.districts.find((d) => d.id === grid.favouredDistrict)!;
  const answer = progress.orders[today.id];
  return [
    h('p', { className: 'small muted day-count' }, p.t('grid.dayTitle', { n: progress.daysRun + 1, total: grid.days.length })),
    h('h3', {}, text(p, today.title)),
    h('p', { 'data-testid': 'grid-conditions' }, text(p, today.conditions)),
    h('p', { className: 'card', 'data-testid': 'grid-plan' }, p.t('grid.planSummary', { homes: plan.homeBlackoutHours, generators: plan.generatorHours, name: text(p, favoured.name), full: plan.favouredFullHours })),
    today.order
      ? h(
          'section',
          { className: 'card note', 'aria-labelledby': 'order-heading', 'data-testid': 'grid-order' },
          h('h4', { id: 'order-heading' }, p.t('grid.orderFrom', { from: text(p, today.order.from) })),
          h('p', {}, text(p, today.order.text)),
          source(p, today.order.sourceLines),
          orderAnswers(p, answer),
          // What the answer does to today, where the answer was given.
          answer ? h('p', { className: 'consequence', 'data-testid': 'order-consequence' }, orderConsequence(p.t, answer, text(p, favoured.name))) : null,
        )
      : null,
    h('p', { className: 'small muted', 'data-testid': 'grid-pressure' }, p.t('grid.pressure', { n: progress.calls.length })),
    progress.daysRun > 0 ? reportCard(p, s, gridDayReport(grid, s.dispatch, progress.daysRun - 1)) : null,
  ];
}

function reportCard(p: LevelViewProps, s: GridScreen, report: GridDayReport): HTMLElement {
  const favoured = s.grid.districts.find((d) => d.id === s.grid.favouredDistrict)!;
  const demand = report.districts.reduce((sum, d) => sum + d.demandMwh, 0);
  return h(
    'section',
    { className: 'card', 'aria-labelledby': `report-${report.dayIndex}`, 'data-testid': 'grid-report' },
    h('h4', { id: `report-${report.dayIndex}` }, p.t('grid.report', { n: report.dayIndex + 1 })),
    h(
      'ul',
      {},
      h('li', {}, p.t('grid.reportServed', { served: mw(report.servedMwh), demand: mw(demand) })),
      h('li', {}, p.t('grid.reportHomes', { n: report.homeBlackoutHours })),
      h('li', {}, p.t('grid.reportGenerators', { n: report.generatorHours })),
      h('li', {}, p.t('grid.reportComplaints', { n: report.complaints })),
      h('li', {}, p.t('grid.reportTrade', { yuan: report.tradeLostYuan.toLocaleString('en') })),
      h('li', {}, p.t('grid.reportFavoured', { name: text(p, favoured.name), mwh: mw(report.favouredMwh), hours: report.favouredFullHours })),
    ),
    h('p', { className: 'small muted' }, p.t('grid.illustrative')),
  );
}

/** Next summer's plan, where the level offers one: what to choose before the note, or what was chosen. */
function planSection(p: LevelViewProps, s: GridScreen): (HTMLElement | null)[] {
  const { grid, progress } = s;
  if (!grid.plans) return [];
  const chosen = grid.plans.find((plan) => plan.id === progress.plan);
  return [
    h('h3', { id: 'plan-heading' }, p.t('grid.planHeading')),
    chosen ? h('p', { className: 'card', 'data-testid': 'plan-chosen' }, p.t('grid.planChosen', { plan: text(p, chosen.label) })) : h('p', { className: 'small' }, p.t('grid.planIntro')),
  ];
}

function todayActions(p: LevelViewProps, s: GridScreen): HTMLElement {
  const { grid, progress } = s;
  if (s.allRun && grid.plans && progress.plan === null) {
    return h(
      'div',
      { className: 'actions column sticky-actions', role: 'group', 'aria-labelledby': 'plan-heading' },
      ...grid.plans.map((plan) => button(text(p, plan.label), () => p.dispatch({ type: 'choose-plan', planId: plan.id }), { 'data-focus-id': `plan-${plan.id}` })),
    );
  }
  if (s.allRun) {
    return h(
      'div',
      { className: 'actions column sticky-actions', role: 'group', 'aria-labelledby': 'note-heading' },
      ...grid.conclusions.map((c) => button(text(p, c.label), () => p.dispatch({ type: 'file-case-note', conclusionId: c.id }), { 'data-focus-id': `note-${c.id}` })),
    );
  }
  const today = grid.days[progress.daysRun]!;
  const pending = today.order !== undefined && !progress.orders[today.id];
  return h(
    'div',
    { className: 'actions sticky-actions' },
    pending ? h('p', { className: 'small muted', id: 'run-hint' }, p.t('grid.answerFirst')) : null,
    button(p.t('grid.runDay', { n: progress.daysRun + 1 }), () => p.dispatch({ type: 'run-day' }), {
      className: 'primary',
      'data-focus-id': 'run-day',
      'aria-describedby': pending ? 'run-hint' : null,
    }),
  );
}

function leversTab(p: LevelViewProps, s: GridScreen): (HTMLElement | null)[] {
  const { grid, progress } = s;
  const levers = progress.levers;
  const locked = s.allRun;
  const favoured = grid.districts.find((d) => d.id === grid.favouredDistrict)!;
  const complied = !s.allRun && progress.orders[grid.days[progress.daysRun]!.id] === 'comply';
  const last = levers.priority.length - 1;
  const move = (index: number, to: number): void => {
    const id = levers.priority[index]!;
    // Focus stays on the button; where the row went is the move's own message (messages/grid.ts), said by the scene.
    p.dispatch({ type: 'grid-move', districtId: id, to });
  };
  const rows = levers.priority.map((id, index) => {
    const d = grid.districts.find((x) => x.id === id)!;
    const name = text(p, d.name);
    const top = peakDemandMw(grid, id);
    const stepMw = grid.capStepMw;
    const sliderTop = Math.ceil(top / stepMw) * stepMw;
    const cap = levers.capsMw[id];
    const capText = cap === undefined ? p.t('grid.noCap') : p.t('grid.capValue', { mw: mw(cap) });
    const capId = `cap-${id}`;
    // A row dropped by a drag takes the focus, as the buttons keep it on their row: the redraw
    // finds it again by its focus id wherever it lands.
    const row: HTMLLIElement = h(
      'li',
      { className: 'lever-row', 'data-testid': `lever-${id}`, tabindex: -1, 'data-focus-id': `row-${id}` },
      h(
        'div',
        { className: 'head' },
        // The pointer's way to reorder (keyboard players have the buttons): the same action as they.
        locked
          ? null
          : h(
              'span',
              {
                className: 'drag-handle',
                'aria-hidden': 'true',
                title: p.t('grid.dragRow', { name }),
                'data-testid': `drag-${id}`,
                onpointerdown: ((event: PointerEvent) =>
                  startRowDrag(event, row, (to) => {
                    row.focus({ preventScroll: true });
                    move(index, to);
                  })) as EventListener,
              },
              '⠿',
            ),
        h('span', { className: 'rank' }, `${index + 1}.`),
        h('span', { className: 'lever-name' }, name),
        // To the top or bottom in one press; each button keeps focus on its row wherever the row goes.
        moveButton('⇈', p.t('grid.toTop', { name }), `top-${id}`, locked || index === 0, () => move(index, 0)),
        moveButton('↑', p.t('grid.earlier', { name }), `up-${id}`, locked || index === 0, () => move(index, index - 1)),
        moveButton('↓', p.t('grid.later', { name }), `down-${id}`, locked || index === last, () => move(index, index + 1)),
        moveButton('⇊', p.t('grid.toBottom', { name }), `bottom-${id}`, locked || index === last, () => move(index, last)),
      ),
      h(
        'div',
        { className: 'lever-controls' },
        h('label', { for: capId, className: 'small' }, p.t('grid.capIs', { value: capText })),
        h('input', {
          type: 'range',
          id: capId,
          min: 0,
          max: sliderTop,
          step: stepMw,
          value: cap ?? sliderTop,
          disabled: locked,
          'aria-label': p.t('grid.capFor', { name }),
          'aria-valuetext': capText,
          'data-focus-id': capId,
          oninput: ((event: Event) => {
            const value = Number((event.target as HTMLInputElement).value);
            p.dispatch({ type: 'grid-cap', districtId: id, mw: value >= sliderTop ? null : value });
          }) as EventListener,
        }),
        h(
          'label',
          { className: 'check small' },
          h('input', {
            type: 'checkbox',
            checked: levers.rotation.includes(id),
            disabled: locked,
            'data-focus-id': `rotate-${id}`,
            onchange: ((event: Event) => p.dispatch({ type: 'grid-rotation', districtId: id, on: (event.target as HTMLInputElement).checked })) as EventListener,
          }),
          p.t('grid.rotation'),
        ),
      ),
    );
    return row;
  });
  const measures = grid.measures.map((m) =>
    h(
      'li',
      {},
      h(
        'label',
        { className: 'check' },
        h('input', {
          type: 'checkbox',
          checked: levers.measures.includes(m.id),
          disabled: locked,
          'aria-describedby': `measure-${m.id}`,
          'data-focus-id': `measure-${m.id}`,
          onchange: ((event: Event) => p.dispatch({ type: 'grid-measure', measureId: m.id, on: (event.target as HTMLInputElement).checked })) as EventListener,
        }),
        h('strong', {}, text(p, m.name)),
      ),
      h('p', { className: 'small muted', id: `measure-${m.id}` }, text(p, m.text)),
    ),
  );
  return [
    complied ? h('p', { className: 'card note small' }, p.t('grid.byOrder', { name: text(p, favoured.name) })) : null,
    h('h3', { id: 'priority-heading' }, p.t('grid.priority')),
    h('p', { className: 'small muted' }, p.t('grid.priorityHint')),
    h('ol', { className: 'plain levers', 'aria-labelledby': 'priority-heading' }, ...rows),
    h('p', { className: 'small muted' }, p.t('grid.rotationHint')),
    h('h3', { id: 'measures-heading' }, p.t('grid.measures')),
    h('ul', { className: 'plain', 'aria-labelledby': 'measures-heading' }, ...measures),
  ];
}

/**
 * Moves a district up or down the list. At either end the button stays focusable but inert
 * (aria-disabled), so a keyboard player pressing it repeatedly does not lose focus.
 */
function moveButton(label: string, name: string, focusId: string, inert: boolean, onPress: () => void): HTMLButtonElement {
  return button(label, () => (inert ? undefined : onPress()), {
    className: 'secondary small-button',
    'aria-label': name,
    title: name,
    'aria-disabled': inert ? 'true' : null,
    'data-focus-id': focusId,
  });
}

function meteringTab(p: LevelViewProps, s: GridScreen): (HTMLElement | null)[] {
  const { grid, progress } = s;
  const favoured = grid.districts.find((d) => d.id === grid.favouredDistrict)!;
  const favouredIndex = grid.districts.indexOf(favoured);
  const name = text(p, favoured.name);
  const declared = grid.declared.profileMw;
  const declaredMwh = declared.reduce((a, b) => a + b, 0);
  const days = meteredDays(progress);
  // The average metered day, hour by hour, over the days with readings.
  const metered = Array.from({ length: HOURS_PER_DAY }, (_, hour) =>
    days.length === 0 ? 0 : days.reduce((sum, d) => sum + s.dispatch.servedMw[favouredIndex]![d * HOURS_PER_DAY + hour]!, 0) / days.length,
  );
  const status = (done: boolean, doneText: string, notText: string | null, label: string, request: 'load-profile' | 'restore-metering' | 'meter-audit'): HTMLElement =>
    h(
      'li',
      {},
      done || notText ? h('p', { className: done ? 'result hit' : 'small muted' }, done ? doneText : notText!) : null,
      done ? null : button(label, () => p.dispatch({ type: 'grid-monitoring', request }), { className: 'secondary', 'data-focus-id': `monitor-${request}` }),
    );
  const comparison = progress.comparison;
  const caseFile = progress.evidence.map((entry) => h('li', {}, entry === DECLARATION_EVIDENCE ? p.t('grid.evidenceDeclared', { name }) : entry));
  const meteredMwh = metered.reduce((a, b) => a + b, 0);
  return [
    h('h3', {}, name),
    h('p', {}, text(p, favoured.description)),
    h(
      'ul',
      { className: 'plain monitoring' },
      status(progress.declarationReceived, p.t('grid.profileReceived', { mwh: mw(declaredMwh), peak: mw(Math.max(...declared)) }), null, p.t('grid.askProfile'), 'load-profile'),
      status(progress.meteringFromDay !== null, p.t('grid.restored', { n: (progress.meteringFromDay ?? 0) + 1 }), p.t('grid.notMetered'), p.t('grid.restore'), 'restore-metering'),
      status(progress.auditedBeforeDay > 0, p.t('grid.audited', { n: progress.auditedBeforeDay }), null, p.t('grid.audit'), 'meter-audit'),
    ),
    progress.declarationReceived ? h('div', { className: 'small' }, h('p', {}, text(p, grid.declared.text)), source(p, grid.declared.sourceLines)) : null,
    progress.declarationReceived || days.length > 0
      ? h(
          'figure',
          {},
          h('figcaption', {}, p.t('grid.compareChart')),
          loadChart({
            id: 'chart-declared',
            title: p.t('grid.compareChart'),
            summary: p.t('grid.compareSummary', {
              declared: progress.declarationReceived ? mw(declaredMwh) : '—',
              metered: days.length > 0 ? mw(meteredMwh) : '—',
              days: days.map((d) => d + 1).join(', ') || '—',
            }),
            hour: null,
            describeHour: (hour) => p.t('grid.hourReadingMetered', { clock: clock(hour), metered: days.length > 0 ? mw(metered[hour]!) : '—', declared: mw(declared[hour]!) }),
            series: [
              ...(days.length > 0 ? [{ values: metered, style: 'bars' as const }] : []),
              ...(progress.declarationReceived ? [{ values: declared, style: 'dashed' as const }] : []),
            ],
          }),
          h('figcaption', { className: 'small' }, p.t('grid.compareSummary', {
            declared: progress.declarationReceived ? mw(declaredMwh) : '—',
            metered: days.length > 0 ? mw(meteredMwh) : '—',
            days: days.map((d) => d + 1).join(', ') || '—',
          })),
        )
      : null,
    h(
      'div',
      { className: 'actions' },
      button(p.t('grid.compare'), () => p.dispatch({ type: 'compare-profiles' }), { className: 'primary', 'data-focus-id': 'compare' }),
    ),
    comparison
      ? h(
          'p',
          { className: `card ${comparison.contradicted ? 'note' : ''}`, 'data-testid': 'comparison' },
          comparison.contradicted
            ? p.t('grid.contradicted', { ratio: comparison.ratio.toFixed(1), far: comparison.hoursFarAbove, hours: comparison.hours })
            : p.t('grid.notContradicted', { ratio: Number.isFinite(comparison.ratio) ? comparison.ratio.toFixed(1) : '—' }),
        )
      : null,
    h('h3', {}, p.t('grid.caseFile')),
    caseFile.length > 0 ? h('ul', { 'data-testid': 'case-file' }, ...caseFile) : h('p', { className: 'small muted' }, p.t('grid.caseFileEmpty')),
  ];
}

function rulesTab(p: LevelViewProps, s: GridScreen): HTMLElement[] {
  return [
    h('h3', { id: 'grid-rules-heading' }, p.t('power.rules')),
    h('ul', { 'aria-labelledby': 'grid-rules-heading' }, ...s.grid.rules.map((rule) => h('li', {}, text(p, rule.text), ' ', source(p, rule.sourceLines) ?? ''))),
    h('h3', {}, p.t('grid.scale')),
    h('p', { className: 'small' }, text(p, s.grid.scaleNote)),
  ];
}

