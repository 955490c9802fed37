import Phaser from 'phaser';
import type { AppContext } from './app-context';
import { SCENES } from './keys';

/** Routes to the first screen: the title, or a level named in the address. Each screen loads its own art. */
export class BootScene extends Phaser.Scene {
  constructor(private readonly ctx: AppContext) {
    super(SCENES.boot);
  }

  create(): void {
    if (this.ctx.launch.levelId) this.scene.start(SCENES.levels, { openLevel: this.ctx.launch.levelId });
    else this.scene.start(SCENES.title);
  }
}
