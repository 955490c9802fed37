// Between a play and the LMS: listens to a play (the scenes' LevelSession, by its shape) and tells
// the SCORM session each scored decision, and at each step boundary the progress, the score and
// the status, then commits. One reporter per launch of a package: its levels are the campaign's
// chapters in order, or the one level of a level's package.

import { decodeLog, replay, type GameEvent, type GameState, type Level } from '../core';
import type { ScormSession } from './scorm';
import { encodeSuspendData, interactionOf, scormScore, type LessonStatus } from './scorm-data';

/** What the reporter needs of a play in progress (src/scenes/level-session.ts LevelSession has it). */
export interface ObservedPlay {
  readonly level: Level;
  readonly state: GameState;
  readonly encodedLog: string;
  subscribe(listener: (events: GameEvent[], state: GameState) => void): () => void;
}

export class ScormReporter {
  private readonly finished: { level: Level; log: string; state: GameState }[] = [];

  /**
   * @param levels the package's levels in order (campaign chapters, or the one level)
   * @param finishedLogs the plays already finished, in order, as the save keeps them (the campaign's `logs`)
   */
  constructor(
    private readonly scorm: ScormSession,
    private readonly levels: readonly Level[],
    finishedLogs: readonly string[] = [],
    private readonly clock: () => Date = () => new Date(),
  ) {
    for (const [i, log] of finishedLogs.entries()) {
      const level = levels[i];
      if (!level) break;
      this.finished.push({ level, log, state: replay(level, decodeLog(level, log)) });
    }
  }

  /** Whether this play is the package's next one (a level outside it is not reported). */
  expects(level: Level): boolean {
    return this.levels[this.finished.length]?.id === level.id;
  }

  /** Reports the play as it goes; returns the function that stops listening. A play the package does not expect is not reported. */
  observe(play: ObservedPlay): () => void {
    if (!this.expects(play.level)) return () => undefined;
    return play.subscribe((events) => this.hear(play, events));
  }

  /** The progress, score and status now, committed: at a step boundary, at the level's end, and after a resume. */
  report(play?: Pick<ObservedPlay, 'encodedLog'>): LessonStatus {
    const logs = [...this.finished.map((f) => f.log), ...(play ? [play.encodedLog] : [])];
    this.scorm.setProgress(encodeSuspendData(logs));
    const status = this.scorm.setResult(this.finished.length >= this.levels.length, scormScore(this.finished));
    this.scorm.commit();
    return status;
  }

  private hear(play: ObservedPlay, events: readonly GameEvent[]): void {
    let boundary = false;
    for (const event of events) {
      if (event.type === 'scored') this.scorm.recordInteraction(interactionOf(play.level.id, event.decision, this.clock()));
      if (event.type === 'step-started') boundary = true;
      if (event.type === 'level-finished' && this.expects(play.level)) {
        this.finished.push({ level: play.level, log: play.encodedLog, state: play.state });
        this.report();
        return;
      }
    }
    if (boundary) this.report(play);
    // Between boundaries the progress waits, uncommitted, for the next commit or for leaving (ScormSession.leave).
    else this.scorm.setProgress(encodeSuspendData([...this.finished.map((f) => f.log), play.encodedLog]));
  }
}
