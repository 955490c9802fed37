// The layers every painter shares: the setting's art behind, one Graphics drawn off the display
// list, and the texture it is copied into, only as large as the inset region the maps and rooms
// are drawn in.

import Phaser from 'phaser';
import type { Setting } from '../../core';
import { INSETS, insetBox, STAGE, type Inset } from '../../ui/stage-layout';
import { COLOURS, SETTING_ART } from '../keys';

const INSET_SIZE = {
  width: Math.max(...Object.values(INSETS).map((i) => Math.ceil(STAGE.width * i.scale) + 8)),
  height: Math.max(...Object.values(INSETS).map((i) => Math.ceil(STAGE.height * i.scale) + 8)),
};


function insetFor(setting: Setting): Inset | null {
  return setting in INSETS ? INSETS[setting as keyof typeof INSETS] : null;
}

export class World {
  private readonly background: Phaser.GameObjects.Container;
  /** Drawn off the display list, then copied once into `insetTexture`: a Graphics on the
   * display list is re-tessellated every frame, which cost the city map 4 ms per frame. */
  readonly graphics: Phaser.GameObjects.Graphics;
  private readonly insetTexture: Phaser.GameObjects.RenderTexture;
  private drawnSetting: Setting | null = null;

  constructor(private readonly scene: Phaser.Scene) {
    this.background = scene.add.container(0, 0);
    this.graphics = scene.make.graphics({}, false);
    this.insetTexture = scene.add.renderTexture(0, 0, INSET_SIZE.width, INSET_SIZE.height).setOrigin(0, 0);
  }

  showSetting(setting: Setting): void {
    if (setting === this.drawnSetting) return;
    const { scene, background } = this;
    background.removeAll(true);
    const art = SETTING_ART[setting];
    const inset = insetFor(setting);
    if (inset) {
      // These settings share the stage with a working panel, so the art sits in the inset region.
      background.add(scene.add.rectangle(0, 0, STAGE.width, STAGE.height, COLOURS.night).setOrigin(0, 0));
      const box = insetBox(inset, { x: 0, y: 0, ...STAGE });
      background.add(scene.add.image(box.x, box.y, art.key).setOrigin(0, 0).setDisplaySize(box.width, box.height));
      background.add(scene.add.rectangle(box.x, box.y, box.width, box.height).setOrigin(0, 0).setStrokeStyle(4, COLOURS.slate));
    } else {
      background.add(scene.add.image(0, 0, art.key).setOrigin(0, 0).setDisplaySize(STAGE.width, STAGE.height));
    }
    this.drawnSetting = setting;
  }

  /**
   * Copies what the painter drew into the setting's inset. Only the maps and the rooms draw
   * anything; an empty full-stage layer still costs a software renderer a full-screen pass a frame.
   */
  copyToInset(setting: Setting): void {
    const inset = insetFor(setting);
    this.insetTexture.setVisible(inset !== null);
    this.insetTexture.clear();
    if (inset) {
      this.insetTexture.setPosition(inset.x, inset.y);
      this.insetTexture.draw(this.graphics, -inset.x, -inset.y);
      this.insetTexture.render();
    }
  }
}
