// The teacher page's "Your own level": a level file the teacher wrote, read with the game's own
// loader (the same messages as the game: file, field, fix), tried in the game, and assigned. The
// level travels compressed in the link's fragment when the link stays short enough; otherwise the
// link says a level file is expected and the teacher sends the file beside it.

import type { Language, Level } from '../core';
import { levelFragment, MAX_LINK_CHARS } from '../content/level-link';
import type { TeacherTranslate } from '../text/teacher';
import { button, h } from './dom';

export interface TeacherLevelState {
  /** The file's name, as the teacher picked it. */
  file: string;
  /** The loader's problems (or the refusal of a shipped level's id), one line each as the game says them. */
  problems: string[];
  /** The level when it loaded. */
  level: Level | null;
  /** The level as a link code (compressed), once computed; null before. */
  code: string | null;
}

/**
 * The address with the teacher's level in its fragment when the link assigns it: the level itself
 * when the whole link stays within MAX_LINK_CHARS, else word that a file is expected.
 */
export function withTeacherLevel(address: string, levelIds: readonly string[], teacher: TeacherLevelState | null | undefined): string {
  if (!teacher?.level || !levelIds.includes(teacher.level.id)) return address;
  const base = address.replace(/#.*$/, '');
  const inside = teacher.code === null ? null : `${base}#${levelFragment(teacher.code)}`;
  return inside !== null && inside.length <= MAX_LINK_CHARS ? inside : `${base}#${levelFragment(null)}`;
}

/** Whether the teacher's level travels inside a link (null: no level, or its code is not ready). */
export function fitsInLink(address: string, teacher: TeacherLevelState | null | undefined): boolean | null {
  if (!teacher?.level || teacher.code === null) return null;
  return `${address.replace(/#.*$/, '')}#${levelFragment(teacher.code)}`.length <= MAX_LINK_CHARS;
}

export interface TeacherLevelProps {
  t: TeacherTranslate;
  language: Language;
  teacher: TeacherLevelState | null;
  /** The link that opens the game on the teacher's level alone (what "Try it" opens). */
  tryLink: string | null;
  onFile: (file: File) => void;
  /** Saves the level file format (the JSON schema) or a shipped level as an example. */
  onDownload: (what: 'schema' | 'example') => void;
}

export function teacherLevelSection(p: TeacherLevelProps): HTMLElement {
  const { t, teacher } = p;
  const input = h('input', {
    id: 'teacher-level-file',
    type: 'file',
    accept: '.json,application/json',
    'data-testid': 'teacher-level-file',
    onchange: ((e: Event) => {
      const file = (e.target as HTMLInputElement).files?.[0];
      if (file) p.onFile(file);
    }) as EventListener,
  });
  const fits = p.tryLink === null ? null : fitsInLink(p.tryLink, teacher);
  return h(
    'section',
    { 'aria-labelledby': 'teacher-level-heading', 'data-testid': 'teacher-level' },
    h('h2', { id: 'teacher-level-heading' }, t('teacher.custom')),
    h('p', {}, t('teacher.custom.how')),
    h(
      'div',
      { className: 'actions' },
      button(t('teacher.custom.schema'), () => p.onDownload('schema'), { className: 'secondary' }),
      button(t('teacher.custom.example'), () => p.onDownload('example'), { className: 'secondary' }),
    ),
    h(
      'div',
      {
        className: 'drop',
        ondragover: ((e: DragEvent) => e.preventDefault()) as EventListener,
        ondrop: ((e: DragEvent) => {
          e.preventDefault();
          const file = e.dataTransfer?.files[0];
          if (file) p.onFile(file);
        }) as EventListener,
      },
      h('label', { for: 'teacher-level-file' }, t('teacher.custom.choose')),
      input,
    ),
    teacher && teacher.problems.length > 0
      ? h(
          'div',
          { role: 'alert', 'data-testid': 'teacher-level-problems' },
          h('p', {}, t('teacher.custom.problems', { file: teacher.file })),
          h('ul', {}, ...teacher.problems.map((line) => h('li', { lang: 'en' }, h('code', {}, line)))),
        )
      : null,
    teacher?.level
      ? h(
          'div',
          { role: 'status', 'data-testid': 'teacher-level-loaded' },
          h('p', {}, t('teacher.custom.loaded', { file: teacher.file, title: teacher.level.title[p.language], id: teacher.level.id })),
          h('p', { className: 'small' }, fits === null ? t('teacher.custom.packing') : fits ? t('teacher.custom.inLink', { max: MAX_LINK_CHARS }) : t('teacher.custom.sendFile', { max: MAX_LINK_CHARS })),
          p.tryLink ? h('div', { className: 'actions' }, h('a', { href: p.tryLink, target: '_blank', rel: 'noopener', className: 'button', 'data-testid': 'try-teacher-level' }, t('teacher.custom.try'))) : null,
        )
      : null,
  );
}
