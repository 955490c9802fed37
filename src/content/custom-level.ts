// Levels a teacher wrote: read with the game's own loader (parseLevel), so the teacher page and the
// game report the same problems, and refused when they take the id of a level the game ships
// (a teacher's level must never stand in for, or be scored as, the game's own).

import type { Level } from '../core/level';
import type { Catalogue } from './catalogue';
import type { LevelProblem } from './level-problem';
import { markTeacherLevel } from './level-link';
import { parseLevel } from './load-level';
import type { NamesMode } from './real-people';

export type TeacherLevelResult = { ok: true; level: Level } | { ok: false; problems: LevelProblem[] };

/** One teacher's level file: the loader's problems, or the shipped id it must not take, or the level (marked as the teacher's). */
export function readTeacherLevel(file: string, text: string, shipped: readonly Level[], names: NamesMode = 'names'): TeacherLevelResult {
  const result = parseLevel(file, text, names);
  if (!result.ok) return result;
  const taken = shipped.find((l) => l.id === result.level.id);
  if (taken) {
    return {
      ok: false,
      problems: [
        {
          file,
          path: 'id',
          expected: 'an id that no level of the game uses',
          found: `"${taken.id}", the id of the game's level "${taken.title.en}"`,
          fix: `give your level an id of its own (lower-case letters, digits and hyphens), e.g. "my-${taken.id}"`,
        },
      ],
    };
  }
  return { ok: true, level: markTeacherLevel(result.level) };
}

/** The catalogue with the teacher's levels after the game's own; a later file with the same id replaces an earlier one. */
export function withTeacherLevels(catalogue: Catalogue, files: readonly { file: string; text: string }[], names: NamesMode = 'names'): Catalogue {
  const added: Level[] = [];
  const problems: LevelProblem[] = [];
  for (const { file, text } of files) {
    const read = readTeacherLevel(file, text, catalogue.levels, names);
    if (!read.ok) problems.push(...read.problems);
    else added.splice(0, added.length, ...added.filter((l) => l.id !== read.level.id), read.level);
  }
  return { ...catalogue, levels: [...catalogue.levels, ...added], problems: [...catalogue.problems, ...problems] };
}
