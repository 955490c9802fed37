// Fake SCORM 1.2 LMSs for the adapter's tests. `StrictLms` enforces what real LMSs enforce and
// scorm-again lets through: suspend_data over 4,096 characters refused (405), anything after
// LMSFinish refused (301), unknown elements (401), read-only and write-only elements (403, 404),
// values outside the vocabulary or format (405), interactions only in order (201). It can also
// lose its connection and get it back. `DeadLms` fails every call.

import type { Scorm12Api } from '../../src/platform/scorm';

const ERRORS: Record<string, string> = {
  '0': 'No error',
  '101': 'General exception',
  '201': 'Invalid argument error',
  '301': 'Not initialized',
  '401': 'Not implemented error',
  '403': 'Element is read only',
  '404': 'Element is write only',
  '405': 'Incorrect data type',
};

const decimal0to100 = (v: string): boolean => /^\d{1,3}(\.\d+)?$/.test(v) && Number(v) <= 100;
const identifier = (v: string): boolean => /^[A-Za-z0-9._-]{1,255}$/.test(v);
/** What each element accepts (a check of the value), and whether it can be read and written. */
const ELEMENTS: Record<string, { read: boolean; write: boolean; ok?: (v: string) => boolean }> = {
  'cmi.core.student_id': { read: true, write: false },
  'cmi.core.student_name': { read: true, write: false },
  'cmi.core.entry': { read: true, write: false },
  'cmi.core.credit': { read: true, write: false },
  'cmi.core.lesson_status': { read: true, write: true, ok: (v) => ['passed', 'completed', 'failed', 'incomplete', 'browsed'].includes(v) },
  'cmi.core.exit': { read: false, write: true, ok: (v) => ['time-out', 'suspend', 'logout', ''].includes(v) },
  'cmi.core.session_time': { read: false, write: true, ok: (v) => /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v) },
  'cmi.core.score.raw': { read: true, write: true, ok: decimal0to100 },
  'cmi.core.score.min': { read: true, write: true, ok: decimal0to100 },
  'cmi.core.score.max': { read: true, write: true, ok: decimal0to100 },
  'cmi.suspend_data': { read: true, write: true, ok: (v) => v.length <= 4096 },
  'cmi.student_data.mastery_score': { read: true, write: false },
  'cmi.interactions._count': { read: true, write: false },
};
const INTERACTION: Record<string, (v: string) => boolean> = {
  id: identifier,
  'objectives.0.id': identifier,
  type: (v) => ['true-false', 'choice', 'fill-in', 'matching', 'performance', 'sequencing', 'likert', 'numeric'].includes(v),
  student_response: (v) => v.length <= 255,
  result: (v) => ['correct', 'wrong', 'unanticipated', 'neutral'].includes(v) || /^-?\d+(\.\d+)?$/.test(v),
  weighting: (v) => /^-?\d+(\.\d+)?$/.test(v),
  time: (v) => /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v),
};

export class StrictLms implements Scorm12Api {
  readonly data = new Map<string, string>();
  readonly calls: string[] = [];
  /** What was committed, as of each LMSCommit that succeeded. */
  readonly commits: Map<string, string>[] = [];
  interactions = 0;
  state: 'new' | 'running' | 'finished' = 'new';
  /** While true, every call after LMSInitialize fails with 101 (the connection is lost). */
  lost = false;
  /** Elements this LMS does not keep (401), as some keep no interactions. */
  notKept: RegExp | null = null;
  private error = '0';

  constructor(initial: Record<string, string> = {}) {
    this.data.set('cmi.core.entry', 'ab-initio');
    this.data.set('cmi.core.lesson_status', 'not attempted');
    this.data.set('cmi.suspend_data', '');
    this.data.set('cmi.student_data.mastery_score', '');
    for (const [k, v] of Object.entries(initial)) this.data.set(k, v);
  }

  private answer(ok: boolean, code = '0'): string {
    this.error = ok ? '0' : code;
    return ok ? 'true' : 'false';
  }

  LMSInitialize(arg: ''): string {
    this.calls.push('LMSInitialize');
    if (arg !== '') return this.answer(false, '201');
    if (this.state !== 'new') return this.answer(false, '101');
    this.state = 'running';
    return this.answer(true);
  }

  LMSFinish(arg: ''): string {
    this.calls.push('LMSFinish');
    if (this.state !== 'running') return this.answer(false, '301');
    if (arg !== '') return this.answer(false, '201');
    this.state = 'finished';
    return this.answer(true);
  }

  LMSCommit(arg: ''): string {
    this.calls.push('LMSCommit');
    if (this.state !== 'running') return this.answer(false, '301');
    if (this.lost) return this.answer(false, '101');
    if (arg !== '') return this.answer(false, '201');
    this.commits.push(new Map(this.data));
    return this.answer(true);
  }

  LMSGetValue(element: string): string {
    this.calls.push(`get ${element}`);
    if (this.state !== 'running') return (this.answer(false, '301'), '');
    if (this.lost) return (this.answer(false, '101'), '');
    if (element === 'cmi.interactions._count') return (this.answer(true), String(this.interactions));
    const known = ELEMENTS[element];
    if (!known) return (this.answer(false, element.startsWith('cmi.interactions.') ? '404' : '401'), '');
    if (!known.read) return (this.answer(false, '404'), '');
    this.answer(true);
    return this.data.get(element) ?? '';
  }

  LMSSetValue(element: string, value: string): string {
    this.calls.push(`set ${element}=${value}`);
    if (this.state !== 'running') return this.answer(false, '301');
    if (this.lost) return this.answer(false, '101');
    if (typeof value !== 'string') return this.answer(false, '405');
    if (this.notKept?.test(element)) return this.answer(false, '401');
    const interaction = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (interaction) {
      const n = Number(interaction[1]);
      const check = INTERACTION[interaction[2]!];
      if (!check) return this.answer(false, '401');
      if (n > this.interactions) return this.answer(false, '201');
      if (n === this.interactions && interaction[2] !== 'id') return this.answer(false, '201');
      if (!check(value)) return this.answer(false, '405');
      if (n === this.interactions) this.interactions++;
      this.data.set(element, value);
      return this.answer(true);
    }
    const known = ELEMENTS[element];
    if (!known) return this.answer(false, '401');
    if (!known.write) return this.answer(false, '403');
    if (known.ok && !known.ok(value)) return this.answer(false, '405');
    this.data.set(element, value);
    return this.answer(true);
  }

  LMSGetLastError(): string {
    return this.error;
  }

  LMSGetErrorString(code: string): string {
    return ERRORS[code] ?? 'Unknown error';
  }

  count(name: string): number {
    return this.calls.filter((c) => c === name).length;
  }
}

/** An LMS that fails every call: each answers 'false' (or '') with a general exception, or throws. */
export class DeadLms implements Scorm12Api {
  calls = 0;
  constructor(private readonly throws = false) {}
  private fail<T>(value: T): T {
    this.calls++;
    if (this.throws) throw new Error('the LMS frame is gone');
    return value;
  }
  LMSInitialize(): string {
    return this.fail('false');
  }
  LMSFinish(): string {
    return this.fail('false');
  }
  LMSCommit(): string {
    return this.fail('false');
  }
  LMSGetValue(): string {
    return this.fail('');
  }
  LMSSetValue(): string {
    return this.fail('false');
  }
  LMSGetLastError(): string {
    return this.fail('101');
  }
  LMSGetErrorString(): string {
    return this.fail('General exception');
  }
}
