// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/core';
import { translate } from '../../src/text/i18n';
import { levelsLoadFailedScreen } from '../../src/ui/menus';

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
