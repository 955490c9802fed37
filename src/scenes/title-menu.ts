// The title and its menus (About, the language choice, sound settings) with no engine in them:
// main.ts shows them before Phaser has loaded, and the TitleScene takes over the same screens when
// it arrives. A press that needs the engine (Start, the campaign) waits in an engine gate and says
// "Loading…" in its button until then.

import type { Language } from '../core/level';
import { loadTexts } from '../text/text-loader';
import { engineGate, type EngineGate } from '../ui/engine-gate';
import { aboutScreen, languageScreen, titleScreen } from '../ui/title-screens';
import type { AppContext } from './app-context';
import { openSoundSettings, playCue, showCaptions } from './sound-cues';

/** The screens this menu draws; null while another part of the game is on screen. */
export type TitleScreenName = 'title' | 'about' | 'language' | 'sound-settings';

/** What the title needs of the engine: to leave for the level list or the campaign. */
export interface TitleEngine {
  start(scene: 'levels' | 'campaign'): void;
}

export class TitleMenu {
  private readonly gate: EngineGate<TitleEngine> = engineGate();
  private showing: TitleScreenName | null = null;
  /** The button that says "Loading…" while its press waits for the engine. */
  private waitingButton: string | null = null;
  private themeArmed = false;
  private disarmTheme: (() => void) | null = null;

  /** `loadEngine` asks for the engine (again, after a failure); it is harmless to call while it loads. */
  constructor(private readonly ctx: AppContext, private readonly loadEngine: () => void) {}

  /** The title screen on show, or null. */
  get screen(): TitleScreenName | null {
    return this.showing;
  }

  /** The engine has arrived: a press that waited for it goes on now. */
  attach(engine: TitleEngine): void {
    this.gate.ready(engine);
  }

  /**
   * The engine failed to load (a dropped network): a press that waited is forgotten and the failure
   * said; the title shows (also for a link that skipped it), and the next press tries again.
   */
  engineFailed(): void {
    this.gate.cancel();
    const id = this.waitingButton ?? 'start';
    this.waitingButton = null;
    if (this.showing === 'title' || this.showing === null) this.showTitle(id);
    this.ctx.overlay.notify(this.ctx.t('title.loadFailed'), this.ctx.t('notice.dismiss'));
  }

  showTitle(focusId: string): void {
    const { ctx } = this;
    this.showing = 'title';
    ctx.onScreen('title');
    this.armTheme();
    ctx.overlay.show(
      titleScreen({
        t: ctx.t,
        language: ctx.language(),
        soundOn: ctx.saves.current.sound,
        names: ctx.names(),
        onStart: () => this.leaveFor('levels', 'start'),
        onCampaign: () => this.leaveFor('campaign', 'campaign'),
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
    if (this.waitingButton && this.gate.waiting()) this.markWaiting(this.waitingButton);
  }

  /** Start or the campaign: at once with the engine, else once it has loaded (one press kept, no double start). */
  private leaveFor(scene: 'levels' | 'campaign', buttonId: string): void {
    const answer = this.gate.request((engine) => {
      this.waitingButton = null;
      this.leave();
      engine.start(scene);
    });
    if (answer === 'dropped') return;
    this.ctx.sound.play('page');
    if (answer === 'queued') {
      this.waitingButton = buttonId;
      this.markWaiting(buttonId);
      this.ctx.overlay.announce(this.ctx.t('title.loading'));
      this.loadEngine();
    }
  }

  /** The pressed button says it is loading; it keeps focus and its place. */
  private markWaiting(buttonId: string): void {
    const pressed = this.ctx.overlay.element.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(buttonId)}"]`);
    if (!pressed) return;
    pressed.textContent = this.ctx.t('title.loading');
    pressed.setAttribute('aria-busy', 'true');
    pressed.dataset['loading'] = 'true';
  }

  /** Another title screen: a press still waiting for the engine is the player's no longer. */
  private moveWithin(screen: TitleScreenName): void {
    this.gate.cancel();
    this.waitingButton = null;
    this.showing = screen;
    this.ctx.onScreen(screen);
  }

  /** The title hands the screen to the rest of the game. */
  private leave(): void {
    this.showing = null;
    this.disarmTheme?.();
    this.themeArmed = false;
  }

  /**
   * The theme plays once the player first presses something on a visit to the title: browsers hold
   * sound back until then, and Howler stays off the title's own critical path.
   */
  private armTheme(): void {
    if (this.themeArmed) return;
    this.themeArmed = true;
    const press = (): void => {
      this.disarmTheme?.();
      if (this.showing !== null) playCue(this.ctx, 'theme');
    };
    this.disarmTheme = () => {
      window.removeEventListener('pointerdown', press, true);
      window.removeEventListener('keydown', press, true);
      this.disarmTheme = null;
    };
    window.addEventListener('pointerdown', press, { capture: true, once: true });
    window.addEventListener('keydown', press, { capture: true, once: true });
  }

  private showSoundSettings(): void {
    this.moveWithin('sound-settings');
    this.ctx.overlay.show([openSoundSettings(this.ctx, () => this.showTitle('sound-settings'))]);
  }

  private showAbout(): void {
    const { ctx } = this;
    this.moveWithin('about');
    let open = true;
    const show = (playingTime: { count: number; min: number; max: number } | null): void => {
      if (!open || this.showing !== 'about') return;
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
      if (levels.length === 0) return;
      show({ count: levels.length, min: levels.reduce((sum, l) => sum + l.minutes[0], 0), max: levels.reduce((sum, l) => sum + l.minutes[1], 0) });
    }, () => undefined);
  }

  private showLanguages(): void {
    const { ctx } = this;
    this.moveWithin('language');
    ctx.overlay.show(
      languageScreen(
        ctx.t,
        ctx.language(),
        (language: Language) => {
          ctx.sound.play('select');
          // Japanese and Chinese text is fetched when first chosen (text-loader.ts); a failed fetch keeps the language on screen.
          void loadTexts(language).then((ready) => {
            if (this.showing !== 'language') return;
            if (ready) ctx.setLanguage(language);
            this.showTitle('language');
          });
        },
        () => this.showTitle('language'),
      ),
    );
  }
}
