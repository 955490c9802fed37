// The benchmark's floor: the smallest Phaser 4 page, built with the game's Vite settings.
// It records when its first frame has been drawn; the game is measured against that.
import Phaser from 'phaser';

class Baseline extends Phaser.Scene {
  create() {
    this.add.rectangle(800, 500, 400, 200, 0xb8372d);
  }
}

const game = new Phaser.Game({
  type: Phaser.AUTO,
  parent: 'world',
  width: 1600,
  height: 1000,
  scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
  audio: { noAudio: true },
  banner: false,
  scene: [Baseline],
});
game.events.once(Phaser.Core.Events.POST_RENDER, () => {
  window.__firstFrame = performance.now();
});
