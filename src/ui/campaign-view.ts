// The campaign's screens: the chapter list with progress, the card between chapters, and the
// ending with the player's path beside the article's record, chapter by chapter. Pure views: the
// scene works out the progress (core/campaign.ts) and passes it in.

import type { Campaign, CampaignChapter, CampaignEnding, Language, Level, LocalText } from '../core';
import type { Reference } from '../content/reference-model';
import type { Translate } from '../text/i18n';
import { linkTerms, sourceRef } from './article-reader';
import { button, h } from './dom';

interface Common {
  t: Translate;
  language: Language;
  /** The glossary and the article notes: sources open the reader (absent: plain text). */
  reference?: Reference | null;
}

export type ChapterStatus = 'done' | 'next' | 'locked';

export interface ChapterRow {
  /** 1 for the first chapter. */
  n: number;
  chapter: CampaignChapter;
  level: Level;
  status: ChapterStatus;
}

export interface CampaignListProps extends Common {
  campaign: Campaign;
  rows: ChapterRow[];
  /** The next chapter was left part-way: it resumes. */
  resumable: boolean;
  /** The chapter at which saved progress stopped being readable, or null. */
  stoppedAt: number | null;
  confirmStartOver: boolean;
  onPlay: () => void;
  onResume: () => void;
  /** Opens the card of a chapter already done (what it left, what really happened). */
  onLookBack: (n: number) => void;
  /** Null until every chapter is done. */
  onEnding: (() => void) | null;
  onStartOver: () => void;
  onBack: () => void;
  /** A teacher's link assigned the campaign: its panel (progress, and the result file once a path is whole). */
  assignment?: HTMLElement | null;
}

export function campaignListScreen(p: CampaignListProps): HTMLElement[] {
  const rows = p.rows.map((row) =>
    h(
      'li',
      { className: `card level-card chapter-${row.status}`, 'data-testid': `chapter-${row.level.id}`, 'data-status': row.status },
      h(
        'div',
        {},
        h('div', { className: 'year' }, `${p.t('campaign.chapter', { n: row.n })} · ${row.chapter.year}`),
        h('h3', { id: `chapter-${row.level.id}` }, row.level.title[p.language]),
        h('p', { className: 'small' }, h('strong', { className: 'chapter-status' }, p.t(`campaign.${row.status}`))),
      ),
      row.status === 'next'
        ? h(
            'div',
            { className: 'actions column' },
            p.resumable
              ? button(p.t('campaign.resume', { n: row.n }), p.onResume, { className: 'primary', 'aria-describedby': `chapter-${row.level.id}`, 'data-focus-id': 'chapter-resume', 'data-autofocus': true })
              : null,
            button(p.t('campaign.play', { n: row.n }), p.onPlay, {
              className: p.resumable ? 'secondary' : 'primary',
              'aria-describedby': `chapter-${row.level.id}`,
              'data-focus-id': 'chapter-play',
              'data-autofocus': !p.resumable,
            }),
          )
        : row.status === 'done'
          ? h(
              'div',
              { className: 'actions column' },
              button(p.t('campaign.lookBack'), () => p.onLookBack(row.n), { className: 'secondary', 'aria-describedby': `chapter-${row.level.id}`, 'data-focus-id': `look-back-${row.n}` }),
            )
          : null,
    ),
  );
  const panel = h(
    'section',
    { className: 'frame levels-panel campaign-panel', 'aria-labelledby': 'campaign-heading', 'data-scroll-id': 'campaign', 'data-testid': 'campaign-list' },
    h('h2', { id: 'campaign-heading', tabindex: -1 }, p.campaign.title[p.language]),
    h('p', {}, p.campaign.summary[p.language]),
    h('p', { className: 'small muted' }, p.t('campaign.alone')),
    p.stoppedAt !== null ? h('p', { className: 'card note', role: 'status' }, p.t('campaign.stopped', { n: p.stoppedAt })) : null,
    h('ol', { className: 'plain', role: 'list' }, ...rows),
    p.assignment ?? null,
    h(
      'div',
      { className: 'actions' },
      p.onEnding ? button(p.t('campaign.toEnding'), p.onEnding, { className: 'primary', 'data-focus-id': 'to-ending', 'data-autofocus': true }) : null,
      p.rows.some((r) => r.status === 'done')
        ? button(p.confirmStartOver ? p.t('campaign.startOverConfirm') : p.t('campaign.startOver'), p.onStartOver, { className: 'secondary', 'data-focus-id': 'start-over' })
        : null,
      button(p.t('campaign.back'), p.onBack, { className: 'secondary', 'data-focus-id': 'back' }),
    ),
  );
  linkTerms(p, panel);
  return [panel];
}

export interface ChapterCardProps extends Common {
  finished: { n: number; chapter: CampaignChapter; level: Level; notes: LocalText[] };
  /** Entries in the case file the next chapter starts with. */
  records: number;
  next: { n: number; chapter: CampaignChapter; level: Level } | null;
  /** Null when the card is looked back on: the next chapter is already played. */
  onContinue: (() => void) | null;
  onList: () => void;
  /** Shown after the last chapter. */
  onEnding: () => void;
}

/** What the chapter's notes and the record say, as a list, or that nothing was noted. */
function notesList(p: Common, notes: readonly LocalText[]): HTMLElement {
  return notes.length > 0 ? h('ul', {}, ...notes.map((note) => h('li', {}, note[p.language]))) : h('p', { className: 'muted' }, p.t('campaign.nothingNoted'));
}

function history(p: Common, chapter: CampaignChapter): HTMLElement {
  return h('p', {}, chapter.history.text[p.language], sourceRef(p, chapter.history.sourceLines, 'parentheses'));
}

export function chapterCardScreen(p: ChapterCardProps): HTMLElement[] {
  const { finished, next } = p;
  const panel = h(
    'section',
    { className: 'frame dark chapter-card', 'aria-labelledby': 'card-heading', 'data-scroll-id': 'card', 'data-testid': 'chapter-card' },
    h('div', { className: 'card-year' }, finished.chapter.year),
    h('h2', { id: 'card-heading', tabindex: -1 }, p.t('campaign.cardHeading', { n: finished.n, title: finished.level.title[p.language] })),
    h('h3', {}, p.t('campaign.youDid')),
    notesList(p, finished.notes),
    h('h3', {}, p.t('campaign.happened')),
    history(p, finished.chapter),
    h('p', { className: 'carries' }, p.t('campaign.carries', { count: p.records })),
    next ? h('p', { className: 'next-up' }, h('strong', {}, p.t('campaign.nextUp', { year: next.chapter.year, title: next.level.title[p.language] }))) : null,
    h(
      'div',
      { className: 'actions' },
      next && p.onContinue ? button(p.t('campaign.continue', { n: next.n }), p.onContinue, { className: 'primary', 'data-focus-id': 'card-continue', 'data-autofocus': true }) : null,
      next ? null : button(p.t('campaign.toEnding'), p.onEnding, { className: 'primary', 'data-focus-id': 'to-ending', 'data-autofocus': true }),
      button(p.t('campaign.toList'), p.onList, { className: next && p.onContinue ? 'secondary' : next ? 'primary' : 'secondary', 'data-focus-id': 'to-list', 'data-autofocus': Boolean(next && !p.onContinue) }),
    ),
  );
  linkTerms(p, panel);
  return [panel];
}

export interface EndingProps extends Common {
  ending: CampaignEnding;
  path: { n: number; chapter: CampaignChapter; level: Level; notes: LocalText[] }[];
  onList: () => void;
  onTitle: () => void;
  /** A teacher's link assigned the campaign: the result file and the report card, after the path. */
  assignment?: HTMLElement | null;
}

export function endingScreen(p: EndingProps): HTMLElement[] {
  const rows = p.path.map((row) =>
    h(
      'tr',
      { 'data-testid': `path-${row.level.id}` },
      h('th', { scope: 'row' }, h('div', { className: 'year' }, row.chapter.year), row.level.title[p.language]),
      h('td', {}, notesList(p, row.notes)),
      h('td', {}, history(p, row.chapter)),
    ),
  );
  const panel = h(
    'section',
    { className: 'frame debrief-panel ending-panel', 'aria-labelledby': 'ending-heading', 'data-scroll-id': 'ending', 'data-testid': 'ending' },
    h('p', { className: 'small muted' }, p.t('campaign.endingHeading')),
    h('h2', { id: 'ending-heading', tabindex: -1, 'data-autofocus': true, 'data-ending': p.ending.id }, p.ending.title[p.language]),
    h('p', { className: 'ending-text' }, p.ending.text[p.language]),
    h('p', { className: 'small' }, sourceRef(p, p.ending.sourceLines)),
    h('p', { className: 'small muted' }, p.t('campaign.endingFiction')),
    h(
      'table',
      { className: 'record-table path-table' },
      h('caption', {}, h('h3', {}, p.t('campaign.pathHeading'))),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, p.t('campaign.colChapter')), h('th', { scope: 'col' }, p.t('campaign.colYou')), h('th', { scope: 'col' }, p.t('campaign.colRecord')))),
      h('tbody', {}, ...rows),
    ),
    p.assignment ?? null,
    h(
      'div',
      { className: 'actions' },
      button(p.t('campaign.toList'), p.onList, { className: 'primary', 'data-focus-id': 'to-list' }),
      button(p.t('campaign.back'), p.onTitle, { className: 'secondary', 'data-focus-id': 'back' }),
    ),
  );
  linkTerms(p, panel);
  return [panel];
}
