import Phaser from 'phaser';
import { beginRecord, overallScore, type PlayMode, parseQuestionsRecord, parseRoomVotes, pausePointsBefore, questionsKey, roomMajority, tallyLessons, withAfter, type CaseFile, type GameAction, type GameEvent, type Level, type LevelStep, type PausePoint, type QuestionRound, type QuestionsRecord, type RoomCounts, type RoomVotes } from '../core';
import { freshUiState, levelView, type LevelUiState, type LevelViewProps } from '../ui/level-view';
import { pauseView, timerText } from '../ui/pause-view';
import { freshDraft, questionsView, type QuestionsDraft, type QuestionsPhase } from '../ui/questions-view';
import { consequencesOf, spokenMessage, withConsequences } from '../ui/messages/consequences';
import { hintOf, withHint } from '../ui/messages/hints';
import { refusedMessage, rememberStepStarted, stepStartedMessage } from '../ui/messages/level';
import { kindEventOf, type InnerEventOf, type StepKind } from '../ui/messages/kind-events';
import type { Said } from '../ui/messages/said';
import type { AppContext } from './app-context';
import { playModeFor, recordAssignedPlay } from './assignment';
import { saveRecordKey } from '../content/level-link';
import { queueArt } from './backdrop';
import { FIGURE_ART, MOOD_ART, SCENES, SETTING_ART } from './keys';
import { LevelSession } from './level-session';
import { TICK_MS, type PaintContext, type Painter, type PainterHost } from './painters/painter';
import { World } from './painters/world';
import { presentationOf, STEP_KINDS } from './presentation';
import { ambienceFor, eventCues, gridHourCues, gridHourSaid } from '../ui/messages/soundscape';
import { openSoundSettings, playCue, setAmbience } from './sound-cues';

type AnyPainter = Painter<LevelStep, InnerEventOf<StepKind>>;

/**
 * Plays one level: keeps the play and its save, passes the player's actions to the core, routes
 * each event to its kind's messages and painter (see presentation.ts), and shows the readable layer.
 */
export class LevelScene extends Phaser.Scene {
  private session!: LevelSession;
  private ui: LevelUiState = freshUiState();
  private world!: World;
  private painters = new Map<StepKind, AnyPainter>();
  /** What the world last showed, when its painter can say (see Painter.picture). */
  private drawnPicture = '';
  /** This play is the campaign's next chapter: it began with the campaign's case file, and its log joins the campaign's. */
  private inCampaign = false;
  /** The questions on screen instead of the level (before its first step, after its last), with the answers being chosen. */
  private asking: { phase: QuestionsPhase; draft: QuestionsDraft } | null = null;
  /** This play's answers so far (core/questions.ts), as the save keeps them. */
  private answers: QuestionsRecord | null = null;
  /** How this play runs (scenes/assignment.ts, playModeOf): hints only in practice; what the level says of it. */
  private mode: { mode: PlayMode; note: string | null } = { mode: 'practice', note: null };
  /** Facilitated mode: the pause on screen instead of the level, with the counts being typed and the discussion timer (started by the facilitator only). */
  private pausing: { pause: PausePoint; counts: RoomCounts; timerStartedAt: number | null } | null = null;
  /** Facilitated mode: the pause points already played on in this play. */
  private pausesDone = new Set<string>();
  /** Facilitated mode: the room's votes in this play (counts only), as the save keeps them; null outside the mode. */
  private room: RoomVotes | null = null;
  /** The sound settings are open over the level: the level waits (the grid's hours too). */
  private soundOpen = false;
  private readonly reducedMotion = typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;

  constructor(private readonly ctx: AppContext) {
    super(SCENES.level);
  }

  preload(): void {
    queueArt(this, [...Object.values(SETTING_ART), ...Object.values(FIGURE_ART), ...Object.values(MOOD_ART)]);
  }

  create(data: { level: Level; resume?: unknown; campaign?: boolean; caseFile?: CaseFile }): void {
    this.inCampaign = data.campaign === true;
    const resumed = data.resume !== undefined ? LevelSession.resume(data.level, data.resume) : null;
    // A campaign chapter resumed from a log that no longer replays starts afresh with the case file the campaign gives it.
    this.session = resumed?.session ?? new LevelSession(data.level, this.ctx.launch.seed ?? this.ctx.newSeed(), data.caseFile);
    if (this.inCampaign && !resumed?.session && data.caseFile === undefined) this.inCampaign = false;
    const mode = playModeFor(this.ctx, data.level.id, this.inCampaign);
    this.mode = { mode: mode.mode, note: mode.note ? this.ctx.t(mode.note) : null };
    this.ui = freshUiState();
    // A saved play that cannot be replayed starts afresh, and the player is told why.
    if (resumed?.problem) this.ui.message = { text: this.ctx.t(`resume.${resumed.problem}`), tone: 'info' };
    this.ui.site.difficulty = this.ctx.launch.difficulty ?? this.ui.site.difficulty;
    this.world = new World(this);
    const host = this.painterHost();
    this.painters = new Map(STEP_KINDS.map((kind) => [kind, presentationOf(kind).painter(host)]));
    this.drawnPicture = '';
    // A fresh play asks the level's questions before its first step; a resumed one keeps the answers it gave.
    const questions = data.level.questions ?? [];
    this.answers = null;
    this.asking = null;
    if (questions.length > 0 && !resumed?.session) this.asking = { phase: 'before', draft: freshDraft(questions) };
    else if (questions.length > 0) this.answers = this.savedAnswers(data.level);
    this.startRoom(data.level, resumed?.session !== undefined && resumed.session !== null);
    this.time.addEvent({ delay: 1000, loop: true, callback: () => this.tickPauseTimer() });
    this.soundOpen = false;
    this.time.addEvent({ delay: TICK_MS, loop: true, callback: () => this.tick() });
    const unsubscribe = this.session.subscribe((events) => this.onEvents(events));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, unsubscribe);
    // Inside an LMS: each scored decision, and at each step the progress and score (lms-link.ts).
    const stopReporting = this.ctx.lms?.observe(this.session);
    if (stopReporting) this.events.once(Phaser.Scenes.Events.SHUTDOWN, stopReporting);
    this.ctx.onScreen('level');
    this.render();
  }

  /** Every TICK_MS: the step's painter moves on (the grid's hours), and an hour played is heard. */
  private tick(): void {
    if (this.soundOpen) return;
    this.withStep((painter, paint) => {
      const hour = this.ui.grid.hour;
      painter.tick?.(paint);
      if (paint.step.kind !== 'grid') return;
      const progress = this.session.state.grid[paint.step.id]!;
      for (const cue of gridHourCues(paint.step, progress, this.ui.grid, hour)) playCue(this.ctx, cue);
      const said = gridHourSaid(paint.step, progress, this.ui.grid, hour, this.ctx.t, this.ctx.language());
      if (said) this.ctx.overlay.announce(said);
    });
  }

  /** For tests and tools: the state of the play in progress. */
  get play(): LevelSession {
    return this.session;
  }

  override update(time: number): void {
    this.withStep((painter) => painter.update?.(time));
  }

  private readonly dispatch = (action: GameAction): void => {
    // Nothing on the canvas plays while the questions or a pause are on screen.
    if (this.asking || this.pausing) return;
    this.ui.confirmLeave = false;
    const events = this.session.dispatch(action);
    // Every accepted decision is kept, so a closed tab or a reload can resume the play.
    if (!this.session.state.finished && !events.some((e) => e.type === 'action-refused')) {
      const { level, encodedLog } = this.session;
      this.ctx.saves.update((save) => {
        save.inProgress = this.inCampaign ? { levelId: level.id, log: encodedLog, campaign: true } : { levelId: level.id, log: encodedLog };
      });
    }
  };

  private onEvents(events: GameEvent[]): void {
    const asides: string[] = [];
    const before = this.ui.message;
    // A message a later event of the same batch replaces on the line is still said (a day run, then the call it brought).
    const overtaken: string[] = [];
    for (const event of events) {
      if (event.type === 'level-finished') return this.finish();
      const said = this.hear(event);
      if (said.message !== undefined && this.ui.message && this.ui.message !== before && said.message?.text !== this.ui.message.text) overtaken.push(this.ui.message.text);
      if (said.message !== undefined) this.ui.message = said.message;
      if (said.sound) this.ctx.sound.play(said.sound);
      for (const cue of eventCues(event, this.session.level.steps)) playCue(this.ctx, cue);
      if (said.aside) asides.push(said.aside);
    }
    // A decision just made says what it did, under the panel's message line.
    const consequences = consequencesOf(events, { level: this.session.level, t: this.ctx.t, language: this.ctx.language() });
    // In practice, a hint under it: the lesson the decision touched, helped or cost, and why (never before the decision).
    const hint = hintOf(events, { t: this.ctx.t, language: this.ctx.language(), mode: this.mode.mode });
    this.ui.message = withHint(before, withConsequences(before, this.ui.message, consequences), hint);
    if (this.ui.message) this.ctx.overlay.announce([...overtaken, spokenMessage(this.ui.message)].join(' '));
    else if (overtaken.length > 0) this.ctx.overlay.announce(overtaken.join(' '));
    for (const aside of asides) this.ctx.overlay.announce(aside);
    // A new step may have a pause point before it (facilitated mode).
    if (events.some((e) => e.type === 'step-started')) this.pausing = this.nextPause();
    this.render();
  }

  /** What one event says, from its kind's messages (or the level's own), and what its painter shows. */
  private hear(event: GameEvent): Said {
    if (event.type === 'action-refused') return refusedMessage(event, this.ctx.t);
    if (event.type === 'step-started') {
      rememberStepStarted(this.ui);
      return stepStartedMessage();
    }
    const kindEvent = kindEventOf(event);
    const step = kindEvent && this.session.level.steps.find((s) => s.id === kindEvent.stepId);
    if (!kindEvent || !step) return {};
    const entry = presentationOf(kindEvent.kind);
    entry.remember?.(kindEvent.event, this.ui);
    const said = entry.message(kindEvent.event, { step, t: this.ctx.t, language: this.ctx.language() });
    this.painters.get(kindEvent.kind)?.react?.(kindEvent.event, this.paintContext(step));
    return said;
  }

  private finish(): void {
    const { level, state, encodedLog: log } = this.session;
    const score = overallScore(tallyLessons(level, state));
    this.ctx.saves.update((save) => {
      delete save.inProgress;
      // A teacher's level keeps its record under a key of its own, never over a shipped level's.
      const key = saveRecordKey(level);
      const previous = save.levels[key];
      save.levels[key] = { best: Math.max(previous?.best ?? 0, score), plays: (previous?.plays ?? 0) + 1, lastLog: log };
      if (this.inCampaign) save.campaign = { logs: [...(save.campaign?.logs ?? []), log] };
    });
    recordAssignedPlay(this.ctx, level.id, log);
    this.ctx.sound.play('done');
    setAmbience(this.ctx, null);
    if ((level.questions ?? []).length > 0) {
      // The same questions again, before the debrief.
      this.asking = { phase: 'after', draft: freshDraft(level.questions ?? []) };
      this.render();
      return;
    }
    this.toDebrief();
  }

  private toDebrief(): void {
    const { level, state } = this.session;
    this.scene.start(SCENES.debrief, { level, state, campaign: this.inCampaign, questions: this.answers, room: this.room });
  }

  /** The answers this level version's save holds, when they fit its questions. */
  private savedAnswers(level: Level): QuestionsRecord | null {
    const saved = this.ctx.saves.current.questions?.[questionsKey(level.id, level.version)];
    const parsed = saved && parseQuestionsRecord(saved, level.questions?.length);
    return parsed && parsed.ok ? parsed.record : null;
  }

  /** Keeps a round of answers (or a skip) in the save, and moves on: to the first step, or to the debrief. */
  private answered(round: QuestionRound): void {
    const { level } = this.session;
    const phase = this.asking?.phase;
    if (!phase) return;
    this.answers = phase === 'before' ? beginRecord(level, round, new Date().toISOString()) : withAfter(this.answers ?? beginRecord(level, null, new Date().toISOString()), round);
    const record = this.answers;
    this.ctx.saves.update((save) => {
      save.questions = { ...save.questions, [questionsKey(level.id, level.version)]: record };
    });
    this.ctx.overlay.announce(this.ctx.t(round === 'skipped' ? 'questions.skipped' : 'questions.saved'));
    this.asking = null;
    if (phase === 'after') return this.toDebrief();
    this.pausing = this.nextPause();
    this.ctx.sound.play('select');
    this.render();
  }

  /**
   * Facilitated mode only: the room's votes start empty for a fresh play (and the first step's
   * pause waits after the questions), or come back from the save for a resumed one, whose pauses up
   * to the step in progress were already held.
   */
  private startRoom(level: Level, resumed: boolean): void {
    this.pausing = null;
    this.pausesDone = new Set();
    this.room = null;
    if (this.ctx.launch.mode !== 'facilitated') return;
    const key = questionsKey(level.id, level.version);
    this.room = resumed ? parseRoomVotes(this.ctx.saves.current.room?.[key]) : {};
    if (resumed) {
      const reached = level.steps.slice(0, this.session.state.stepIndex + 1).map((s) => s.id);
      for (const pause of level.pausePoints ?? []) if (reached.includes(pause.before)) this.pausesDone.add(pause.id);
    }
    this.saveRoom();
    if (!this.asking) this.pausing = this.nextPause();
  }

  /** The next pause point not yet held before the step on screen, or null (always null outside facilitated mode). */
  private nextPause(): LevelScene['pausing'] {
    const step = this.currentStep();
    if (this.room === null || !step || this.session.state.finished) return null;
    const pause = pausePointsBefore(this.session.level, step.id).find((p) => !this.pausesDone.has(p.id));
    return pause ? { pause, counts: { ...this.room[pause.id] }, timerStartedAt: null } : null;
  }

  private saveRoom(): void {
    const { level } = this.session;
    const votes = this.room;
    if (votes === null) return;
    this.ctx.saves.update((save) => {
      save.room = { ...save.room, [questionsKey(level.id, level.version)]: votes };
    });
  }

  /** The room has talked (and maybe voted): keep the counts, say what it chose, and go on (to the next pause before the same step, if any). */
  private playOn(counts: RoomCounts): void {
    const held = this.pausing;
    if (!held || this.room === null) return;
    this.pausesDone.add(held.pause.id);
    if (held.pause.vote) {
      this.room = { ...this.room, [held.pause.id]: counts };
      this.saveRoom();
      const chosen = roomMajority(held.pause.vote, counts);
      if (chosen) this.ui.message = { text: this.ctx.t('pause.roomChose', { option: chosen.label[this.ctx.language()] }), tone: 'info' };
    }
    this.pausing = this.nextPause();
    this.ctx.overlay.announce(this.ui.message && !this.pausing ? spokenMessage(this.ui.message) : this.ctx.t('pause.playedOn'));
    this.ctx.sound.play('select');
    this.render();
  }

  /** The discussion timer's text, once a second while it runs; the rest of the pause panel is left as it is. */
  private tickPauseTimer(): void {
    const started = this.pausing?.timerStartedAt;
    if (started === null || started === undefined) return;
    const shown = this.ctx.overlay.element.querySelector<HTMLElement>('[data-testid="pause-timer"]');
    if (shown) shown.textContent = this.ctx.t('pause.timer', { time: timerText((Date.now() - started) / 1000) });
  }

  private currentStep(): LevelStep | undefined {
    return this.session.level.steps[this.session.state.stepIndex];
  }

  private paintContext(step: LevelStep): PaintContext<LevelStep> {
    return { level: this.session.level, state: this.session.state, step, ui: this.ui };
  }

  /** Calls the painter of the step on screen, with what it paints from. */
  private withStep(use: (painter: AnyPainter, paint: PaintContext<LevelStep>) => void): void {
    const step = this.currentStep();
    const painter = step && this.painters.get(step.kind);
    if (step && painter) use(painter, this.paintContext(step));
  }

  private render(): void {
    this.drawWorld();
    const { level } = this.session;
    setAmbience(this.ctx, this.asking ? null : ambienceFor(this.currentStep()));
    if (this.soundOpen) {
      this.ctx.overlay.show([
        openSoundSettings(this.ctx, () => {
          this.soundOpen = false;
          this.ctx.overlay.show(levelView(this.viewProps()), { kind: 'element', id: 'sound-settings' });
        }),
      ]);
      return;
    }
    if (this.asking) {
      this.ctx.overlay.show(
        questionsView({
          t: this.ctx.t,
          language: this.ctx.language(),
          title: level.title,
          questions: level.questions ?? [],
          phase: this.asking.phase,
          draft: this.asking.draft,
          reference: this.ctx.reference(),
          onSave: (answers) => this.answered(answers),
          onSkip: () => this.answered('skipped'),
        }),
      );
      return;
    }
    if (this.pausing) {
      const held = this.pausing;
      const all = level.pausePoints ?? [];
      this.ctx.overlay.show(
        pauseView({
          t: this.ctx.t,
          language: this.ctx.language(),
          title: level.title,
          pause: held.pause,
          number: all.indexOf(held.pause) + 1,
          total: all.length,
          counts: held.counts,
          timerSeconds: held.timerStartedAt === null ? null : (Date.now() - held.timerStartedAt) / 1000,
          reference: this.ctx.reference(),
          onStartTimer: () => {
            held.timerStartedAt = Date.now();
            this.render();
          },
          onStopTimer: () => {
            held.timerStartedAt = null;
            this.render();
          },
          onPlayOn: (counts) => this.playOn(counts),
        }),
      );
      return;
    }
    this.ctx.overlay.show(levelView(this.viewProps()));
  }

  /** The world for the step on screen: its setting, and its kind's painter over it. */
  private drawWorld(): void {
    const step = this.currentStep();
    const painter = step && this.painters.get(step.kind);
    if (!step || !painter) return;
    this.world.showSetting(step.setting);
    const paint = this.paintContext(step);
    // A picture like the one drawn is kept (the grid's night hours, mostly).
    const picture = painter.picture?.(paint) ?? '';
    if (picture !== '' && picture === this.drawnPicture) return;
    this.drawnPicture = picture;
    for (const other of this.painters.values()) if (other !== painter) other.clear();
    this.world.graphics.clear();
    painter.paint(paint);
    this.world.copyToInset(step.setting);
  }

  private painterHost(): PainterHost {
    return {
      scene: this,
      graphics: this.world.graphics,
      reducedMotion: this.reducedMotion,
      render: () => this.render(),
      patchView: (patch) => patch(this.ctx.overlay, this.viewProps()),
      redrawNextFrame: () => this.time.delayedCall(0, () => this.drawWorld()),
    };
  }

  private viewProps(): LevelViewProps {
    return {
      t: this.ctx.t,
      language: this.ctx.language(),
      level: this.session.level,
      state: this.session.state,
      ui: this.ui,
      reference: this.ctx.reference(),
      modeNote: this.mode.note,
      dispatch: this.dispatch,
      onSoundSettings: () => {
        this.soundOpen = true;
        this.render();
      },
      onLeave: () => {
        this.ctx.saves.update((save) => {
          delete save.inProgress;
        });
        if (this.inCampaign) this.scene.start(SCENES.campaign);
        else this.scene.start(SCENES.levels, { focusLevel: this.session.level.id });
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
}
