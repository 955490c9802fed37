// SCORM 1.2 packages (scripts/build-scorm.ts): the imsmanifest.xml an LMS reads, and which files of
// the build the game needs. Pure: text in, text out; the script reads dist/ and writes the zips.
// One package = one organization, one item, one SCO (the game's index.html with its launch
// parameters); the manifest lists every file of the package so an LMS can import it whole.

/** The SCORM 1.2 schema files an LMS (and the ADL test suite) expects beside imsmanifest.xml. */
export const SCORM12_SCHEMA_FILES = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'] as const;

export const MANIFEST_FILE = 'imsmanifest.xml';

/** The name every package and its identifiers start with. */
export const PACKAGE_PREFIX = 'the-mining-dream';

/** What one package launches: one level (as an assignment link's ?level=) or the whole campaign. */
export type ScormTarget = { kind: 'level'; levelId: string } | { kind: 'campaign' };

export interface ScormPackageSpec {
  target: ScormTarget;
  /** The English title the LMS shows (the game's name and the level's or campaign's title). */
  title: string;
  /** Every file of the package but the manifest and the schemas, relative to its root ('/' between folders). */
  files: readonly string[];
  /** adlcp:masteryscore (0-100): the LMS compares it with cmi.core.score.raw; none when not given. */
  masteryScore?: number | null;
  /** The game's version (package.json), written as the manifest's version. */
  version?: string;
}

const LEVEL_ID = /^[a-z0-9-]{1,60}$/;

/** The package's name without .zip: the-mining-dream-<level id> or the-mining-dream-campaign. */
export function scormPackageName(target: ScormTarget): string {
  return `${PACKAGE_PREFIX}-${target.kind === 'campaign' ? 'campaign' : target.levelId}`;
}

/**
 * The SCO's launch address: the page with the parameters platform/url.ts reads (?level= or
 * ?assign=campaign) and lms=scorm, which tells the game an LMS is its host. An LMS administrator
 * may add &lang=ja or &names=roles to this href in the manifest (see README).
 */
export function scormLaunchHref(target: ScormTarget): string {
  if (target.kind === 'level' && !LEVEL_ID.test(target.levelId)) {
    throw new Error(`SCORM package: level id "${target.levelId}" is not a valid level id (lower-case letters, digits and "-", at most 60)`);
  }
  return target.kind === 'campaign' ? 'index.html?assign=campaign&lms=scorm' : `index.html?level=${target.levelId}&lms=scorm`;
}

/** Characters XML 1.0 does not allow at all (control characters but tab, newline, carriage return). */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** A package path as a URL reference: each folder and name percent-encoded, '/' kept. */
function fileHref(path: string): string {
  if (path === '' || path.startsWith('/') || path.includes('\\') || path.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    throw new Error(`SCORM package: file "${path}" must be a plain relative path inside the package (no leading "/", "\\", "." or "..")`);
  }
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The imsmanifest.xml of one package (SCORM 1.2: IMS CP 1.1.2 with ADL's adlcp extensions). */
export function scormManifest(spec: ScormPackageSpec): string {
  const name = scormPackageName(spec.target);
  const launch = scormLaunchHref(spec.target);
  const launchFile = launch.split('?')[0] ?? launch;
  const files = [...new Set(spec.files)].sort();
  if (!files.includes(launchFile)) throw new Error(`SCORM package ${name}: the launch file ${launchFile} is not among its files`);
  const forbidden = files.filter((file) => file === MANIFEST_FILE || (SCORM12_SCHEMA_FILES as readonly string[]).includes(file));
  if (forbidden.length > 0) throw new Error(`SCORM package ${name}: ${forbidden.join(', ')} are written by the packager, not listed as the game's files`);
  const mastery = spec.masteryScore ?? null;
  if (mastery !== null && !(Number.isInteger(mastery) && mastery >= 0 && mastery <= 100)) {
    throw new Error(`SCORM package ${name}: mastery score ${mastery} must be a whole number from 0 to 100`);
  }
  const title = escapeXml(spec.title.trim());
  if (title === '') throw new Error(`SCORM package ${name}: the title is empty`);
  const version = spec.version ? ` version="${escapeXml(spec.version)}"` : '';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${name}"${version}`,
    '  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"',
    '  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"',
    '  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">',
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    '  </metadata>',
    `  <organizations default="${name}-org">`,
    `    <organization identifier="${name}-org">`,
    `      <title>${title}</title>`,
    `      <item identifier="${name}-item" identifierref="${name}-sco" isvisible="true">`,
    `        <title>${title}</title>`,
    ...(mastery !== null ? [`        <adlcp:masteryscore>${mastery}</adlcp:masteryscore>`] : []),
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${name}-sco" type="webcontent" adlcp:scormtype="sco" href="${escapeXml(launch)}">`,
    ...files.map((file) => `      <file href="${escapeXml(fileHref(file))}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}

/**
 * Never in a package: the service worker and its Workbox runtime (a worker inside an LMS's frame
 * would cache the LMS's pages and outlive the course) and the teacher page.
 */
export const NOT_IN_PACKAGE = /^(sw\.js|workbox-[\w-]+\.js|teacher\.html)$/;

/** Files whose text may name other files of the build (the rest, art and sound, name none). */
const TEXT_FILE = /\.(html|js|mjs|css|json|svg)$/i;

/**
 * The files a page needs: the entry and, file by file, every file of the build whose name appears
 * in the text of one already needed (Vite's hashed names are unique, so a name in a page, a chunk
 * or a style sheet is a reference to it). `texts` holds every file of the build, with its text for
 * html, js, css, json and svg, and null for the rest. The service worker, its runtime and the teacher
 * page are never taken (NOT_IN_PACKAGE); the chunks only the teacher page uses are left out because
 * the game never names them.
 */
export function filesNeededBy(entry: string, texts: ReadonlyMap<string, string | null>): string[] {
  if (!texts.has(entry)) throw new Error(`SCORM package: the entry ${entry} is not in the build`);
  const byName = new Map<string, string[]>();
  for (const path of texts.keys()) {
    if (NOT_IN_PACKAGE.test(path)) continue;
    const base = path.split('/').pop() ?? path;
    byName.set(base, [...(byName.get(base) ?? []), path]);
  }
  const needed = new Set<string>([entry]);
  const queue = [entry];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const text = TEXT_FILE.test(path) ? texts.get(path) : null;
    if (!text) continue;
    for (const [base, paths] of byName) {
      if (!text.includes(base)) continue;
      for (const other of paths) {
        if (needed.has(other)) continue;
        needed.add(other);
        queue.push(other);
      }
    }
  }
  return [...needed].sort();
}
