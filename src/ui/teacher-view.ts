// The teacher page (teacher.html): the levels at a glance, an assignment link, and a class's result
// files re-scored in the browser by replaying each student's decisions. Nothing leaves the page.

import { assessedLessons, LESSONS, PLAY_MODES, type Language, type Level, type LessonId, type NamesMode, type PlayMode, type SiteDifficulty, SITE_DIFFICULTIES } from '../core';
import type { FileVerdict } from '../content/results';
import { facilitatorGuide, levelCitedLines } from '../content/facilitator-guide';
import { questionsSummary } from '../content/question-counts';
import { resolveTokens } from '../content/real-people';
import { HTML_LANG, LANGUAGE_NAMES } from '../text/i18n';
import type { TeacherTranslate } from '../text/teacher';
import { LANGUAGES } from '../core/level';
import { button, h, sourceLinesText } from './dom';
import { facilitatorGuideView, STEP_KIND_DOES } from './facilitator-guide';
import { qrCode, qrFits } from './qr-code';
import { teacherLevelSection, withTeacherLevel, type TeacherLevelState } from './teacher-custom';

export interface LinkChoice {
  /** The assigned levels in the game's order; none for the level list (every level, nothing assigned). */
  levelIds: string[];
  /** A class label the student's result file carries (empty: none). */
  classLabel: string;
  language: Language;
  /** A fixed seed for the whole class, or null for a seed per play. */
  seed: number | null;
  difficulty: SiteDifficulty | null;
  names: NamesMode;
  /** Practice (hints), assessment (no hints, one seed for the class) or facilitated (a room at a projector). */
  mode: PlayMode;
  /** The whole campaign, chapters carrying over (?assign=campaign); the level ticks are set aside. */
  campaign?: boolean;
}

/** The address a student opens: the game's page with the choices as its launch options. */
export function assignmentLink(gameUrl: string, choice: LinkChoice): string {
  const url = new URL(gameUrl);
  url.search = '';
  url.searchParams.set('lang', choice.language);
  if (choice.campaign) url.searchParams.set('assign', 'campaign');
  else if (choice.levelIds.length === 1) url.searchParams.set('level', choice.levelIds[0]!);
  else if (choice.levelIds.length > 1) url.searchParams.set('levels', choice.levelIds.join(','));
  if (choice.classLabel.trim()) url.searchParams.set('class', choice.classLabel.trim().slice(0, 80));
  if (choice.seed !== null) url.searchParams.set('seed', String(choice.seed));
  if (choice.difficulty) url.searchParams.set('difficulty', choice.difficulty);
  if (choice.names === 'roles') url.searchParams.set('names', 'roles');
  if (choice.mode !== 'practice') url.searchParams.set('mode', choice.mode);
  return url.toString();
}

export interface ClassRow {
  name: string;
  verdict: FileVerdict;
  overall: number | null;
  lessons: Record<LessonId, number | null>;
}

/** One row per file, the students who need help first: unverified files, then the lowest overall. */
export function classRows(files: readonly { name: string; verdict: FileVerdict }[]): ClassRow[] {
  const rows = files.map(({ name, verdict }): ClassRow => {
    const plays = verdict.readable && verdict.plays.every((p) => p.scores) ? verdict.plays.map((p) => p.scores!) : [];
    const mean = (xs: number[]): number | null => (xs.length === 0 ? null : Math.round(xs.reduce((a, b) => a + b, 0) / xs.length));
    return {
      name,
      verdict,
      // A story chapter (no lesson assessed) has no overall to count.
      overall: mean(plays.filter((p) => LESSONS.some((l) => p.lessons[l] !== null)).map((p) => p.overall)),
      lessons: Object.fromEntries(LESSONS.map((l) => [l, mean(plays.flatMap((p) => (p.lessons[l] === null ? [] : [p.lessons[l]])))])) as Record<LessonId, number | null>,
    };
  });
  const trusted = (r: ClassRow) => r.verdict.readable && r.verdict.verified;
  return rows.sort((a, b) => Number(trusted(a)) - Number(trusted(b)) || (a.overall ?? -1) - (b.overall ?? -1) || a.name.localeCompare(b.name));
}

/** The lessons in the order the class found them hardest: lowest mean over verified files first. */
export function hardestLessons(rows: readonly ClassRow[]): { lesson: LessonId; mean: number; files: number }[] {
  const verified = rows.filter((r) => r.verdict.readable && r.verdict.verified);
  return LESSONS.flatMap((lesson) => {
    const scores = verified.flatMap((r) => (r.lessons[lesson] === null ? [] : [r.lessons[lesson]]));
    return scores.length === 0 ? [] : [{ lesson, mean: Math.round(scores.reduce((a, b) => a + b, 0) / scores.length), files: scores.length }];
  }).sort((a, b) => a.mean - b.mean);
}

export interface TeacherProps {
  t: TeacherTranslate;
  language: Language;
  levels: Level[];
  /** Level files that failed to load, as one line each. */
  problems: string[];
  gameUrl: string;
  link: LinkChoice;
  copied: boolean;
  results: { name: string; verdict: FileVerdict }[];
  onLanguage: (language: Language) => void;
  onLink: (change: Partial<LinkChoice>) => void;
  onCopy: (link: string) => void;
  onFiles: (files: File[]) => void;
  onCsv: () => void;
  onClear: () => void;
  /** Prints the students' handout alone (the page's print styles hide the rest). */
  onHandout: () => void;
  /** The translation for another language (the handout's); absent: the page's own. */
  handoutTranslate?: (language: Language) => TeacherTranslate;
  /** The language the facilitator's guides are written in (the page's, unless chosen). */
  guideLanguage: Language;
  /** The level whose facilitator's guide is open, or null. */
  guideLevelId: string | null;
  onGuideLanguage: (language: Language) => void;
  /** Opens a level's guide and prints it alone. */
  onGuide: (levelId: string) => void;
  /** Prints the open guide alone again. */
  onGuidePrint: () => void;
  onGuideClose: () => void;
  /** The campaign's chapters in order (the levels there are), when the campaign loaded: it can then be assigned whole. */
  campaignLevelIds?: readonly string[];
  /** The teacher's own level file, when one was loaded ("Your own level", ui/teacher-custom.ts). */
  teacherLevel?: TeacherLevelState | null;
  onTeacherLevelFile?: (file: File) => void;
  onDownload?: (what: 'schema' | 'example') => void;
}

function catalogue(p: TeacherProps): HTMLElement {
  const { t, language } = p;
  const total = p.levels.reduce((sum, l) => [sum[0]! + l.minutes[0], sum[1]! + l.minutes[1]], [0, 0]);
  return h(
    'section',
    { 'aria-labelledby': 'catalogue-heading' },
    h('h2', { id: 'catalogue-heading' }, t('teacher.catalogue')),
    h('p', {}, t('teacher.catalogueTotal', { count: p.levels.length, min: total[0]!, max: total[1]! })),
    h(
      'label',
      { for: 'guide-language', className: 'guide-language' },
      t('teacher.guide.language'),
      h('select', { id: 'guide-language', onchange: ((e: Event) => p.onGuideLanguage((e.target as HTMLSelectElement).value as Language)) as EventListener }, ...LANGUAGES.map((l) => h('option', { value: l, selected: l === p.guideLanguage }, LANGUAGE_NAMES[l]))),
    ),
    h(
      'table',
      { className: 'catalogue' },
      h('thead', {}, h('tr', {}, ...['teacher.col.year', 'teacher.col.level', 'teacher.col.minutes', 'teacher.col.does', 'teacher.col.lessons', 'teacher.col.lines'].map((k) => h('th', { scope: 'col' }, t(k as Parameters<TeacherTranslate>[0]))))),
      h(
        'tbody',
        {},
        ...p.levels.map((level) => {
          const does = [...new Set(level.steps.map((s) => STEP_KIND_DOES[s.kind]).filter((k) => k !== null))];
          const lines = levelCitedLines(level);
          return h(
            'tr',
            {},
            h('td', {}, level.year),
            h(
              'th',
              { scope: 'row' },
              h('strong', {}, level.title[language]),
              h('p', { className: 'small summary' }, level.summary[language]),
              h('code', {}, level.id),
              h(
                'details',
                { className: 'discuss', 'data-testid': `discuss-${level.id}` },
                h('summary', {}, t('teacher.discuss.summary', { count: level.discussion.length })),
                h('ol', {}, ...level.discussion.map((d) => h('li', {}, d.prompt[language]))),
              ),
              button(t('teacher.guide.button'), () => p.onGuide(level.id), { className: 'secondary guide-button', 'data-testid': `guide-${level.id}`, 'aria-label': t('teacher.guide.buttonLabel', { title: level.title[language] }) }),
            ),
            h('td', {}, t('levels.minutes', { min: level.minutes[0], max: level.minutes[1] })),
            h('td', {}, does.map((k) => t(k)).join(t('teacher.listSeparator'))),
            h('td', {}, assessedLessons(level).map((l) => t(`lesson.${l}`)).join(t('teacher.listSeparator'))),
            h('td', {}, lines.length > 0 ? t('teacher.linesCited', { lines: sourceLinesText(lines) }) : ''),
          );
        }),
      ),
    ),
    p.problems.length > 0 ? h('div', { role: 'alert' }, h('p', {}, t('teacher.problems')), h('ul', {}, ...p.problems.map((line) => h('li', {}, line)))) : null,
  );
}

/** The open level's facilitator's guide, in the guide's language; nothing when none is open. */
function guide(p: TeacherProps): HTMLElement | null {
  const level = p.levels.find((l) => l.id === p.guideLevelId);
  if (!level) return null;
  const facilitatedLink = assignmentLink(p.gameUrl, { levelIds: [level.id], classLabel: '', language: p.guideLanguage, seed: null, difficulty: null, names: p.link.names, mode: 'facilitated' });
  return facilitatorGuideView({ guide: facilitatorGuide(level, p.guideLanguage), t: teacherTranslateFor(p, p.guideLanguage), facilitatedLink, onPrint: p.onGuidePrint, onClose: p.onGuideClose });
}

function linkBuilder(p: TeacherProps): HTMLElement {
  const { t, link } = p;
  const address = withTeacherLevel(assignmentLink(p.gameUrl, link), link.levelIds, p.teacherLevel);
  const select = (id: string, label: string, value: string, options: [string, string][], onChange: (value: string) => void) =>
    h(
      'label',
      { for: id },
      label,
      h('select', { id, onchange: ((e: Event) => onChange((e.target as HTMLSelectElement).value)) as EventListener }, ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text))),
    );
  return h(
    'section',
    { 'aria-labelledby': 'link-heading' },
    h('h2', { id: 'link-heading' }, t('teacher.link')),
    h(
      'div',
      { className: 'link-form' },
      h(
        'fieldset',
        { className: 'link-levels' },
        h('legend', {}, t('teacher.link.levels')),
        ...p.levels.map((l) =>
          h(
            'label',
            { className: 'check' },
            h('input', {
              type: 'checkbox',
              // An id, so the page's re-render gives the focus back to the box just ticked.
              id: `link-level-${l.id}`,
              'data-testid': `link-level-${l.id}`,
              checked: link.levelIds.includes(l.id),
              disabled: link.campaign === true,
              onchange: ((e: Event) => {
                const on = (e.target as HTMLInputElement).checked;
                // Kept in the game's order, whatever order they were ticked in.
                p.onLink({ levelIds: p.levels.map((x) => x.id).filter((id) => (id === l.id ? on : link.levelIds.includes(id))) });
              }) as EventListener,
            }),
            ` ${l.year} · ${l.title[p.language]}`,
          ),
        ),
        h('p', { className: 'small' }, t('teacher.link.levelsHelp')),
        p.campaignLevelIds && p.campaignLevelIds.length > 0
          ? h(
              'label',
              { className: 'check campaign-choice' },
              h('input', {
                type: 'checkbox',
                id: 'link-campaign',
                'data-testid': 'link-campaign',
                checked: link.campaign === true,
                onchange: ((e: Event) => p.onLink({ campaign: (e.target as HTMLInputElement).checked })) as EventListener,
              }),
              ` ${t('teacher.link.campaign')}`,
            )
          : null,
        p.campaignLevelIds && p.campaignLevelIds.length > 0 ? h('p', { className: 'small' }, t('teacher.link.campaignHelp')) : null,
      ),
      h(
        'label',
        { for: 'link-class' },
        t('teacher.link.class'),
        h('input', {
          id: 'link-class',
          type: 'text',
          maxlength: 80,
          value: link.classLabel,
          onchange: ((e: Event) => p.onLink({ classLabel: (e.target as HTMLInputElement).value })) as EventListener,
        }),
      ),
      select('link-language', t('teacher.link.language'), link.language, LANGUAGES.map((l): [string, string] => [l, LANGUAGE_NAMES[l]]), (v) => p.onLink({ language: v as Language })),
      select('link-difficulty', t('teacher.link.difficulty'), link.difficulty ?? '', [['', t('teacher.link.studentChooses')], ...SITE_DIFFICULTIES.map((d): [string, string] => [d, t(`site.difficulty.${d}` as Parameters<TeacherTranslate>[0])])], (v) => p.onLink({ difficulty: v === '' ? null : (v as SiteDifficulty) })),
      select('link-names', t('teacher.link.names'), link.names, [['names', t('title.namesNames')], ['roles', t('title.namesRoles')]], (v) => p.onLink({ names: v as NamesMode })),
      select('link-mode', t('teacher.link.mode'), link.mode, PLAY_MODES.map((m): [string, string] => [m, t(`teacher.mode.${m}`)]), (v) =>
        // An assessment gives the whole class one arrangement: it draws a seed when none is set.
        p.onLink({ mode: v as PlayMode, seed: v === 'assessment' && link.seed === null ? Math.floor(Math.random() * 1_000_000) : link.seed }),
      ),
      h(
        'label',
        { for: 'link-seed' },
        t('teacher.link.seed'),
        h('input', {
          id: 'link-seed',
          type: 'number',
          min: 0,
          max: 4294967295,
          value: link.seed === null ? '' : String(link.seed),
          placeholder: t('teacher.link.seedNone'),
          onchange: ((e: Event) => {
            const text = (e.target as HTMLInputElement).value.trim();
            p.onLink({ seed: /^\d{1,10}$/.test(text) ? Number(text) >>> 0 : null });
          }) as EventListener,
        }),
      ),
    ),
    h('p', { className: 'small' }, t('teacher.link.seedHelp')),
    h('p', { className: 'small', id: 'link-mode-help' }, t(`teacher.modeHelp.${link.mode}`)),
    h('label', { for: 'link-address' }, t('teacher.link.address')),
    h('input', { id: 'link-address', className: 'address', readonly: true, value: address, 'data-testid': 'assignment-link' }),
    h(
      'div',
      { className: 'actions' },
      button(t('teacher.link.copy'), () => p.onCopy(address)),
      h('a', { href: address, target: '_blank', rel: 'noopener' }, t('teacher.link.open')),
      button(t('teacher.handout.print'), p.onHandout, { 'data-testid': 'print-handout' }),
    ),
    h('p', { role: 'status', className: 'small' }, p.copied ? t('teacher.link.copied') : ''),
    handout(p, address),
  );
}

/**
 * The students' handout, in the link's language: what was assigned, how to open it (the link and
 * its QR code), and what to send back. Shown on the page as a preview (it can be projected) and
 * printed alone.
 */
function handout(p: TeacherProps, address: string): HTMLElement {
  const s = teacherTranslateFor(p, p.link.language);
  const campaign = p.link.campaign === true;
  const assigned = (campaign ? (p.campaignLevelIds ?? []) : p.link.levelIds).flatMap((id) => p.levels.filter((l) => l.id === id));
  const minutes = assigned.reduce((sum, l) => [sum[0]! + l.minutes[0], sum[1]! + l.minutes[1]], [0, 0]);
  return h(
    'section',
    { className: 'handout', lang: HTML_LANG[p.link.language], 'aria-labelledby': 'handout-heading', 'data-testid': 'handout' },
    h('h3', { id: 'handout-heading' }, `${s('app.title')}${p.link.classLabel.trim() ? ` · ${p.link.classLabel.trim()}` : ''}`),
    h(
      'div',
      { className: 'handout-body' },
      h(
        'div',
        {},
        assigned.length > 0
          ? h(
              'div',
              {},
              h('p', {}, campaign ? s('teacher.handout.campaign', { count: assigned.length, min: minutes[0]!, max: minutes[1]! }) : s('teacher.handout.assigned', { min: minutes[0]!, max: minutes[1]! })),
              h('ol', {}, ...assigned.map((l) => h('li', {}, `${l.year} · ${l.title[p.link.language]}`))),
            )
          : h('p', {}, s('teacher.handout.free')),
        p.link.mode === 'assessment' && assigned.length > 0 ? h('p', {}, s('teacher.handout.assessment')) : null,
        h('ol', { className: 'steps' }, h('li', {}, s('teacher.handout.open')), h('li', {}, s('teacher.handout.play')), assigned.length > 0 ? h('li', {}, s('teacher.handout.send')) : null),
        h('p', { className: 'small' }, s('teacher.handout.private')),
        h('p', { className: 'handout-address' }, address),
      ),
      qrFits(address) ? qrCode(address, s('teacher.handout.qr')) : h('p', { className: 'small', 'data-testid': 'no-qr' }, s('teacher.custom.noQr')),
    ),
  );
}

/** The handout speaks the students' language, which may not be the page's. */
function teacherTranslateFor(p: TeacherProps, language: Language): TeacherTranslate {
  return p.handoutTranslate?.(language) ?? p.t;
}

function results(p: TeacherProps): HTMLElement {
  const { t } = p;
  const rows = classRows(p.results);
  const hardest = hardestLessons(rows);
  const input = h('input', {
    id: 'result-files',
    type: 'file',
    multiple: true,
    accept: '.json,application/json',
    onchange: ((e: Event) => p.onFiles([...((e.target as HTMLInputElement).files ?? [])])) as EventListener,
  });
  const cell = (value: number | null) => h('td', { className: 'number' }, value === null ? '–' : String(value));
  return h(
    'section',
    { 'aria-labelledby': 'results-heading' },
    h('h2', { id: 'results-heading' }, t('teacher.results')),
    h('p', {}, t('teacher.results.how')),
    h(
      'div',
      {
        className: 'drop',
        'data-testid': 'drop-zone',
        ondragover: ((e: DragEvent) => e.preventDefault()) as EventListener,
        ondrop: ((e: DragEvent) => {
          e.preventDefault();
          p.onFiles([...(e.dataTransfer?.files ?? [])]);
        }) as EventListener,
      },
      h('label', { for: 'result-files' }, t('teacher.results.choose')),
      input,
    ),
    rows.length === 0
      ? h('p', { className: 'small' }, t('teacher.results.none'))
      : h(
          'div',
          {},
          h('p', { role: 'status' }, t('teacher.results.count', { files: rows.length, verified: rows.filter((r) => r.verdict.readable && r.verdict.verified).length })),
          hardest.length > 0 ? h('p', {}, t('teacher.results.hardest', { lessons: hardest.map((x) => `${t(`lesson.${x.lesson}`)} (${x.mean})`).join(t('teacher.listSeparator')) })) : null,
          h(
            'table',
            { className: 'class-table', 'data-testid': 'class-table' },
            h('caption', {}, t('teacher.results.caption')),
            h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('teacher.col.student')), h('th', { scope: 'col' }, t('teacher.col.verified')), h('th', { scope: 'col' }, t('teacher.col.overall')), ...LESSONS.map((l) => h('th', { scope: 'col' }, t(`lesson.${l}`))), h('th', { scope: 'col' }, t('teacher.col.questions')))),
            h(
              'tbody',
              {},
              ...rows.map((row) =>
                h(
                  'tr',
                  { className: row.verdict.readable && row.verdict.verified ? '' : 'unverified' },
                  h(
                    'th',
                    { scope: 'row' },
                    (row.verdict.readable && row.verdict.student) || row.name,
                    h('span', { className: 'small' }, row.verdict.readable && row.verdict.student ? ` (${row.name})` : ''),
                    row.verdict.readable && row.verdict.campaign
                      ? h('span', { className: 'small campaign-ending', 'data-testid': 'campaign-ending' }, t('teacher.results.ending', { title: row.verdict.campaign.title?.[p.language] ?? row.verdict.campaign.ending }))
                      : null,
                  ),
                  h('td', {}, row.verdict.readable && row.verdict.verified ? t('teacher.verified.yes') : `${t('teacher.verified.no')}: ${t(`teacher.why.${row.verdict.why ?? 'log'}`)}`, h('span', { className: 'small detail', lang: 'en' }, row.verdict.readable && row.verdict.verified ? '' : ` (${row.verdict.reason ?? ''})`)),
                  cell(row.overall),
                  ...LESSONS.map((l) => cell(row.lessons[l])),
                  h('td', { className: 'number' }, questionsText(row.verdict)),
                ),
              ),
            ),
          ),
          h('div', { className: 'actions' }, button(t('teacher.results.csv'), p.onCsv), button(t('teacher.results.clear'), p.onClear, { className: 'secondary' })),
        ),
  );
}

/** "before → after" answers the article supports, over the file's plays; a dash when none were given. */
function questionsText(verdict: FileVerdict): string {
  if (!verdict.readable) return '–';
  const before = questionsSummary(verdict.plays, 'before');
  const after = questionsSummary(verdict.plays, 'after');
  return before === null && after === null ? '–' : `${before ?? '–'} → ${after ?? '–'}`;
}

/** "Your own level" (ui/teacher-custom.ts), with a link that opens the game on it alone. */
function teacherLevel(p: TeacherProps): HTMLElement | null {
  const level = p.teacherLevel?.level;
  const tryLink = level ? withTeacherLevel(assignmentLink(p.gameUrl, { ...p.link, levelIds: [level.id] }), [level.id], p.teacherLevel) : null;
  return p.onTeacherLevelFile ? teacherLevelSection({ t: p.t, language: p.language, teacher: p.teacherLevel ?? null, tryLink, onFile: p.onTeacherLevelFile, onDownload: p.onDownload ?? (() => {}) }) : null;
}

export function teacherPage(p: TeacherProps): HTMLElement {
  const { t } = p;
  return h(
    'div',
    { className: 'teacher', lang: HTML_LANG[p.language] },
    h(
      'header',
      {},
      h('h1', {}, t('teacher.title')),
      h('nav', { 'aria-label': t('title.language') }, ...LANGUAGES.map((l) => button(LANGUAGE_NAMES[l], () => p.onLanguage(l), { lang: HTML_LANG[l], 'aria-pressed': l === p.language ? 'true' : 'false' }))),
    ),
    h('main', {}, h('section', { 'aria-labelledby': 'about-heading' }, h('h2', { id: 'about-heading' }, t('teacher.about')), h('p', {}, resolveTokens(t('reader.about'), p.language, 'names')), h('p', {}, t('teacher.contentNote')), h('p', {}, t('teacher.privacy'))), catalogue(p), guide(p), teacherLevel(p), linkBuilder({ ...p, levels: [...p.levels, ...(p.teacherLevel?.level ? [p.teacherLevel.level] : [])] }), results(p)),
  );
}
