import { describe, expect, it } from 'vitest';
import { beginRecord, compareAnswers, parseQuestionsRecord, parseSavedQuestions, questionsKey, withAfter, type QuestionsRecord } from '../../src/core';
import { tutorial } from '../support/levels';

const level = { id: 'the-lawsuit', version: 2 };
const WHEN = '2026-12-01T09:00:00.000Z';

describe('the answers to a level\'s questions, as the save keeps them', () => {
  it('a record begun before the first step and finished after the last reads back the same through JSON', () => {
    const record = withAfter(beginRecord(level, [[0, 2], [1, 1], [2, 4]], WHEN), [[1, 4], [1, 3], [2, 4]]);
    const parsed = parseQuestionsRecord(JSON.parse(JSON.stringify(record)), 3);
    expect(parsed).toEqual({ ok: true, record });
    expect(record).toEqual({ format: 1, levelId: 'the-lawsuit', version: 2, when: WHEN, before: [[0, 2], [1, 1], [2, 4]], after: [[1, 4], [1, 3], [2, 4]] });
    // A skipped round and one not asked (a resumed play) read back too.
    const skipped = withAfter(beginRecord(level, null, WHEN), 'skipped');
    expect(parseQuestionsRecord(JSON.parse(JSON.stringify(skipped)))).toEqual({ ok: true, record: skipped });
  });

  it('bad saved data is refused with the reason', () => {
    const good: QuestionsRecord = beginRecord(level, [[0, 2], [1, 1], [2, 4]], WHEN);
    const reason = (value: unknown, questions?: number): string => {
      const parsed = parseQuestionsRecord(value, questions);
      return parsed.ok ? 'accepted' : parsed.reason;
    };
    expect(reason('text')).toBe('not an object');
    expect(reason({ ...good, format: 2 })).toBe('format 2 (1 expected)');
    expect(reason({ ...good, levelId: 'Not An Id' })).toBe('levelId is not a level id');
    expect(reason({ ...good, version: 0 })).toBe('version is not a whole number from 1');
    expect(reason({ ...good, when: 'yesterday' })).toBe('when is not a date');
    expect(reason({ ...good, score: 100 })).toBe('unknown field score');
    expect(reason({ ...good, before: [[3, 2], [1, 1], [2, 4]] })).toBe('before[0] chooses 3 (0-2 expected)');
    expect(reason({ ...good, before: [[0, 5], [1, 1], [2, 4]] })).toBe('before[0] is 5 sure (1-4 expected)');
    expect(reason({ ...good, before: [[0], [1, 1], [2, 4]] })).toBe('before[0] is not a [choice, confidence] pair');
    expect(reason({ ...good, before: 'later' })).toBe('before is neither a list of answers, "skipped" nor null');
    expect(reason({ ...good, after: [[0, 1]] })).toBe('before and after answer different numbers of questions');
    expect(reason(good, 4)).toBe('before has 3 answers for 4 questions');
    const { after: _after, ...noAfter } = good;
    expect(reason(noAfter)).toBe('before or after is missing');
  });

  it('a save\'s entries are kept by level id and version; a corrupt entry, or one filed under another key, is dropped with the reason and the rest kept', () => {
    const good = beginRecord(level, 'skipped', WHEN);
    const { records, dropped } = parseSavedQuestions({
      [questionsKey('the-lawsuit', 2)]: good,
      'tutorial-first-day@1': { ...good, levelId: 'tutorial-first-day', version: 1, before: [[9, 9]] },
      'two-systems@1': good,
    });
    expect(records).toEqual({ 'the-lawsuit@2': good });
    expect(dropped).toEqual([
      { key: 'tutorial-first-day@1', reason: 'before[0] chooses 9 (0-2 expected)' },
      { key: 'two-systems@1', reason: 'filed under two-systems@1, not the-lawsuit@2' },
    ]);
    expect(parseSavedQuestions(['a list'])).toEqual({ records: {}, dropped: [{ key: '(all)', reason: 'not an object' }] });
  });

  it('the debrief\'s comparison says what was chosen before and after, how sure, and whether the article supports it', () => {
    const questions = tutorial().questions!;
    const right = questions[0]!.answer;
    const wrong = (right + 1) % 3;
    const rows = compareAnswers(questions, withAfter(beginRecord(level, questions.map((_, i) => [i === 0 ? wrong : 0, 1]), WHEN), 'skipped'));
    expect(rows).toHaveLength(questions.length);
    expect(rows[0]).toMatchObject({ before: { choice: wrong, confidence: 1, supported: false }, after: 'skipped' });
    expect(compareAnswers(questions, beginRecord(level, questions.map((q) => [q.answer, 4]), WHEN))[0]).toMatchObject({ before: { supported: true, confidence: 4 }, after: null });
  });
});
