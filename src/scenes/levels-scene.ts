import Phaser from 'phaser';
import type { Level } from '../core/level';
import { levelListScreen, levelsLoadFailedScreen } from '../ui/menus';
import type { AppContext } from './app-context';
import { setAmbience } from './sound-cues';
import { drawBackdrop, queueArt } from './backdrop';
import { SCENES, TITLE_ART } from './keys';
import { assignedSet, assignmentSection, nextAssignedLevel } from './assignment';

/** The case files: every level that loaded, and a plain report of any that did not. */
export class LevelsScene extends Phaser.Scene {
  /** An assignment link's level opens once, on arrival, not every time the list is shown. */
  private launchLevelHandled = false;

  constructor(private readonly ctx: AppContext) {
    super(SCENES.levels);
  }

  preload(): void {
    queueArt(this, [TITLE_ART]);
  }

  create(data: { focusLevel?: string }): void {
    setAmbience(this.ctx, null);
    drawBackdrop(this, TITLE_ART, 0.55);
    const { ctx } = this;
    const openLevel = this.launchLevelHandled ? null : ctx.launch.levelId;
    ctx.onScreen('levels-loading');
    ctx.catalogue().then((catalogue) => {
      if (!this.scene.isActive()) return;
      this.launchLevelHandled = true;
      // An assignment link opens the first of its levels not yet finished; when all are, the list
      // shows the set with its result file.
      const set = assignedSet(ctx, catalogue.levels);
      const direct = openLevel ? (set ? nextAssignedLevel(set) : catalogue.levels.find((l) => l.id === openLevel)) : undefined;
      if (direct) {
        // Inside an LMS the package's level goes on where the learner left it (lms-link.ts put it in the save).
        const open = ctx.saves.current.inProgress;
        if (ctx.lms && open && !open.campaign && open.levelId === direct.id) this.scene.start(SCENES.level, { level: direct, resume: open.log });
        else this.play(direct);
        return;
      }
      ctx.onScreen('levels');
      ctx.overlay.show(
        levelListScreen({
          t: ctx.t,
          language: ctx.language(),
          levels: catalogue.levels,
          problems: catalogue.problems,
          records: ctx.saves.current.levels,
          inProgressLevelId: ctx.saves.current.inProgress?.levelId ?? null,
          onPlay: (level) => this.play(level),
          onResume: (level) => {
            this.ctx.sound.play('page');
            this.scene.start(SCENES.level, { level, resume: ctx.saves.current.inProgress?.log, campaign: ctx.saves.current.inProgress?.campaign === true });
          },
          onBack: () => this.scene.start(SCENES.title),
          assignment: set && set.levels.length > 0 ? assignmentSection(ctx, set, (level) => this.play(level)) : null,
          teacherLink: ctx.teacherLink(),
          onOpenFile: (file) =>
            void file.text().then((text) => {
              ctx.openLevelFile(file.name, text);
              if (this.scene.isActive()) this.scene.restart(data);
            }),
        }),
        data.focusLevel ? { kind: 'element', id: `play-${data.focusLevel}` } : { kind: 'restore' },
      );
    }, () => {
      // The levels could not be fetched: never "loading" for ever, but a reason and a retry.
      if (!this.scene.isActive()) return;
      ctx.onScreen('levels-load-failed');
      ctx.overlay.show(
        levelsLoadFailedScreen({ t: ctx.t, onRetry: () => this.scene.restart(data), onBack: () => this.scene.start(SCENES.title) }),
        { kind: 'element', id: 'retry' },
      );
    });
  }

  private play(level: Level): void {
    this.ctx.sound.play('page');
    this.scene.start(SCENES.level, { level });
  }
}
