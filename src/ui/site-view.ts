// The readable layer of a site inspection: how to go in, hotspots over the hall, the tools of the
// chosen station or person, what has been seen, the report and Director Wen's answer. Every
// reading is shown the same way, so the screen never hints which one is a clue.

import {
  EVIDENCE_KINDS,
  evidenceKindOf,
  hiddenAt,
  SITE_CONCLUSIONS,
  SITE_DIFFICULTIES,
  siteTimeLeft,
  toolMinutes,
  whatIsSeen,
  type SiteClue,
  type SiteStep,
  type SiteTool,
  type SiteVisit,
} from '../core';
import { button, h } from './dom';
import { messageLine, sidePanel, source, text, type LevelViewProps } from './level-parts';
import { hallInset, insetBox, placeOver } from './stage-layout';

export function siteView(p: LevelViewProps, step: SiteStep): HTMLElement[] {
  const visit = p.state.site[step.id]?.visit ?? null;
  if (!visit) return [goInPanel(p, step)];
  return [hallHotspots(p, step, visit), seenPanel(p, step, visit), visitPanel(p, step, visit)];
}

function toolLabel(p: LevelViewProps, tool: SiteTool | 'interview' | 'on-arrival'): string {
  return p.t(`tool.${tool}`);
}

/** Before the visit: announced or not, and how hard. */
function goInPanel(p: LevelViewProps, step: SiteStep): HTMLElement {
  const chosen = p.ui.site.difficulty;
  const begin = (announced: boolean) => p.dispatch({ type: 'begin-visit', announced, difficulty: chosen });
  return sidePanel(
    p,
    'site',
    step.title,
    h('p', {}, text(p, step.site.name)),
    h('p', { className: 'card' }, p.t('site.declared', { declared: text(p, step.site.declared) })),
    h('h3', { id: 'difficulty-heading' }, p.t('site.difficulty')),
    h(
      'div',
      { className: 'actions', role: 'group', 'aria-labelledby': 'difficulty-heading', 'aria-describedby': 'difficulty-hint' },
      ...SITE_DIFFICULTIES.map((d) =>
        button(p.t(`site.difficulty.${d}`), () => p.updateUi((ui) => (ui.site.difficulty = d)), {
          className: 'secondary',
          'aria-pressed': d === chosen ? 'true' : 'false',
          'data-focus-id': `difficulty-${d}`,
        }),
      ),
    ),
    h('p', { className: 'small muted', id: 'difficulty-hint' }, p.t('site.difficultyHint')),
    h('h3', { id: 'go-in-heading' }, p.t('site.goIn')),
    h(
      'div',
      { className: 'actions column', role: 'group', 'aria-labelledby': 'go-in-heading' },
      button(p.t('site.unannounced'), () => begin(false), { className: 'primary', 'aria-describedby': 'unannounced-hint', 'data-focus-id': 'go-unannounced' }),
      h('p', { className: 'small muted', id: 'unannounced-hint' }, p.t('site.unannouncedHint')),
      button(p.t('site.announced'), () => begin(true), { 'aria-describedby': 'announced-hint', 'data-focus-id': 'go-announced' }),
      h('p', { className: 'small muted', id: 'announced-hint' }, p.t('site.announcedHint')),
    ),
    messageLine(p),
  );
}

interface Place {
  id: string;
  name: string;
  /** The short name on the hall; the full one (with a person's role) for screen readers and the panel. */
  label: string;
  tools: { tool: SiteTool | 'interview'; minutes: number }[];
}

/** The places of the hall; with a visit, each look's minutes as they are now (a station staff closed up takes longer). */
function placesOf(p: LevelViewProps, step: SiteStep, visit?: SiteVisit): Place[] {
  const minutes = (stationId: string, tool: SiteTool, own: number): number => (visit ? (toolMinutes(step.site, visit, stationId, tool) ?? own) : own);
  return [
    ...step.site.stations.map((s) => ({ id: s.id, name: text(p, s.name), label: text(p, s.name), tools: s.tools.map((t) => ({ tool: t.tool, minutes: minutes(s.id, t.tool, t.timeCost) })) })),
    ...step.site.staff.map((s) => ({ id: s.id, name: `${text(p, s.name)} · ${text(p, s.role)}`, label: text(p, s.name), tools: [{ tool: 'interview' as const, minutes: s.timeCost }] })),
  ];
}

const looked = (visit: SiteVisit, place: string, tool: SiteTool | 'interview'): boolean => visit.checks.some((c) => c.target === place && c.source === tool);

function hallHotspots(p: LevelViewProps, step: SiteStep, visit: SiteVisit): HTMLElement {
  const staffIds = step.site.staff.map((s) => s.id);
  const spots = placesOf(p, step).map((place) => {
    const done = place.tools.filter((t) => looked(visit, place.id, t.tool)).length;
    const box = step.layout[place.id]!;
    const element = button('', () => p.updateUi((ui) => (ui.site.selected = place.id)), {
      // People stand close together: every other one has the name above, so names never collide.
      className: staffIds.indexOf(place.id) % 2 === 1 ? 'hotspot label-top' : 'hotspot',
      'aria-label': p.t('site.placeChecks', { name: place.name, done, total: place.tools.length }),
      'aria-pressed': p.ui.site.selected === place.id ? 'true' : 'false',
      'data-examined': done > 0 ? 'true' : 'false',
      'data-focus-id': `place-${place.id}`,
    });
    element.append(h('span', { 'aria-hidden': 'true' }, place.label));
    return placeOver(element, insetBox(hallInset(step.setting), box));
  });
  return h('div', { className: 'map-layer', role: 'group', 'aria-label': p.t('site.hallLabel') }, ...spots);
}

/** The clues a look turned up: those the seed put there and the inspector saw. */
function cluesAt(step: SiteStep, visit: SiteVisit, place: string, tool: SiteTool | 'interview' | 'on-arrival'): SiteClue[] {
  return step.site.clues.filter((c) => c.source === tool && visit.placement[c.id] === place && visit.evidence.includes(c.id));
}

function reportButton(p: LevelViewProps, visit: SiteVisit, clue: SiteClue): HTMLElement {
  const inReport = visit.report.includes(clue.id);
  if (visit.filed) return h('span', { className: 'small muted' }, inReport ? p.t('site.inReport') : '');
  return inReport
    ? button(p.t('site.remove'), () => p.dispatch({ type: 'site', act: { type: 'remove-from-report', clueId: clue.id } }), { className: 'secondary small-button', 'data-focus-id': `out-${clue.id}` })
    : button(p.t('site.addToReport'), () => p.dispatch({ type: 'site', act: { type: 'add-to-report', clueId: clue.id } }), { className: 'small-button', 'data-focus-id': `add-${clue.id}` });
}

function observation(p: LevelViewProps, step: SiteStep, visit: SiteVisit, place: string, placeName: string, tool: SiteTool | 'interview' | 'on-arrival'): HTMLElement {
  const clues = cluesAt(step, visit, place, tool);
  const readings = tool === 'on-arrival' ? clues.map((c) => c.seen) : whatIsSeen(step.site, visit, place, tool);
  // Where the site hid something, the reading says how (never "nothing unusual").
  const hidden = tool === 'on-arrival' ? [] : hiddenAt(step.site, visit, place, tool);
  return h(
    'li',
    { className: 'observation-item', 'data-testid': `seen-${place}-${tool}` },
    h('h4', {}, p.t('site.observation', { place: placeName, tool: toolLabel(p, tool) })),
    ...readings.map((reading) => h('p', {}, text(p, reading))),
    ...hidden.map((how) => h('p', { className: 'small hidden-reading', 'data-testid': 'hidden-reading' }, h('strong', {}, p.t('site.hiddenLabel')), ' ', p.t(`site.hidden.${how}`, { place: placeName }))),
    ...clues.map((clue) =>
      h(
        'div',
        { className: 'clue-actions' },
        reportButton(p, visit, clue),
        clue.illustrative
          ? h('details', {}, h('summary', {}, p.t('site.illustrative')), h('p', { className: 'small' }, text(p, clue.illustrative)), source(p, clue.sourceLines))
          : source(p, clue.sourceLines),
      ),
    ),
  );
}

/** Below the hall: every reading so far, newest first, each with its report button. */
function seenPanel(p: LevelViewProps, step: SiteStep, visit: SiteVisit): HTMLElement {
  const names = new Map(placesOf(p, step).map((place) => [place.id, place.name]));
  const arrival = step.site.clues.filter((c) => c.source === 'on-arrival' && visit.evidence.includes(c.id));
  const items = [...visit.checks].reverse().map((c) => observation(p, step, visit, c.target, names.get(c.target) ?? c.target, c.source));
  if (arrival.length > 0) {
    const place = visit.placement[arrival[0]!.id]!;
    items.push(observation(p, step, visit, place, names.get(place) ?? place, 'on-arrival'));
  }
  const hiding = step.site.seenHiding;
  if (hiding && visit.hidingAt !== null) {
    // Where it falls in time: before every look after it, after every look before it (newest first).
    const item = seenHidingItem(p, hiding, visit.hidingAt, names);
    const after = visit.hidingAt === 0 ? items.length : visit.checks.filter((c) => c.at >= visit.hidingAt!).length;
    items.splice(after, 0, item);
  }
  return h(
    'section',
    { className: 'frame seen-panel', 'aria-labelledby': 'seen-heading', 'data-scroll-id': 'seen', 'data-testid': 'seen' },
    h('h3', { id: 'seen-heading' }, p.t('site.seen')),
    items.length > 0 ? h('ul', { className: 'plain observations' }, ...items) : h('p', { className: 'small muted' }, p.t('site.nothingYet')),
  );
}

/** The panel's line for staff seen closing a station up: what was seen, when, and what it costs now. */
function seenHidingItem(p: LevelViewProps, hiding: NonNullable<SiteStep['site']['seenHiding']>, at: number, names: Map<string, string>): HTMLElement {
  const place = names.get(hiding.stationId) ?? hiding.stationId;
  const person = names.get(hiding.staffId) ?? hiding.staffId;
  return h(
    'li',
    { className: 'observation-item seen-hiding', 'data-testid': 'seen-hiding' },
    h('h4', {}, p.t('site.seenHiding', { person, place })),
    h('p', {}, text(p, hiding.seen)),
    h('p', { className: 'small hidden-reading' }, h('strong', {}, p.t('site.hiddenLabel')), ' ', p.t(at === 0 ? 'site.seenHidingBefore' : 'site.seenHidingAt', { at }), ' ', p.t('site.seenHidingCost', { place, minutes: hiding.extraMinutes })),
    h('details', {}, h('summary', {}, p.t('site.illustrative')), h('p', { className: 'small' }, text(p, hiding.illustrative))),
  );
}

function visitPanel(p: LevelViewProps, step: SiteStep, visit: SiteVisit): HTMLElement {
  const places = placesOf(p, step, visit);
  const selected = places.find((place) => place.id === p.ui.site.selected);
  const left = siteTimeLeft(visit);
  const tools = selected
    ? h(
        'div',
        { className: 'actions column', role: 'group', 'aria-labelledby': 'place-heading' },
        ...selected.tools.map((t) =>
          looked(visit, selected.id, t.tool)
            ? h('p', { className: 'small muted' }, p.t('site.toolDone', { tool: toolLabel(p, t.tool) }))
            : button(
                p.t('site.toolCost', { tool: toolLabel(p, t.tool), minutes: t.minutes }),
                () => p.dispatch({ type: 'site', act: t.tool === 'interview' ? { type: 'interview', staffId: selected.id } : { type: 'use-tool', stationId: selected.id, tool: t.tool } }),
                { 'data-focus-id': `use-${selected.id}-${t.tool}`, disabled: visit.filed !== null || t.minutes > left },
              ),
        ),
      )
    : h('p', { className: 'small muted' }, p.t('site.choose'));

  const reported = step.site.clues.filter((c) => visit.report.includes(c.id));
  const kinds = EVIDENCE_KINDS.filter((k) => reported.some((c) => evidenceKindOf(c) === k)).map((k) => p.t(`evidence.${k}`));
  const review = visit.filed?.review;

  return sidePanel(
    p,
    'site',
    step.title,
    h('p', { className: 'supply-line', 'data-testid': 'site-time' }, h('span', {}, p.t('site.timeLeft', { n: left, total: visit.timeBudget })), h('span', {}, p.t(visit.announced ? 'site.modeAnnounced' : 'site.modeUnannounced')), h('span', {}, p.t(`site.difficulty.${visit.difficulty}`))),
    h('h3', { id: 'place-heading' }, selected ? selected.name : p.t('site.choose')),
    selected ? tools : null,
    h('h3', { id: 'report-heading' }, p.t('site.report')),
    reported.length > 0
      ? h('ul', { 'data-testid': 'report' }, ...reported.map((c) => h('li', {}, text(p, c.seen))))
      : h('p', { className: 'small muted' }, p.t('site.reportEmpty')),
    reported.length > 0 ? h('p', { className: 'small' }, p.t('site.kinds', { kinds: kinds.join(p.t('site.kindSeparator')) })) : null,
    messageLine(p),
    review
      ? h(
          'section',
          { className: `card ${review.accepted ? '' : 'note'}`, 'aria-labelledby': 'review-heading', 'data-testid': 'review' },
          h('h4', { id: 'review-heading' }, p.t('site.review')),
          h('p', {}, p.t(`conclusion.${visit.filed!.conclusion}`)),
          h('p', { className: 'result' }, p.t(review.accepted ? 'site.accepted' : 'site.rejected', { reason: p.t(`reason.${review.reason}`) })),
        )
      : null,
    review
      ? h('div', { className: 'actions sticky-actions' }, button(p.t('site.leave'), () => p.dispatch({ type: 'leave-site' }), { className: 'primary', 'data-focus-id': 'leave-site' }))
      : h(
          'div',
          { className: 'actions column', role: 'group', 'aria-labelledby': 'file-heading' },
          h('h3', { id: 'file-heading' }, p.t('site.file')),
          ...SITE_CONCLUSIONS.map((c) => button(p.t(`conclusion.${c}`), () => p.dispatch({ type: 'site', act: { type: 'file-report', conclusion: c } }), { 'data-focus-id': `file-${c}` })),
          button(p.t('site.leaveWithout'), () => p.dispatch({ type: 'leave-site' }), { className: 'secondary', 'data-focus-id': 'leave-without' }),
        ),
  );
}
