import Phaser from 'phaser';
import { caseFileAfter, chapterNotes, chooseEnding, playCampaign, type CampaignProgress, type PlayableChapter } from '../core';
import type { LoadedCampaign } from '../content/campaign';
import { campaignListScreen, chapterCardScreen, endingScreen, type ChapterRow } from '../ui/campaign-view';
import { levelsLoadFailedScreen } from '../ui/menus';
import type { AppContext } from './app-context';
import { setAmbience } from './sound-cues';
import { drawBackdrop, queueArt } from './backdrop';
import { SCENES, TITLE_ART } from './keys';
import { assignedSet, assignmentSection, recordCampaignPath } from './assignment';

export type CampaignView = 'list' | 'card' | 'ending';

/**
 * The campaign: the chapter list, the card after a chapter and the ending. Progress is the saved
 * chapters' decision logs, replayed by the core each time (never a stored score or case file).
 */
export class CampaignScene extends Phaser.Scene {
  private confirmStartOver = false;

  constructor(private readonly ctx: AppContext) {
    super(SCENES.campaign);
  }

  preload(): void {
    queueArt(this, [TITLE_ART]);
  }

  create(data: { view?: CampaignView; chapter?: number }): void {
    setAmbience(this.ctx, null);
    drawBackdrop(this, TITLE_ART, 0.55);
    this.confirmStartOver = false;
    const { ctx } = this;
    ctx.onScreen('campaign-loading');
    ctx.catalogue().then(
      (catalogue) => {
        if (!this.scene.isActive()) return;
        if (!catalogue.campaign) {
          ctx.onScreen('campaign-unavailable');
          ctx.overlay.show(levelsLoadFailedScreen({ t: ctx.t, onRetry: () => this.scene.start(SCENES.levels), onBack: () => this.scene.start(SCENES.title) }));
          ctx.overlay.announce(ctx.t('campaign.unavailable'));
          return;
        }
        this.show(catalogue.campaign, catalogue.levels, data.view ?? 'list', data.chapter);
      },
      () => {
        if (!this.scene.isActive()) return;
        ctx.onScreen('levels-load-failed');
        ctx.overlay.show(levelsLoadFailedScreen({ t: ctx.t, onRetry: () => this.scene.restart(data), onBack: () => this.scene.start(SCENES.title) }), { kind: 'element', id: 'retry' });
      },
    );
  }

  private progress(loaded: LoadedCampaign, levels: Parameters<typeof playCampaign>[1]): CampaignProgress {
    return playCampaign(loaded.campaign, levels, this.ctx.saves.current.campaign?.logs ?? []);
  }

  /** `chapter` (1 for the first): the card of that chapter; the last one played when not given. */
  private show(loaded: LoadedCampaign, levels: Parameters<typeof playCampaign>[1], view: CampaignView, chapter?: number): void {
    const { ctx } = this;
    const progress = this.progress(loaded, levels);
    const common = { t: ctx.t, language: ctx.language(), reference: ctx.reference() };
    const numbered = (chapter: PlayableChapter) => ({ ...chapter, n: loaded.chapters.indexOf(chapter) + 1 });
    const showList = () => this.show(loaded, levels, 'list');
    const showEnding = () => this.show(loaded, levels, 'ending');
    const last = progress.played[progress.played.length - 1];
    // A campaign assigned by a teacher's link keeps its path once whole (scenes/assignment.ts says which), for the result file.
    if (progress.next === null && progress.problem === null && last) {
      const logs = ctx.saves.current.campaign?.logs ?? [];
      recordCampaignPath(ctx, Object.fromEntries(progress.played.map((played, i) => [played.level.id, logs[i]!])));
    }
    const set = assignedSet(ctx, levels, loaded);
    const assignment = set?.campaign && (view === 'ending' || set.ending) ? assignmentSection(ctx, set, () => showList()) : null;

    if (view === 'ending' && progress.next === null && last) {
      const ending = chooseEnding(loaded.campaign, progress.played);
      ctx.onScreen('campaign-ending');
      ctx.overlay.show(
        endingScreen({
          ...common,
          ending,
          path: progress.played.map((played, i) => ({ n: i + 1, chapter: played.chapter, level: played.level, notes: chapterNotes(played) })),
          assignment,
          onList: showList,
          onTitle: () => this.scene.start(SCENES.title),
        }),
      );
      ctx.overlay.announce(ctx.t('campaign.announceEnding', { title: ending.title[ctx.language()] }));
      return;
    }

    const n = chapter ?? progress.played.length;
    const finished = progress.played[n - 1];
    if (view === 'card' && finished) {
      const lookingBack = n < progress.played.length;
      const following = loaded.chapters[n];
      const next = following ? numbered(following) : null;
      ctx.onScreen('campaign-card');
      ctx.overlay.show(
        chapterCardScreen({
          ...common,
          finished: { n, chapter: finished.chapter, level: finished.level, notes: chapterNotes(finished) },
          records: caseFileAfter(finished.level, finished.state).entries.length,
          next,
          onContinue: lookingBack ? null : () => this.startChapter(progress),
          onList: showList,
          onEnding: showEnding,
        }),
      );
      if (!lookingBack) ctx.overlay.announce(next ? ctx.t('campaign.announceCard', { n, title: next.level.title[ctx.language()] }) : ctx.t('campaign.announceLast', { n }));
      return;
    }

    const inProgress = ctx.saves.current.inProgress;
    const resumable = Boolean(progress.next && inProgress?.campaign && inProgress.levelId === progress.next.level.id);
    const rows: ChapterRow[] = loaded.chapters.map((chapter, i) => ({
      ...chapter,
      n: i + 1,
      status: i < progress.played.length ? 'done' : i === progress.played.length ? 'next' : 'locked',
    }));
    ctx.onScreen('campaign');
    ctx.overlay.show(
      campaignListScreen({
        ...common,
        campaign: loaded.campaign,
        rows,
        resumable,
        stoppedAt: progress.problem ? progress.played.length + 1 : null,
        confirmStartOver: this.confirmStartOver,
        assignment,
        onPlay: () => this.startChapter(progress),
        onResume: () => {
          ctx.sound.play('page');
          this.scene.start(SCENES.level, { level: progress.next!.level, resume: inProgress?.log, caseFile: progress.caseFile, campaign: true });
        },
        onLookBack: (k) => this.show(loaded, levels, 'card', k),
        onEnding: progress.next === null && last ? showEnding : null,
        onStartOver: () => {
          if (!this.confirmStartOver) {
            this.confirmStartOver = true;
            ctx.sound.play('select');
            return showList();
          }
          this.confirmStartOver = false;
          ctx.saves.update((save) => {
            delete save.campaign;
            if (save.inProgress?.campaign) delete save.inProgress;
          });
          showList();
        },
        onBack: () => this.scene.start(SCENES.title),
      }),
      this.confirmStartOver ? { kind: 'element', id: 'start-over' } : { kind: 'restore' },
    );
  }

  /** The next chapter, with the case file the chapters before it left; logs past the readable ones are dropped now. */
  private startChapter(progress: CampaignProgress): void {
    const next = progress.next;
    if (!next) return;
    const kept = (this.ctx.saves.current.campaign?.logs ?? []).slice(0, progress.played.length);
    this.ctx.saves.update((save) => {
      save.campaign = { logs: kept };
      if (save.inProgress?.campaign) delete save.inProgress;
    });
    this.ctx.sound.play('page');
    this.scene.start(SCENES.level, { level: next.level, caseFile: progress.caseFile, campaign: true });
  }
}
