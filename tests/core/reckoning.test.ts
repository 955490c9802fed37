import { describe, expect, it } from 'vitest';
import { auditCondition, caseFileAfter, caseFileHolds, chooseEnding, createGame, EMPTY_CASE_FILE, playCampaign, step, tallyLessons, type BoardAction, type CaseFile, type GameAction, type GameState } from '../../src/core';
import { describeProblem, parseLevel } from '../../src/content/load-level';
import { diligentInspector, historicalOfficial, playThrough, type Strategy } from '../../src/playtest/players';
import { loadCampaign, playCampaignWith } from '../support/campaign';
import { allLevels, readLevelText } from '../support/levels';

// "Reckoning" (2021) builds the commission's chain from the case file: what the inspector found
// earlier is on the board, what a played chapter missed is not (or only hearsay stands in), and a
// chapter never played gives its document from the bureau's archive.
const levels = allLevels();
const reckoning = levels.find((l) => l.id === 'reckoning')!;
const BOARD = 'reckoning-board';

/** The case file a campaign leaves before Reckoning, each chapter played by the strategy chosen for it. */
function caseFileBefore(strategyFor: (levelId: string) => Strategy): CaseFile {
  let caseFile: CaseFile = EMPTY_CASE_FILE;
  for (const level of levels) {
    if (level.id === reckoning.id) break;
    caseFile = caseFileAfter(level, playThrough(level, 3, strategyFor(level.id), caseFile).state);
  }
  return caseFile;
}

/** The opening scene's lines a play shows, in English. */
function linesSaid(caseFile: CaseFile): string[] {
  let state: GameState = createGame(reckoning, 1, caseFile);
  const scene = reckoning.steps[0]!;
  if (scene.kind !== 'scene') throw new Error('Reckoning opens with a scene');
  const said: string[] = [];
  while (state.stepIndex === 0) {
    said.push(scene.lines[state.scene[scene.id]!.line]!.text.en);
    state = step(reckoning, state, { type: 'advance-dialogue' }).state;
  }
  return said;
}

const absent = (caseFile: CaseFile) => createGame(reckoning, 1, caseFile).board[BOARD]!.absent;
const diligentTally = (caseFile: CaseFile) => tallyLessons(reckoning, playThrough(reckoning, 1, diligentInspector, caseFile).state);

const diligentFile = caseFileBefore(() => diligentInspector);
// The summer of 2016 worked the historical way (no comparison in the note), everything else diligently.
const missedSummer = caseFileBefore((id) => (id === 'blackout-summer' ? historicalOfficial : diligentInspector));

describe('Reckoning', () => {
  it('played alone, takes every document from the archive and says so, and the diligent player earns everything', () => {
    expect(absent(EMPTY_CASE_FILE)).toEqual(['rumour']);
    const said = linesSaid(EMPTY_CASE_FILE);
    expect(said.filter((l) => l.includes('archive'))).toHaveLength(5);
    expect(said.some((l) => l.includes('dispatcher'))).toBe(false);
    const tally = diligentTally(EMPTY_CASE_FILE);
    expect(tally.LS1!.score).toBe(100);
    expect(tally.LS3!.score).toBe(100);
  });

  it('after a diligent campaign, every document is the inspector\'s own, and the diligent player earns everything', () => {
    expect(absent(diligentFile)).toEqual(['rumour']);
    const said = linesSaid(diligentFile);
    expect(said.some((l) => l.includes('archive'))).toBe(false);
    expect(said).toContain('My 2016 case note is there: the declared load of Genesis set against its meter.');
    const tally = diligentTally(diligentFile);
    expect(tally.LS1!.score).toBe(100);
    expect(tally.LS3!.score).toBe(100);
  });

  it('a finding missed earlier removes its document, puts hearsay in its place, says so, and lowers what can be earned', () => {
    expect(absent(missedSummer)).toEqual(['comparison']);
    const said = linesSaid(missedSummer);
    expect(said.some((l) => l.includes('all we have is a dispatcher\'s remark'))).toBe(true);
    expect(said.some((l) => l.includes('My 2016 case note'))).toBe(false);
    // The missing document cannot be linked, and the link it would have carried is lost.
    const atBoard = createGame(reckoning, 1, missedSummer);
    const started = { ...atBoard, stepIndex: 1 };
    const link: BoardAction = { type: 'board-link', from: 'comparison', relation: 'ran-on-the-word-of', to: 'instruction' };
    const refused = step(reckoning, started, link);
    expect(refused.state).toBe(started);
    expect(refused.events).toContainEqual(expect.objectContaining({ type: 'action-refused', reason: 'unknown-id' }));
    const full = diligentTally(diligentFile);
    const less = diligentTally(missedSummer);
    expect(less.LS1!.possible).toBe(full.LS1!.possible);
    expect(less.LS1!.earned).toBe(full.LS1!.earned - 8);
    expect(less.LS3!.earned).toBe(full.LS3!.earned);
  });

  it('reads the lawsuit\'s board record: a chain that did not hold loses the payouts, an offer not reported loses its note', () => {
    const lawsuit = levels.find((l) => l.id === 'the-lawsuit')!;
    const before = caseFileBefore((id) => (id === 'the-lawsuit' ? historicalOfficial : diligentInspector));
    // The historical official files nothing to anyone who could act and makes no chain.
    expect(caseFileHolds({ caseRecord: 'board', has: 'chain', value: 'broken', levels: [lawsuit.id] }, before)).toBe(true);
    expect(absent(before).sort()).toEqual(['offer-note', 'payouts', 'rumour']);
    const said = linesSaid(before);
    expect(said).toContain('Your 2019 money trail did not hold together, so the payouts are not in the file.');
    expect(said).toContain('No one put the 2019 offer on record, so nothing shows it was ever made.');
    expect(diligentTally(before).LS3!.earned).toBeLessThan(diligentTally(diligentFile).LS3!.earned);
  });

  it('after a path that found nothing, no chain can hold, and the commission still beats the drawer', () => {
    const nothing = caseFileBefore(() => historicalOfficial);
    expect(absent(nothing).sort()).toEqual(['comparison', 'hall', 'meter-2018', 'offer-note', 'payouts']);
    const fileTo = (recipientId: string) => {
      const state: GameState = { ...createGame(reckoning, 1, nothing), stepIndex: 1 };
      const filed = step(reckoning, state, { type: 'board-file', recipientId } as GameAction).state;
      return filed.scored.reduce((sum, d) => sum + d.points, 0);
    };
    expect(fileTo('investigator')).toBeGreaterThan(fileTo('drawer'));
    expect(fileTo('investigator')).toBeLessThan(0);
  });

  it('a card\'s "when" is audited like a scene line\'s: an unknown field is a content error naming the card', () => {
    const data = JSON.parse(readLevelText('reckoning.json')) as { steps: { cards?: { when?: unknown }[] }[] };
    data.steps[1]!.cards![1]!.when = { caseRecord: 'board', has: 'chian', value: 'holds' };
    const result = parseLevel('levels/reckoning.json', JSON.stringify(data));
    expect(result.ok).toBe(false);
    const messages = result.ok ? [] : result.problems.map(describeProblem);
    expect(messages.some((m) => m.startsWith('levels/reckoning.json: at steps[1].cards[1].when.has: expected one of chain, offer, filedTo'))).toBe(true);
  });
});

describe('the condition "played"', () => {
  it('holds once the case file holds anything a level left, and names only known levels where they are known', () => {
    expect(caseFileHolds({ played: 'blackout-summer' }, diligentFile)).toBe(true);
    expect(caseFileHolds({ played: 'blackout-summer' }, EMPTY_CASE_FILE)).toBe(false);
    expect(auditCondition({ played: 'blackout-sumer' }, 'when', { vocabulary: null, levelIds: levels.map((l) => l.id), gridConclusions: null })).toEqual([
      expect.objectContaining({ path: 'when.played', code: 'unknown-level', detail: '"blackout-sumer"' }),
    ]);
  });
});

describe('the campaign with Reckoning', () => {
  const campaign = loadCampaign(levels);
  const ending = (strategy: Strategy) => {
    const progress = playCampaign(campaign, levels, playCampaignWith(campaign, levels, strategy));
    expect(progress.problem).toBeNull();
    expect(progress.played.at(-1)!.level.id).toBe('reckoning');
    return chooseEnding(campaign, progress.played).id;
  };

  it('ends with Reckoning, and trimming the chain for the former deputy counts as going along', () => {
    expect(campaign.chapters.at(-1)!.level).toBe('reckoning');
    expect(ending(diligentInspector)).toBe('case-breaks-sooner');
    const trims: Strategy = {
      ...diligentInspector,
      board: (board, state) => (board.id === BOARD && state.board[board.id]!.offer === 'pending' ? { type: 'board-offer', response: 'accepted' } : diligentInspector.board(board, state)),
    };
    expect(ending(trims)).toBe('reported-with-a-stain');
  });
});
