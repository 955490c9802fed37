import Phaser from 'phaser';
import type { AppContext } from './app-context';
import { queueArt } from './backdrop';
import { SCENES, TITLE_ART } from './keys';

/** Loads only what the title screen needs; each later screen loads its own art. */
export class BootScene extends Phaser.Scene {
  constructor(private readonly ctx: AppContext) {
    super(SCENES.boot);
  }

  preload(): void {
    queueArt(this, [TITLE_ART]);
  }

  create(): void {
    if (this.ctx.launch.levelId) this.scene.start(SCENES.levels, { openLevel: this.ctx.launch.levelId });
    else this.scene.start(SCENES.title);
  }
}
