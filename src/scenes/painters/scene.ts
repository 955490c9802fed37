// A scene: the speaker of the line on screen stands on the left, sliding in when they change; when
// only their mood changes, only the face changes. With reduced motion nobody slides.

import type Phaser from 'phaser';
import type { SceneStep } from '../../core';
import type { SceneInnerEvent } from '../../ui/messages/kind-events';
import { FACE_ANCHOR, FIGURE_ART, MOOD_ART } from '../keys';
import type { PaintContext, Painter, PainterHost } from './painter';
import { poseChange, speakerPose, type SpeakerPose } from './speaker-pose';

/** Where the figure stands (its feet) and how tall it is drawn, in world units. */
const STAND = { x: 200, y: 985, width: 340, height: 680 } as const;
/** The art's own size (FIGURE_ART: 400 x 800), so the face lands on the head at any drawn size. */
const SCALE = STAND.height / 800;

export class SpeakerPainter implements Painter<SceneStep, SceneInnerEvent> {
  private figure: Phaser.GameObjects.Container | null = null;
  private face: Phaser.GameObjects.Image | null = null;
  private drawn: SpeakerPose | null = null;

  constructor(private readonly host: PainterHost) {}

  paint({ level, state, step }: PaintContext<SceneStep>): void {
    const next = speakerPose(level, step, state.scene[step.id]?.line ?? 0);
    const change = poseChange(this.drawn, next);
    if (change === 'keep') return;
    if (change === 'face' && next && this.face) {
      this.face.setTexture(MOOD_ART[next.mood].key);
      this.drawn = next;
      return;
    }
    this.clear();
    if (!next) return;
    this.drawn = next;
    const { scene, reducedMotion } = this.host;
    const anchor = FACE_ANCHOR[next.figure];
    const body = scene.add.image(0, 0, FIGURE_ART[next.figure].key).setOrigin(0.5, 1).setDisplaySize(STAND.width, STAND.height);
    this.face = scene.add
      .image((anchor.x - 200) * SCALE, (anchor.y - 800) * SCALE, MOOD_ART[next.mood].key)
      .setDisplaySize(100 * SCALE, 100 * SCALE)
      .setAngle(anchor.angle);
    this.figure = scene.add.container(STAND.x, STAND.y, [body, this.face]);
    if (reducedMotion) return;
    this.figure.setAlpha(0);
    scene.tweens.add({ targets: this.figure, alpha: 1, x: { from: STAND.x - 30, to: STAND.x }, duration: 250, ease: 'Quad.easeOut' });
  }

  clear(): void {
    this.figure?.destroy();
    this.figure = null;
    this.face = null;
    this.drawn = null;
  }
}
