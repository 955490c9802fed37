// The debrief: the score on each lesson with every line that earned or cost points on it and every
// point left on the table, so the score adds up in front of the student; the risks met, the clues
// never found and where they were, and what really happened, every fact with its source lines.

import { compareAnswers, playedAtVote, roomMajority, type QuestionComparison, type QuestionsRecord, type RoomVotes } from '../core';
import { siteCaseRecord, consequenceTimeline, gridSummary, isStoryLevel, LESSONS, missedPoints, overallScore, riskRecords, tallyLessons, type GameState, type GridStep, type Language, type LessonId, type LessonTally, type Level, type DeskStep, type LocalText, type MissedPoints, type RecordMeasure, type SiteStep } from '../core';
import type { Translate } from '../text/i18n';
import { timelineSection, verdictLabel } from './desk-view';
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
  /** Set when the level was a campaign chapter: the way on is the campaign's card, not the case files. */
  onCampaign?: (() => void) | undefined;
  /** The glossary and the article notes: sources and terms open the reader (absent: plain text). */
  reference?: Reference | null;
  /** A teacher's assigned set, when this level is in it: progress, the next chapter, the result file. */
  assignment?: HTMLElement | null;
  /** The answers to the level's questions before and after (absent or null: none given). */
  questions?: QuestionsRecord | null;
  /** Facilitated mode: the room's votes at the pause points (absent or null: not a facilitated play). */
  room?: RoomVotes | null;
}

/** Prints the debrief with every lesson's account open (a closed one would print as its title only). */
function printDebrief(panel: HTMLElement): void {
  // A report card printed earlier stays in the page, and while it is there it alone prints.
  document.querySelector('body > .print-only')?.remove();
  const closed = [...panel.querySelectorAll('details:not([open])')];
  closed.forEach((d) => d.setAttribute('open', ''));
  window.addEventListener('afterprint', () => closed.forEach((d) => d.removeAttribute('open')), { once: true });
  window.print();
}

export function debriefView(p: DebriefProps): HTMLElement[] {
  const tally = tallyLessons(p.level, p.state);
  const overall = overallScore(tally);
  const source = (lines: readonly number[]): HTMLElement => sourceRef(p, lines, 'parentheses');

  const missed = missedPoints(p.level, p.state);
  const lessons = LESSONS.map((lesson) => lessonAccount(p, lesson, tally[lesson], missed.filter((m) => m.lesson === lesson), source));

  const risks = riskRecords(p.state).map((r) => {
    const word = r.spotted && r.fell ? p.t('debrief.riskBoth') : r.fell ? p.t('debrief.riskFell') : r.spotted ? p.t('debrief.riskSpotted') : p.t('debrief.riskNone');
    return h('li', { 'data-testid': `risk-${r.id}` }, h('strong', {}, `${r.id} · ${p.t(`risk.${r.id}`)}: `), word);
  });

  // A story chapter scored nothing: it says so, and what to watch for next, instead of a row of "not assessed".
  const story = isStoryLevel(p.level);
  const panel = h(
      'section',
      { className: 'frame debrief-panel', 'aria-labelledby': 'debrief-heading', 'data-scroll-id': 'debrief', 'data-testid': 'debrief' },
      h('p', { className: 'small muted' }, p.level.title[p.language]),
      h('h2', { id: 'debrief-heading', tabindex: -1, 'data-autofocus': true }, story ? p.t('debrief.heading') : `${p.t('debrief.heading')} · ${p.t('debrief.overall', { score: overall })}`),
      p.assignment ?? null,
      story
        ? h(
            'div',
            { 'data-testid': 'story-chapter' },
            h('p', {}, p.t('debrief.story')),
            p.level.debrief.watchNext ? [h('h3', {}, p.t('debrief.watchNext')), h('p', { 'data-testid': 'watch-next' }, p.level.debrief.watchNext[p.language])] : null,
          )
        : // The risks, four short lines, as one compact row above the lessons; the lesson accounts (long
          // when open, short when closed) then take the full width, so nothing stands half empty beside them.
          [
            h('section', { className: 'debrief-risks', 'aria-labelledby': 'risks-heading', 'data-testid': 'risks' }, h('h3', { id: 'risks-heading' }, p.t('debrief.risks')), h('ul', { className: 'plain risk-row' }, ...risks)),
            h('section', { className: 'debrief-lessons', 'aria-labelledby': 'lessons-heading', 'data-testid': 'lessons' }, h('h3', { id: 'lessons-heading' }, p.t('debrief.lessons')), h('p', { className: 'small muted' }, p.t('debrief.decisions')), ...lessons),
            cluesNeverFound(p),
          ],
      beforeAndAfter(p),
      roomChoices(p),
      story ? null : againstTheRecord(p),
      whatTheSitesWere(p),
      whatTheApplicationsWere(p),
      h('h3', {}, p.t('debrief.whatHappened')),
      h('ul', {}, ...p.level.debrief.whatHappened.map((item) => h('li', {}, item.text[p.language], source(item.sourceLines)))),
      h('h3', {}, p.t('debrief.fiction')),
      h('p', { className: 'fiction-tag' }, p.level.fiction[p.language]),
      h(
        'div',
        { className: 'actions' },
        p.onCampaign ? button(p.t('campaign.debriefContinue'), p.onCampaign, { className: 'primary', 'data-focus-id': 'to-campaign' }) : null,
        button(p.t('debrief.toLevels'), p.onLevels, { className: p.onCampaign ? 'secondary' : 'primary', 'data-focus-id': 'to-levels' }),
        p.onCampaign ? null : button(p.t('debrief.again'), p.onAgain, { className: 'secondary', 'data-focus-id': 'again' }),
        button(p.t('debrief.print'), () => printDebrief(panel), { className: 'secondary', 'data-focus-id': 'print-debrief' }),
      ),
    );
  linkTerms(p, panel);
  return [panel];
}

/** Every inspection the player went into, with its visit. */
function siteVisits(p: DebriefProps): { step: SiteStep; visit: NonNullable<GameState['site'][string]['visit']> }[] {
  return p.level.steps.flatMap((s) => {
    const visit = s.kind === 'site' ? p.state.site[s.id]?.visit : null;
    return s.kind === 'site' && visit ? [{ step: s, visit }] : [];
  });
}

/** After the inspections: what each site really was, and what it kept from the inspector. */
function whatTheSitesWere(p: DebriefProps): HTMLElement | null {
  const visits = siteVisits(p);
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

/** What a decision point was about, in words: a day's order, an application, a call, a site. */
function subjectOf(level: Level, point: { stepId: string; subject: string | null }): LocalText | undefined {
  const step = level.steps.find((s) => s.id === point.stepId);
  if (!step || point.subject === null) return undefined;
  switch (step.kind) {
    case 'grid':
      return step.days.find((d) => d.id === point.subject)?.title;
    case 'desk':
      return step.applications.find((a) => a.id === point.subject)?.project ?? step.calls.find((c) => c.id === point.subject)?.from;
    case 'site':
      return step.site.id === point.subject ? step.site.name : undefined;
    case 'board': {
      // A string is about a pair of documents ("a+b"); the offer and the filing are about the board.
      if (point.subject === step.id) return step.title;
      const [a, b] = point.subject.split('+').map((id) => step.cards.find((c) => c.id === id)?.title);
      return a && b ? { en: `${a.en} / ${b.en}`, ja: `${a.ja}／${b.ja}`, zh: `${a.zh}／${b.zh}` } : undefined;
    }
    case 'plan':
      // A proposal chosen is about that proposal; a fault is about the plan as a whole.
      return step.options.find((o) => o.id === point.subject)?.name ?? step.title;
    case 'scene':
      return undefined;
  }
}

/**
 * One lesson's account, so the score adds up in front of the student: the score, every line that
 * earned or cost points on it, their sum against the most the level offers, where the score
 * stopped at 0, and every point left on the table with the choice that would have earned it.
 */
function lessonAccount(p: DebriefProps, lesson: LessonId, tally: LessonTally[LessonId], missed: readonly MissedPoints[], source: (lines: readonly number[]) => HTMLElement): HTMLElement {
  const { score, earned, possible } = tally;
  const lines = p.state.scored.filter((s) => s.lesson === lesson);
  const barId = `lesson-${lesson}`;
  // What a line is about (a folder, a day, a caller), named once for a run of lines under the
  // same name: the lines after the first are indented under it instead of repeating the title.
  const subjectName = (point: { stepId: string; subject: string | null }): string | null => subjectOf(p.level, point)?.[p.language] ?? null;
  const subject = (point: { stepId: string; subject: string | null }): HTMLElement | null => {
    const about = subjectOf(p.level, point);
    return about ? h('strong', {}, `${about[p.language]}: `) : null;
  };
  const sameAsBefore = <T extends { stepId: string; subject: string | null }>(list: readonly T[], i: number): boolean =>
    i > 0 && subjectName(list[i]!) !== null && subjectName(list[i]!) === subjectName(list[i - 1]!);
  const itemClass = (base: string, same: boolean): string => (same ? `${base} same-subject` : base);
  const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));
  // English spaces its sentences; Japanese and Chinese run them on.
  const gap = p.language === 'en' ? ' ' : '';
  const scored = lines.map((line, i) =>
    h(
      'li',
      { className: itemClass(line.points > 0 ? 'gain' : line.points < 0 ? 'loss' : 'even', sameAsBefore(lines, i)), 'data-points': line.points },
      h('span', { className: 'points' }, `${p.t('debrief.points', { points: signed(line.points) })}${p.language === 'en' ? '. ' : ' '}`),
      sameAsBefore(lines, i) ? null : subject(line),
      line.text[p.language],
      source(line.sourceLines),
    ),
  );
  const misses = missed.map((m, i) =>
    h(
      'li',
      { className: itemClass('missed', sameAsBefore(missed, i)), 'data-missed': m.missed },
      h('span', { className: 'points' }, `${p.t('debrief.missed')}${gap}`),
      sameAsBefore(missed, i) ? null : subject(m),
      m.best.text[p.language],
      gap,
      h('span', { className: 'could-have' }, p.t('debrief.couldHaveEarned', { points: m.missed })),
      source(m.best.sourceLines),
    ),
  );
  const sum =
    score === null
      ? lines.length > 0
        ? p.t('debrief.sumNotAssessed', { earned })
        : null
      : p.t('debrief.sum', { earned, possible, score });
  // Below zero the score shows 0; what was lost past it is said, not hidden.
  const floor = score === 0 && earned < 0 ? p.t('debrief.floor', { lost: -earned }) : null;
  const open = lines.some((l) => l.points < 0) || misses.length > 0;
  return h(
    'details',
    { className: 'lesson', 'data-testid': barId, open },
    h(
      'summary',
      {},
      h('span', { id: barId }, `${lesson} · ${p.t(`lesson.${lesson}`)}: ${score === null ? p.t('debrief.notAssessed') : `${score} / 100`}`),
      h('div', { className: 'bar', role: 'img', 'aria-labelledby': barId }, score === null ? null : barFill(score)),
    ),
    h('p', { className: 'small muted' }, p.t(`lesson.${lesson}.about`)),
    scored.length > 0 ? h('ul', { className: 'scored', 'data-testid': `lines-${lesson}` }, ...scored) : null,
    sum ? h('p', { className: 'lesson-sum', 'data-testid': `sum-${lesson}` }, sum) : null,
    floor ? h('p', { className: 'lesson-floor', 'data-testid': `floor-${lesson}` }, floor) : null,
    misses.length > 0 ? h('ul', { className: 'scored', 'data-testid': `missed-${lesson}` }, ...misses) : null,
  );
}

/** For each inspection: every clue the player never saw, and where it was (the station or person, and how it is read). */
function cluesNeverFound(p: DebriefProps): HTMLElement | null {
  const visits = siteVisits(p);
  if (visits.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'missed-clues-heading', 'data-testid': 'missed-clues' },
    h('h3', { id: 'missed-clues-heading' }, p.t('debrief.missedClues')),
    ...visits.map(({ step, visit }) => {
      const placeName = (id: string | undefined): string => {
        const place = [...step.site.stations, ...step.site.staff].find((x) => x.id === id);
        return place ? place.name[p.language] : (id ?? '');
      };
      const missedClues = step.site.clues.filter((c) => !visit.evidence.includes(c.id));
      return h(
        'div',
        { 'data-testid': `missed-clues-${step.id}` },
        h('h4', {}, step.site.name[p.language]),
        missedClues.length === 0
          ? h('p', {}, p.t('debrief.allCluesFound'))
          : h(
              'ul',
              {},
              ...missedClues.map((clue) =>
                h(
                  'li',
                  { 'data-clue': clue.id },
                  h('strong', {}, `${p.t('site.observation', { place: placeName(visit.placement[clue.id]), tool: p.t(`tool.${clue.source}`) })}: `),
                  clue.seen[p.language],
                  visit.hiddenFrom[clue.id] !== undefined ? [p.language === 'en' ? ' ' : '', h('em', {}, p.t('debrief.clueHidden'))] : null,
                ),
              ),
            ),
      );
    }),
  );
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
              p.t('debrief.yourVerdict', { verdict: progress.decision ? verdictLabel(p.t, p.language, desk, progress.decision.verdict) : p.t('desk.undecided') }),
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

/** The level's questions: each answer before and after, how sure, and what the article supports. Not scored. */
function beforeAndAfter(p: DebriefProps): HTMLElement | null {
  const questions = p.level.questions ?? [];
  if (questions.length === 0 || !p.questions) return null;
  const side = (label: string, answer: QuestionComparison['before'], question: QuestionComparison['question']): string => {
    if (answer === null) return p.t('debrief.questionSideBare', { when: label, answer: p.t('debrief.questionNotAsked') });
    if (answer === 'skipped') return p.t('debrief.questionSideBare', { when: label, answer: p.t('debrief.questionSkipped') });
    const sure = p.t('debrief.questionSure', { label: p.t(`questions.sure.${answer.confidence}`), n: answer.confidence });
    return p.t('debrief.questionSide', { when: label, answer: question.options[answer.choice]?.[p.language] ?? '?', sure });
  };
  const rows = compareAnswers(questions, p.questions).map(({ question, before, after }, i) =>
    h(
      'li',
      { 'data-testid': `before-after-${i}` },
      h('strong', {}, question.prompt[p.language]),
      h('br', {}),
      `${side(p.t('debrief.questionBefore'), before, question)} → ${side(p.t('debrief.questionAfter'), after, question)}`,
      h('br', {}),
      h('em', {}, p.t('debrief.questionSupported', { option: question.options[question.answer]?.[p.language] ?? '' })),
      h('br', {}),
      question.explanation[p.language],
      sourceRef(p, question.sourceLines, 'parentheses'),
    ),
  );
  return h(
    'div',
    { className: 'before-after', 'data-testid': 'before-after' },
    h('h3', {}, p.t('debrief.questions')),
    h('p', { className: 'small muted' }, p.t('debrief.questionsNote')),
    h('ol', {}, ...rows),
  );
}

/** Facilitated mode: at each pause point with a vote, the room's counts and majority, what was played, and the case's answer with its lines. Not scored. */
export function roomChoices(p: DebriefProps): HTMLElement | null {
  const room = p.room;
  const votes = (p.level.pausePoints ?? []).flatMap((pause) => (pause.vote ? [{ pause, vote: pause.vote }] : []));
  if (!room || votes.length === 0) return null;
  const rows = votes.map(({ pause, vote }) => {
    const counts = room[pause.id] ?? {};
    const label = (id: string): string => vote.options.find((o) => o.id === id)?.label[p.language] ?? id;
    const majority = roomMajority(vote, counts);
    const played = playedAtVote(vote, pause.before, p.state.scored);
    const list = vote.options.map((o) => `${o.label[p.language]} ${counts[o.id] ?? 0}`).join(' · ');
    return h(
      'li',
      { 'data-testid': `room-${pause.id}` },
      h('strong', {}, pause.prompt[p.language]),
      h('br', {}),
      p.t('debrief.roomCounts', { list }),
      h('br', {}),
      majority ? p.t('debrief.roomMajority', { option: majority.label[p.language] }) : p.t('debrief.roomNoMajority'),
      h('br', {}),
      // A folder left undecided is no option of the vote: nothing was decided there.
      played?.option ? p.t('debrief.roomPlayed', { option: played.option.label[p.language] }) : p.t('debrief.roomNotPlayed'),
      h('br', {}),
      h('em', {}, p.t('debrief.roomCase', { option: label(vote.caseAnswer.option) })),
      h('br', {}),
      vote.caseAnswer.text[p.language],
      sourceRef(p, vote.caseAnswer.sourceLines, 'parentheses'),
    );
  });
  return h(
    'div',
    { className: 'room-choices', 'data-testid': 'room-choices' },
    h('h3', {}, p.t('debrief.room')),
    h('p', { className: 'small muted' }, p.t('debrief.roomNote')),
    h('ol', {}, ...rows),
  );
}
