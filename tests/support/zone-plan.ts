// The zone-plan fixture: a short level of its own (tests/fixtures/levels/zone-plan.json: an opening
// scene) around the plan step of the Reckoning chapter (levels/reckoning.json), so the plan's tests
// run on the shipped step without the board before it, and the step's content lives in one place.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLevel, describeProblem } from '../../src/content/load-level';
import type { Level, PlanStep } from '../../src/core';

export const ZONE_PLAN_FILE = join(process.cwd(), 'tests/fixtures/levels/zone-plan.json');

export function zonePlanText(): string {
  const shell = JSON.parse(readFileSync(ZONE_PLAN_FILE, 'utf8')) as { steps: unknown[] };
  const reckoning = JSON.parse(readFileSync(join(process.cwd(), 'levels/reckoning.json'), 'utf8')) as { steps: { kind: string }[] };
  return JSON.stringify({ ...shell, steps: [...shell.steps, reckoning.steps.find((s) => s.kind === 'plan')] }, null, 2);
}

export function zonePlanLevel(text = zonePlanText()): Level {
  const result = parseLevel('tests/fixtures/levels/zone-plan.json', text);
  if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'));
  return result.level;
}

export const planStepOf = (level: Level): PlanStep => level.steps.find((s): s is PlanStep => s.kind === 'plan')!;
