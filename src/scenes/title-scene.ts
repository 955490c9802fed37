import Phaser from 'phaser';
import type { Language } from '../core/level';
import { aboutScreen, languageScreen, titleScreen } from '../ui/menus';
import type { AppContext } from './app-context';
import { drawBackdrop, queueArt } from './backdrop';
import { openSoundSettings, playCue, setAmbience, showCaptions } from './sound-cues';
import { COLOURS, SCENES, TITLE_ART } from './keys';

/** The title and the language choice, over the city at dusk. */
export class TitleScene extends Phaser.Scene {
  constructor(private readonly ctx: AppContext) {
    super(SCENES.title);
  }

  /** The menu is usable at once; the art is drawn when it has loaded. */
  init(): void {
    this.showTitle('start');
  }

  preload(): void {
    queueArt(this, [TITLE_ART]);
  }

  create(): void {
    drawBackdrop(this, TITLE_ART).setDepth(-1);
    setAmbience(this.ctx, null);
    this.themeOnFirstPress();
    this.drawHum();
    // The title is drawn and usable: fetch and check the levels when the browser is next idle,
    // ready for Start but off the title's own critical path (they grow with every chapter).
    this.game.events.once(Phaser.Core.Events.POST_RENDER, () => whenIdle(() => void this.ctx.catalogue()));
  }

  /**
   * The theme plays once the player first presses something: browsers hold sound back until then,
   * and Howler stays off the title's own critical path.
   */
  private themeOnFirstPress(): void {
    const start = (): void => {
      window.removeEventListener('pointerdown', start, true);
      window.removeEventListener('keydown', start, true);
      if (this.scene.isActive()) playCue(this.ctx, 'theme');
    };
    window.addEventListener('pointerdown', start, { capture: true, once: true });
    window.addEventListener('keydown', start, { capture: true, once: true });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      window.removeEventListener('pointerdown', start, true);
      window.removeEventListener('keydown', start, true);
    });
  }

  /** The data hall's glow breathes: the miners never stop. */
  private drawHum(): void {
    const glow = this.add.rectangle(1040, 536, 524, 68, COLOURS.teal, 0.18).setOrigin(0, 0);
    this.tweens.add({ targets: glow, alpha: { from: 0.1, to: 0.35 }, duration: 1800, yoyo: true, repeat: -1, ease: 'Sine.easeInOut' });
  }

  private showTitle(focusId: string): void {
    const { ctx } = this;
    ctx.onScreen('title');
    ctx.overlay.show(
      titleScreen({
        t: ctx.t,
        language: ctx.language(),
        soundOn: ctx.saves.current.sound,
        names: ctx.names(),
        onStart: () => {
          ctx.sound.play('page');
          this.scene.start(SCENES.levels);
        },
        onCampaign: () => {
          ctx.sound.play('page');
          this.scene.start(SCENES.campaign);
        },
        onLanguage: () => this.showLanguages(),
        onAbout: () => this.showAbout(),
        onToggleNames: () => {
          ctx.setNames(ctx.names() === 'roles' ? 'names' : 'roles');
          ctx.sound.play('select');
          this.showTitle('names');
          // The texts are rebuilt for the new setting, ready before Start as at first.
          void ctx.catalogue();
        },
        onToggleSound: () => {
          const on = !ctx.saves.current.sound;
          ctx.saves.update((d) => {
            d.sound = on;
          });
          ctx.sound.setEnabled(on);
          ctx.sound.play('select');
          showCaptions(ctx);
          this.showTitle('sound');
        },
        onSoundSettings: () => this.showSoundSettings(),
      }),
      { kind: 'element', id: focusId },
    );
  }

  private showSoundSettings(): void {
    const { ctx } = this;
    ctx.onScreen('sound-settings');
    ctx.overlay.show([openSoundSettings(ctx, () => this.showTitle('sound-settings'))]);
  }

  private showAbout(): void {
    const { ctx } = this;
    let open = true;
    const show = (playingTime: { count: number; min: number; max: number } | null) => {
      if (!open) return;
      ctx.onScreen('about');
      ctx.overlay.show(
        aboutScreen({
          t: ctx.t,
          playingTime,
          onBack: () => {
            open = false;
            this.showTitle('about');
          },
        }),
      );
    };
    show(null);
    // The playing time is the levels' own: said once they have loaded (they usually have).
    void ctx.catalogue().then(({ levels }) => {
      if (!this.scene.isActive() || levels.length === 0) return;
      show({ count: levels.length, min: levels.reduce((sum, l) => sum + l.minutes[0], 0), max: levels.reduce((sum, l) => sum + l.minutes[1], 0) });
    }, () => undefined);
  }

  private showLanguages(): void {
    const { ctx } = this;
    ctx.onScreen('language');
    ctx.overlay.show(
      languageScreen(
        ctx.t,
        ctx.language(),
        (language: Language) => {
          ctx.setLanguage(language);
          ctx.sound.play('select');
          this.showTitle('language');
        },
        () => this.showTitle('language'),
      ),
    );
  }
}

function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 2000 });
  else setTimeout(task, 500);
}
