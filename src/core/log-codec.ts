// A compact text form of a decision log, small enough that a whole campaign fits what an LMS
// keeps for a learner (SCORM 1.2 suspend_data: 4,096 characters) and printable ASCII only.
//
// Most actions are written as their index in `legalActions` at that point of the play, so decoding
// replays the level; an action that differs from a listed one only in its numbers (a cap at 14 MW)
// is that listed action plus the numbers; anything else is its JSON. The level, the versions, the
// seed, the number of actions and a checksum travel with the text, so a truncated, altered or
// foreign log is refused with a reason instead of replaying as something else.
//
//   MD2.<level id>.<level version>.<rules version>.<seed>.<actions>.<body>.<case file JSON>.<checksum>

import { DECISION_LOG_FORMAT, logMismatch, type DecisionLog } from './decision-log';
import type { Level } from './level';
import { createGame, legalActions, step } from './rules';
import { RULES_VERSION, type CaseFile, type GameAction, type GameState } from './state';

const MAGIC = `MD${DECISION_LOG_FORMAT}`;
// Varint digits: the first 32 end a number, the last 32 go on (little end first).
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_';
const VARIANT = '*';
const LITERAL = '!';

export type LogDecodeReason = 'damaged' | 'foreign' | 'version' | 'does-not-replay';

export class LogDecodeError extends Error {
  constructor(
    readonly reason: LogDecodeReason,
    message: string,
  ) {
    super(message);
  }
}

function varint(n: number): string {
  let out = '';
  let rest = n;
  while (rest >= 32) {
    out += DIGITS[32 + (rest % 32)];
    rest = Math.floor(rest / 32);
  }
  return out + DIGITS[rest];
}

class Reader {
  at = 0;
  constructor(private readonly text: string) {}
  get done(): boolean {
    return this.at >= this.text.length;
  }
  peek(): string {
    return this.text[this.at] ?? '';
  }
  varint(): number {
    let n = 0;
    let scale = 1;
    for (;;) {
      const digit = DIGITS.indexOf(this.text[this.at++] ?? '');
      if (digit < 0) throw new LogDecodeError('damaged', `the decision log is damaged: an unreadable character at ${this.at - 1} of its actions`);
      if (digit < 32) return n + digit * scale;
      n += (digit - 32) * scale;
      scale *= 32;
      if (scale > 2 ** 48) throw new LogDecodeError('damaged', 'the decision log is damaged: a number runs on');
    }
  }
  take(length: number): string {
    const part = this.text.slice(this.at, this.at + length);
    if (part.length !== length) throw new LogDecodeError('damaged', 'the decision log is damaged: it ends inside an action');
    this.at += length;
    return part;
  }
}

/** JSON with sorted keys and only printable ASCII, so equal actions compare equal as text. */
function canonical(value: unknown): string {
  const sorted = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sorted) : typeof v === 'object' && v !== null ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sorted(value)).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The action with every number replaced by 0: the shape a variant shares with its listed action. */
function withoutNumbers(action: unknown): string {
  return canonical(JSON.parse(JSON.stringify(action), (_k, v: unknown) => (typeof v === 'number' ? 0 : v)));
}

function numbersOf(action: unknown): number[] {
  const found: number[] = [];
  JSON.parse(canonical(action), (_k, v: unknown) => {
    if (typeof v === 'number') found.push(v);
    return v;
  });
  return found;
}

function withNumbers(template: GameAction, numbers: number[]): GameAction {
  let i = 0;
  return JSON.parse(canonical(template), (_k, v: unknown) => (typeof v === 'number' ? numbers[i++] : v)) as GameAction;
}

/** Whole numbers, as zigzag varints; a number with a fraction makes the action a literal. */
const zigzag = (n: number): number => (n >= 0 ? 2 * n : -2 * n - 1);
const unzigzag = (n: number): number => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return hash.toString(36).padStart(7, '0');
}

const escapeId = (id: string): string => encodeURIComponent(id).replace(/\./g, '%2E');

/** One action's code, given the state it was taken in (a play in progress encodes as it goes). */
export function encodeAction(level: Level, before: GameState, action: GameAction): string {
  const legal = legalActions(level, before);
  const wanted = canonical(action);
  const index = legal.findIndex((a) => canonical(a) === wanted);
  if (index >= 0) return varint(index);
  const numbers = numbersOf(action);
  const shape = withoutNumbers(action);
  const template = numbers.every(Number.isInteger) ? legal.findIndex((a) => withoutNumbers(a) === shape) : -1;
  if (template >= 0) return VARIANT + varint(template) + numbers.map((n) => varint(zigzag(n))).join('');
  // The body never holds a dot: dots separate the parts of the text.
  const literal = wanted.replace(/%/g, '%25').replace(/\./g, '%2E');
  return LITERAL + varint(literal.length) + literal;
}

/** The whole text of a log from its header and the codes of its actions, in order. */
export function sealLog(log: Omit<DecisionLog, 'actions' | 'format'>, count: number, body: string): string {
  const caseFile = log.caseFile.entries.length > 0 ? canonical(log.caseFile) : '';
  const text = [MAGIC, escapeId(log.levelId), log.levelVersion, log.rulesVersion, log.seed >>> 0, count].map(String).join('.') + `.${body}.${caseFile}`;
  return `${text}.${checksum(text)}`;
}

export function encodeLog(level: Level, log: DecisionLog): string {
  const mismatch = logMismatch(level, log);
  if (mismatch) throw new LogDecodeError(log.levelId !== level.id ? 'foreign' : 'version', mismatch);
  let state = createGame(level, log.seed, log.caseFile);
  let body = '';
  log.actions.forEach((action, i) => {
    body += encodeAction(level, state, action);
    const result = step(level, state, action);
    if (result.events.some((e) => e.type === 'action-refused')) throw new LogDecodeError('does-not-replay', `action ${i + 1} of the log is refused on replay`);
    state = result.state;
  });
  return sealLog(log, log.actions.length, body);
}

export function decodeLog(level: Level, text: string): DecisionLog {
  if (typeof text !== 'string' || !text.startsWith(`${MAGIC}.`)) {
    throw new LogDecodeError('damaged', `this is not a decision log of this game (it should begin with "${MAGIC}.")`);
  }
  const last = text.lastIndexOf('.');
  const signed = text.slice(0, last);
  if (checksum(signed) !== text.slice(last + 1)) throw new LogDecodeError('damaged', 'the decision log is damaged: its checksum does not match (cut short or changed)');
  const parts = signed.split('.');
  if (parts.length < 8) throw new LogDecodeError('damaged', 'the decision log is damaged: parts are missing');
  const [, idPart, versionPart, rulesPart, seedPart, countPart, body] = parts as [string, string, string, string, string, string, string];
  const caseText = parts.slice(7).join('.');
  const numbers = [versionPart, rulesPart, seedPart, countPart].map(Number);
  if (numbers.some((n) => !Number.isInteger(n) || n < 0)) throw new LogDecodeError('damaged', 'the decision log is damaged: a number in its header is not a whole number');
  const [levelVersion, rulesVersion, seed, count] = numbers as [number, number, number, number];
  const levelId = decodeURIComponent(idPart);
  const header = { levelId, levelVersion, rulesVersion };
  const mismatch = logMismatch(level, header);
  if (mismatch) throw new LogDecodeError(levelId !== level.id ? 'foreign' : 'version', mismatch);

  let caseFile: CaseFile = { entries: [] };
  if (caseText !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(caseText);
    } catch {
      throw new LogDecodeError('damaged', 'the decision log is damaged: its case file is not readable');
    }
    if (typeof parsed !== 'object' || parsed === null || !Array.isArray((parsed as CaseFile).entries)) throw new LogDecodeError('damaged', 'the decision log is damaged: its case file is not one');
    caseFile = parsed as CaseFile;
  }

  const actions: GameAction[] = [];
  let state = createGame(level, seed, caseFile);
  const reader = new Reader(body);
  while (!reader.done) {
    const n = actions.length + 1;
    const legal = legalActions(level, state);
    let action: GameAction | undefined;
    if (reader.peek() === LITERAL) {
      reader.take(1);
      const json = reader.take(reader.varint()).replace(/%(25|2E)/g, (_m, code: string) => (code === '25' ? '%' : '.'));
      try {
        action = JSON.parse(json) as GameAction;
      } catch {
        throw new LogDecodeError('damaged', `the decision log is damaged: action ${n} is not readable`);
      }
    } else if (reader.peek() === VARIANT) {
      reader.take(1);
      const template = legal[reader.varint()];
      if (!template) throw new LogDecodeError('does-not-replay', `action ${n} of the decision log names a choice the game does not offer there`);
      const values = numbersOf(template).map(() => unzigzag(reader.varint()));
      action = withNumbers(template, values);
    } else {
      action = legal[reader.varint()];
      if (!action) throw new LogDecodeError('does-not-replay', `action ${n} of the decision log names a choice the game does not offer there`);
    }
    const result = step(level, state, action);
    const refused = result.events.find((e) => e.type === 'action-refused');
    if (refused?.type === 'action-refused') throw new LogDecodeError('does-not-replay', `action ${n} of the decision log is refused on replay (${refused.reason})`);
    state = result.state;
    actions.push(action);
  }
  if (actions.length !== count) throw new LogDecodeError('damaged', `the decision log is damaged: it says ${count} actions but holds ${actions.length}`);
  return { format: DECISION_LOG_FORMAT, rulesVersion: RULES_VERSION, levelId, levelVersion, seed, caseFile, actions };
}

/**
 * The log without its case-file part, the checksum kept. A campaign chapter's case file is what
 * the chapters before it left, so a campaign's store (an LMS's suspend_data) can leave it out and
 * `withCaseFile` puts it back; the checksum then proves the rebuilt text is the one written.
 */
export function withoutCaseFile(text: string): string {
  const parts = text.split('.');
  if (parts.length < 9) return text;
  return `${parts.slice(0, 7).join('.')}..${parts[parts.length - 1]}`;
}

/** A log written by `withoutCaseFile` with the case file it began with put back (unchanged when it has one). */
export function withCaseFile(text: string, caseFile: CaseFile): string {
  const parts = text.split('.');
  if (parts.length !== 9 || parts[7] !== '' || caseFile.entries.length === 0) return text;
  return `${parts.slice(0, 7).join('.')}.${canonical(caseFile)}.${parts[8]}`;
}
