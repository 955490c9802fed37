// Wires the game together: platform services and the readable layer, the HTML title at once, then
// the engine (engine.ts: Phaser and the scenes) behind it.
import './ui/styles.css';
import type { Language, NamesMode } from './core/level';
import { resolveTokens } from './content/real-people';
import { createSoundPlayer } from './platform/audio';
import { chooseLanguage } from './text/languages';
import { loadTexts, translateLoaded } from './text/text-loader';
import { browserStore, SaveStore } from './platform/storage';
import { readLaunchOptions } from './platform/url';
import { canOfferUpdate, insideLmsPackage, startOffline } from './platform/offline';
import { decodeLevelCode, LevelLinkError, readLevelFragment, type LevelLinkProblem } from './content/level-link';
import { Overlay } from './ui/overlay';
import type { AppContext } from './scenes/app-context';
import { showCaptions } from './scenes/sound-cues';
import { TitleMenu } from './scenes/title-menu';

const params = new URLSearchParams(window.location.search);
const launch = readLaunchOptions(params);
const saves = new SaveStore(browserStore(), () => new Date().toISOString());
const loaded = saves.load();
let language: Language = chooseLanguage([params.get('lang'), saves.current.language], navigator.languages ?? [navigator.language]);
if (params.get('lang') && params.get('lang') === language) saves.setLanguage(language);
// Only the chosen language's interface text comes with the page; English if it cannot be fetched.
if (!(await loadTexts(language))) language = 'en';
// Real people by name or by role: the link's choice (a teacher's), else the player's last one.
let names: NamesMode = launch.names ?? saves.current.names ?? 'names';
if (launch.names) saves.setNames(launch.names);

// A training room at a projector: larger, high-contrast text and thicker focus rings (styles.css).
if (launch.mode === 'facilitated') document.body.dataset['mode'] = 'facilitated';

const overlay = new Overlay(document.getElementById('ui')!, document.getElementById('notices')!);
overlay.setLanguage(language);
// Interface text may name a real person too: the same tokens as the level files.
const t: AppContext['t'] = (key, values) => resolveTokens(translateLoaded(language, key, values), language, names);
const sound = createSoundPlayer(saves.current.sound, saves.soundSettings, () => overlay.notify(t('notice.noAudio'), t('notice.dismiss')));


if (loaded === 'corrupt-kept-aside') overlay.notify(t('notice.saveCorrupt'), t('notice.dismiss'));
if (loaded === 'storage-unavailable') overlay.notify(t('notice.noStorage'), t('notice.dismiss'));

// Levels and their validator (zod) load once the title screen is up, not on the way to it.
let catalogue: ReturnType<AppContext['catalogue']> | null = null;
// A teacher's level: in the link's fragment (compressed), or a file the student opens. The link's is
// decoded once; a damaged one is said in the player's language and the game's own levels still play.
const fragment = readLevelFragment(window.location.hash);
let linkProblem: LevelLinkProblem | null = null;
const teacherFiles: { file: string; text: string }[] = [];
const linkLevel: Promise<void> =
  fragment?.kind === 'code'
    ? decodeLevelCode(fragment.code).then(
        (text) => void teacherFiles.unshift({ file: 'the level in the link', text }),
        (error: unknown) => {
          linkProblem = error instanceof LevelLinkError ? error.why : 'corrupt';
        },
      )
    : Promise.resolve();
let reference: ReturnType<AppContext['reference']> = null;

// Offline after one visit (platform/offline.ts): the worker registers once the levels have loaded.
// A new version is offered only where reloading loses nothing (the title, its menus, the level list);
// in a level the question waits, and "Later" leaves it for the next visit.
let offlineStarted = false;
let pendingUpdate: { apply: () => void; answered: boolean } | null = null;
let withdrawUpdateOffer: (() => void) | null = null;
function beginOffline(): void {
  if (offlineStarted) return;
  offlineStarted = true;
  void startOffline((apply) => {
    pendingUpdate = { apply, answered: false };
    offerUpdate();
  });
}
function offerUpdate(): void {
  const update = pendingUpdate;
  if (!update || update.answered || withdrawUpdateOffer || !canOfferUpdate(document.body.dataset['screen'])) return;
  const answer = (now: boolean) => (): void => {
    update.answered = true;
    withdrawUpdateOffer = null;
    if (now) update.apply();
  };
  withdrawUpdateOffer = overlay.offer(t('offline.updateReady'), [
    { label: t('offline.updateNow'), testId: 'update-now', onPress: answer(true) },
    { label: t('offline.updateLater'), testId: 'update-later', onPress: answer(false) },
  ]);
}
function withdrawUpdate(): void {
  withdrawUpdateOffer?.();
  withdrawUpdateOffer = null;
}

const ctx: AppContext = {
  // A chunk that fails to load (a dropped network) is forgotten, so the player's retry fetches it again.
  // The texts are put together for the names setting; changing it loads them again.
  catalogue: () =>
    (catalogue ??= Promise.all([import('./content/catalogue'), import('./content/custom-level'), linkLevel, lmsReady])
      .then(async ([content, custom]) => custom.withTeacherLevels(await content.loadShippedCatalogue(names), teacherFiles, names))
      .then((loaded) => {
        reference = loaded.reference;
        ctx.lms?.attach(loaded);
        beginOffline();
        return loaded;
      })
      .catch((error: unknown) => {
        catalogue = null;
        beginOffline();
        throw error;
      })),
  reference: () => reference,
  saves,
  overlay,
  sound,
  launch,
  language: () => language,
  setLanguage(next) {
    language = next;
    overlay.setLanguage(next);
    saves.setLanguage(next);
    showCaptions(ctx);
    // An update question on screen is asked again in the new language.
    if (withdrawUpdateOffer) {
      withdrawUpdate();
      offerUpdate();
    }
  },
  names: () => names,
  setNames(next) {
    if (next === names) return;
    names = next;
    saves.setNames(next);
    catalogue = null;
    reference = null;
  },
  teacherLink: () => ({ problem: linkProblem, expected: fragment?.kind === 'expected' }),
  openLevelFile(file, text) {
    teacherFiles.push({ file, text });
    catalogue = null;
  },
  t,
  newSeed: () => crypto.getRandomValues(new Uint32Array(1))[0]!,
  lms: null,
  onScreen(name) {
    document.body.dataset['screen'] = name;
    if (canOfferUpdate(name)) offerUpdate();
    else withdrawUpdate();
  },
};

showCaptions(ctx);

// Inside an LMS (a SCORM package's launch address): the LMS session opens as soon as its code has
// loaded, which only a package's launch asks for (the title's own bytes stay small). The levels
// wait for it, so the LMS's stored progress is in the save before any screen reads it. Without an
// API the game plays as it does in a browser.
const lmsScope = launch.levelId ? { levelId: launch.levelId } : launch.assignment?.campaign ? ({ campaign: true } as const) : null;
const lmsReady: Promise<void> =
  lmsScope && insideLmsPackage(window.location.search)
    ? import('./scenes/lms-link').then(
        ({ connectLms }) => {
          ctx.lms = connectLms(window, saves, lmsScope, {
            onNotice: (notice, detail) => {
              if (notice === 'cannotSave') console.warn(`LMS: ${detail}`);
              overlay.notify(t(`lms.${notice}`), t('notice.dismiss'));
            },
          });
        },
        // The LMS code could not be fetched: the game plays, keeping progress in the browser.
        () => undefined,
      )
    : Promise.resolve();

// The title is HTML and shows now; the engine (Phaser, the scenes, the art) loads behind it, and
// the TitleScene takes over the same screen. A link that skips the title loads the engine at once.
let engine: Promise<void> | null = null;
function loadEngine(): void {
  if (engine) return;
  // The bench counts what the title needed: every file asked for before this mark.
  performance.mark('engine-requested');
  overlay.allowPhraseBreaks();
  engine = import('./engine').then(
    ({ startEngine }) => startEngine(ctx, menu, params, launch),
    () => {
      // A dropped network: said on the title, and the next press that needs the engine asks again.
      engine = null;
      menu.engineFailed();
    },
  );
}
const menu = new TitleMenu(ctx, loadEngine);
if (launch.assignment?.campaign || launch.levelId) loadEngine();
else {
  menu.showTitle('start');
  // Two frames: the title is painted and takes input before the engine's bytes compete with it.
  requestAnimationFrame(() => requestAnimationFrame(loadEngine));
}
