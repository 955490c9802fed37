import Phaser from 'phaser';
import { districtState, HOURS_PER_DAY, overallScore, tallyLessons, type DeskStepEvent, type GameAction, type GameEvent, type GridEvent, type GridStep, type Level, type LevelStep, type Setting, type SiteStep, type SiteStepEvent } from '../core';
import { freshUiState, levelView, type LevelUiState } from '../ui/level-view';
import { deskMessage, openFolder } from '../ui/desk-view';
import { gridHourView, gridScreen, patchGridHour } from '../ui/grid-view';
import { INSETS, insetBox, STAGE, type Inset } from '../ui/stage-layout';
import type { AppContext } from './app-context';
import { queueArt } from './backdrop';
import { COLOURS, FIGURE_ART, GRID_IMPORT_POINT, GRID_SUBSTATION, SCENES, SETTING_ART } from './keys';
import { LevelSession } from './level-session';

/**
 * Plays one level: draws the world for the current step, shows the readable layer, and passes
 * the player's actions to the core through the session.
 */
const OVERLAY_SIZE = {
  width: Math.max(...Object.values(INSETS).map((i) => Math.ceil(STAGE.width * i.scale) + 8)),
  height: Math.max(...Object.values(INSETS).map((i) => Math.ceil(STAGE.height * i.scale) + 8)),
};

/** How long each hour shows when a day plays out on the map. */
const GRID_HOUR_MS = 1000;
/** Moving dots per feeder: enough to read as a flow, few enough to cost nothing. */
const FLOW_DOTS = 3;
const FLOW_DOT_RADIUS = 4;

/**
 * Points along a circle from the top, clockwise, over `from`..`to` of a turn. Graphics draws every
 * arc with a hundred points whatever its size; the grid redraws a few dozen each hour, so its
 * discs use fewer (one every 8 degrees reads as round at the map's sizes).
 */
function arcPoints(cx: number, cy: number, r: number, from: number, to: number): Phaser.Math.Vector2[] {
  const steps = Math.max(2, Math.ceil((to - from) * 45));
  return Array.from({ length: steps + 1 }, (_, i) => {
    const angle = 2 * Math.PI * (from + ((to - from) * i) / steps) - Math.PI / 2;
    return new Phaser.Math.Vector2(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
  });
}

function insetFor(setting: Setting): Inset | null {
  return setting in INSETS ? INSETS[setting as keyof typeof INSETS] : null;
}

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
  /** The staff of the site being inspected, standing where the level puts them. */
  private staffFigures: Phaser.GameObjects.Image[] = [];
  private staffStep: string | null = null;
  /** Dots that travel along the grid's feeders, one set per district, in world coordinates. */
  private flows: { dots: Phaser.GameObjects.Arc[]; from: Phaser.Math.Vector2; to: Phaser.Math.Vector2; speed: number }[] = [];
  private flowStep: string | null = null;
  /** What the grid map last showed; an hour that looks the same is not drawn again. */
  private drawnGridKey = '';
  private readonly reducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

  constructor(private readonly ctx: AppContext) {
    super(SCENES.level);
  }

  preload(): void {
    queueArt(this, [...Object.values(SETTING_ART), ...Object.values(FIGURE_ART)]);
  }

  create(data: { level: Level; resume?: unknown }): void {
    const resumed = data.resume !== undefined ? LevelSession.resume(data.level, data.resume) : null;
    this.session = resumed?.session ?? new LevelSession(data.level, this.ctx.launch.seed ?? this.ctx.newSeed());
    this.ui = freshUiState();
    // A saved play that cannot be replayed starts afresh, and the player is told why.
    if (resumed?.problem) this.ui.message = { text: this.ctx.t(`resume.${resumed.problem}`), tone: 'info' };
    this.ui.site.difficulty = this.ctx.launch.difficulty ?? this.ui.site.difficulty;
    this.drawnSetting = null;
    this.drawnSpeaker = null;
    this.figure = null;
    this.background = this.add.container(0, 0);
    this.dynamic = this.make.graphics({}, false);
    // Only as large as the inset region the map and the room are drawn in.
    this.overlayTexture = this.add.renderTexture(0, 0, OVERLAY_SIZE.width, OVERLAY_SIZE.height).setOrigin(0, 0);
    this.flows = [];
    this.flowStep = null;
    this.drawnGridKey = '';
    this.time.addEvent({ delay: GRID_HOUR_MS, loop: true, callback: () => this.advanceHour() });
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
      const { level, encodedLog } = this.session;
      this.ctx.saves.update((save) => {
        save.inProgress = { levelId: level.id, log: encodedLog };
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
        case 'step-started':
          this.ui.message = null;
          this.ui.selection = [];
          this.ui.lastExamined = null;
          this.ctx.sound.play('page');
          break;
        case 'step-event':
          if (event.kind === 'grid') this.onGridEvent(event.event);
          else if (event.kind === 'site') this.onSiteEvent(event.event);
          else if (event.kind === 'desk') this.onDeskEvent(event.event);
          break;
        case 'level-finished':
          this.finish();
          return;
        case 'scored':
          break;
      }
    }
    if (this.ui.message) this.ctx.overlay.announce(this.ui.message.text);
    this.render();
  }

  private onGridEvent(event: GridEvent): void {
    const { t } = this.ctx;
    switch (event.type) {
      case 'day-run':
        // The day just run plays out hour by hour on the map.
        this.ui.grid = { ...this.ui.grid, day: event.dayIndex, hour: 0, playing: true };
        this.ui.message = { text: t('grid.dayRun', { n: event.dayIndex + 1 }), tone: 'info' };
        this.ctx.sound.play('page');
        break;
      case 'levers-changed':
        // A change to the levers is a change to the plan: show it.
        this.ui.grid = { ...this.ui.grid, day: null, playing: false };
        this.ui.message = null;
        break;
      case 'order-answered':
      case 'monitoring-done':
        this.ui.message = null;
        this.ctx.sound.play('select');
        break;
      case 'profiles-compared':
        this.ui.message = { text: t('grid.compared'), tone: event.contradicted ? 'hit' : 'info' };
        this.ctx.sound.play(event.contradicted ? 'found' : 'select');
        break;
    }
  }

  private onDeskEvent(event: DeskStepEvent): void {
    const step = this.currentStep();
    if (step?.kind !== 'desk') return;
    // A decided folder leaves the desk and the next one waiting opens; so does a new day.
    if (event.type === 'desk-decided' || event.type === 'desk-day-started') openFolder(this.ui, null);
    if (event.type === 'desk-cross-checked') this.ui.selection = [];
    const message = deskMessage(step, event, this.ctx.t, this.ctx.language());
    if (message !== undefined) this.ui.message = message;
    const found = event.type === 'desk-cross-checked' && event.discrepancyId !== null;
    this.ctx.sound.play(found ? 'found' : event.type === 'desk-cross-checked' ? 'miss' : event.type === 'desk-day-started' ? 'page' : 'select');
  }

  private onSiteEvent(event: SiteStepEvent): void {
    const { t } = this.ctx;
    const step = this.currentStep();
    if (step?.kind !== 'site') return;
    const nameOf = (id: string): string => {
      const place = [...step.site.stations, ...step.site.staff].find((x) => x.id === id);
      return place ? place.name[this.ctx.language()] : id;
    };
    switch (event.type) {
      case 'arrived':
        this.ui.message = event.caught.length > 0 ? { text: t('site.caught'), tone: 'hit' } : null;
        this.ctx.sound.play(event.caught.length > 0 ? 'found' : 'page');
        break;
      case 'stalled':
        this.ui.message = { text: t('site.stalled', { place: nameOf(event.target), minutes: event.minutes }), tone: 'info' };
        break;
      case 'site-reacts': {
        this.ui.message = { text: t(event.how === 'manager-to-console' ? 'site.reactsConsole' : 'site.reactsAside', { place: nameOf(event.target) }), tone: 'miss' };
        this.ctx.sound.play('miss');
        // The manager (the first of the staff) hurries over, in the hall as well as in words.
        const manager = this.staffFigures[0];
        const box = step.layout[event.target];
        if (manager && box && !this.reducedMotion) {
          const to = insetBox(INSETS['computing-hall'], box);
          this.tweens.add({ targets: manager, x: to.x + to.width + manager.displayWidth / 2, y: to.y + to.height, duration: 600, ease: 'Quad.easeInOut' });
        }
        break;
      }
      case 'checked':
        this.ui.message = null;
        this.ctx.sound.play('select');
        break;
      case 'report-filed':
        this.ctx.sound.play(event.review.accepted ? 'found' : 'miss');
        break;
      case 'added-to-report':
      case 'removed-from-report':
        this.ctx.sound.play('select');
        break;
    }
  }

  private advanceHour(): void {
    const grid = this.ui.grid;
    if (!grid.playing || this.currentStep()?.kind !== 'grid') return;
    grid.hour = Math.min(HOURS_PER_DAY - 1, grid.hour + 1);
    if (grid.hour === HOURS_PER_DAY - 1) {
      grid.playing = false;
      this.render();
      return;
    }
    // Only the map and the charts change with the hour; rebuilding the panel too cost frames. The
    // text goes now and the map on the next frame, so no single frame carries both.
    const step = this.currentStep();
    if (step?.kind === 'grid' && !patchGridHour(this.ctx.overlay.element, this.viewProps(), step)) {
      this.ctx.overlay.replaceParts(gridHourView(this.viewProps(), step));
    }
    this.time.delayedCall(0, () => this.drawWorld());
  }

  override update(time: number): void {
    if (this.reducedMotion) return;
    for (const flow of this.flows) {
      flow.dots.forEach((dot, k) => {
        const along = (time * flow.speed + k / FLOW_DOTS) % 1;
        dot.setPosition(flow.from.x + (flow.to.x - flow.from.x) * along, flow.from.y + (flow.to.y - flow.from.y) * along);
      });
    }
  }

  private finish(): void {
    const { level, state, encodedLog: log } = this.session;
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
    this.ctx.overlay.show(levelView(this.viewProps()));
  }

  private viewProps(): Parameters<typeof levelView>[0] {
    return {
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
    };
  }

  // ---- The world ------------------------------------------------------------------------------

  private drawWorld(): void {
    const step = this.currentStep();
    if (!step) return;
    if (step.setting !== this.drawnSetting) this.drawSetting(step.setting);
    // An hour of the grid that looks like the one drawn keeps its picture (night hours, mostly).
    // One reading of the grid serves both the check and the drawing (it runs every hour tick).
    const screen = step.kind === 'grid' ? gridScreen(step, this.session.state.grid[step.id]!, this.ui.grid) : null;
    const picture = step.kind === 'grid' && screen ? gridPicture(step, screen) : '';
    if (picture !== '' && picture === this.drawnGridKey) return;
    this.drawnGridKey = picture;
    this.dynamic.clear();
    if (step.kind === 'scene') this.drawSpeaker(step.lines[this.session.state.scene[step.id]?.line ?? 0]?.speaker ?? null);
    else this.drawSpeaker(null);
    if (step.kind === 'grid' && screen) this.drawGrid(step, screen);
    else this.clearFlows();
    if (step.kind === 'site') this.drawHall(step);
    else this.clearStaff();
    // Only the maps and the server room draw anything here; an empty full-stage layer still costs
    // a software renderer a full-screen pass every frame.
    const inset = insetFor(step.setting);
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
    const inset = insetFor(setting);
    if (inset) {
      // These settings share the stage with a working panel, so the art sits in the inset region.
      this.background.add(this.add.rectangle(0, 0, STAGE.width, STAGE.height, COLOURS.night).setOrigin(0, 0));
      const box = insetBox(inset, { x: 0, y: 0, ...STAGE });
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

  private drawGrid(step: GridStep, screen: ReturnType<typeof gridScreen>): void {
    const g = this.dynamic;
    const inset = INSETS['city-grid'];
    const at = (x: number, y: number): [number, number] => [inset.x + x * inset.scale, inset.y + y * inset.scale];
    const t = screen.day * HOURS_PER_DAY + screen.ui.hour;
    const [sx, sy] = at(GRID_SUBSTATION.x, GRID_SUBSTATION.y);
    const servedNow = step.districts.map((_, i) => screen.dispatch.servedMw[i]![t]!);
    const largest = Math.max(1, ...servedNow);
    const supply = screen.dispatch.supplyMw[t]!;
    const [ix, iy] = at(GRID_IMPORT_POINT.x, GRID_IMPORT_POINT.y);
    g.lineStyle(4 + 10 * Math.min(1, supply / 150), COLOURS.teal, 0.9);
    g.lineBetween(ix, iy, sx, sy);
    step.districts.forEach((d, i) => {
      const served = servedNow[i]!;
      const [cx, cy] = at(d.map.x, d.map.y);
      g.lineStyle(2 + 8 * (served / largest), COLOURS.teal, served > 0 ? 0.85 : 0.25);
      g.lineBetween(sx, sy, cx, cy);
    });
    step.districts.forEach((d, i) => {
      const served = servedNow[i]!;
      const demand = screen.dispatch.demandMw[i]![t]!;
      const share = demand > 0 ? Math.min(1, served / demand) : 1;
      const state = districtState(served, demand);
      const [cx, cy] = at(d.map.x, d.map.y);
      const r = d.map.radius * inset.scale;
      const ring = arcPoints(cx, cy, r, 0, 1);
      g.fillStyle(COLOURS.deep, 0.9);
      g.fillPoints(ring, true);
      if (share >= 0.999) {
        g.fillStyle(COLOURS.amber, 0.8);
        g.fillPoints(ring, true);
      } else if (share > 0) {
        g.fillStyle(COLOURS.amber, 0.8);
        g.fillPoints([new Phaser.Math.Vector2(cx, cy), ...arcPoints(cx, cy, r, 0, share)], true);
      }
      // Dark and partly dark districts are hatched, so the state never rests on colour alone.
      if (state !== 'lit') this.hatch(cx, cy, r, state === 'dark' ? 0.9 : 0.55);
      const selected = screen.ui.district === d.id;
      g.lineStyle(selected ? 5 : 3, d.critical ? COLOURS.red : selected ? COLOURS.amber : COLOURS.paper, 0.95);
      g.strokePoints(ring, true, true);
    });
    g.fillStyle(COLOURS.teal, 1);
    g.fillRect(sx - 12, sy - 12, 24, 24);
    this.placeFlows(step, servedNow, largest, [sx, sy], at);
  }


  private hatch(cx: number, cy: number, r: number, alpha: number): void {
    const g = this.dynamic;
    g.lineStyle(2, COLOURS.slate, alpha);
    // Diagonal chords of the circle, 10 px apart, stroked as one path (one stroke per line cost more).
    g.beginPath();
    for (let o = -r * Math.SQRT2 + 5; o < r * Math.SQRT2; o += 10) {
      const root = Math.sqrt(Math.max(0, 2 * r * r - o * o));
      const x1 = (o - root) / 2;
      const x2 = (o + root) / 2;
      g.moveTo(cx + x1, cy + x1 - o);
      g.lineTo(cx + x2, cy + x2 - o);
    }
    g.strokePath();
  }

  private placeFlows(step: GridStep, servedNow: number[], largest: number, [sx, sy]: [number, number], at: (x: number, y: number) => [number, number]): void {
    if (this.flowStep !== step.id) {
      this.clearFlows();
      this.flowStep = step.id;
      this.flows = step.districts.map((d) => {
        const [cx, cy] = at(d.map.x, d.map.y);
        const dots = Array.from({ length: FLOW_DOTS }, () => this.add.circle(sx, sy, FLOW_DOT_RADIUS, COLOURS.amber, 1).setDepth(5));
        const length = Math.hypot(cx - sx, cy - sy);
        // About 140 px a second along every feeder.
        return { dots, from: new Phaser.Math.Vector2(sx, sy), to: new Phaser.Math.Vector2(cx, cy), speed: 0.14 / Math.max(1, length) };
      });
    }
    this.flows.forEach((flow, i) => {
      const served = servedNow[i] ?? 0;
      // Scaled, not re-sized: a new radius rebuilds each circle's geometry, on every hour tick.
      for (const dot of flow.dots) dot.setVisible(served > 0).setScale((3 + 3 * (served / largest)) / FLOW_DOT_RADIUS);
    });
  }

  private clearFlows(): void {
    for (const flow of this.flows) for (const dot of flow.dots) dot.destroy();
    this.flows = [];
    this.flowStep = null;
  }

  /** The hall: every station drawn by its kind where the level puts it, looked-at places framed. */
  private drawHall(step: SiteStep): void {
    const g = this.dynamic;
    const inset = INSETS['computing-hall'];
    const progress = this.session.state.site[step.id]!;
    const visit = progress.visit;
    const box = (id: string) => insetBox(inset, step.layout[id]!);
    for (const station of step.site.stations) {
      const b = box(station.id);
      const caught = visit !== null && progress.caughtOnArrival.some((clue) => visit.placement[clue] === station.id);
      this.drawStation(station.kind, b, caught);
      const looked = visit?.checks.filter((c) => c.target === station.id).length ?? 0;
      if (looked > 0 || this.ui.site.selected === station.id) {
        g.lineStyle(this.ui.site.selected === station.id ? 5 : 3, this.ui.site.selected === station.id ? COLOURS.amber : COLOURS.teal, 1);
        g.strokeRect(b.x - 4, b.y - 4, b.width + 8, b.height + 8);
      }
    }
    if (this.staffStep !== step.id) {
      this.clearStaff();
      this.staffStep = step.id;
      const art = FIGURE_ART.staff;
      this.staffFigures = step.site.staff.map((person) => {
        const b = box(person.id);
        return this.add.image(b.x + b.width / 2, b.y + b.height, art.key).setOrigin(0.5, 1).setDisplaySize(b.width, b.height).setDepth(4);
      });
    }
    step.site.staff.forEach((person) => {
      if (this.ui.site.selected !== person.id && !visit?.checks.some((c) => c.target === person.id)) return;
      const b = box(person.id);
      g.lineStyle(this.ui.site.selected === person.id ? 5 : 3, this.ui.site.selected === person.id ? COLOURS.amber : COLOURS.teal, 1);
      g.strokeRect(b.x - 4, b.y - 4, b.width + 8, b.height + 8);
    });
  }

  /** Simple shapes by kind, so any level's layout draws without new art. */
  private drawStation(kind: SiteStep['site']['stations'][number]['kind'], b: { x: number; y: number; width: number; height: number }, caught: boolean): void {
    const g = this.dynamic;
    g.fillStyle(COLOURS.deep, 1);
    g.fillRect(b.x, b.y, b.width, b.height);
    g.lineStyle(2, COLOURS.slate, 0.8);
    g.strokeRect(b.x, b.y, b.width, b.height);
    const screen = (x: number, y: number, w: number, hgt: number, terminal: boolean) => {
      g.fillStyle(terminal ? 0x050805 : COLOURS.paper, 1);
      g.fillRect(x, y, w, hgt);
      if (terminal) {
        g.fillStyle(0x4fd16a, 0.9);
        for (let row = 0; row < 5; row++) g.fillRect(x + 6, y + 6 + row * (hgt / 6), w * (0.35 + ((row * 37) % 50) / 100), 3);
      } else {
        g.fillStyle(COLOURS.teal, 0.9);
        for (let bar = 0; bar < 5; bar++) g.fillRect(x + 6 + bar * (w / 6), y + hgt - 6 - hgt * (0.25 + ((bar * 29) % 60) / 100), w / 9, hgt * (0.25 + ((bar * 29) % 60) / 100));
      }
    };
    if (kind === 'rack') {
      for (let row = 0; row < 10; row++) {
        const y = b.y + 8 + row * ((b.height - 16) / 10);
        g.fillStyle(0x1d2433, 1);
        g.fillRect(b.x + 6, y, b.width - 12, (b.height - 16) / 10 - 4);
        g.fillStyle(row % 3 === 0 ? COLOURS.teal : COLOURS.amber, 0.9);
        g.fillRect(b.x + b.width - 18, y + 3, 6, 6);
      }
    } else if (kind === 'console' || kind === 'research-screen') {
      const sx = b.x + b.width * 0.1;
      const sy = b.y + b.height * 0.08;
      const sw = b.width * 0.8;
      const sh = b.height * 0.6;
      if (caught) {
        // The moment of the switch: half the screen still the miner's terminal, half the show.
        screen(sx, sy, sw / 2, sh, true);
        screen(sx + sw / 2, sy, sw / 2, sh, false);
        g.lineStyle(4, COLOURS.red, 1);
        g.strokeRect(sx - 3, sy - 3, sw + 6, sh + 6);
      } else {
        screen(sx, sy, sw, sh, false);
      }
      g.fillStyle(COLOURS.slate, 1);
      g.fillRect(b.x + b.width * 0.05, b.y + b.height * 0.8, b.width * 0.9, b.height * 0.08);
    } else if (kind === 'network-cabinet') {
      for (let row = 0; row < 6; row++) {
        for (let port = 0; port < 6; port++) {
          g.fillStyle((row + port) % 4 === 0 ? COLOURS.amber : COLOURS.teal, 0.9);
          g.fillRect(b.x + 12 + port * ((b.width - 24) / 6), b.y + 20 + row * ((b.height - 40) / 6), 8, 8);
        }
      }
    } else if (kind === 'substation') {
      g.lineStyle(6, COLOURS.amber, 1);
      const cx = b.x + b.width / 2;
      const cy = b.y + b.height / 2;
      g.beginPath();
      g.moveTo(cx - 10, cy - 40);
      g.lineTo(cx + 12, cy - 4);
      g.lineTo(cx - 8, cy - 4);
      g.lineTo(cx + 10, cy + 40);
      g.strokePath();
    } else {
      // The office: a desk with files on it.
      g.fillStyle(COLOURS.slate, 1);
      g.fillRect(b.x + 10, b.y + b.height * 0.55, b.width - 20, b.height * 0.1);
      g.fillStyle(COLOURS.paper, 1);
      for (let file = 0; file < 3; file++) g.fillRect(b.x + 20 + file * 50, b.y + b.height * 0.4 - file * 6, 40, 30 + file * 6);
    }
  }

  private clearStaff(): void {
    for (const figure of this.staffFigures) figure.destroy();
    this.staffFigures = [];
    this.staffStep = null;
  }
}

/** Everything the grid map shows at the hour on screen, as one string. */
function gridPicture(step: GridStep, screen: ReturnType<typeof gridScreen>): string {
  const t = screen.day * HOURS_PER_DAY + screen.ui.hour;
  const loads = step.districts.map((_, i) => `${screen.dispatch.servedMw[i]![t]!.toFixed(2)}/${screen.dispatch.demandMw[i]![t]!.toFixed(2)}`);
  return [step.id, screen.ui.district, screen.dispatch.supplyMw[t]!.toFixed(1), ...loads].join('|');
}
