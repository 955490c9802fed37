// npm run results -- <result files...>: re-scores each student's result file by replaying its
// decision logs in the core and prints CSV, one row per file, with a `verified` column: `yes`, or
// `no: <reason>` (scores or decisions changed, cut short, another version of a level). A campaign's
// file is replayed chapter by chapter, each with the case file the ones before it left.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { CAMPAIGN_FILE, parseCampaign } from '../src/content/campaign';
import { describeProblem } from '../src/content/level-problem';
import { resultsCsv, verifyResultText, type FileVerdict } from '../src/content/results';
import type { Campaign, Level } from '../src/core';
import { shippedLevels } from './careless-play';

/** The shipped campaign, checked as the game checks it. */
export function shippedCampaign(levels: readonly Level[]): Campaign {
  const result = parseCampaign(readFileSync(CAMPAIGN_FILE, 'utf8'), levels);
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.campaign;
}

if (/(^|[/\\])results\.ts$/.test(process.argv[1] ?? '')) {
  const files = process.argv.slice(2);
  if (files.length === 0) {
    console.error('usage: npm run results -- <result file> [more files...]');
    process.exit(2);
  }
  const levels = shippedLevels();
  const campaign = shippedCampaign(levels);
  const rows = files.map((file) => {
    let verdict: FileVerdict;
    try {
      verdict = verifyResultText(levels, readFileSync(file, 'utf8'), campaign);
    } catch (error) {
      verdict = { readable: false, why: 'not-json', reason: `cannot read the file (${error instanceof Error ? error.message : String(error)})` };
    }
    return { name: basename(file), verdict };
  });
  console.log(resultsCsv(rows));
}
