// Plays what the soundscape (ui/messages/soundscape.ts) chooses and puts it into words on the
// caption strip: every sound that carries meaning is captioned, heard or not.

import type { AmbienceName, CueName } from '../platform/audio';
import { applyDisplaySettings } from '../ui/display-settings';
import { soundSettingsPanel } from '../ui/title-screens';
import { ambienceCaption, cueAnnounced, cueCaption } from '../ui/messages/captions';
import type { AppContext } from './app-context';

export function setAmbience(ctx: AppContext, name: AmbienceName | null): void {
  ctx.sound.ambience(name);
  ctx.overlay.captionAmbience(name ? ctx.t(ambienceCaption(name)) : null);
}

export function playCue(ctx: AppContext, name: CueName): void {
  ctx.sound.cue(name);
  ctx.overlay.captionCue(ctx.t(cueCaption(name)), cueAnnounced(name));
}

/**
 * Captions show when the player wants them, and always while the sound is off. Start-up runs this
 * before the first screen (main.ts), so the saved display settings (large text, high contrast) are
 * applied here too, with the other player settings.
 */
export function showCaptions(ctx: AppContext): void {
  ctx.overlay.setCaptionsShown(!ctx.saves.current.sound || ctx.saves.soundSettings.captions, ctx.t('caption.label'));
  applyDisplaySettings(ctx.saves.displaySettings);
}

/** The settings panel (sound and display), wired to the save, the player and the captions; `onBack` closes it. */
export function openSoundSettings(ctx: AppContext, onBack: () => void): HTMLElement {
  return soundSettingsPanel({
    t: ctx.t,
    soundOn: ctx.saves.current.sound,
    settings: ctx.saves.soundSettings,
    onSoundOn: (on) => {
      ctx.saves.update((d) => {
        d.sound = on;
      });
      ctx.sound.setEnabled(on);
      ctx.sound.play('select');
      showCaptions(ctx);
    },
    onChange: (settings) => {
      ctx.saves.setSoundSettings(settings);
      ctx.sound.setVolumes(settings);
      showCaptions(ctx);
    },
    display: ctx.saves.displaySettings,
    onDisplayChange: (settings) => {
      ctx.saves.setDisplaySettings(settings);
      applyDisplaySettings(settings);
      // Larger text can push a panel's content below its box: the "more below" cue follows.
      ctx.overlay.markScrollPanels();
    },
    onBack,
  });
}
