import { describe, expect, it } from 'vitest';
import { playTheLawsuit } from './lawsuit-keys';
import { watchErrors, useServedGame } from './harness';

// "The lawsuit" (2019) with the keyboard only, from the first scene to the debrief, in en, ja and
// zh, with screenshots, and with names as roles (?names=roles): no screen of it, line by line,
// shows a real name (the play itself: ./lawsuit-keys.ts).
const game = useServedGame();

describe('the lawsuit in the browser', () => {
  for (const lang of ['en', 'ja', 'zh'] as const) {
    it(`links the chain and files it with the keyboard only, from the first scene to the debrief, in ${lang}, with no console error`, async () => {
      const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
      const page = await context.newPage();
      const errors = watchErrors(page);
      await playTheLawsuit(page, lang, `${game.url}?lang=${lang}&level=the-lawsuit&seed=3&names=roles`);
      expect(errors).toEqual([]);
      await context.close();
    });
  }
});
