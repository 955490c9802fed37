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
    }),
  );
  if (focused) document.getElementById(focused)?.focus();
}

async function readFiles(files: File[]): Promise<void> {
  const { verifyResultText } = await import('../content/results');
  const read = await Promise.all(files.map(async (file) => ({ name: file.name, verdict: verifyResultText(levels, await file.text(), campaign) })));
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

render();
void Promise.all([import('../content/catalogue'), import('../content/level-problem')]).then(async ([content, { describeProblem }]) => {
  const catalogue = await content.loadShippedCatalogue();
  levels = catalogue.levels;
  problems = catalogue.problems.map(describeProblem);
  campaign = catalogue.campaign?.campaign ?? null;
  campaignLevelIds = catalogue.campaign?.chapters.map((c) => c.level.id) ?? [];
  render();
  document.body.dataset['screen'] = 'teacher';
});
