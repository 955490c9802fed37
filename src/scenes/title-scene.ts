import Phaser from 'phaser';
import type { AppContext } from './app-context';
import { drawBackdrop, queueArt } from './backdrop';
import { setAmbience } from './sound-cues';
import { COLOURS, SCENES, TITLE_ART } from './keys';
import type { TitleMenu } from './title-menu';

/**
 * The title over the city at dusk. Its menus are HTML (title-menu.ts) and are already on screen
 * when the engine arrives: the scene takes over that same screen (nothing redrawn, focus kept),
 * runs a Start pressed while the engine loaded, and draws the art behind it.
 */
export class TitleScene extends Phaser.Scene {
  constructor(private readonly ctx: AppContext, private readonly menu: TitleMenu) {
    super(SCENES.title);
  }

  /** The menu is usable at once; the art is drawn when it has loaded. */
  init(): void {
    // Back from a level, or a link that skipped the title: the menu is drawn afresh. On the first
    // visit the HTML title is already there; a press that waited for the engine runs now.
    if (this.menu.screen === null) this.menu.showTitle('start');
  }

  preload(): void {
    queueArt(this, [TITLE_ART]);
  }

  create(): void {
    // Start goes through once the title's art has loaded, not before: the level list and the
    // campaign draw the same picture, and a second load of it while this one runs is refused by
    // Phaser ("Texture key already in use"). Until then a press waits, as it does for the engine.
    this.menu.attach({ start: (scene) => this.scene.start(scene === 'campaign' ? SCENES.campaign : SCENES.levels) });
    drawBackdrop(this, TITLE_ART).setDepth(-1);
    setAmbience(this.ctx, null);
    this.drawHum();
    // The title is drawn and usable: fetch and check the levels when the browser is next idle,
    // ready for Start but off the title's own critical path (they grow with every chapter).
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => whenIdle(() => void this.ctx.catalogue()));
  }

  /** The data hall's glow breathes: the miners never stop. */
  private drawHum(): void {
    const glow = this.add.rectangle(1040, 536, 524, 68, COLOURS.teal, 0.18).setOrigin(0, 0);
    this.tweens.add({ targets: glow, alpha: { from: 0.1, to: 0.35 }, duration: 1800, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }
}

function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 500);
}
