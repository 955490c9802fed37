// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core';
import { translate } from '../../src/text/i18n';
import { aboutScreen, levelsLoadFailedScreen } from '../../src/ui/menus';
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
