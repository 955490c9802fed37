// A teacher-written level carried in a link's fragment (#level-file=...), never in the query, so
// it reaches no server. The level file's JSON is compressed with the browser's own
// CompressionStream('deflate-raw') and written as base64url behind a short header that lets the
// game tell a cut-short link from a damaged one:
//   L1.<payload characters>.<level file bytes>.<checksum>.<payload>
// Pure and small (no zod): the game's main module reads the fragment with it before the levels load.
// It also says which levels are the teacher's, so the screens can mark them and the save keep them apart.

import type { Level } from '../core/level';

/** The fragment's key: `#level-file=<code>`, or `#level-file=expected` when the level travels as a file beside the link. */
export const LEVEL_FRAGMENT_KEY = 'level-file';
export const LEVEL_EXPECTED = 'expected';
/** The longest assignment link the teacher page writes with the level inside (browsers, mail and chat keep links this long). */
export const MAX_LINK_CHARS = 8000;
/** A code longer than this is not one this game wrote (a link is at most MAX_LINK_CHARS). */
export const MAX_CODE_CHARS = 16_000;
/** The most a decoded level file may grow to (the largest shipped level is about 230 kB). */
export const MAX_LEVEL_BYTES = 1_000_000;

const VERSION = 'L1';

export type LevelLinkProblem = 'truncated' | 'corrupt' | 'too-long';

export class LevelLinkError extends Error {
  constructor(readonly why: LevelLinkProblem, message: string) {
    super(message);
    this.name = 'LevelLinkError';
  }
}

/** What the address's fragment says about a teacher's level. */
export type LevelFragment = { kind: 'code'; code: string } | { kind: 'expected' } | null;

export function readLevelFragment(hash: string): LevelFragment {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const value = params.get(LEVEL_FRAGMENT_KEY);
  if (value === null) return null;
  return value === LEVEL_EXPECTED ? { kind: 'expected' } : { kind: 'code', code: value };
}

/** The fragment for a link: the level inside, or word that a file is expected. */
export function levelFragment(code: string | null): string {
  return `${LEVEL_FRAGMENT_KEY}=${code ?? LEVEL_EXPECTED}`;
}

/** FNV-1a over the file's bytes: a damaged code that still inflates is caught here. */
function checksum(bytes: Uint8Array): string {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(36);
}

function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function through(bytes: Uint8Array, transform: TransformStream<Uint8Array, Uint8Array>, limit: number): Promise<Uint8Array> {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new LevelLinkError('too-long', `the level in the link is larger than ${limit} bytes once unpacked`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * A level file's text as a link code. The JSON is written without spaces and without its "$schema"
 * (an editor's aid), so the code is as short as the content allows; parsing it gives the same level.
 * Throws on text that is not JSON (the loader reports that better: validate first).
 */
export async function encodeLevelText(text: string): Promise<string> {
  const data = JSON.parse(text) as unknown;
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) delete (data as Record<string, unknown>)['$schema'];
  const bytes = new TextEncoder().encode(JSON.stringify(data));
  const packed = await through(bytes, new CompressionStream('deflate-raw') as TransformStream<Uint8Array, Uint8Array>, Number.MAX_SAFE_INTEGER);
  const payload = toBase64url(packed);
  return `${VERSION}.${payload.length}.${bytes.length}.${checksum(bytes)}.${payload}`;
}

/** The level file's text from a link code; a cut-short, damaged or oversized code throws a LevelLinkError saying which. */
export async function decodeLevelCode(code: string): Promise<string> {
  if (code.length > MAX_CODE_CHARS) throw new LevelLinkError('too-long', `the link's level code has ${code.length} characters; this game reads at most ${MAX_CODE_CHARS}`);
  const match = /^L1\.(\d{1,6})\.(\d{1,8})\.([0-9a-z]{1,7})\.([A-Za-z0-9_-]*)$/.exec(code);
  if (!match) {
    // A code cut inside its header is still the start of one.
    if (/^(L(1(\.\d*(\.\d*(\.[0-9a-z]*)?)?)?)?)?$/.test(code)) throw new LevelLinkError('truncated', 'the link ends inside the level code\'s header: it was cut short');
    throw new LevelLinkError('corrupt', 'the link\'s level code is not in the form this game writes (L1.<length>.<size>.<checksum>.<data>)');
  }
  const [, lengthText, sizeText, sum, payload] = match as unknown as [string, string, string, string, string];
  const size = Number(sizeText);
  if (size > MAX_LEVEL_BYTES) throw new LevelLinkError('too-long', `the level in the link would be ${size} bytes; this game reads at most ${MAX_LEVEL_BYTES}`);
  if (payload.length < Number(lengthText)) throw new LevelLinkError('truncated', `the link's level code has ${payload.length} of its ${lengthText} characters: it was cut short`);
  if (payload.length > Number(lengthText) || payload.length % 4 === 1) throw new LevelLinkError('corrupt', 'the link\'s level code has characters it should not have');
  let bytes: Uint8Array;
  try {
    bytes = await through(fromBase64url(payload), new DecompressionStream('deflate-raw') as TransformStream<Uint8Array, Uint8Array>, size);
  } catch (error) {
    if (error instanceof LevelLinkError) throw new LevelLinkError('corrupt', `the link's level code unpacks to more than the ${size} bytes it announces`);
    throw new LevelLinkError('corrupt', 'the link\'s level code does not unpack: it was changed on the way');
  }
  if (bytes.length !== size || checksum(bytes) !== sum) throw new LevelLinkError('corrupt', 'the level in the link does not match its checksum: it was changed on the way');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LevelLinkError('corrupt', 'the level in the link is not text');
  }
}

// The levels a teacher wrote (from a link or a file the student opened), as the loader made them.
const teacherLevels = new WeakSet<Level>();

export function markTeacherLevel(level: Level): Level {
  teacherLevels.add(level);
  return level;
}

export function isTeacherLevel(level: Level): boolean {
  return teacherLevels.has(level);
}

/** Where a level's best score is saved: a teacher's level under a key of its own, so it never overwrites a shipped level's record. */
export function saveRecordKey(level: Level): string {
  return isTeacherLevel(level) ? `teacher:${level.id}` : level.id;
}
