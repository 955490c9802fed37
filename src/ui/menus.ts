// The level list and the screens around a level (the title's own are in title-screens.ts).

import { isStoryLevel } from '../core';
import type { Language, Level } from '../core/level';
import { describeProblem, type LevelProblem } from '../content/level-problem';
import { isTeacherLevel, saveRecordKey, type LevelLinkProblem } from '../content/level-link';
import type { Translate } from '../text/i18n';
import type { LevelRecord } from '../platform/storage';
import { button, h } from './dom';

// The title's own screens live in title-screens.ts (they load before the engine); said here too.
export { aboutScreen, languageScreen, soundSettingsPanel, titleScreen, type SoundSettingsProps, type TitleProps } from './title-screens';

export interface LevelListProps {
  t: Translate;
  language: Language;
  levels: Level[];
  problems: LevelProblem[];
  records: Record<string, LevelRecord>;
  /** The level left part-way, if any: it offers to resume. */
  inProgressLevelId: string | null;
  onPlay: (level: Level) => void;
  onResume: (level: Level) => void;
  onBack: () => void;
  /** A teacher's assigned set: its progress and, when it is done, the result file (absent: no assignment). */
  assignment?: HTMLElement | null;
  /** A teacher's level in the link: damaged (the game's own levels still play), or expected as a file the student opens. */
  teacherLink?: { problem: LevelLinkProblem | null; expected: boolean };
  /** A level file the student opens (a teacher's level sent beside the link); absent: no button. */
  onOpenFile?: (file: File) => void;
}

export function levelListScreen(p: LevelListProps): HTMLElement[] {
  const cards = p.levels.map((level, i) => {
    const record = p.records[saveRecordKey(level)];
    return h(
      'li',
      { className: 'card level-card' },
      h(
        'div',
        {},
        h('div', { className: 'year' }, level.year),
        h('h3', { id: `level-${level.id}` }, level.title[p.language]),
        h('p', {}, level.summary[p.language]),
        isTeacherLevel(level) ? h('p', { className: 'small note teacher-level', 'data-testid': `teacher-level-${level.id}` }, p.t('levels.teacherLevel')) : null,
        h(
          'p',
          { className: 'small muted' },
          `${p.t('levels.minutes', { min: level.minutes[0], max: level.minutes[1] })} · ${record ? (isStoryLevel(level) ? p.t('levels.storySeen') : p.t('levels.best', { score: record.best })) : p.t('levels.notPlayed')}`,
        ),
      ),
      h(
        'div',
        { className: 'actions column' },
        p.inProgressLevelId === level.id
          ? button(p.t('levels.resume'), () => p.onResume(level), {
              className: 'primary',
              'aria-describedby': `level-${level.id}`,
              'data-focus-id': `resume-${level.id}`,
              'data-autofocus': true,
            })
          : null,
        button(record ? p.t('levels.playAgain') : p.t('levels.play'), () => p.onPlay(level), {
          className: p.inProgressLevelId === level.id ? 'secondary' : 'primary',
          'aria-describedby': `level-${level.id}`,
          'data-focus-id': `play-${level.id}`,
          'data-autofocus': i === 0 && p.inProgressLevelId !== level.id,
        }),
      ),
    );
  });
  return [
    h(
      'section',
      { className: 'frame levels-panel', 'aria-labelledby': 'levels-heading', 'data-scroll-id': 'levels' },
      h('h2', { id: 'levels-heading' }, p.t('levels.heading')),
      p.teacherLink?.problem ? h('p', { className: 'card note', role: 'alert', 'data-testid': 'link-damaged' }, p.t('levels.linkDamaged')) : null,
      p.teacherLink?.expected && !p.levels.some(isTeacherLevel) ? h('p', { className: 'card note', 'data-testid': 'level-file-expected' }, p.t('levels.fileExpected')) : null,
      p.assignment ?? null,
      p.levels.length === 0 ? h('p', { role: 'alert' }, p.t('error.noLevels')) : h('ul', { className: 'plain', role: 'list' }, ...cards),
      p.problems.length > 0
        ? h(
            'div',
            { className: 'card note problems', role: 'alert' },
            h('p', {}, p.t('levels.broken')),
            h('ul', {}, ...p.problems.map((problem) => h('li', { lang: 'en' }, h('code', {}, describeProblem(problem))))),
          )
        : null,
      p.onOpenFile ? openFileButton(p.t, p.onOpenFile) : null,
      button(p.t('levels.back'), p.onBack, { className: 'secondary', 'data-focus-id': 'back' }),
    ),
  ];
}

/** "Open a level file": a teacher's level sent beside the link (or any level file an author wants to try). */
function openFileButton(t: Translate, onOpen: (file: File) => void): HTMLElement {
  const input = h('input', {
    type: 'file',
    accept: '.json,application/json',
    hidden: true,
    'data-testid': 'open-level-file',
    onchange: ((e: Event) => {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (file) onOpen(file);
    }) as EventListener,
  });
  return h('div', { className: 'actions' }, button(t('levels.openFile'), () => input.click(), { className: 'secondary', 'data-focus-id': 'open-level-file' }), input, h('p', { className: 'small muted' }, t('levels.openFileHelp')));
}

/** The level files could not be fetched (a dropped network, a failed chunk): say so and offer to try again. */
export function levelsLoadFailedScreen(p: { t: Translate; onRetry: () => void; onBack: () => void }): HTMLElement[] {
  return [
    h(
      'section',
      { className: 'frame levels-panel', 'aria-labelledby': 'levels-heading', 'data-testid': 'levels-load-failed' },
      h('h2', { id: 'levels-heading' }, p.t('levels.heading')),
      h('p', { role: 'alert' }, p.t('levels.loadFailed')),
      h(
        'div',
        { className: 'actions' },
        button(p.t('levels.retry'), p.onRetry, { className: 'primary', 'data-focus-id': 'retry', 'data-autofocus': true }),
        button(p.t('levels.back'), p.onBack, { className: 'secondary', 'data-focus-id': 'back' }),
      ),
    ),
  ];
}
