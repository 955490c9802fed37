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

describe('what the fields of a desk application claim', () => {
  const hours = (is: string) => ({ about: 'hours-of-use', is });
  const withClaims = (desk: DeskStep, ref: string, claims: { about: string; is: string }[]) => {
    const [doc, id] = ref.split('.');
    desk.applications[0]!.documents.find((d) => d.id === doc)!.fields.find((f) => f.id === id)!.claims = claims;
  };

  it('two fields that contradict each other, with no rule to find it and no reason given, are refused with the pair and the ways to fix it', () => {
    const messages = messagesFor((desk) => {
      withClaims(desk, 'energy.profile', [hours('office-hours')]);
      withClaims(desk, 'photos.hall', [hours('round-the-clock')]);
    });
    expect(messages).toEqual([
      'levels/my-desk.json: at steps[0].applications[0].documents[2].fields[1].claims[0]: expected every contradiction between two fields found by a rule or explained to the player, found energy.profile claims "hours-of-use is office-hours" and photos.hall claims "hours-of-use is round-the-clock", which contradict each other, yet no rule in force by day 0 (the player\'s day 1, when the decision is due) finds it and no oddity explains it, so the desk would answer "no discrepancy". Fix: if a rule should catch it, add the pair to the alsoShownBy of the planted discrepancy it shows, or add a rule that finds it; if it breaks no rule, add to truth.oddities an entry with both fields in "refs" and a one-line explanation the player will read; or correct the claims if they do not really contradict each other',
    ]);
  });

  it('the same contradiction loads once it shows a planted breach, or once an oddity explains it', () => {
    const contradicting = (desk: DeskStep) => {
      withClaims(desk, 'energy.profile', [hours('office-hours')]);
      withClaims(desk, 'photos.hall', [hours('round-the-clock')]);
    };
    expect(
      messagesFor((desk) => {
        contradicting(desk);
        desk.applications[0]!.truth.discrepancies.find((d) => d.id === 'use-understated')!.alsoShownBy = [['energy.profile', 'photos.hall']];
      }),
    ).toEqual([]);
    expect(
      messagesFor((desk) => {
        contradicting(desk);
        desk.applications[0]!.truth.oddities.push({ id: 'busy-photo', refs: ['photos.hall', 'energy.profile'], explanation: { en: 'A photo is not a load profile.', ja: '写真は負荷パターンではない。', zh: '照片不是负荷曲线。' } });
      }),
    ).toEqual([]);
  });

  it('a pair named as showing a breach must really contradict each other', () => {
    const messages = messagesFor((desk) => {
      withClaims(desk, 'energy.profile', [hours('round-the-clock')]);
      withClaims(desk, 'photos.hall', [hours('round-the-clock')]);
      desk.applications[0]!.truth.discrepancies.find((d) => d.id === 'use-understated')!.alsoShownBy = [['energy.profile', 'photos.hall']];
    });
    expect(messages).toEqual([
      'levels/my-desk.json: at steps[0].applications[0].truth.discrepancies[1].alsoShownBy[0]: expected a pair of fields whose claims contradict each other, found the claims of energy.profile and photos.hall do not contradict each other, so the pair shows nothing. Fix: give both fields claims about the same thing that contradict each other, or remove the pair from alsoShownBy',
    ]);
  });

  it('claims about the same thing in different terms are refused', () => {
    const messages = messagesFor((desk) => {
      withClaims(desk, 'energy.profile', [hours('office-hours')]);
      const field = desk.applications[0]!.documents.find((d) => d.id === 'energy')!.fields.find((f) => f.id === 'annual-kwh')!;
      field.claims = [{ about: 'hours-of-use', unit: 'hours/day', amount: 8 }];
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^levels\/my-desk\.json: at steps\[0\]\.applications\[0\]\.documents\[2\]\.fields\[0\]\.claims\[0\]: expected claims about the same thing made in the same terms, .* Fix: give both claims the same form/);
  });

  it('a claim with no amount and no kind is refused by the schema', () => {
    const [message] = messagesFor((desk) => withClaims(desk, 'energy.profile', [{ about: 'annual-use', unit: 'kWh/year' } as unknown as { about: string; is: string }]));
    expect(message).toMatch(/^levels\/my-desk\.json: at steps\[0\]\.applications\[0\]\.documents\[2\]\.fields\[1\]\.claims\[0\]/);
  });
});

describe('when a desk application\'s decision is due', () => {
  it('a planted discrepancy whose rule comes with a later bulletin than the decision is due is refused', () => {
    // The fuel-car plant's demand rule comes with day 1's bulletin; arriving on day 0, it is due on day 0.
    const messages = messagesFor((desk) => (desk.applications.find((a) => a.id === 'fuel-car-plant')!.arrivesOnDay = 0));
    expect(messages).toEqual([
      'levels/my-desk.json: at steps[0].applications[2].truth.discrepancies[1]: expected every rule a planted discrepancy needs in force on or before the day its decision is due, found rule market-demand comes with the bulletin of day 1 (the player\'s day 2), after the decision on fuel-car-plant is due on day 0 (the player\'s day 1). Fix: issue the rule on or before the day the decision is due: move its bulletin earlier, or let the application arrive (or set its dueOnDay) on or after the bulletin\'s day',
    ]);
  });

  it('giving the folder until the bulletin\'s day makes it fair; a due day outside the desk is refused', () => {
    expect(
      messagesFor((desk) => {
        const plant = desk.applications.find((a) => a.id === 'fuel-car-plant')!;
        plant.arrivesOnDay = 0;
        plant.dueOnDay = 1;
      }),
    ).toEqual([]);
    expect(messagesFor((desk) => (desk.applications.find((a) => a.id === 'fuel-car-plant')!.dueOnDay = 2))).toEqual([
      'levels/my-desk.json: at steps[0].applications[2].dueOnDay: expected a due day from the day it arrives to the last day, found due on day 2, but it arrives on day 1 and the last day is 1. Fix: set dueOnDay between the application\'s arrivesOnDay and the last day ("days" - 1), or leave it out (due the day it arrives)',
    ]);
  });
});
