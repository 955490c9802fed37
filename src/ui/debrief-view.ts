// The debrief: the score on each lesson, what each decision earned or cost and why, the risks
// met, and what really happened, every fact with its source lines.

import { siteCaseRecord, consequenceTimeline, gridSummary, LESSONS, overallScore, riskRecords, tallyLessons, type GameState, type GridStep, type Language, type Level, type DeskStep, type LocalText, type RecordMeasure, type ScoredDecision, type SiteStep } from '../core';
import type { Translate } from '../text/i18n';
import { timelineSection } from './desk-view';
import type { Reference } from '../content/reference-model';
import { linkTerms, sourceRef } from './article-reader';
import { button, h } from './dom';

export interface DebriefProps {
  t: Translate;
  language: Language;
  level: Level;
  state: GameState;
  onLevels: () => void;
  onAgain: () => void;
  /** The glossary and the article notes: sources and terms open the reader (absent: plain text). */
  reference?: Reference | null;
}

export function debriefView(p: DebriefProps): HTMLElement[] {
  const tally = tallyLessons(p.level, p.state);
  const overall = overallScore(tally);
  const source = (lines: readonly number[]): HTMLElement => sourceRef(p, lines, 'parentheses');

  const lessons = LESSONS.map((lesson) => {
    const { score } = tally[lesson];
    const barId = `lesson-${lesson}`;
    return h(
      'div',
      { className: 'lesson', 'data-testid': barId },
      h('h4', { id: barId }, `${lesson} · ${p.t(`lesson.${lesson}`)}: ${score === null ? p.t('debrief.notAssessed') : `${score} / 100`}`),
      h(
        'div',
        { className: 'bar', role: 'img', 'aria-labelledby': barId },
        score === null ? null : barFill(score),
      ),
      h('p', { className: 'small muted' }, p.t(`lesson.${lesson}.about`)),
    );
  });

  const risks = riskRecords(p.state).map((r) => {
    const word = r.spotted && r.fell ? p.t('debrief.riskBoth') : r.fell ? p.t('debrief.riskFell') : r.spotted ? p.t('debrief.riskSpotted') : p.t('debrief.riskNone');
    return h('li', { 'data-testid': `risk-${r.id}` }, h('strong', {}, `${r.id} · ${p.t(`risk.${r.id}`)}: `), word);
  });

  const decisions = p.state.scored.map((event) => {
    const subject = subjectOf(p.level, event);
    return h(
      'li',
      { className: event.points >= 0 ? 'gain' : 'loss' },
      h('span', { className: 'points' }, `${event.lesson} ${p.t('debrief.points', { points: event.points > 0 ? `+${event.points}` : event.points })}. `),
      subject ? h('strong', {}, `${subject[p.language]}: `) : null,
      event.text[p.language],
      source(event.sourceLines),
    );
  });

  const panel = h(
      'section',
      { className: 'frame debrief-panel', 'aria-labelledby': 'debrief-heading', 'data-scroll-id': 'debrief', 'data-testid': 'debrief' },
      h('p', { className: 'small muted' }, p.level.title[p.language]),
      h('h2', { id: 'debrief-heading', tabindex: -1, 'data-autofocus': true }, `${p.t('debrief.heading')} · ${p.t('debrief.overall', { score: overall })}`),
      h(
        'div',
        { className: 'debrief-grid' },
        h(
          'div',
          {},
          h('h3', {}, p.t('debrief.lessons')),
          ...lessons,
          h('h3', {}, p.t('debrief.risks')),
          h('ul', { className: 'plain' }, ...risks),
        ),
        h('div', {}, h('h3', {}, p.t('debrief.decisions')), h('ul', { className: 'scored' }, ...decisions)),
      ),
      againstTheRecord(p),
      whatTheSitesWere(p),
      whatTheApplicationsWere(p),
      h('h3', {}, p.t('debrief.whatHappened')),
      h('ul', {}, ...p.level.debrief.whatHappened.map((item) => h('li', {}, item.text[p.language], source(item.sourceLines)))),
      h('h3', {}, p.t('debrief.fiction')),
      h('p', { className: 'fiction-tag' }, p.level.fiction[p.language]),
      h(
        'div',
        { className: 'actions' },
        button(p.t('debrief.toLevels'), p.onLevels, { className: 'primary', 'data-focus-id': 'to-levels' }),
        button(p.t('debrief.again'), p.onAgain, { className: 'secondary', 'data-focus-id': 'again' }),
      ),
    );
  linkTerms(p, panel);
  return [panel];
}

/** After the inspections: what each site really was, and what it kept from the inspector. */
function whatTheSitesWere(p: DebriefProps): HTMLElement | null {
  const visits = p.level.steps.flatMap((s) => {
    const visit = s.kind === 'site' ? p.state.site[s.id]?.visit : null;
    return s.kind === 'site' && visit ? [{ step: s as SiteStep, visit }] : [];
  });
  if (visits.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'sites-heading', 'data-testid': 'sites-truth' },
    h('h3', { id: 'sites-heading' }, p.t('debrief.sites')),
    h(
      'ul',
      {},
      ...visits.map(({ step, visit }) => {
        const entry = siteCaseRecord(step.site, visit);
        const hidden = entry.hiddenFromInspector.map((id) => step.site.clues.find((c) => c.id === id)!.seen[p.language]);
        return h(
          'li',
          {},
          h('strong', {}, `${step.site.name[p.language]}: `),
          p.t(`truth.${step.site.truth}`),
          ' ',
          p.t('debrief.siteSeen', { seen: visit.evidence.length, total: step.site.clues.length }),
          hidden.length > 0 ? [' ', p.t('debrief.siteHid', { hidden: hidden.length }), h('ul', {}, ...hidden.map((text) => h('li', { className: 'small' }, text)))] : null,
        );
      }),
    ),
  );
}

/** Which project a desk decision was about, so "you approved a sound project" says which one. */
function subjectOf(level: Level, decision: ScoredDecision): LocalText | undefined {
  const desk = level.steps.find((s): s is DeskStep => s.kind === 'desk' && s.id === decision.stepId);
  return desk?.applications.find((a) => a.id === decision.subject)?.project;
}

/** After a review desk: what each application really was beside the verdict, and the years that follow. */
function whatTheApplicationsWere(p: DebriefProps): HTMLElement | null {
  const desks = p.level.steps.filter((s): s is DeskStep => s.kind === 'desk' && p.state.desk[s.id] !== undefined);
  if (desks.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'applications-heading', 'data-testid': 'applications-truth' },
    h('h3', { id: 'applications-heading' }, p.t('debrief.applications')),
    ...desks.map((desk) => {
      const state = p.state.desk[desk.id]!;
      return h(
        'div',
        {},
        h(
          'ul',
          {},
          ...desk.applications.map((application) => {
            const truth = application.truth;
            const progress = state.applications[application.id]!;
            const kind = truth.legitimate ? 'sound' : truth.corrupt ? 'corrupt' : truth.curable ? 'curable' : 'unsound';
            const found = truth.discrepancies.filter((d) => progress.found.includes(d.id)).length;
            return h(
              'li',
              {},
              h('strong', {}, `${application.project[p.language]}: `),
              p.t(`appTruth.${kind}`),
              ' ',
              p.t('debrief.yourVerdict', { verdict: progress.decision ? p.t(`desk.verdict.${progress.decision.verdict}`) : p.t('desk.undecided') }),
              truth.discrepancies.length > 0 ? [' ', p.t('debrief.applicationFound', { found, total: truth.discrepancies.length })] : null,
            );
          }),
        ),
        timelineSection(p, consequenceTimeline(desk, state)),
      );
    }),
  );
}

/** The player's city beside what the article reports, one row per measure the level names. */
function againstTheRecord(p: DebriefProps): HTMLElement | null {
  const rows = p.level.debrief.againstTheRecord ?? [];
  const grid = p.level.steps.find((s): s is GridStep => s.kind === 'grid');
  const progress = grid ? p.state.grid[grid.id] : undefined;
  if (rows.length === 0 || !grid || !progress) return null;
  const summary = gridSummary(grid, progress);
  const name = grid.districts.find((d) => d.id === grid.favouredDistrict)?.name[p.language] ?? '';
  const percent = (share: number): number => Math.round(100 * share);
  const measured: Record<RecordMeasure, [string, string]> = {
    homesPeakServed: [p.t('record.homesPeakServed'), p.t('record.homesPeakServedValue', { share: percent(summary.homesPeakServedShare) })],
    favouredHoursRun: [p.t('record.favouredHoursRun', { name }), p.t('record.favouredHoursRunValue', { share: percent(summary.favouredHoursRunShare) })],
    generatorHours: [p.t('record.generatorHours'), p.t('record.generatorHoursValue', { n: summary.generatorHours })],
    ordersComplied: [p.t('record.ordersComplied'), p.t('record.ordersCompliedValue', { n: summary.ordersComplied, total: summary.ordersGiven })],
    metering: [p.t('record.metering', { name }), p.t(`record.metering.${summary.metering}`)],
    evidence: [p.t('record.evidence'), p.t(summary.evidence ? 'record.evidence.yes' : 'record.evidence.no')],
  };
  return h(
    'section',
    { 'aria-labelledby': 'record-heading' },
    h('h3', { id: 'record-heading' }, p.t('debrief.record')),
    h(
      'table',
      { className: 'record-table', 'data-testid': 'against-the-record' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, p.t('debrief.recordMeasure')), h('th', { scope: 'col' }, p.t('debrief.recordYou')), h('th', { scope: 'col' }, p.t('debrief.recordArticle')))),
      h(
        'tbody',
        {},
        ...rows.map((row) => {
          const [label, value] = measured[row.measure];
          return h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, value), h('td', {}, row.record[p.language], sourceRef(p, row.sourceLines, 'parentheses')));
        }),
      ),
    ),
  );
}

function barFill(score: number): HTMLElement {
  const fill = h('div', {});
  fill.style.width = `${score}%`;
  return fill;
}
