// A problem found in a level file, and how it is said to the author. Kept apart from the schema
// so the level list can show problems without loading zod on the way to the title screen.

export interface LevelProblem {
  file: string;
  path: string;
  expected: string;
  found: string;
  fix: string;
}

export function describeProblem(p: LevelProblem): string {
  return `${p.file}: at ${p.path}: expected ${p.expected}, found ${p.found}. Fix: ${p.fix}`;
}
