import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseReference } from '../../src/content/reference';
import type { Reference } from '../../src/content/reference-model';
import { LEVELS_DIR } from './levels';

/** The shipped glossary and article notes, as the game loads them beside the levels. */
export function shippedReference(): Reference {
  const result = parseReference(readFileSync(join(LEVELS_DIR, 'reference/glossary.json'), 'utf8'), readFileSync(join(LEVELS_DIR, 'reference/article-notes.json'), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.reference;
}
