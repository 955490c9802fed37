// All level files, validated. A broken file is reported with its problems and left out; the
// other levels still load.

import type { Level } from '../core/level';
import { buildCampaign, loadShippedCampaignText, type LoadedCampaign } from './campaign';
import type { LevelProblem } from './level-problem';
import { parseLevel } from './load-level';
import type { NamesMode } from './real-people';
import { loadShippedReference } from './reference';
import type { Reference } from './reference-model';

export interface Catalogue {
  levels: Level[];
  problems: LevelProblem[];
  /** The glossary and the article notes; null when either file is broken (its problems are listed). */
  reference: Reference | null;
  /** The campaign and the chapters there are levels for; null when its file is broken (its problems are listed). */
  campaign: LoadedCampaign | null;
}

/** Builds the catalogue from file texts keyed by file name (tests pass their own). */
export function buildCatalogue(files: Record<string, string>, names: NamesMode = 'names'): Catalogue {
  const levels: Level[] = [];
  const problems: LevelProblem[] = [];
  for (const [file, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const result = parseLevel(file, text, names);
    if (result.ok) levels.push(result.level);
    else problems.push(...result.problems);
  }
  const seen = new Set<string>();
  for (const level of levels) {
    if (seen.has(level.id)) {
      problems.push({ file: `levels/*.json`, path: 'id', expected: 'each level id used by one file', found: `"${level.id}" twice`, fix: 'rename one of the levels' });
    }
    seen.add(level.id);
  }
  return { levels: levels.sort((a, b) => a.order - b.order), problems, reference: null, campaign: null };
}

/** The shipped levels, fetched as separate chunks so the title screen does not wait for them. */
export async function loadShippedCatalogue(names: NamesMode = 'names'): Promise<Catalogue> {
  const modules = import.meta.glob<string>(['../../levels/*.json', '!../../levels/level.schema.json'], { query: '?raw', import: 'default' });
  const entries = await Promise.all(
    Object.entries(modules).map(async ([path, load]) => [`levels/${path.split('/').pop()}`, await load()] as const),
  );
  const catalogue = buildCatalogue(Object.fromEntries(entries), names);
  // A broken reference or campaign file costs the reader or the campaign, never the levels.
  const [reference, campaignText] = await Promise.all([loadShippedReference(names), loadShippedCampaignText()]);
  const campaign = buildCampaign(campaignText, catalogue.levels, names);
  const problems = [...catalogue.problems, ...(reference.ok ? [] : reference.problems), ...campaign.problems];
  return { ...catalogue, problems, reference: reference.ok ? reference.reference : null, campaign: campaign.campaign };
}
