// Shared drawing helpers: a full-stage backdrop image, and loading art on demand.
import Phaser from 'phaser';
import { STAGE } from '../ui/stage-layout';
import { COLOURS, type ArtAsset } from './keys';

export function queueArt(scene: Phaser.Scene, assets: ArtAsset[]): void {
  // Two settings may share one picture (the evidence board hangs in the office): queue it once.
  const queued = new Set<string>();
  for (const asset of assets) {
    if (queued.has(asset.key)) continue;
    queued.add(asset.key);
    if (!scene.textures.exists(asset.key)) scene.load.svg(asset.key, asset.url, { width: asset.width, height: asset.height });
  }
}

/** The art fills the stage; a dim veil behind menus keeps text contrast high. */
export function drawBackdrop(scene: Phaser.Scene, asset: ArtAsset, dim = 0): Phaser.GameObjects.Image {
  const image = scene.add.image(0, 0, asset.key).setOrigin(0, 0).setDisplaySize(STAGE.width, STAGE.height);
  if (dim > 0) scene.add.rectangle(0, 0, STAGE.width, STAGE.height, COLOURS.deep, dim).setOrigin(0, 0);
  return image;
}
