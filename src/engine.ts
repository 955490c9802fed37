// The engine half of the game: Phaser and the scenes. main.ts shows the HTML title first and
// imports this behind it; the TitleScene then takes over the title already on screen.
import Phaser from 'phaser';
import { wantsCanvasRenderer, type LaunchOptions } from './platform/url';
import { STAGE } from './ui/stage-layout';
import type { AppContext } from './scenes/app-context';
import { CampaignScene } from './scenes/campaign-scene';
import { DebriefScene } from './scenes/debrief-scene';
import { LevelScene } from './scenes/level-scene';
import { LevelsScene } from './scenes/levels-scene';
import { TitleScene } from './scenes/title-scene';
import type { TitleMenu } from './scenes/title-menu';
import { COLOURS } from './scenes/keys';

export function startEngine(ctx: AppContext, menu: TitleMenu, params: URLSearchParams, launch: LaunchOptions): void {
  const game = new Phaser.Game({
    type: wantsCanvasRenderer(params) ? Phaser.CANVAS : Phaser.AUTO,
    parent: 'world',
    width: STAGE.width,
    height: STAGE.height,
    backgroundColor: COLOURS.night,
    scale: { mode: Phaser.Scale.FIT, autoCenter: Phaser.Scale.CENTER_BOTH },
    audio: { noAudio: true },
    loader: { imageLoadType: 'HTMLImageElement' },
    banner: false,
    // 30 frames a second: the map's flowing dots are the fastest thing drawn and read as well at 30,
    // and on a school's old Chromebook (software drawing) half the frames is half the work, so the
    // page stays responsive and the browser keeps time for its own work (the offline update check).
    fps: { limit: 30 },
    // The first scene starts on its own: the title, or the level list when the address names a level
    // (an assignment link), which then opens that level, or the campaign when the link assigns it.
    scene: launch.assignment?.campaign
      ? [new CampaignScene(ctx), new TitleScene(ctx, menu), new LevelsScene(ctx), new LevelScene(ctx), new DebriefScene(ctx)]
      : launch.levelId
        ? [new LevelsScene(ctx), new TitleScene(ctx, menu), new LevelScene(ctx), new DebriefScene(ctx), new CampaignScene(ctx)]
        : [new TitleScene(ctx, menu), new LevelsScene(ctx), new LevelScene(ctx), new DebriefScene(ctx), new CampaignScene(ctx)],
  });

  // Sound follows the tab: silent while hidden, back when visible.
  game.events.on(Phaser.Core.Events.HIDDEN, () => ctx.sound.suspend(true));
  game.events.on(Phaser.Core.Events.VISIBLE, () => ctx.sound.suspend(false));

  // A read-only window for the browser tests and for teachers' tools: which renderer and screen.
  Object.defineProperty(window, '__miningDream', {
    value: Object.freeze({
      rendererType: () => game.renderer?.type,
      webglConstant: Phaser.WEBGL,
      screen: () => document.body.dataset['screen'],
      levelState: () => (game.scene.getScene('level') as LevelScene | null)?.play?.state,
      /** The game's own JavaScript time for the next `count` frames, from Phaser's pre-step to post-render (ms). */
      sampleFrames: (count: number) =>
        new Promise<number[]>((resolve) => {
          const samples: number[] = [];
          let start = 0;
          const before = (): void => {
            start = performance.now();
          };
          const after = (): void => {
            samples.push(performance.now() - start);
            if (samples.length < count) return;
            game.events.off(Phaser.Core.Events.PRE_STEP, before);
            game.events.off(Phaser.Core.Events.POST_RENDER, after);
            resolve(samples);
          };
          game.events.on(Phaser.Core.Events.PRE_STEP, before);
          game.events.on(Phaser.Core.Events.POST_RENDER, after);
        }),
    }),
  });
}
