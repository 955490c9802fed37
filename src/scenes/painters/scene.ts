// A scene: the speaker of the line on screen stands on the left, sliding in when they change.

import type Phaser from 'phaser';
import type { SceneStep } from '../../core';
import type { SceneInnerEvent } from '../../ui/messages/kind-events';
import { FIGURE_ART } from '../keys';
import type { PaintContext, Painter, PainterHost } from './painter';

export class SpeakerPainter implements Painter<SceneStep, SceneInnerEvent> {
  private figure: Phaser.GameObjects.Image | null = null;
  private drawnSpeaker: string | null = null;

  constructor(private readonly host: PainterHost) {}

  paint({ level, state, step }: PaintContext<SceneStep>): void {
    const speakerId = step.lines[state.scene[step.id]?.line ?? 0]?.speaker ?? null;
    if (speakerId === this.drawnSpeaker) return;
    this.clear();
    this.drawnSpeaker = speakerId;
    const speaker = level.speakers.find((s) => s.id === speakerId);
    if (!speaker || speaker.figure === 'none') return;
    const { scene } = this.host;
    this.figure = scene.add.image(200, 985, FIGURE_ART[speaker.figure].key).setOrigin(0.5, 1).setDisplaySize(340, 680).setAlpha(0);
    scene.tweens.add({ targets: this.figure, alpha: 1, x: { from: 170, to: 200 }, duration: 250, ease: 'Quad.easeOut' });
  }

  clear(): void {
    this.figure?.destroy();
    this.figure = null;
    this.drawnSpeaker = null;
  }
}
