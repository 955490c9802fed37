// Offline after one visit: registers the service worker the build generates (vite.config.ts,
// vite-plugin-pwa, 'prompt'), which precaches the pages, the chunks (levels included), art and sound.
// A browser without service workers, or a registration that fails, only means no offline play:
// nothing here throws or stops the game. A new version waits until the player says "Update now"
// (main.ts asks only on the title screens and the level list, never mid-level); saves live in
// localStorage, which neither the worker nor an update touches.

/** What registration came to: the game plays the same in every case. */
export type OfflineStatus = 'registered' | 'unsupported' | 'failed';

/** The part of `navigator.serviceWorker` used here (a fake one in the unit tests). */
export interface WorkerContainer {
  readonly controller: unknown;
  register(url: string, options?: RegistrationOptions): Promise<WorkerRegistration>;
  addEventListener(type: 'controllerchange', listener: () => void, options?: AddEventListenerOptions): void;
}

/** The part of a ServiceWorkerRegistration used here. */
export interface WorkerRegistration {
  readonly installing: WaitingWorker | null;
  readonly waiting: WaitingWorker | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
  /** Asks the server for sw.js now; a changed one installs and then waits (see watchForUpdates). */
  update(): Promise<unknown>;
}

export interface WaitingWorker {
  readonly state: string;
  postMessage(message: unknown): void;
  addEventListener(type: 'statechange', listener: () => void): void;
}

export interface OfflineOptions {
  /** `navigator.serviceWorker`, or undefined where there is none (an old browser, an insecure page). */
  container: WorkerContainer | undefined;
  /** The worker's address, beside index.html (the build writes sw.js there). */
  url?: string;
  /**
   * A new version is installed and waits. `apply` lets it take over and then reloads this page;
   * the caller decides when (the player's answer). Said at most once per waiting worker.
   */
  onUpdateReady(apply: () => void): void;
  /** Reloads the page once the new version controls it (location.reload in the game). */
  reload(): void;
}

/** The message Workbox's generated worker answers with skipWaiting() (registerType 'prompt'). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** The screens where taking an update (and so reloading) loses nothing: the title, its menus, the level list. */
const SAFE_SCREENS: ReadonlySet<string> = new Set(['title', 'language', 'sound-settings', 'about', 'levels', 'levels-load-failed']);

/** Whether the game may ask "Update now?" on this screen (never in a level, a debrief or the campaign). */
export function canOfferUpdate(screen: string | undefined): boolean {
  return screen !== undefined && SAFE_SCREENS.has(screen);
}

/** Registers the worker and watches for a new version; resolves with what happened, never rejects. */
export async function registerOffline(options: OfflineOptions): Promise<OfflineStatus> {
  const container = options.container;
  if (!container || typeof container.register !== 'function') return 'unsupported';
  let registration: WorkerRegistration;
  try {
    registration = await container.register(options.url ?? './sw.js', { scope: './' });
  } catch {
    // Private windows, blocked storage, a file:// page, a missing sw.js: the game plays online.
    return 'failed';
  }
  try {
    watchForUpdates(container, registration, options);
  } catch {
    return 'failed';
  }
  // A page the worker already controls asks for a new version at once. Registering again with the
  // same script does not check (the spec resolves it as it is), and Chromium defers the check it
  // makes after a navigation while the worker is busy serving the game's files, so without this a
  // new version could go unnoticed for a whole visit. A failed check (offline) changes nothing.
  if (container.controller) {
    try {
      void registration.update().catch(() => undefined);
    } catch {
      // update() missing or throwing: the browser's own checks remain.
    }
  }
  return 'registered';
}

function watchForUpdates(container: WorkerContainer, registration: WorkerRegistration, options: OfflineOptions): void {
  const offered = new Set<WaitingWorker>();
  const offer = (worker: WaitingWorker): void => {
    // The first version installed on a first visit replaces nothing: there is nothing to ask.
    if (!container.controller || offered.has(worker)) return;
    offered.add(worker);
    options.onUpdateReady(() => {
      let reloaded = false;
      container.addEventListener(
        'controllerchange',
        () => {
          if (reloaded) return;
          reloaded = true;
          options.reload();
        },
        { once: true },
      );
      worker.postMessage(SKIP_WAITING);
    });
  };
  if (registration.waiting) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') offer(worker);
    });
  });
}

/**
 * A SCORM package (its launch address carries `lms=scorm`) ships no sw.js: the LMS serves the
 * files, and a worker registered in its frame would outlive the course. Nothing to register.
 */
export function insideLmsPackage(search: string): boolean {
  return new URLSearchParams(search).get('lms') === 'scorm';
}

/**
 * In the page: registers the worker (a production build only; the dev server has no sw.js). The game
 * calls it once the levels have loaded, so the precaching never competes with the title and the
 * level list for a slow school link.
 */
export function startOffline(onUpdateReady: OfflineOptions['onUpdateReady']): Promise<OfflineStatus> {
  if (!import.meta.env.PROD || insideLmsPackage(window.location.search)) return Promise.resolve('unsupported');
  const container = 'serviceWorker' in navigator ? (navigator.serviceWorker as WorkerContainer | undefined) : undefined;
  return registerOffline({ container, onUpdateReady, reload: () => window.location.reload() });
}
