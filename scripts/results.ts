// npm run results -- <result files...>: re-scores each student's result file by replaying its
// decision logs in the core and prints CSV, one row per file, with a `verified` column: `yes`, or
// `no: <reason>` (scores or decisions changed, cut short, another version of a level).
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { resultsCsv, verifyResultText, type FileVerdict } from '../src/content/results';
import { shippedLevels } from './careless-play';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run results -- <result file> [more files...]');
  process.exit(2);
}
const levels = shippedLevels();
const rows = files.map((file) => {
  let verdict: FileVerdict;
  try {
    verdict = verifyResultText(levels, readFileSync(file, 'utf8'));
  } catch (error) {
    verdict = { readable: false, why: 'not-json', reason: `cannot read the file (${error instanceof Error ? error.message : String(error)})` };
  }
  return { name: basename(file), verdict };
});
console.log(resultsCsv(rows));
