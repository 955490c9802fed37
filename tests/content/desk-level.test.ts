// A teacher writes applications as data; a malformed one must be refused with the file, the JSON
// path and a fix, and the rest of the catalogue must still load.
import { describe, expect, it } from 'vitest';
import { buildCatalogue } from '../../src/content/catalogue';
import { describeProblem, parseLevel } from '../../src/content/load-level';
import type { DeskStep } from '../../src/core';
import { deskLevel } from '../support/desk-fixture';

const FILE = 'levels/my-desk.json';
const messagesFor = (change: (desk: DeskStep) => void): string[] => {
  const level = structuredClone(deskLevel());
  change(level.steps[0] as DeskStep);
  const result = parseLevel(FILE, JSON.stringify(level));
  return result.ok ? [] : result.problems.map(describeProblem);
};

describe('desk applications in a level file', () => {
  it('the fixture desk loads as a level file', () => {
    expect(messagesFor(() => {})).toEqual([]);
  });

  it('an amount written as text instead of a number is refused at its path', () => {
    const messages = messagesFor((desk) => ((desk.applications[0]!.documents[0]!.fields[0] as unknown as { number: unknown }).number = '100 million'));
    expect(messages).toEqual(['levels/my-desk.json: at steps[0].applications[0].documents[0].fields[0].number: expected a number, found "100 million". Fix: make it a number']);
  });

  it('a document of an unknown kind is refused with the kinds it may be', () => {
    const [message] = messagesFor((desk) => ((desk.applications[1]!.documents[0] as unknown as { kind: unknown }).kind = 'invoice'));
    expect(message).toMatch(/^levels\/my-desk\.json: at steps\[0\]\.applications\[1\]\.documents\[0\]\.kind: expected one of .*"budget".*found "invoice"/);
  });

  it('a "legitimate" application that breaks a rule is refused, naming the rule and how to fix it', () => {
    const messages = messagesFor((desk) => {
      const hospital = desk.applications[1]!;
      hospital.documents.find((d) => d.id === 'subsidy')!.fields[0]!.number = 12_000_000;
    });
    expect(messages).toContain(
      'levels/my-desk.json: at steps[0].applications[1]: expected truth that agrees with the rules, found marked legitimate but breaks subsidy-cap. Fix: change the field values so no rule is broken, or set truth.legitimate to false and plant the breach in truth.discrepancies',
    );
  });

  it('a planted discrepancy the rules cannot find, or one hidden behind an inquiry that does not exist, is refused', () => {
    const messages = messagesFor((desk) => {
      const genesis = desk.applications[0]!;
      genesis.truth.discrepancies[0]!.between = ['subsidy.amount', 'energy.annual-kwh'];
      genesis.documents.find((d) => d.id === 'bills')!.revealedBy = 'ask-nicely';
    });
    expect(messages.some((m) => m.startsWith('levels/my-desk.json: at steps[0].applications[0].truth.discrepancies[0]: expected truth that agrees with the rules, found the rule engine finds no breach of subsidy-cap'))).toBe(true);
    expect(messages).toContain(
      'levels/my-desk.json: at steps[0].applications[0].documents[3].revealedBy: expected one of this application\'s inquiries (power-bills, interview), found "ask-nicely". Fix: name an inquiry of this application, or add the inquiry',
    );
  });

  it('a call that could ring after its application is decided is refused: every player must hear it', () => {
    const messages = messagesFor((desk) => (desk.calls[0]!.day = 1));
    expect(messages).toEqual([
      'levels/my-desk.json: at steps[0].calls[0]: expected truth that agrees with the rules, found rings on day 1 but genesis arrives on day 0, so a player may decide before it rings. Fix: make the call ring on the day its application arrives (its "day" equal to the application\'s arrivesOnDay)',
    ]);
  });

  it('a broken desk level is left out of the catalogue and the others still load', () => {
    const good = JSON.stringify(deskLevel());
    const broken = JSON.parse(good);
    broken.id = 'broken-desk';
    broken.steps[0].calls[0].applicationId = 'no-such-application';
    const catalogue = buildCatalogue({ 'levels/a.json': good, 'levels/b.json': JSON.stringify(broken) });
    expect(catalogue.levels.map((l) => l.id)).toEqual(['desk-fixture']);
    expect(catalogue.problems.map((p) => `${p.file} ${p.path}`)).toContain('levels/b.json steps[0].calls[0]');
  });
});
