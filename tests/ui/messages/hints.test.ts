import { describe, expect, it } from 'vitest';
import type { GameEvent, Language, PlayMode, ScoredDecision } from '../../../src/core';
import { translate } from '../../../src/text/i18n';
import { hintOf, withHint } from '../../../src/ui/messages/hints';
import { spokenMessage } from '../../../src/ui/messages/consequences';
import { diligentInspector, historicalOfficial } from '../../../src/playtest/players';
import { eventBatches } from '../../support/event-batches';
import { loadLevel, tutorial } from '../../support/levels';

const LANGUAGES: Language[] = ['en', 'ja', 'zh'];
const ctx = (language: Language, mode: PlayMode = 'practice') => ({ t: (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(language, key, values), language, mode });

const outcome = (points: number, lesson: ScoredDecision['lesson'] = 'LS1', lines = [40, 41]): GameEvent => ({
  type: 'scored',
  decision: {
    stepId: 's',
    kind: 'grid',
    point: 'order',
    subject: '1',
    choice: 'comply',
    basis: null,
    lesson,
    points,
    text: { en: `Reason ${points}.`, ja: `理由${points}。`, zh: `理由${points}。` },
    sourceLines: lines,
  },
});

describe('practice hints', () => {
  it('say the lesson, whether the decision helped or cost, the outcome\'s own reason and its lines, in each language', () => {
    expect(hintOf([outcome(-6)], ctx('en'))).toBe('Hint · Supervision: this cost you. Reason -6. (lines 40-41)');
    expect(hintOf([outcome(8, 'LS4', [12])], ctx('en'))).toBe(`Hint · ${translate('en', 'lesson.LS4')}: this helped. Reason 8. (lines 12)`);
    expect(hintOf([outcome(0)], ctx('en'))).toMatch(/neither helped nor cost\. Reason 0\. \(lines 40-41\)$/);
    for (const language of LANGUAGES) {
      const hint = hintOf([outcome(-6)], ctx(language))!;
      expect(hint).toContain(translate(language, 'lesson.LS1'));
      expect(hint).toContain(language === 'en' ? 'Reason -6.' : '理由-6。');
      expect(hint).toContain('40-41');
      // Never the points themselves: only helped or cost.
      expect(hint.replace('-6', '')).not.toMatch(/\b6\b/);
      expect(hintOf([outcome(6)], ctx(language))).not.toBe(hint.replace('-6', '6'));
    }
  });

  it('give none in assessment or facilitated mode, and none for an action that scored nothing', () => {
    for (const mode of ['assessment', 'facilitated'] as const) expect(hintOf([outcome(-6)], ctx('en', mode))).toBeNull();
    expect(hintOf([{ type: 'step-started', stepId: 'x' } as GameEvent], ctx('en'))).toBeNull();
  });

  it('give one hint per action, about what weighs most (a cost before a gain as heavy), and say how many more the debrief weighs', () => {
    const hint = hintOf([outcome(3), outcome(-5, 'LS3'), outcome(5, 'LS2')], ctx('en'))!;
    expect(hint.startsWith(`Hint · ${translate('en', 'lesson.LS3')}: this cost you. Reason -5.`)).toBe(true);
    expect(hint).toContain(translate('en', 'hint.more', { count: 2 }));
  });

  it('come only after a decision in whole plays: one per batch with a scored decision, none before any', () => {
    for (const [level, strategy] of [[tutorial(), diligentInspector], [tutorial(), historicalOfficial], [loadLevel('two-systems.json'), historicalOfficial]] as const) {
      const all = eventBatches(level, strategy);
      const scoredBatches = all.filter((events) => events.some((e) => e.type === 'scored'));
      expect(scoredBatches.length).toBeGreaterThan(0);
      for (const events of all) {
        const hint = hintOf(events, ctx('ja'));
        expect(hint !== null).toBe(events.some((e) => e.type === 'scored'));
      }
      // A play that went the official's way hears of costs.
      if (strategy === historicalOfficial) expect(scoredBatches.some((events) => hintOf(events, ctx('en'))!.includes('cost you'))).toBe(true);
    }
  });

  it('sit under the message line and its consequence, replace an older hint, and are said in the live region', () => {
    const before = { text: '', tone: 'info' as const, consequence: 'An earlier decision.', hint: 'Old hint.' };
    const fresh = { text: 'Done.', tone: 'hit' as const, consequence: 'What it did.' };
    expect(withHint(before, fresh, 'New hint.')).toEqual({ ...fresh, hint: 'New hint.' });
    // The action said nothing new: the earlier consequence is not this decision's.
    expect(withHint(before, before, 'New hint.')).toEqual({ text: '', tone: 'info', hint: 'New hint.' });
    expect(withHint(before, fresh, null)).toBe(fresh);
    expect(spokenMessage({ ...fresh, hint: 'New hint.' })).toBe('Done. What it did. New hint.');
  });
});
