// The review desk: its setting art says it all while the player works; a verdict that plays a
// scene (ui/after-decision.ts) brings the speaker of the line on screen in, as a scene step does.

import type Phaser from 'phaser';
import type { DeskStep } from '../../core';
import { pendingAfterScene } from '../../ui/after-decision';
import type { DeskInnerEvent } from '../../ui/messages/kind-events';
import { FIGURE_ART } from '../keys';
import type { PaintContext, Painter, PainterHost } from './painter';

export class DeskPainter implements Painter<DeskStep, DeskInnerEvent> {
  private figure: Phaser.GameObjects.Image | null = null;
  private drawnSpeaker: string | null = null;

  constructor(private readonly host: PainterHost) {}

  paint({ level, state, step, ui }: PaintContext<DeskStep>): void {
    const scene = pendingAfterScene(step, state, ui);
    const speakerId = scene ? (scene.lines[scene.index]?.speaker ?? null) : null;
    if (speakerId === this.drawnSpeaker) return;
    this.clear();
    this.drawnSpeaker = speakerId;
    const speaker = level.speakers.find((s) => s.id === speakerId);
    if (!speaker || speaker.figure === 'none') return;
    const { scene: phaser } = this.host;
    this.figure = phaser.add.image(200, 985, FIGURE_ART[speaker.figure].key).setOrigin(0.5, 1).setDisplaySize(340, 680).setAlpha(0);
    phaser.tweens.add({ targets: this.figure, alpha: 1, x: { from: 170, to: 200 }, duration: this.host.reducedMotion ? 0 : 250, ease: 'Quad.easeOut' });
  }

  clear(): void {
    this.figure?.destroy();
    this.figure = null;
    this.drawnSpeaker = null;
  }
}
