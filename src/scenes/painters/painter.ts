// The contract every step kind's painter fills: what Phaser draws for a step of that kind. The
// scene owns the shared layers (see world.ts) and calls the painter of the step on screen; a
// painter owns only the game objects it adds itself (a figure, the grid's flows, the hall's staff).

import type Phaser from 'phaser';
import type { GameState, Level, LevelStep } from '../../core';
import type { LevelUiState, LevelViewProps } from '../../ui/level-parts';
import type { Overlay } from '../../ui/overlay';

/** What a painter reads: the step on screen, the play, and what the screen remembers. */
export interface PaintContext<S extends LevelStep> {
  level: Level;
  state: GameState;
  step: S;
  ui: LevelUiState;
}

/** What the scene lends its painters. */
export interface PainterHost {
  readonly scene: Phaser.Scene;
  /** Drawn off the display list, cleared before each paint, then copied once into the setting's inset. */
  readonly graphics: Phaser.GameObjects.Graphics;
  readonly reducedMotion: boolean;
  /** Shows the readable layer again, whole. */
  render(): void;
  /** Changes the readable layer in place (a clock's tick moves a few labels, not the panel). */
  patchView(patch: (overlay: Overlay, props: LevelViewProps) => void): void;
  /** Draws the world again on the next frame, so no single frame carries new text and a new map. */
  redrawNextFrame(): void;
}

/** How often `tick` comes: each hour of a day played out on the grid map shows this long. */
export const TICK_MS = 1000;

export interface Painter<S extends LevelStep, E> {
  /**
   * Everything the picture shows, as one string: when it equals the one last drawn the scene keeps
   * the picture (the grid's night hours look alike). Without it, every change redraws.
   */
  picture?(ctx: PaintContext<S>): string;
  /** Draws the step into the host's graphics and places the painter's own objects. */
  paint(ctx: PaintContext<S>): void;
  /** Shows one of the kind's events in the world (the manager hurrying over). */
  react?(event: E, ctx: PaintContext<S>): void;
  /** Every TICK_MS while a step of the kind is on screen. */
  tick?(ctx: PaintContext<S>): void;
  /** Every frame while a step of the kind is on screen. */
  update?(time: number): void;
  /** Another kind's step is on screen: take down the painter's own objects. */
  clear(): void;
}
