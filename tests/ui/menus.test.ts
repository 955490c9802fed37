// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core';
import { translate } from '../../src/text/i18n';
import { aboutScreen, levelsLoadFailedScreen, soundSettingsPanel } from '../../src/ui/menus';
import { applyDisplaySettings } from '../../src/ui/display-settings';
import { realNameSpellings } from '../../src/content/real-people';

beforeEach(() => document.body.replaceChildren());

describe('when the case files cannot be loaded', () => {
  it('says so in the player\'s language and offers to try again or go back, instead of loading for ever', () => {
    for (const language of LANGUAGES) {
      const pressed: string[] = [];
      document.body.replaceChildren(
        ...levelsLoadFailedScreen({ t: (k, p) => translate(language, k, p), onRetry: () => pressed.push('retry'), onBack: () => pressed.push('back') }),
      );
      expect(document.querySelector('[role="alert"]')!.textContent).toBe(translate(language, 'levels.loadFailed'));
      document.querySelector<HTMLButtonElement>('[data-focus-id="retry"]')!.click();
      document.querySelector<HTMLButtonElement>('[data-focus-id="back"]')!.click();
      expect(pressed).toEqual(['retry', 'back']);
    }
  });
});

describe('about the game', () => {
  it.each(LANGUAGES)('says the case, the source, what is invented, who is real, the playing time and where teachers go, naming no one (%s)', (language) => {
    const pressed: string[] = [];
    document.body.replaceChildren(...aboutScreen({ t: (k, p) => translate(language, k, p), playingTime: { count: 7, min: 72, max: 119 }, onBack: () => pressed.push('back') }));
    const text = document.body.textContent ?? '';
    for (const key of ['about.case', 'about.source', 'about.fiction', 'about.people', 'about.credits'] as const) expect(text).toContain(translate(language, key));
    expect(text).toContain(translate(language, 'about.time', { count: 7, min: 72, max: 119 }));
    expect(text).toContain('84');
    // By role only, so the page reads the same under either names setting.
    expect(realNameSpellings(language).filter((re) => re.test(text))).toEqual([]);
    expect(document.querySelector('a[href="teacher.html"]')).not.toBeNull();
    document.querySelector<HTMLButtonElement>('[data-focus-id="back"]')!.click();
    expect(pressed).toEqual(['back']);
  });

  it('leaves the playing time out until the levels have loaded', () => {
    document.body.replaceChildren(...aboutScreen({ t: (k, p) => translate('en', k, p), playingTime: null, onBack: () => {} }));
    expect(document.body.textContent).not.toContain('Playing time');
  });
});

describe('the sound settings', () => {
  it.each(LANGUAGES)('sets master, music and effects volume, sound on or off and captions, each labelled (%s)', (language) => {
    const changes: unknown[] = [];
    const soundOn: boolean[] = [];
    let back = 0;
    document.body.replaceChildren(
      soundSettingsPanel({
        t: (k, p) => translate(language, k, p),
        soundOn: true,
        settings: { master: 0.8, music: 0.6, effects: 0.8, captions: true },
        onSoundOn: (on) => soundOn.push(on),
        onChange: (s) => changes.push(s),
        display: { largeText: false },
        onDisplayChange: () => {},
        onBack: () => back++,
      }),
    );
    for (const [id, key] of [['sound-master', 'sound.master'], ['sound-music', 'sound.music'], ['sound-effects', 'sound.effects'], ['sound-on', 'sound.on'], ['sound-captions', 'sound.captions']] as const) {
      expect(document.querySelector(`label[for="${id}"]`)!.textContent).toBe(translate(language, key));
    }
    const music = document.querySelector<HTMLInputElement>('#sound-music')!;
    expect(music.value).toBe('60');
    music.value = '30';
    music.dispatchEvent(new Event('input'));
    expect(music.getAttribute('aria-valuetext')).toBe('30%');
    const captions = document.querySelector<HTMLInputElement>('#sound-captions')!;
    captions.checked = false;
    captions.dispatchEvent(new Event('change'));
    const on = document.querySelector<HTMLInputElement>('#sound-on')!;
    on.checked = false;
    on.dispatchEvent(new Event('change'));
    document.querySelector<HTMLButtonElement>('[data-focus-id="sound-back"]')!.click();
    expect(changes).toEqual([
      { master: 0.8, music: 0.3, effects: 0.8, captions: true },
      { master: 0.8, music: 0.3, effects: 0.8, captions: false },
    ]);
    expect(soundOn).toEqual([false]);
    expect(back).toBe(1);
  });
});

describe('the display settings (the settings panel\'s Display group)', () => {
  it.each(LANGUAGES)('large text and high contrast, each labelled and explained, in a group of their own (%s)', (language) => {
    const changes: unknown[] = [];
    document.body.replaceChildren(
      soundSettingsPanel({
        t: (k, p) => translate(language, k, p),
        soundOn: true,
        settings: { master: 0.8, music: 0.6, effects: 0.8, captions: true },
        onSoundOn: () => {},
        onChange: () => {},
        display: { largeText: false, highContrast: false },
        onDisplayChange: (s) => changes.push(s),
        onBack: () => {},
      }),
    );
    expect(document.querySelector('h2')!.textContent).toBe(translate(language, 'sound.settings'));
    const group = document.querySelector('[data-testid="settings-display"]')!;
    expect(group.querySelector('legend')!.textContent).toBe(translate(language, 'settings.display'));
    expect(document.querySelector('[data-testid="settings-sound"] legend')!.textContent).toBe(translate(language, 'settings.sound'));
    for (const [id, key, hint] of [['display-large-text', 'display.largeText', 'display.largeTextHint'], ['display-high-contrast', 'display.highContrast', 'display.highContrastHint']] as const) {
      expect(group.querySelector(`label[for="${id}"]`)!.textContent).toBe(translate(language, key));
      const box = group.querySelector<HTMLInputElement>(`#${id}`)!;
      expect(box.checked).toBe(false);
      expect(document.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toBe(translate(language, hint));
    }
    const large = document.querySelector<HTMLInputElement>('#display-large-text')!;
    large.checked = true;
    large.dispatchEvent(new Event('change'));
    const contrast = document.querySelector<HTMLInputElement>('#display-high-contrast')!;
    contrast.checked = true;
    contrast.dispatchEvent(new Event('change'));
    expect(changes).toEqual([
      { largeText: true, highContrast: false },
      { largeText: true, highContrast: true },
    ]);
  });
});

describe('applyDisplaySettings', () => {
  it('sets data-text and data-contrast on the body, and leaves contrast to the system when no choice is saved', () => {
    const body = document.createElement('body');
    applyDisplaySettings({ largeText: true, highContrast: true }, body);
    expect([body.dataset['text'], body.dataset['contrast']]).toEqual(['large', 'high']);
    applyDisplaySettings({ largeText: false, highContrast: false }, body);
    expect([body.dataset['text'], body.dataset['contrast']]).toEqual([undefined, 'normal']);
    applyDisplaySettings({ largeText: true }, body);
    expect([body.dataset['text'], body.hasAttribute('data-contrast')]).toEqual(['large', false]);
  });
});
