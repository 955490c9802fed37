import Phaser from 'phaser';
import type { GameState, Level, QuestionsRecord, RoomVotes } from '../core';
import { debriefView } from '../ui/debrief-view';
import type { AppContext } from './app-context';
import { drawBackdrop } from './backdrop';
import { SCENES, SETTING_ART } from './keys';
import { assignedSet, assignmentSection } from './assignment';
import { playCue, setAmbience } from './sound-cues';

interface DebriefData {
  level: Level;
  state: GameState;
  campaign?: boolean;
  questions?: QuestionsRecord | null;
  /** Facilitated mode: the room's votes in this play (null outside the mode). */
  room?: RoomVotes | null;
}

/** The debrief over the darkened bureau. */
export class DebriefScene extends Phaser.Scene {
  constructor(private readonly ctx: AppContext) {
    super(SCENES.debrief);
  }

  create(data: DebriefData): void {
    drawBackdrop(this, SETTING_ART.bureau, 0.7);
    const { ctx } = this;
    // An ending: the level's ambience gives way to the theme.
    setAmbience(ctx, null);
    playCue(ctx, 'theme');
    // An assigned set's panel needs the catalogue, loaded long before a debrief; the panel is only
    // for a level of the set, so the rest of the debrief never waits on it.
    void ctx.catalogue().then((catalogue) => {
      if (!this.scene.isActive()) return;
      const set = assignedSet(ctx, catalogue.levels);
      this.show(data, set && set.levels.some((l) => l.id === data.level.id) ? assignmentSection(ctx, set, (next) => this.scene.start(SCENES.level, { level: next })) : null);
    }, () => this.show(data, null));
  }

  private show(data: DebriefData, assignment: HTMLElement | null): void {
    const { ctx } = this;
    ctx.onScreen('debrief');
    ctx.overlay.show(
      debriefView({
        assignment,
        t: ctx.t,
        language: ctx.language(),
        level: data.level,
        state: data.state,
        reference: ctx.reference(),
        questions: data.questions ?? null,
        room: data.room ?? null,
        onLevels: () => this.scene.start(SCENES.levels, { focusLevel: data.level.id }),
        onAgain: () => this.scene.start(SCENES.level, { level: data.level }),
        onCampaign: data.campaign ? () => this.scene.start(SCENES.campaign, { view: 'card' }) : undefined,
      }),
    );
  }
}
