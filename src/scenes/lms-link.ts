// The game inside an LMS (a SCORM 1.2 package, launched with `lms=scorm`): where the learner left
// off comes from the LMS into the save, so the level list and the campaign resume as they do from
// the browser's own save; each play of the package is then reported as it goes (platform/scorm-play.ts).

import { decodeLog, LogDecodeError, type Level } from '../core';
import { connectScorm, type ScormOptions, type ScormSession } from '../platform/scorm';
import { decodeSuspendData } from '../platform/scorm-data';
import { ScormReporter, type ObservedPlay } from '../platform/scorm-play';
import type { SaveStore } from '../platform/storage';

/** The scope a package plays: the campaign's chapters, or the level its address names. */
export type PackageScope = { campaign: true } | { levelId: string };

/** At start-up inside a package: the LMS session and the link to it, or null when no LMS answers the API walk. */
export function connectLms(win: Window, saves: SaveStore, scope: PackageScope, options: ScormOptions): LmsLink | null {
  const scorm = connectScorm(win, options);
  return scorm ? new LmsLink(scorm, saves, scope) : null;
}

/** What the link needs of the catalogue: the levels, and the campaign's chapters in order. */
type PackageCatalogue = { levels: readonly Level[]; campaign: { chapters: readonly { level: Level }[] } | null };

/** A package's progress: its finished plays' logs in order, and the play in progress. */
interface PackageProgress {
  finished: string[];
  inProgress: string | null;
}

export class LmsLink {
  private reporter: ScormReporter | null = null;

  constructor(
    private readonly scorm: ScormSession,
    private readonly saves: SaveStore,
    /** The package's scope: the campaign's chapters, or the level its address names. */
    private readonly scope: PackageScope,
  ) {}

  /**
   * Once the levels have loaded (first time only): the progress the LMS kept goes into the save.
   * On a return visit where the browser's save holds more of the same play (the LMS refused it
   * earlier), that is kept and sent again, so nothing the learner did is lost either way.
   */
  attach(catalogue: PackageCatalogue): void {
    if (this.reporter) return;
    const levels = this.packageLevels(catalogue);
    if (levels.length === 0) return;
    const stored = decodeSuspendData(levels, this.scorm.resume.suspendData);
    // What came before a damaged part stands; the rest is for the console, not the learner.
    if (stored.problem) console.warn(`The LMS's stored progress was read up to a damaged part: ${stored.problem}`);
    // A new attempt (entry ab-initio) starts clean; a return keeps the furthest of the same play.
    const local = this.localProgress(levels);
    const fresh = this.scorm.resume.entry === 'ab-initio';
    const chosen = !fresh && extendsStored(levels, local, stored) ? local : stored;
    this.writeToSave(levels, chosen);
    this.reporter = new ScormReporter(this.scorm, levels, chosen.finished);
    if (chosen !== stored || stored.problem) this.reporter.report(chosen.inProgress ? { encodedLog: chosen.inProgress } : undefined);
  }

  /** Reports the play while it goes, when it is the package's next one; returns the function that stops. */
  observe(play: ObservedPlay): () => void {
    return this.reporter?.observe(play) ?? (() => undefined);
  }

  private packageLevels(catalogue: PackageCatalogue): Level[] {
    if ('campaign' in this.scope) return catalogue.campaign?.chapters.map((chapter) => chapter.level) ?? [];
    const { levelId } = this.scope;
    return catalogue.levels.filter((level) => level.id === levelId);
  }

  private localProgress(levels: readonly Level[]): PackageProgress {
    const save = this.saves.current;
    const campaign = 'campaign' in this.scope;
    const finished = campaign ? [...(save.campaign?.logs ?? [])] : [];
    const next = levels[finished.length];
    const open = save.inProgress;
    const inProgress = next && open && open.levelId === next.id && (open.campaign === true) === campaign && typeof open.log === 'string' ? open.log : null;
    return { finished, inProgress };
  }

  private writeToSave(levels: readonly Level[], progress: PackageProgress): void {
    const campaign = 'campaign' in this.scope;
    const next = levels[progress.finished.length];
    this.saves.update((save) => {
      if (campaign) save.campaign = { logs: progress.finished };
      const ours = save.inProgress && (save.inProgress.campaign === true) === campaign && (campaign || levels.some((l) => l.id === save.inProgress!.levelId));
      if (ours) delete save.inProgress;
      if (progress.inProgress && next) save.inProgress = campaign ? { levelId: next.id, log: progress.inProgress, campaign: true } : { levelId: next.id, log: progress.inProgress };
    });
  }
}

/** Whether the browser's progress goes further than the LMS's along the same plays. */
function extendsStored(levels: readonly Level[], local: PackageProgress, stored: PackageProgress): boolean {
  if (!stored.finished.every((log, i) => local.finished[i] === log)) return false;
  const n = stored.finished.length;
  const later = local.finished[n] ?? local.inProgress;
  if (!stored.inProgress) return later !== null;
  // A play in progress at the LMS is extended only by the same play: finished since, or further on.
  return later !== null && later !== stored.inProgress && continues(levels[n]!, stored.inProgress, later);
}

/** Whether `later` is the play `earlier` began: the same seed, and its actions first. */
function continues(level: Level, earlier: string, later: string): boolean {
  try {
    const a = decodeLog(level, earlier);
    const b = decodeLog(level, later);
    return a.seed === b.seed && a.actions.length <= b.actions.length && a.actions.every((action, i) => JSON.stringify(action) === JSON.stringify(b.actions[i]));
  } catch (error) {
    if (error instanceof LogDecodeError) return false;
    throw error;
  }
}
