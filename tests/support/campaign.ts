import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCampaign } from '../../src/content/campaign';
import { describeProblem } from '../../src/content/level-problem';
import { caseFileAfter, encodeLog, EMPTY_CASE_FILE, playableChapters, startLog, type Campaign, type CaseFile, type Level } from '../../src/core';
import { playThrough, type Strategy } from '../../src/playtest/players';
import { LEVELS_DIR } from './levels';

export const CAMPAIGN_TEXT = (): string => readFileSync(join(LEVELS_DIR, 'campaign/campaign.json'), 'utf8');

export function loadCampaign(levels: readonly Level[]): Campaign {
  const result = parseCampaign(CAMPAIGN_TEXT(), levels);
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.campaign;
}

/** Plays every chapter in order with one strategy, each with the case file the one before left: the encoded logs. */
export function playCampaignWith(campaign: Campaign, levels: readonly Level[], strategy: Strategy, seed = 3): string[] {
  let caseFile: CaseFile = EMPTY_CASE_FILE;
  return playableChapters(campaign, levels).chapters.map(({ level }) => {
    const { state, actions } = playThrough(level, seed, strategy, caseFile);
    const text = encodeLog(level, { ...startLog(level, seed, caseFile), actions });
    caseFile = caseFileAfter(level, state);
    return text;
  });
}
