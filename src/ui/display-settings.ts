// Large text and high contrast for the readable layer: set as attributes on <body>, drawn by
// styles.css ("readable" block). High contrast left unset follows the system's `prefers-contrast: more`.

import type { DisplaySettings } from '../platform/storage';

/** Whether the system asks for more contrast (false where the browser cannot say). */
export function systemWantsContrast(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-contrast: more)').matches === true;
}

/** High contrast as it shows: the player's choice, or the system's when the player has made none. */
export function highContrastShown(settings: DisplaySettings): boolean {
  return settings.highContrast ?? systemWantsContrast();
}

/**
 * Applies the settings to the page: `data-text="large"` and `data-contrast="high"` or `"normal"` on
 * <body>. With no contrast choice the attribute is removed, and the CSS follows `prefers-contrast`.
 */
export function applyDisplaySettings(settings: DisplaySettings, body: HTMLElement = document.body): void {
  if (settings.largeText) body.dataset['text'] = 'large';
  else delete body.dataset['text'];
  if (settings.highContrast === undefined) delete body.dataset['contrast'];
  else body.dataset['contrast'] = settings.highContrast ? 'high' : 'normal';
}
