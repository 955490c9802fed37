import Phaser from 'phaser';
import { overallScore, tallyLessons, type GameAction, type GameEvent, type Level, type LevelStep, type Setting } from '../core';
import { freshUiState, levelView, districtLight, type LevelUiState } from '../ui/level-view';
import { INSETS, insetBox, STAGE } from '../ui/stage-layout';
import type { AppContext } from './app-context';
import { queueArt } from './backdrop';
import { COLOURS, FIGURE_ART, SCENES, SETTING_ART } from './keys';
import { LevelSession } from './level-session';

/**
 * Plays one level: draws the world for the current step, shows the readable layer, and passes
 * the player's actions to the core through the session.
 */
const OVERLAY_SIZE = {
  width: Math.max(...Object.values(INSETS).map((i) => Math.ceil(STAGE.width * i.scale) + 8)),
  height: Math.max(...Object.values(INSETS).map((i) => Math.ceil(STAGE.height * i.scale) + 8)),
};

export class LevelScene extends Phaser.Scene {
  private session!: LevelSession;
  private ui: LevelUiState = freshUiState();
  private drawnSetting: Setting | null = null;
  private drawnSpeaker: string | null = null;
  private background!: Phaser.GameObjects.Container;
  /** Drawn off the display list, then copied once into `overlayTexture`: a Graphics on the
   * display list is re-tessellated every frame, which cost the city map 4 ms per frame. */
  private dynamic!: Phaser.GameObjects.Graphics;
  private overlayTexture!: Phaser.GameObjects.RenderTexture;
  private figure: Phaser.GameObjects.Image | null = null;

  constructor(private readonly ctx: AppContext) {
    super(SCENES.level);
  }

  preload(): void {
    queueArt(this, [...Object.values(SETTING_ART), ...Object.values(FIGURE_ART)]);
  }

  create(data: { level: Level; resume?: unknown }): void {
    this.session =
      (data.resume !== undefined ? LevelSession.resume(data.level, data.resume) : null) ??
      new LevelSession(data.level, this.ctx.launch.seed ?? this.ctx.newSeed());
    this.ui = freshUiState();
    this.drawnSetting = null;
    this.drawnSpeaker = null;
    this.figure = null;
    this.background = this.add.container(0, 0);
    this.dynamic = this.make.graphics({}, false);
    // Only as large as the inset region the map and the room are drawn in.
    this.overlayTexture = this.add.renderTexture(0, 0, OVERLAY_SIZE.width, OVERLAY_SIZE.height).setOrigin(0, 0);
    const unsubscribe = this.session.subscribe((events) => this.onEvents(events));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
    this.ctx.onScreen('level');
    this.render();
  }

  /** For tests and tools: the state of the play in progress. */
  get play(): LevelSession {
    return this.session;
  }

  private readonly dispatch = (action: GameAction): void => {
    this.ui.confirmLeave = false;
    const events = this.session.dispatch(action);
    // Every accepted decision is kept, so a closed tab or a reload can resume the play.
    if (!this.session.state.finished && !events.some((e) => e.type === 'action-refused')) {
      const { level, log } = this.session;
      this.ctx.saves.update((save) => {
        save.inProgress = { levelId: level.id, log };
      });
    }
  };

  private onEvents(events: GameEvent[]): void {
    const { t } = this.ctx;
    for (const event of events) {
      switch (event.type) {
        case 'action-refused':
          this.ui.message = { text: t(`refused.${event.reason}`), tone: 'info' };
          this.ctx.sound.play('miss');
          break;
        case 'cross-checked': {
          const step = this.currentStep();
          const hit = step?.kind === 'review' ? step.discrepancies.find((d) => d.id === event.discrepancyId) : undefined;
          this.ui.message = hit
            ? { text: t('review.hit', { explanation: hit.explanation[this.ctx.language()] }), tone: 'hit' }
            : { text: t('review.miss'), tone: 'miss' };
          this.ui.selection = [];
          this.ctx.sound.play(hit ? 'found' : 'miss');
          break;
        }
        case 'examined':
          this.ui.lastExamined = event.objectId;
          this.ui.message = null;
          this.ctx.sound.play('select');
          break;
        case 'allocation-set':
        case 'order-answered':
        case 'gift-handled':
        case 'evidence-noted':
          this.ui.message = null;
          if (event.type !== 'allocation-set') this.ctx.sound.play('select');
          break;
        case 'step-started':
          this.ui.message = null;
          this.ui.selection = [];
          this.ui.lastExamined = null;
          this.ctx.sound.play('page');
          break;
        case 'level-finished':
          this.finish();
          return;
        case 'line-shown':
        case 'scored':
          break;
      }
    }
    if (this.ui.message) this.ctx.overlay.announce(this.ui.message.text);
    const examined = events.find((e) => e.type === 'examined');
    if (examined?.type === 'examined') this.announceObservation(examined.objectId, examined.isClue);
    this.render();
  }

  private announceObservation(objectId: string, isClue: boolean): void {
    const step = this.currentStep();
    if (step?.kind !== 'inspection') return;
    const object = step.objects.find((o) => o.id === objectId);
    if (object) this.ctx.overlay.announce((isClue ? step.clue.seen : object.seen)[this.ctx.language()]);
  }

  private finish(): void {
    const { level, state, log } = this.session;
    const score = overallScore(tallyLessons(level, state));
    this.ctx.saves.update((save) => {
      delete save.inProgress;
      const previous = save.levels[level.id];
      save.levels[level.id] = { best: Math.max(previous?.best ?? 0, score), plays: (previous?.plays ?? 0) + 1, lastLog: log };
    });
    this.ctx.sound.play('done');
    this.scene.start(SCENES.debrief, { level, state });
  }

  private currentStep(): LevelStep | undefined {
    return this.session.level.steps[this.session.state.stepIndex];
  }

  private render(): void {
    this.drawWorld();
    this.ctx.overlay.show(
      levelView({
        t: this.ctx.t,
        language: this.ctx.language(),
        level: this.session.level,
        state: this.session.state,
        ui: this.ui,
        dispatch: this.dispatch,
        onLeave: () => {
          this.ctx.saves.update((save) => {
            delete save.inProgress;
          });
          this.scene.start(SCENES.levels, { focusLevel: this.session.level.id });
        },
        updateUi: (change) => {
          const wasConfirmingLeave = this.ui.confirmLeave;
          change(this.ui);
          // Any other press cancels a half-made "leave".
          if (wasConfirmingLeave) this.ui.confirmLeave = false;
          this.ctx.sound.play('select');
          this.render();
        },
      }),
    );
  }

  // ---- The world ------------------------------------------------------------------------------

  private drawWorld(): void {
    const step = this.currentStep();
    if (!step) return;
    if (step.setting !== this.drawnSetting) this.drawSetting(step.setting);
    this.dynamic.clear();
    if (step.kind === 'scene') this.drawSpeaker(step.lines[this.session.state.lineIndex]?.speaker ?? null);
    else this.drawSpeaker(null);
    if (step.kind === 'power') this.drawDistricts(step);
    if (step.kind === 'inspection') this.drawInspection(step);
    // Only the map and the server room draw anything here; an empty full-stage layer still costs
    // a software renderer a full-screen pass every frame.
    const inset = step.setting === 'city-map' || step.setting === 'server-room' ? INSETS[step.setting] : null;
    this.overlayTexture.setVisible(inset !== null);
    this.overlayTexture.clear();
    if (inset) {
      this.overlayTexture.setPosition(inset.x, inset.y);
      this.overlayTexture.draw(this.dynamic, -inset.x, -inset.y);
      this.overlayTexture.render();
    }
  }

  private drawSetting(setting: Setting): void {
    this.background.removeAll(true);
    const art = SETTING_ART[setting];
    if (setting === 'city-map' || setting === 'server-room') {
      // These settings share the stage with a working panel, so the art sits in the inset region.
      this.background.add(this.add.rectangle(0, 0, STAGE.width, STAGE.height, COLOURS.night).setOrigin(0, 0));
      const box = insetBox(INSETS[setting], { x: 0, y: 0, ...STAGE });
      this.background.add(this.add.image(box.x, box.y, art.key).setOrigin(0, 0).setDisplaySize(box.width, box.height));
      this.background.add(this.add.rectangle(box.x, box.y, box.width, box.height).setOrigin(0, 0).setStrokeStyle(4, COLOURS.slate));
      if (setting === 'server-room') this.addRackLights();
    } else {
      this.background.add(this.add.image(0, 0, art.key).setOrigin(0, 0).setDisplaySize(STAGE.width, STAGE.height));
    }
    this.drawnSetting = setting;
  }

  /** Status lights that never stop blinking: the racks run day and night. */
  private addRackLights(): void {
    for (const rackX of [560, 760, 960]) {
      for (let row = 0; row < 8; row++) {
        const box = insetBox(INSETS['server-room'], { x: rackX + 130, y: 290 + row * 58, width: 8, height: 8 });
        const light = this.add.rectangle(box.x, box.y, box.width, box.height, row % 3 === 0 ? COLOURS.teal : COLOURS.amber).setOrigin(0, 0);
        this.background.add(light);
        this.tweens.add({ targets: light, alpha: { from: 1, to: 0.2 }, duration: 300 + ((row * 137 + rackX) % 500), yoyo: true, repeat: -1 });
      }
    }
  }

  private drawSpeaker(speakerId: string | null): void {
    if (speakerId === this.drawnSpeaker) return;
    this.drawnSpeaker = speakerId;
    this.figure?.destroy();
    this.figure = null;
    const speaker = this.session.level.speakers.find((s) => s.id === speakerId);
    if (!speaker || speaker.figure === 'none') return;
    const art = FIGURE_ART[speaker.figure];
    this.figure = this.add.image(200, 985, art.key).setOrigin(0.5, 1).setDisplaySize(340, 680).setAlpha(0);
    this.tweens.add({ targets: this.figure, alpha: 1, x: { from: 170, to: 200 }, duration: 250, ease: 'Quad.easeOut' });
  }

  private drawDistricts(step: Extract<LevelStep, { kind: 'power' }>): void {
    const g = this.dynamic;
    const progress = this.session.state.power[step.id]!;
    const inset = INSETS['city-map'];
    const scale = inset.scale;
    const at = (x: number, y: number): [number, number] => [inset.x + x * scale, inset.y + y * scale];
    const [sx, sy] = at(800, 120);
    for (const d of step.districts) {
      const mw = progress.allocations[d.id] ?? 0;
      const share = mw / d.demandMw;
      const [cx, cy] = at(d.map.x, d.map.y);
      const r = d.map.radius * scale;
      // The feeder from the substation: bright in proportion to the power it carries.
      g.lineStyle(4, COLOURS.teal, 0.25 + 0.75 * share);
      g.lineBetween(sx, sy, cx, cy);
      // Unlit ground, then the served share as a slice: shape, not only colour, shows the state.
      g.fillStyle(COLOURS.deep, 0.72);
      g.fillCircle(cx, cy, r);
      const light = districtLight(mw, d.demandMw);
      if (light === 'lit') {
        g.fillStyle(COLOURS.amber, 0.6);
        g.fillCircle(cx, cy, r);
      } else if (light === 'partial') {
        g.fillStyle(COLOURS.amber, 0.6);
        g.slice(cx, cy, r, Phaser.Math.DegToRad(-90), Phaser.Math.DegToRad(-90 + 360 * share), false);
        g.fillPath();
      } else {
        g.lineStyle(3, COLOURS.slate, 0.9);
        const k = r * 0.6;
        g.lineBetween(cx - k, cy - k, cx + k, cy + k);
        g.lineBetween(cx - k, cy + k, cx + k, cy - k);
      }
      g.lineStyle(3, d.kind === 'critical' ? COLOURS.red : COLOURS.paper, 0.95);
      g.strokeCircle(cx, cy, r);
    }
    g.fillStyle(COLOURS.teal, 1);
    g.fillRect(sx - 10, sy - 10, 20, 20);
  }

  private drawInspection(step: Extract<LevelStep, { kind: 'inspection' }>): void {
    const g = this.dynamic;
    const progress = this.session.state.inspection[step.id]!;
    for (const object of step.objects) {
      const noted = progress.notebook.includes(object.id);
      const examined = progress.examined.includes(object.id);
      if (!examined) continue;
      const box = insetBox(INSETS['server-room'], object.box);
      g.lineStyle(noted ? 6 : 3, noted ? COLOURS.red : COLOURS.teal, 1);
      g.strokeRect(box.x - 4, box.y - 4, box.width + 8, box.height + 8);
    }
  }
}
