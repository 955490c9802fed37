import { describe, expect, it } from 'vitest';
import { assessedLessons, createGame, LANGUAGES, overallScore, step, tallyLessons, verdictWording, VERDICTS, type DeskStep, type GameState, type Level } from '../../src/core';
import { BLIND_STRATEGIES, diligentReader, playHabit, scoreStrategy } from '../../src/playtest/blind-players';
import { historicalOfficial, playThrough } from '../../src/playtest/players';
import { loadLevel } from '../support/levels';

// "74.75 million kWh" (2018): an audit of a year of meter data. The outlier is Genesis; the other
// records are real work (a sound hospital, a mill's honest error a correction cures, a cold store
// whose flat night load has a reason shown on screen), so neither waving through nor flagging
// every difference does well.
const level: Level = loadLevel('meter-record-2018.json');
const desk = level.steps.find((s): s is DeskStep => s.kind === 'desk')!;
const decisionsOf = (state: GameState) => Object.fromEntries(desk.applications.map((a) => [a.id, state.desk[desk.id]!.applications[a.id]!.decision]));

describe('74.75 million kWh (2018)', () => {
  it('the diligent reader finds the outlier and refers it to the discipline commission, with where and on whose word monitoring stopped', () => {
    const { state } = playHabit(level, 3, diligentReader);
    const decisions = decisionsOf(state);
    expect(decisions['genesis']).toMatchObject({ verdict: 'refer', key: 'referredCorrupt' });
    expect([...decisions['genesis']!.reasons].sort()).toEqual(['monitoring-waived', 'use-understated']);
    expect(state.desk[desk.id]!.calls['secretary-genesis-record']).toBe('reported');
    // The others: the sound record stands, the honest error is corrected, the benign one stands.
    expect(decisions['city-hospital']?.key).toBe('approvedSound');
    expect(decisions['textile-mill']).toMatchObject({ verdict: 'approve-with-conditions', key: 'conditionedCured' });
    expect(decisions['cold-store']?.key).toBe('approvedSound');
    expect(overallScore(tallyLessons(level, state))).toBeGreaterThanOrEqual(85);
  });

  it("the historical official's play loses: it obliges the Secretary's office and lets Genesis' record stand", () => {
    const { state } = playThrough(level, 3, historicalOfficial);
    expect(state.finished).toBe(true);
    expect(decisionsOf(state)['genesis']).toMatchObject({ verdict: 'approve', key: 'approvedUnsound' });
    expect(state.desk[desk.id]!.calls['secretary-genesis-record']).toBe('obliged');
    const historical = overallScore(tallyLessons(level, state));
    expect(historical).toBeLessThanOrEqual(10);
    expect(historical).toBeLessThan(overallScore(tallyLessons(level, playHabit(level, 3, diligentReader).state)));
  });

  it('a clerk who rejects every breach finds everything and still does badly: Genesis goes to the office that protected it', () => {
    const clerk = BLIND_STRATEGIES.find((s) => s.id === 'clerk')!;
    const state = clerk.play(level, 1);
    expect(decisionsOf(state)['genesis']).toMatchObject({ verdict: 'reject', key: 'rejectedReasoned' });
    expect(decisionsOf(state)['textile-mill']?.verdict).toBe('reject');
    const score = scoreStrategy(level, clerk);
    expect(score.overall).toBeLessThanOrEqual(30);
    for (const lesson of assessedLessons(level)) expect(score.lessons[lesson], lesson).toBeLessThanOrEqual(40);
  });

  it("the cold store's flat night load is answered with its reason on screen, not found as a discrepancy", () => {
    let state = createGame(level, 1);
    while (level.steps[state.stepIndex]!.kind === 'scene') state = step(level, state, { type: 'advance-dialogue' }).state;
    const { events } = step(level, state, { type: 'desk', act: { type: 'desk-cross-check', applicationId: 'cold-store', a: 'declared.hours', b: 'meter.profile' } });
    expect(events).toContainEqual(expect.objectContaining({ type: 'step-event', event: expect.objectContaining({ type: 'desk-cross-checked', discrepancyId: null, explainedBy: 'cold-rooms-run-all-night' }) }));
    // The same pair on Genesis' record shows the false declaration.
    const genesis = desk.applications.find((a) => a.id === 'genesis')!;
    expect(genesis.truth.discrepancies.find((d) => d.id === 'use-understated')?.alsoShownBy).toContainEqual(['declared.hours', 'meter.profile']);
  });

  it('every average on the records is the year\'s metered use over 8,760 hours: 74.75 million kWh is about 8.5 MW, not "per hour"', () => {
    for (const application of desk.applications) {
      const document = application.documents.find((d) => d.id === 'meter')!;
      const kwh = document.fields.find((f) => f.id === 'annual-kwh')!.number!;
      const shown = Number(/([\d.]+) MW/.exec(document.fields.find((f) => f.id === 'average')!.value.en)![1]);
      expect(Math.abs(shown - kwh / 8760 / 1000) / shown, application.id).toBeLessThan(0.03);
    }
    const genesisMeter = desk.applications.find((a) => a.id === 'genesis')!.documents.find((d) => d.id === 'meter')!;
    expect(genesisMeter.fields.find((f) => f.id === 'annual-kwh')!.number).toBe(74_750_000);
  });

  it('the audit desk words its verdicts in three languages; a desk without wording keeps the interface\'s', () => {
    expect(verdictWording(desk, 'approve', 'label')?.en).toBe('The record stands');
    expect(verdictWording(desk, 'reject', 'label')?.en).toBe("Report it to the Secretary's office");
    for (const language of LANGUAGES) {
      const labels = VERDICTS.map((v) => verdictWording(desk, v, 'label')![language]);
      expect(new Set(labels).size, language).toBe(VERDICTS.length);
      for (const v of VERDICTS) expect(verdictWording(desk, v, 'consequence')![language].length, `${v} ${language}`).toBeGreaterThan(0);
    }
    const other = loadLevel('achievement-projects.json').steps.find((s): s is DeskStep => s.kind === 'desk')!;
    expect(verdictWording(other, 'approve', 'label')).toBeNull();
  });

  it('rests on event E7 and the lines the chapter is for, and assesses supervision and people first', () => {
    const cited = new Set(JSON.stringify(level).match(/"sourceLines":\[[\d,]*\]/g)!.flatMap((m) => JSON.parse(m.slice('"sourceLines":'.length)) as number[]));
    for (const line of [34, 62, 63, 64, 65]) expect(cited, `line ${line}`).toContain(line);
    expect(assessedLessons(level)).toEqual(expect.arrayContaining(['LS1', 'LS4']));
    // 2018 comes after the achievement projects (2017-2018) in the level list.
    expect(level.order).toBe(loadLevel('achievement-projects.json').order + 1);
  });
});
