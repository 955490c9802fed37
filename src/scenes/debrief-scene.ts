import Phaser from 'phaser';
import type { GameState, Level, QuestionsRecord } from '../core';
import { debriefView } from '../ui/debrief-view';
import type { AppContext } from './app-context';
import { drawBackdrop } from './backdrop';
import { SCENES, SETTING_ART } from './keys';

/** The debrief over the darkened bureau. */
export class DebriefScene extends Phaser.Scene {
  constructor(private readonly ctx: AppContext) {
    super(SCENES.debrief);
  }

  create(data: { level: Level; state: GameState; campaign?: boolean; questions?: QuestionsRecord | null }): void {
    drawBackdrop(this, SETTING_ART.bureau, 0.7);
    const { ctx } = this;
    ctx.onScreen('debrief');
    ctx.overlay.show(
      debriefView({
        t: ctx.t,
        language: ctx.language(),
        level: data.level,
        state: data.state,
        reference: ctx.reference(),
        questions: data.questions ?? null,
        onLevels: () => this.scene.start(SCENES.levels, { focusLevel: data.level.id }),
        onAgain: () => this.scene.start(SCENES.level, { level: data.level }),
        onCampaign: data.campaign ? () => this.scene.start(SCENES.campaign, { view: 'card' }) : undefined,
      }),
    );
  }
}
