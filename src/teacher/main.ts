// The teacher page: the levels, an assignment link and a class's results, all in this browser.
// It shares the game's level files, rules and text tables; it needs no Phaser and no server.
// The content (zod, the level files) loads after the page is up, as in the game, so the two
// pages share no chunk that the game's title screen would then have to fetch.
import './teacher.css';
import type { FileVerdict } from '../content/results';
import type { Campaign, Language, Level } from '../core';
import { chooseLanguage, HTML_LANG } from '../text/i18n';
import { teacherTranslate } from '../text/teacher';
import { printGuideAlone } from '../ui/facilitator-guide';
import { teacherPage, type LinkChoice } from '../ui/teacher-view';
import type { TeacherLevelState } from '../ui/teacher-custom';

const root = document.getElementById('teacher-root')!;
const params = new URLSearchParams(window.location.search);
let language: Language = chooseLanguage([params.get('lang')], navigator.languages ?? [navigator.language]);
let levels: Level[] = [];
let problems: string[] = [];
let campaign: Campaign | null = null;
let campaignLevelIds: string[] = [];
let link: LinkChoice = { levelIds: [], classLabel: '', language, seed: null, difficulty: null, names: 'names', mode: 'practice' };
let copied = false;
// The facilitator's guides follow the page's language until one is chosen for them.
let guideLanguage: Language | null = null;
let guideLevelId: string | null = null;
let results: { name: string; verdict: FileVerdict }[] = [];
/** The teacher's own level file ("Your own level"), checked by the game's loader. */
let teacherLevel: TeacherLevelState | null = null;
const gameUrl = new URL('./index.html', window.location.href).toString();

function render(): void {
  const t = teacherTranslate(language);
  document.documentElement.lang = HTML_LANG[language];
  document.title = t('teacher.title');
  const focused = document.activeElement?.id;
  root.replaceChildren(
    teacherPage({
      t,
      language,
      levels,
      problems,
      gameUrl,
      link,
      copied,
      results,
      onLanguage: (next) => {
        language = next;
        render();
      },
      onLink: (change) => {
        link = { ...link, ...change };
        copied = false;
        render();
      },
      onCopy: (address) => {
        // A browser without clipboard access (or permission) still shows the link to copy by hand.
        navigator.clipboard?.writeText(address).then(
          () => {
            copied = true;
            render();
          },
          () => document.getElementById('link-address')?.focus(),
        );
      },
      onFiles: (files) => void readFiles(files),
      onCsv: () => void import('../content/results').then(({ resultsCsv }) => download('class-results.csv', resultsCsv(results), 'text/csv')),
      onHandout: () => {
        document.body.dataset['print'] = 'handout';
        window.addEventListener('afterprint', () => delete document.body.dataset['print'], { once: true });
        window.print();
      },
      handoutTranslate: teacherTranslate,
      guideLanguage: guideLanguage ?? language,
      guideLevelId,
      onGuideLanguage: (next) => {
        guideLanguage = next;
        render();
      },
      onGuide: (levelId) => {
        guideLevelId = levelId;
        render();
        document.querySelector<HTMLElement>('[data-testid="print-guide"]')?.focus();
        printGuideAlone(window);
      },
      onGuidePrint: () => printGuideAlone(window),
      onGuideClose: () => {
        const opener = guideLevelId;
        guideLevelId = null;
        render();
        if (opener) document.querySelector<HTMLElement>(`[data-testid="guide-${opener}"]`)?.focus();
      },
      campaignLevelIds,
      onClear: () => {
        results = [];
        render();
      },
      teacherLevel,
      onTeacherLevelFile: (file) => void readTeacherLevelFile(file),
      onDownload: (what) =>
        void (what === 'schema' ? import('../../levels/level.schema.json?raw') : import('../../levels/the-lawsuit.json?raw')).then(({ default: text }) =>
          download(what === 'schema' ? 'level.schema.json' : 'the-lawsuit.json', text, 'application/json'),
        ),
    }),
  );
  if (focused) document.getElementById(focused)?.focus();
}

/** The levels a result file may have been played on: the game's, and the teacher's own when loaded. */
const scoringLevels = (): Level[] => [...levels, ...(teacherLevel?.level ? [teacherLevel.level] : [])];

async function readFiles(files: File[]): Promise<void> {
  const { verifyResultText } = await import('../content/results');
  await loaded;
  const read = await Promise.all(files.map(async (file) => ({ name: file.name, verdict: verifyResultText(scoringLevels(), await file.text(), campaign) })));
  // A file opened again replaces its earlier row.
  results = [...results.filter((r) => !read.some((n) => n.name === r.name)), ...read];
  render();
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A teacher's level file: the game's loader reads it (and refuses a shipped level's id); then it is packed for the link. */
async function readTeacherLevelFile(file: File): Promise<void> {
  const [text, { readTeacherLevel }, { describeProblem }, { encodeLevelText }] = await Promise.all([file.text(), import('../content/custom-level'), import('../content/level-problem'), import('../content/level-link'), loaded]);
  const read = readTeacherLevel(file.name, text, levels);
  // A new file replaces the last one, and the link forgets the last one's id.
  const previous = teacherLevel?.level?.id;
  if (previous && previous !== (read.ok ? read.level.id : null)) link = { ...link, levelIds: link.levelIds.filter((id) => id !== previous) };
  const state: TeacherLevelState = read.ok ? { file: file.name, problems: [], level: read.level, code: null } : { file: file.name, problems: read.problems.map(describeProblem), level: null, code: null };
  teacherLevel = state;
  render();
  if (!read.ok) return;
  const code = await encodeLevelText(text);
  if (teacherLevel !== state) return;
  teacherLevel = { ...state, code };
  render();
}

render();
const loaded = Promise.all([import('../content/catalogue'), import('../content/level-problem')]).then(async ([content, { describeProblem }]) => {
  const catalogue = await content.loadShippedCatalogue();
  levels = catalogue.levels;
  problems = catalogue.problems.map(describeProblem);
  campaign = catalogue.campaign?.campaign ?? null;
  campaignLevelIds = catalogue.campaign?.chapters.map((c) => c.level.id) ?? [];
  render();
  document.body.dataset['screen'] = 'teacher';
});
