import { describe, expect, it } from 'vitest';
import { caseFileAfter, chapterNotes, chooseEnding, conditionHolds, pathFacts, playCampaign, type Condition, type GameAction } from '../../src/core';
import { deskAction, perfectDesk } from '../../src/playtest/desk-players';
import { diligentInspector, historicalOfficial, type Strategy } from '../../src/playtest/players';
import { playCampaignWith, loadCampaign } from '../support/campaign';
import { allLevels } from '../support/levels';

const levels = allLevels();
const campaign = loadCampaign(levels);

/** Works like the diligent inspector, but keeps whatever is left in a folder. */
const giftKeeper: Strategy = {
  ...diligentInspector,
  desk: (step, state) =>
    deskAction(
      (desk, progress) => {
        const next = perfectDesk(desk, progress);
        return next?.type === 'desk-handle-gift' ? { ...next, choice: 'kept' } : next;
      },
      step,
      state,
    ),
};

const endingOf = (strategy: Strategy, seed = 3) => {
  const progress = playCampaign(campaign, levels, playCampaignWith(campaign, levels, strategy, seed));
  expect(progress.problem).toBeNull();
  expect(progress.next).toBeNull();
  return { progress, ending: chooseEnding(campaign, progress.played) };
};

describe('the campaign', () => {
  it('plays every chapter there is a level for, in the campaign file\'s order', () => {
    const { progress } = endingOf(diligentInspector);
    const expected = campaign.chapters.map((c) => c.level).filter((id) => levels.some((l) => l.id === id));
    expect(progress.played.map((p) => p.level.id)).toEqual(expected);
    expect(expected.slice(0, 6)).toEqual(['prologue', 'tutorial-first-day', 'digital-economy-slogan', 'blackout-summer', 'two-systems', 'achievement-projects']);
  });

  it('carries the case file: each chapter begins with what the one before it left', () => {
    const { progress } = endingOf(diligentInspector);
    progress.played.forEach((chapter, i) => {
      const before = i === 0 ? { entries: [] } : caseFileAfter(progress.played[i - 1]!.level, progress.played[i - 1]!.state);
      expect(chapter.caseFileBefore).toEqual(before);
      expect(chapter.state.caseFile).toEqual(before);
    });
    expect(progress.caseFile.entries.length).toBeGreaterThan(progress.played[0]!.caseFileBefore.entries.length);
  });

  it('the diligent path, the historical path and a gift-keeper reach different endings', () => {
    const diligent = endingOf(diligentInspector).ending.id;
    const historical = endingOf(historicalOfficial).ending.id;
    const keeper = endingOf(giftKeeper).ending.id;
    expect(diligent).toBe('case-breaks-sooner');
    expect(historical).toBe('investigated-too');
    expect(keeper).toBe('reported-with-a-stain');
  });

  it('the same logs always give the same path and the same ending', () => {
    const logs = playCampaignWith(campaign, levels, giftKeeper, 7);
    const once = playCampaign(campaign, levels, logs);
    const twice = playCampaign(campaign, levels, [...logs]);
    expect(twice.played.map((p) => p.state)).toEqual(once.played.map((p) => p.state));
    expect(chooseEnding(campaign, twice.played)).toEqual(chooseEnding(campaign, once.played));
  });

  it('a player who neither went along nor reported anything early meets the record as it happened', () => {
    // Does what the screen forces, refuses the gifts and calls it meets: no referral, no envelope.
    const passive: Strategy = {
      grid: (grid, state) => {
        const progress = state.grid[grid.id]!;
        if (progress.daysRun < grid.days.length) return [...(grid.days[progress.daysRun]!.order ? [{ type: 'answer-order', response: 'refuse' } as GameAction] : []), { type: 'run-day' }];
        // The note waits for next summer's plan where the level asks for one: the first listed.
        const plan: GameAction[] = grid.plans && grid.plans.length > 0 ? [{ type: 'choose-plan', planId: grid.plans[0]!.id }] : [];
        return [...plan, { type: 'file-case-note', conclusionId: 'note-suspicion' }];
      },
      // At a board: declines the offer and files nothing but an empty chain with the first recipient.
      board: (board, state) => (state.board[board.id]!.offer === 'pending' ? { type: 'board-offer', response: 'declined' } : { type: 'board-file', recipientId: board.recipients[0]!.id }),
      // At a zone plan: submits it as it stands.
      plan: () => ({ type: 'plan-submit' }),
      site: (site, state) => (state.site[site.id]!.visit ? { type: 'leave-site' } : { type: 'begin-visit', announced: true, difficulty: 'standard' }),
      desk: (step, state) =>
        deskAction(
          (desk, progress) => {
            const next = perfectDesk(desk, progress);
            if (next?.type === 'desk-handle-gift') return { ...next, choice: 'returned' };
            if (next?.type === 'desk-answer-call') return { ...next, response: 'declined' };
            return next?.type === 'desk-decide' ? { ...next, verdict: next.verdict === 'refer' ? 'reject' : next.verdict } : next;
          },
          step,
          state,
        ),
    };
    expect(endingOf(passive).ending.id).toBe('as-it-happened');
  });

  it('a saved log that does not decode, or was played with another case file, stops the campaign there and says why', () => {
    const logs = playCampaignWith(campaign, levels, diligentInspector);
    // The prologue and the first day play; the slogan's log is damaged.
    const damaged = playCampaign(campaign, levels, [logs[0]!, logs[1]!, `${logs[2]!}x`]);
    expect(damaged.played).toHaveLength(2);
    expect(damaged.problem?.reason).toBe('does-not-decode');
    expect(damaged.next?.level.id).toBe('digital-economy-slogan');
    // The second chapter's log, played alone (with an empty case file), is not the campaign's.
    const slogan = playableChapters().find((c) => c.level === 'digital-economy-slogan');
    const alone = playCampaignWith({ ...campaign, chapters: [slogan!] }, levels, diligentInspector)[0]!;
    const wrong = playCampaign(campaign, levels, [logs[0]!, logs[1]!, alone]);
    expect(wrong.problem?.reason).toBe('wrong-case-file');
    expect(wrong.played).toHaveLength(2);
  });

  it('says what each chapter did, judged on that chapter alone', () => {
    const notes = (strategy: Strategy) => new Map(endingOf(strategy).progress.played.map((p) => [p.level.id, chapterNotes(p).map((t) => t.en)]));
    const diligent = notes(diligentInspector);
    const historical = notes(historicalOfficial);
    // The prologue decides nothing: every path is told the same.
    expect(diligent.get('prologue')).toEqual(['You watched how the Secretary came to Fuzhou. Nothing was yours to decide yet.']);
    expect(historical.get('prologue')).toEqual(diligent.get('prologue'));
    expect(diligent.get('digital-economy-slogan')).toContain('You referred Genesis\' application to the discipline commission.');
    expect(historical.get('digital-economy-slogan')).toContain('You kept the red envelope left in a folder.');
    expect(diligent.get('blackout-summer')).toContain('Your case note carried the comparison of Genesis\' declared and metered load.');
    expect(historical.get('blackout-summer')).toContain('Your case note held no comparison of Genesis\' meter with its declaration.');
  });
});

describe('conditions', () => {
  const { progress } = (() => {
    const logs = playCampaignWith(campaign, levels, historicalOfficial);
    return { progress: playCampaign(campaign, levels, logs) };
  })();
  const facts = pathFacts(progress.played);

  it('count each decision once, however many lessons it scored on', () => {
    const complied = (n: number): Condition => ({ decision: { point: 'order', choice: 'comply' }, atLeast: n });
    const orders = new Set(facts.decisions.filter((d) => d.decision.point === 'order' && d.decision.choice === 'comply').map((d) => `${d.levelId}/${d.decision.subject}`)).size;
    expect(orders).toBeGreaterThan(1);
    expect(conditionHolds(complied(orders), facts)).toBe(true);
    expect(conditionHolds(complied(orders + 1), facts)).toBe(false);
  });

  it('read the case file by kind, field and value, within the levels named', () => {
    const signedOff: Condition = { caseRecord: 'site', has: 'verdict', value: 'mining-missed' };
    expect(conditionHolds(signedOff, facts)).toBe(true);
    expect(conditionHolds({ ...signedOff, levels: ['blackout-summer'] }, facts)).toBe(false);
    expect(conditionHolds({ not: signedOff }, facts)).toBe(false);
    expect(conditionHolds({ any: [{ not: signedOff }, signedOff] }, facts)).toBe(true);
    expect(conditionHolds({ all: [{ not: signedOff }, signedOff] }, facts)).toBe(false);
  });
});

function playableChapters() {
  return campaign.chapters.filter((c) => levels.some((l) => l.id === c.level));
}

