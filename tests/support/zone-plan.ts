// The zone-plan fixture (tests/fixtures/levels/zone-plan.json): a complete level with one plan
// step, kept out of levels/ until the lead moves the step into the Reckoning chapter.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLevel, describeProblem } from '../../src/content/load-level';
import type { Level, PlanStep } from '../../src/core';

export const ZONE_PLAN_FILE = join(process.cwd(), 'tests/fixtures/levels/zone-plan.json');

export function zonePlanText(): string {
  return readFileSync(ZONE_PLAN_FILE, 'utf8');
}

export function zonePlanLevel(text = zonePlanText()): Level {
  const result = parseLevel('tests/fixtures/levels/zone-plan.json', text);
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.level;
}

export const planStepOf = (level: Level): PlanStep => level.steps.find((s): s is PlanStep => s.kind === 'plan')!;
