// The title is HTML and shows before the engine (Phaser and the scenes) has loaded. A press that
// needs the engine (Start, the campaign) waits here until it arrives: one press is kept, a second
// one while waiting is dropped (no double start), and the kept one runs exactly once.

export type GateAnswer = 'ran' | 'queued' | 'dropped';

export interface EngineGate<E> {
  /** Runs `action` now if the engine is ready, else keeps it for when it is (unless one is kept already). */
  request(action: (engine: E) => void): GateAnswer;
  /** The engine has arrived: the kept action, if any, runs now; later requests run at once. */
  ready(engine: E): void;
  /** Forgets the kept action: the player went elsewhere, or the engine failed to load. */
  cancel(): void;
  /** Whether an action is waiting for the engine. */
  waiting(): boolean;
  /** The engine, once it has arrived. */
  engine(): E | null;
}

export function engineGate<E>(): EngineGate<E> {
  let arrived: E | null = null;
  let kept: ((engine: E) => void) | null = null;
  return {
    request(action) {
      if (arrived !== null) {
        action(arrived);
        return 'ran';
      }
      if (kept) return 'dropped';
      kept = action;
      return 'queued';
    },
    ready(engine) {
      if (arrived !== null) return;
      arrived = engine;
      const action = kept;
      kept = null;
      action?.(engine);
    },
    cancel() {
      kept = null;
    },
    waiting: () => kept !== null,
    engine: () => arrived,
  };
}
