// The title and the screens reached from it before a level: About, the language choice and the
// sound settings. They show before the engine has loaded (scenes/title-menu.ts), so they import
// only the text and the element builder: nothing of the levels, the core's rules or Phaser.

import { LANGUAGES, type Language, type NamesMode } from '../core/level';
import type { Translate } from '../text/i18n';
import { HTML_LANG, LANGUAGE_NAMES } from '../text/languages';
import type { SoundSettings } from '../platform/audio';
import type { DisplaySettings } from '../platform/storage';
import { highContrastShown } from './display-settings';
import { button, h } from './dom';

export interface TitleProps {
  t: Translate;
  language: Language;
  soundOn: boolean;
  names: NamesMode;
  onStart: () => void;
  onCampaign: () => void;
  onLanguage: () => void;
  onToggleSound: () => void;
  onSoundSettings: () => void;
  onToggleNames: () => void;
  onAbout: () => void;
}

export function titleScreen(p: TitleProps): HTMLElement[] {
  return [
    h(
      'section',
      { className: 'frame title-panel', 'aria-labelledby': 'title-heading' },
      h('h1', { id: 'title-heading' }, p.t('app.title')),
      h('p', { className: 'subtitle' }, p.t('app.subtitle')),
      h('p', {}, p.t('app.basis')),
      h(
        'div',
        { className: 'actions column' },
        button(p.t('title.start'), p.onStart, { className: 'primary', 'data-autofocus': true, 'data-focus-id': 'start' }),
        button(p.t('campaign.start'), p.onCampaign, { className: 'secondary', 'data-focus-id': 'campaign' }),
        button(`${p.t('title.language')}: ${LANGUAGE_NAMES[p.language]}`, p.onLanguage, { className: 'secondary', 'data-focus-id': 'language' }),
        button(`${p.t('title.sound')}: ${p.soundOn ? p.t('title.soundOn') : p.t('title.soundOff')}`, p.onToggleSound, {
          className: 'secondary',
          'aria-pressed': p.soundOn ? 'true' : 'false',
          'data-focus-id': 'sound',
        }),
        button(p.t('sound.settings'), p.onSoundSettings, { className: 'secondary', 'data-focus-id': 'sound-settings' }),
        button(`${p.t('title.names')}: ${p.t(p.names === 'roles' ? 'title.namesRoles' : 'title.namesNames')}`, p.onToggleNames, {
          className: 'secondary',
          'aria-describedby': 'names-hint',
          'data-focus-id': 'names',
        }),
        button(p.t('title.about'), p.onAbout, { className: 'secondary', 'data-focus-id': 'about' }),
      ),
      h('p', { id: 'names-hint', className: 'small muted' }, p.t('title.namesHint')),
      h('p', { className: 'small muted' }, p.t('title.keyboard')),
    ),
  ];
}

export interface SoundSettingsProps {
  t: Translate;
  soundOn: boolean;
  settings: SoundSettings;
  onSoundOn: (on: boolean) => void;
  /** Called as a slider or box changes; the panel is not rebuilt, so a slider keeps its grip. */
  onChange: (settings: SoundSettings) => void;
  /** Large text and high contrast (high contrast absent: as the system asks). */
  display: DisplaySettings;
  onDisplayChange: (settings: DisplaySettings) => void;
  onBack: () => void;
}

/**
 * The settings: a Sound group (master, music and effects volume, mute, captions) and a Display group
 * (large text, high contrast). Reachable from the title and from a level.
 */
export function soundSettingsPanel(p: SoundSettingsProps): HTMLElement {
  const { t } = p;
  const current: SoundSettings = { ...p.settings };
  const volume = (key: 'master' | 'music' | 'effects'): HTMLElement => {
    const id = `sound-${key}`;
    const percent = (value: number): string => `${Math.round(value * 100)}%`;
    const shown = h('output', { for: id }, percent(current[key]));
    return h(
      'div',
      { className: 'sound-row' },
      h('label', { for: id }, t(`sound.${key}`)),
      h('input', {
        type: 'range',
        id,
        min: 0,
        max: 100,
        step: 10,
        value: Math.round(current[key] * 100),
        'aria-valuetext': percent(current[key]),
        'data-focus-id': id,
        oninput: ((event: Event) => {
          const input = event.target as HTMLInputElement;
          current[key] = Number(input.value) / 100;
          input.setAttribute('aria-valuetext', percent(current[key]));
          shown.textContent = percent(current[key]);
          p.onChange({ ...current });
        }) as EventListener,
      }),
      shown,
    );
  };
  const checkbox = (id: string, label: string, checked: boolean, onToggle: (on: boolean) => void, describedBy?: string): HTMLElement =>
    h(
      'div',
      { className: 'sound-row' },
      h('input', {
        type: 'checkbox',
        id,
        checked,
        'aria-describedby': describedBy,
        'data-focus-id': id,
        onchange: ((event: Event) => onToggle((event.target as HTMLInputElement).checked)) as EventListener,
      }),
      h('label', { for: id }, label),
    );
  const display: DisplaySettings = { ...p.display };
  return h(
    'section',
    { className: 'frame sound-panel', 'aria-labelledby': 'sound-heading', 'data-testid': 'sound-settings', 'data-scroll-id': 'settings' },
    h('h2', { id: 'sound-heading', tabindex: -1, 'data-autofocus': true }, t('sound.settings')),
    h('fieldset', { className: 'settings-group', 'data-testid': 'settings-sound' }, h('legend', {}, t('settings.sound')),
    checkbox('sound-on', t('sound.on'), p.soundOn, p.onSoundOn),
    volume('master'),
    volume('music'),
    volume('effects'),
    checkbox(
      'sound-captions',
      t('sound.captions'),
      current.captions,
      (on) => {
        current.captions = on;
        p.onChange({ ...current });
      },
      'sound-captions-hint',
    ),
    h('p', { id: 'sound-captions-hint', className: 'muted' }, t('sound.captionsHint')),
    ),
    h(
      'fieldset',
      { className: 'settings-group', 'data-testid': 'settings-display' },
      h('legend', {}, t('settings.display')),
      checkbox(
        'display-large-text',
        t('display.largeText'),
        display.largeText,
        (on) => {
          display.largeText = on;
          p.onDisplayChange({ ...display });
        },
        'display-large-text-hint',
      ),
      h('p', { id: 'display-large-text-hint', className: 'muted' }, t('display.largeTextHint')),
      checkbox(
        'display-high-contrast',
        t('display.highContrast'),
        highContrastShown(display),
        (on) => {
          display.highContrast = on;
          p.onDisplayChange({ ...display });
        },
        'display-high-contrast-hint',
      ),
      h('p', { id: 'display-high-contrast-hint', className: 'muted' }, t('display.highContrastHint')),
    ),
    button(t('sound.back'), p.onBack, { className: 'secondary', 'data-focus-id': 'sound-back' }),
  );
}

/** About the game: the case, the source, what is invented, the real people, the time it takes, the teacher page, credits. */
export function aboutScreen(p: { t: Translate; playingTime: { count: number; min: number; max: number } | null; onBack: () => void }): HTMLElement[] {
  const { t } = p;
  return [
    h(
      'section',
      { className: 'frame about-panel', 'aria-labelledby': 'about-heading', 'data-scroll-id': 'about', 'data-testid': 'about' },
      h('h2', { id: 'about-heading', tabindex: -1, 'data-autofocus': true }, t('about.heading')),
      h('p', {}, t('about.case')),
      h('p', {}, t('about.source')),
      h('p', {}, t('about.fiction')),
      h('p', { className: 'note' }, t('about.people')),
      p.playingTime ? h('p', {}, t('about.time', p.playingTime)) : null,
      h('p', {}, t('about.teachers'), ' ', h('a', { href: 'teacher.html', 'data-focus-id': 'teacher-page' }, t('about.teacherLink'))),
      h('p', { className: 'small muted' }, t('about.credits')),
      button(t('about.back'), p.onBack, { className: 'secondary', 'data-focus-id': 'back' }),
    ),
  ];
}

export function languageScreen(t: Translate, current: Language, onChoose: (language: Language) => void, onBack: () => void): HTMLElement[] {
  return [
    h(
      'section',
      { className: 'frame language-panel', 'aria-labelledby': 'language-heading' },
      h('h2', { id: 'language-heading' }, t('language.heading')),
      h(
        'div',
        { className: 'actions column', role: 'group', 'aria-labelledby': 'language-heading' },
        ...LANGUAGES.map((language) =>
          button(LANGUAGE_NAMES[language], () => onChoose(language), {
            lang: HTML_LANG[language],
            'aria-pressed': language === current ? 'true' : 'false',
            'data-focus-id': `language-${language}`,
            'data-autofocus': language === current,
          }),
        ),
      ),
      button(t('language.back'), onBack, { className: 'secondary', 'data-focus-id': 'back' }),
    ),
  ];
}
