// The SCORM 1.2 runtime adapter: finds the LMS's API object the standard way, opens the session,
// says where the learner left off, and tells the LMS the status, score, session time, each scored
// decision and the progress (suspend_data). Play never depends on it: with no LMS there is no
// session and the game plays as before; an LMS that refuses a value or has lost its connection
// gets it again at the next commit, progress stays in the game's own save meanwhile, and the
// learner is told in plain words through `onProblem`. Nothing is sent after LMSFinish.
//
// The mapping (what each value is) is in scorm-data.ts, pure and tested on its own.

import { interactionValues, lessonStatus, parseMasteryScore, sessionTime, SUSPEND_DATA_LIMIT, type LessonStatus, type ScormInteraction } from './scorm-data';

/** The SCORM 1.2 API an LMS puts on a window as `API` (every value crosses as a string). */
export interface Scorm12Api {
  LMSInitialize(arg: ''): string;
  LMSFinish(arg: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(arg: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
}

/** The part of a window the search walks: its API, its parent frame and the window that opened it. */
export interface ApiWindow {
  readonly API?: unknown;
  readonly parent?: ApiWindow | null;
  readonly opener?: ApiWindow | null;
}

/** How many frames up (and, from the opener, up again) the search goes before giving up. */
export const API_SEARCH_HOPS = 10;

const isApi = (value: unknown): value is Scorm12Api =>
  typeof value === 'object' && value !== null && ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString'].every((name) => typeof (value as Record<string, unknown>)[name] === 'function');

/** A property of a window that may be another origin's: reading it there throws, which counts as nothing. */
function read<K extends keyof ApiWindow>(win: ApiWindow, key: K): ApiWindow[K] | undefined {
  try {
    return win[key];
  } catch {
    return undefined;
  }
}

/** The API on this window or a parent of it, walking up to the top (a bounded number of hops); the window searched last. */
function searchUp(start: ApiWindow, hops: number): { api: Scorm12Api | null; top: ApiWindow } {
  let win = start;
  for (let i = 0; i <= hops; i++) {
    const api = read(win, 'API');
    if (isApi(api)) return { api, top: win };
    const parent = read(win, 'parent');
    if (!parent || parent === win) break;
    win = parent;
  }
  return { api: null, top: win };
}

/** The LMS's API: on this window's parents up to the top, then on the window that opened this one (or the top's) and its parents. */
export function findApi(win: ApiWindow, hops = API_SEARCH_HOPS): Scorm12Api | null {
  const up = searchUp(win, hops);
  if (up.api) return up.api;
  for (const from of [win, up.top]) {
    const opener = read(from, 'opener');
    if (opener) {
      const found = searchUp(opener, hops).api;
      if (found) return found;
    }
  }
  return null;
}

/** What the learner is told (text keys `lms.cannotSave`, `lms.reconnected` in src/text). */
export type LmsNotice = 'cannotSave' | 'reconnected';

export interface ScormOptions {
  /** Told when the LMS stops keeping the learner's progress, and when it keeps it again; `detail` is for the console. */
  onNotice?: (notice: LmsNotice, detail: string) => void;
  /** Milliseconds, for the session time (Date.now). */
  now?: () => number;
}

/** Where the learner left off, as the LMS gave it at the start. */
export interface ScormResume {
  /** cmi.core.entry: 'ab-initio', 'resume' or ''. */
  entry: string;
  /** The stored progress to continue from (scorm-data.ts decodeSuspendData), or '' to start afresh. */
  suspendData: string;
  /** cmi.core.lesson_status as the LMS had it. */
  status: string;
}

const SETTLED: readonly string[] = ['passed', 'failed', 'completed'];

/** One learner's session with the LMS, from LMSInitialize to LMSFinish. */
export class ScormSession {
  /** Values the LMS has not yet accepted, in the order they were given (a value given again replaces the older one). */
  private readonly pending = new Map<string, string>();
  private initialized = false;
  private finished = false;
  private troubled = false;
  /** The last progress given was over what SCORM 1.2 keeps: the LMS does not have it, whatever else it accepts. */
  private tooLong = false;
  private nextInteraction = 0;
  private readonly startedAt: number;
  private readonly now: () => number;
  private levelDone = false;
  readonly resume: ScormResume;
  /** cmi.student_data.mastery_score, 0..100, or null when the LMS gives none. */
  readonly masteryScore: number | null;

  /** Opens a session with the LMS the window can reach, or null when there is none (then nothing is said: the game plays as before). */
  static connect(win: ApiWindow, options: ScormOptions = {}): ScormSession | null {
    const api = findApi(win);
    return api ? new ScormSession(api, options) : null;
  }

  constructor(
    private readonly api: Scorm12Api,
    private readonly options: ScormOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
    this.initialized = this.initialize();
    const entry = this.get('cmi.core.entry');
    const suspendData = this.get('cmi.suspend_data');
    const status = this.get('cmi.core.lesson_status');
    // Some LMSs leave entry empty on a return visit; stored progress is what counts then.
    this.resume = { entry, suspendData: entry === 'resume' || (entry === '' && suspendData !== '') ? suspendData : '', status };
    this.masteryScore = parseMasteryScore(this.get('cmi.student_data.mastery_score'));
    const count = Number(this.get('cmi.interactions._count'));
    this.nextInteraction = Number.isInteger(count) && count > 0 ? count : 0;
    // A learner back in a finished lesson keeps its status; otherwise the lesson is under way.
    if (!SETTLED.includes(status)) this.pending.set('cmi.core.lesson_status', 'incomplete');
    if (this.initialized) this.flush();
    else this.trouble(`LMSInitialize failed: ${this.lastError()}`);
  }

  /** The progress to keep (scorm-data.ts encodeSuspendData). Over what SCORM 1.2 keeps, it is not sent (an LMS would refuse it) and the learner is told. */
  setProgress(suspendData: string): void {
    if (this.finished) return;
    this.tooLong = suspendData.length > SUSPEND_DATA_LIMIT;
    if (this.tooLong) {
      this.trouble(`the progress is ${suspendData.length} characters; SCORM 1.2 keeps ${SUSPEND_DATA_LIMIT}`);
      return;
    }
    this.pending.set('cmi.suspend_data', suspendData);
  }

  /** One scored decision, as scorm-data.ts interactionOf makes it. */
  recordInteraction(interaction: ScormInteraction): void {
    if (this.finished) return;
    for (const [element, value] of interactionValues(this.nextInteraction++, interaction)) this.pending.set(element, value);
  }

  /** The level's (or the campaign's) result so far: its score 0..100 (null: nothing assessed) and whether it is over. */
  setResult(finished: boolean, score: number | null): LessonStatus {
    const status = lessonStatus(finished, score, this.masteryScore);
    if (this.finished) return status;
    this.levelDone = finished;
    if (score !== null) {
      this.pending.set('cmi.core.score.min', '0');
      this.pending.set('cmi.core.score.max', '100');
      this.pending.set('cmi.core.score.raw', String(score));
    }
    // A lesson once finished is not set back to incomplete by a later play in progress.
    if (finished || !SETTLED.includes(this.resume.status)) this.pending.set('cmi.core.lesson_status', status);
    return status;
  }

  /** At a step boundary (and whenever progress must not be lost): send what is waiting, and commit. */
  commit(): boolean {
    if (this.finished) return false;
    return this.flush();
  }

  /** The learner is leaving (pagehide, beforeunload): the session time and exit, then commit. */
  leave(): boolean {
    if (this.finished) return false;
    this.pending.set('cmi.core.session_time', sessionTime(this.now() - this.startedAt));
    this.pending.set('cmi.core.exit', this.levelDone ? '' : 'suspend');
    return this.flush();
  }

  /** Leaves, then LMSFinish, once; nothing is sent after it. */
  finish(): void {
    if (this.finished) return;
    this.leave();
    this.finished = true;
    if (this.initialized && !this.ok(this.api.LMSFinish(''))) this.trouble(`LMSFinish failed: ${this.lastError()}`);
  }

  /** Whether the LMS has everything given so far. */
  get settled(): boolean {
    return this.initialized && this.pending.size === 0;
  }

  private initialize(): boolean {
    try {
      return this.ok(this.api.LMSInitialize(''));
    } catch {
      return false;
    }
  }

  /** Sends every waiting value; those refused stay to be sent again at the next commit. */
  private flush(): boolean {
    if (!this.initialized) this.initialized = this.initialize();
    if (!this.initialized) return this.trouble(`the LMS session is not open: ${this.lastError()}`);
    const refused: string[] = [];
    for (const [element, value] of [...this.pending]) {
      if (this.set(element, value)) this.pending.delete(element);
      else refused.push(`${element} (${this.lastError()})`);
    }
    let committed: boolean;
    try {
      committed = this.ok(this.api.LMSCommit(''));
    } catch {
      committed = false;
    }
    if (!committed) refused.push(`LMSCommit (${this.lastError()})`);
    if (refused.length > 0) return this.trouble(`the LMS refused ${refused.join(', ')}`);
    if (this.tooLong) return false;
    if (this.troubled) {
      this.troubled = false;
      this.options.onNotice?.('reconnected', 'the LMS keeps the progress again');
    }
    return true;
  }

  /** Tells the learner once, until the LMS keeps the progress again. */
  private trouble(detail: string): false {
    if (!this.troubled) {
      this.troubled = true;
      this.options.onNotice?.('cannotSave', detail);
    }
    return false;
  }

  private set(element: string, value: string): boolean {
    try {
      return this.ok(this.api.LMSSetValue(element, value));
    } catch {
      return false;
    }
  }

  private get(element: string): string {
    if (!this.initialized) return '';
    try {
      const value = this.api.LMSGetValue(element);
      // An empty answer with an error set is a refusal (an element this LMS does not keep): read as nothing.
      return typeof value === 'string' && this.errorCode() === '0' ? value : '';
    } catch {
      return '';
    }
  }

  private ok(answer: unknown): boolean {
    // The answer is what counts: some LMSs leave an older error code standing after a success.
    return answer === 'true' || answer === true;
  }

  private errorCode(): string {
    try {
      return String(this.api.LMSGetLastError() ?? '0') || '0';
    } catch {
      return '0';
    }
  }

  private lastError(): string {
    try {
      const code = this.errorCode();
      return code === '0' ? 'no error code given' : `error ${code}: ${this.api.LMSGetErrorString(code)}`;
    } catch {
      return 'the LMS does not answer';
    }
  }
}

/** The window events of leaving: commit on beforeunload, finish on pagehide. Returns the function that detaches them. */
export function finishOnLeaving(win: Pick<Window, 'addEventListener' | 'removeEventListener'>, session: ScormSession): () => void {
  const commit = (): void => void session.leave();
  const finish = (): void => session.finish();
  win.addEventListener('beforeunload', commit);
  win.addEventListener('pagehide', finish);
  return () => {
    win.removeEventListener('beforeunload', commit);
    win.removeEventListener('pagehide', finish);
  };
}

/**
 * At start-up: the LMS session of this window, committed before unload and finished on pagehide,
 * or null when no LMS is there (then nothing changes and nothing is said).
 */
export function connectScorm(win: ApiWindow & Pick<Window, 'addEventListener' | 'removeEventListener'>, options: ScormOptions = {}): ScormSession | null {
  const session = ScormSession.connect(win, options);
  if (session) finishOnLeaving(win, session);
  return session;
}
