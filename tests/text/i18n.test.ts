import { describe, expect, it } from 'vitest';
import { chooseLanguage, TEXT_TABLES, translate } from '../../src/text/i18n';
import { TEACHER_TABLES } from '../../src/text/teacher';
import { assignmentKey, readLaunchOptions } from '../../src/platform/url';

describe('language', () => {
  it('an explicit choice wins over the browser', () => {
    expect(chooseLanguage(['ja', 'zh'], ['en-GB'])).toBe('ja');
    expect(chooseLanguage([null, 'zh'], ['ja-JP'])).toBe('zh');
  });

  it('defaults from the browser, then English', () => {
    expect(chooseLanguage([null, undefined], ['ja-JP', 'en'])).toBe('ja');
    expect(chooseLanguage([], ['zh-TW'])).toBe('zh');
    expect(chooseLanguage([], ['fr-FR', 'de'])).toBe('en');
    expect(chooseLanguage(['klingon'], [])).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible rather than blank', () => {
    expect(translate('en', 'levels.minutes', { min: 5, max: 8 })).toBe('5 to 8 minutes');
    expect(translate('zh', 'grid.dayTitle', { n: 2, total: 3 })).toBe('第2天，共3天');
    expect(translate('ja', 'levels.best')).toBe('最高スコア：{score}');
  });
});

describe.each([
  ['the interface text tables', TEXT_TABLES],
  ["the teacher page's text tables", TEACHER_TABLES],
] as const)('%s', (_name, tables) => {
  const en = tables.en as Record<string, string>;
  const keys = Object.keys(en).sort();

  for (const language of ['ja', 'zh'] as const) {
    it(`${language} has exactly the English keys, every one non-empty and with the same placeholders`, () => {
      const table = tables[language] as Record<string, string>;
      expect(Object.keys(table).sort()).toEqual(keys);
      for (const key of keys) {
        const value = table[key]!;
        expect(value.trim().length, key).toBeGreaterThan(0);
        const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
        expect(placeholders(value), key).toEqual(placeholders(en[key]!));
      }
    });
  }
});

describe('launch options from the address', () => {
  it('reads a seed and a level, and ignores malformed ones', () => {
    expect(readLaunchOptions(new URLSearchParams('seed=42&level=tutorial-first-day'))).toEqual({ seed: 42, levelId: 'tutorial-first-day', difficulty: null, names: null, assignment: { levelIds: ['tutorial-first-day'], classLabel: null }, mode: 'practice' });
    expect(readLaunchOptions(new URLSearchParams('seed=-1&level=../etc&difficulty=impossible'))).toEqual({ seed: null, levelId: null, difficulty: null, names: null, assignment: null, mode: 'practice' });
    expect(readLaunchOptions(new URLSearchParams('level=two-systems&difficulty=hard')).difficulty).toBe('hard');
    expect(readLaunchOptions(new URLSearchParams('names=roles')).names).toBe('roles');
    expect(readLaunchOptions(new URLSearchParams('names=initials')).names).toBeNull();
    expect(readLaunchOptions(new URLSearchParams('mode=facilitated')).mode).toBe('facilitated');
    expect(readLaunchOptions(new URLSearchParams('mode=exam')).mode).toBe('practice');
  });

  it('reads an assigned set of levels and a class label, in order, without repeats or malformed ids', () => {
    const options = readLaunchOptions(new URLSearchParams('levels=the-lawsuit,../x,tutorial-first-day,the-lawsuit&class=%207B%20'));
    expect(options.assignment).toEqual({ levelIds: ['the-lawsuit', 'tutorial-first-day'], classLabel: '7B' });
    // The set opens at its first level, as a one-level link does.
    expect(options.levelId).toBe('the-lawsuit');
    expect(readLaunchOptions(new URLSearchParams('levels=&class=7B')).assignment).toBeNull();
    expect(assignmentKey({ levelIds: ['a', 'b'], classLabel: null })).not.toBe(assignmentKey({ levelIds: ['a', 'b'], classLabel: '7B' }));
  });
});
