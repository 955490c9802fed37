// For level authors: `npx tsx scripts/check-desk-level.ts levels/<file>.json` loads the level
// (every content check, the desk audit included), lists every contradiction between two fields'
// claims and how the desk answers it, then plays each desk three ways and prints the lesson
// scores: the perfect player must beat approving everything and rejecting everything.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describeProblem, parseLevel } from '../src/content/load-level';
import { contradictionsOf, overallScore, tallyLessons, type Level } from '../src/core';
import { approveEverything, deskAction, perfectDesk, rejectEverything, type DeskPolicy } from '../src/playtest/desk-players';
import { diligentInspector, playThrough } from '../src/playtest/players';

const file = process.argv[2];
if (!file) throw new Error('usage: npx tsx scripts/check-desk-level.ts levels/<file>.json');
const result = parseLevel(`levels/${basename(file)}`, readFileSync(file, 'utf8'));
if (!result.ok) {
  console.log(result.problems.map(describeProblem).join('\n'));
  process.exit(1);
}
const level: Level = result.level;
console.log(`${level.id}: loads cleanly`);
for (const desk of level.steps.filter((s) => s.kind === 'desk')) {
  for (const application of desk.applications) {
    for (const c of contradictionsOf(desk, application)) {
      console.log(`  contradiction ${application.id}: ${c.a} x ${c.b} -> ${c.found ? `finds ${c.found}` : c.explainedBy ? `explained by ${c.explainedBy}` : 'UNANSWERED'}`);
    }
  }
}

const policies: [string, DeskPolicy][] = [['perfect', perfectDesk], ['approve everything', approveEverything], ['reject everything', rejectEverything]];
for (const [name, policy] of policies) {
  const { state } = playThrough(level, 1, { ...diligentInspector, desk: (step, game) => deskAction(policy, step, game) });
  const tally = tallyLessons(level, state);
  const lessons = Object.entries(tally).map(([l, t]) => `${l} ${t.score ?? '-'} (${t.earned}/${t.possible})`).join('  ');
  console.log(`${name.padEnd(20)} overall ${String(overallScore(tally)).padStart(3)}  ${lessons}  finished=${state.finished}`);
  for (const desk of level.steps.filter((s) => s.kind === 'desk')) {
    const d = state.desk[desk.id]!;
    const missed = desk.applications.flatMap((a) => a.truth.discrepancies.filter((p) => !d.applications[a.id]!.found.includes(p.id)).map((p) => `${a.id}/${p.id}`));
    const verdicts = desk.applications.map((a) => `${a.id}=${d.applications[a.id]!.decision?.key ?? 'none'}`).join(' ');
    console.log(`  ${desk.id}: ${verdicts}${missed.length ? `  MISSED ${missed.join(', ')}` : ''}`);
  }
}
