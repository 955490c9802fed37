// One play of a level: the core state, the decision log (also kept encoded, as it grows, for the
// save and an LMS), and who to tell when it changes. No Phaser and no DOM, so it is the same
// object in the game and in tests.

import {
  appendAction,
  createGame,
  decodeLog,
  encodeAction,
  LogDecodeError,
  sealLog,
  startLog,
  step,
  type CaseFile,
  type DecisionLog,
  type GameAction,
  type GameEvent,
  type GameState,
  type Level,
  type LogDecodeReason,
} from '../core';

export type SessionListener = (events: GameEvent[], state: GameState) => void;

/** Why a saved play could not be resumed: the log's own reason, or a play already over. */
export type ResumeProblem = LogDecodeReason | 'finished';

export class LevelSession {
  private current: GameState;
  private decisions: DecisionLog;
  private encodedBody = '';
  private readonly listeners = new Set<SessionListener>();

  constructor(readonly level: Level, seed: number, caseFile?: CaseFile) {
    this.current = createGame(level, seed, caseFile);
    this.decisions = startLog(level, seed, caseFile);
  }

  /**
   * Rebuilds a play from a saved, encoded decision log. A log this level and these rules cannot
   * replay (damaged, another version, another level, or a play already over) gives no session
   * and the reason, and the play starts afresh; nothing throws.
   */
  static resume(level: Level, saved: unknown): { session: LevelSession; problem: null } | { session: null; problem: ResumeProblem } {
    let log: DecisionLog;
    try {
      log = decodeLog(level, typeof saved === 'string' ? saved : '');
    } catch (error) {
      if (error instanceof LogDecodeError) return { session: null, problem: error.reason };
      throw error;
    }
    const session = new LevelSession(level, log.seed, log.caseFile);
    for (const action of log.actions) session.dispatch(action);
    return session.current.finished ? { session: null, problem: 'finished' } : { session, problem: null };
  }

  get state(): GameState {
    return this.current;
  }

  get log(): DecisionLog {
    return this.decisions;
  }

  /** The decision log as compact text (core/log-codec.ts), for the save and an LMS. */
  get encodedLog(): string {
    return sealLog(this.decisions, this.decisions.actions.length, this.encodedBody);
  }

  dispatch(action: GameAction): GameEvent[] {
    const before = this.current;
    const { state, events } = step(this.level, before, action);
    if (!events.some((e) => e.type === 'action-refused')) {
      this.encodedBody += encodeAction(this.level, before, action);
      this.current = state;
      this.decisions = appendAction(this.decisions, action);
    }
    for (const listener of this.listeners) listener(events, this.current);
    return events;
  }

  subscribe(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
