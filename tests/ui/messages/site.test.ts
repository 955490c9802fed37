import { describe, expect, it } from 'vitest';
import { createGame, step, type GameEvent, type Language, type SiteStep } from '../../../src/core';
import { translate } from '../../../src/text/i18n';
import { kindEventOf, type SiteInnerEvent } from '../../../src/ui/messages/kind-events';
import { siteMessage } from '../../../src/ui/messages/site';
import { loadLevel } from '../../support/levels';
import { diligentInspector, historicalOfficial, playThrough } from '../../../src/playtest/players';

const level = loadLevel('two-systems.json');
const genesis = level.steps.filter((s): s is SiteStep => s.kind === 'site')[1]!;
const LANGUAGES: Language[] = ['en', 'ja', 'zh'];

const say = (event: SiteInnerEvent, language: Language, site: SiteStep = genesis) =>
  siteMessage(event, { step: site, t: (key, values) => translate(language, key, values), language });

const rack = genesis.site.stations.find((s) => s.kind === 'rack')!;
const console_ = genesis.site.stations.find((s) => s.kind === 'console')!;
const manager = genesis.site.staff[0]!;

/** Every site event of whole plays of the level, as the scene receives them, with their step. */
let played: { site: SiteStep; event: SiteInnerEvent }[] | null = null;
function plays(): { site: SiteStep; event: SiteInnerEvent }[] {
  if (played) return played;
  const found: { site: SiteStep; event: SiteInnerEvent }[] = [];
  for (const strategy of [diligentInspector, historicalOfficial]) {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const { actions } = playThrough(level, seed, strategy);
      let state = createGame(level, seed);
      for (const action of actions) {
        const result = step(level, state, action);
        state = result.state;
        result.events.forEach((e: GameEvent) => {
          const wrapped = kindEventOf(e);
          if (wrapped?.kind === 'site') found.push({ site: level.steps.find((s) => s.id === wrapped.stepId) as SiteStep, event: wrapped.event });
        });
      }
    }
  }
  return (played = found);
}

describe("the site inspection's messages", () => {
  it('a stall names the station in the player’s language and the minutes it took, with no sound', () => {
    const stalled: SiteInnerEvent = { type: 'stalled', target: rack.id, minutes: 3 };
    expect(say(stalled, 'en')).toEqual({ message: { text: `At ${rack.name.en}, the staff take 3 min to open up.`, tone: 'info' } });
    expect(say(stalled, 'ja').message?.text).toBe(`${rack.name.ja}では、スタッフが開けるまでに3分かかる。`);
    expect(say(stalled, 'zh').message?.text).toBe(`在${rack.name.zh}，员工拖了3分钟才打开。`);
  });

  it('the manager hurrying to a console and someone taken aside are told apart, each a miss with its sound', () => {
    const toConsole = say({ type: 'site-reacts', how: 'manager-to-console', target: console_.id, hidesAt: 20 }, 'en');
    const aside = say({ type: 'site-reacts', how: 'staff-taken-aside', target: manager.id, hidesAt: 20 }, 'en');
    expect(toConsole).toEqual({ message: { text: `The manager hurries over to ${console_.name.en}.`, tone: 'miss' }, sound: 'miss' });
    expect(aside).toEqual({ message: { text: `Someone takes ${manager.name.en} aside for a quiet word.`, tone: 'miss' }, sound: 'miss' });
    expect(say({ type: 'site-reacts', how: 'staff-taken-aside', target: manager.id, hidesAt: 20 }, 'ja').message?.text).toContain(manager.name.ja);
    expect(say({ type: 'site-reacts', how: 'manager-to-console', target: console_.id, hidesAt: 20 }, 'zh').message?.text).toBe(`经理匆匆赶到${console_.name.zh}。`);
  });

  it('staff hurrying to a console on arrival is told, naming it; an ordinary arrival clears the line and turns the page; every arrival says where the inspector is', () => {
    for (const language of LANGUAGES) {
      const arrival = (mode: 'site.modeAnnounced' | 'site.modeUnannounced') => translate(language, 'said.siteArrived', { mode: translate(language, mode), site: genesis.site.name[language] });
      const hurry = say({ type: 'arrived', announced: false, switching: console_.id }, language);
      expect(hurry).toEqual({ message: { text: translate(language, 'site.switching', { place: console_.name[language] }), tone: 'info' }, sound: 'page', aside: arrival('site.modeUnannounced') });
      // Nothing to show, but the screen changed: where the inspector is, and how they came, is said.
      expect(say({ type: 'arrived', announced: true, switching: null }, language)).toEqual({ message: null, sound: 'page', aside: arrival('site.modeAnnounced') });
      expect(arrival('site.modeAnnounced')).toContain(genesis.site.name[language]);
    }
  });

  it('the switch caught at the console is a find; the switch seen from across the hall is a miss; both name the console', () => {
    for (const language of LANGUAGES) {
      const caught = say({ type: 'consoles-switched', target: console_.id, at: 3, caught: true }, language);
      expect(caught).toEqual({ message: { text: translate(language, 'site.caught', { place: console_.name[language] }), tone: 'hit' }, sound: 'found' });
      const missed = say({ type: 'consoles-switched', target: console_.id, at: 3, caught: false }, language);
      expect(missed.message?.tone).toBe('miss');
      expect(missed.message?.text).toContain(console_.name[language]);
      expect(missed.message?.text).not.toBe(caught.message?.text);
    }
  });

  it('a look that turned a clue up says what was seen, in every language', () => {
    const clue = genesis.site.clues.find((c) => c.source !== 'interview' && c.source !== 'on-arrival')!;
    for (const language of LANGUAGES) {
      const said = say({ type: 'checked', target: rack.id, source: clue.source as Exclude<typeof clue.source, 'interview' | 'on-arrival'>, at: 3, timeCost: 2, observed: [clue.id], hidden: [] }, language);
      expect(said.message).toBeNull();
      expect(said.aside).toContain(rack.name[language]);
      expect(said.aside).toContain(clue.seen[language]);
      expect(said.aside).not.toMatch(/[{}]/);
    }
  });

  it('a look the site spoiled says how it was hidden, never "nothing unusual"', () => {
    const hows = ['switched-before-arrival', 'switched-as-you-came', 'manager-at-it', 'story-rehearsed', 'taken-aside'] as const;
    for (const language of LANGUAGES) {
      const texts = hows.map((how) => say({ type: 'checked', target: rack.id, source: 'thermal-camera', at: 3, timeCost: 1, observed: [], hidden: [how] }, language));
      for (const said of texts) {
        expect(said.message?.tone).toBe('miss');
        expect(said.message?.text).toContain(rack.name[language]);
        expect(said.message?.text).not.toMatch(/[{}]/);
      }
      expect(new Set(texts.map((x) => x.message?.text)).size).toBe(hows.length);
    }
  });

  it('a check clears the line with a click and tells a screen reader the look and where its reading is; the report changes keep the line and are said', () => {
    expect(say({ type: 'checked', target: rack.id, source: 'read-nameplate', at: 3, timeCost: 1, observed: [], hidden: [] }, 'en')).toEqual({
      message: null,
      sound: 'select',
      aside: `${rack.name.en} · Read the nameplates, 1 min: the reading is first under what you have seen.`,
    });
    expect(say({ type: 'added-to-report', clueId: 'x' }, 'ja')).toEqual({ sound: 'select', aside: '報告書に加えました。' });
    expect(say({ type: 'removed-from-report', clueId: 'x' }, 'zh')).toEqual({ sound: 'select', aside: '已从报告中移除。' });
    const filed = plays().flatMap(({ event }) => (event.type === 'report-filed' ? [event] : []));
    const accepted = filed.find((e) => e.review.accepted);
    const sentBack = filed.find((e) => !e.review.accepted);
    expect(accepted && sentBack).toBeTruthy();
    for (const language of LANGUAGES) {
      expect(say(accepted!, language)).toEqual({ sound: 'found' });
      expect(say(sentBack!, language)).toEqual({ sound: 'miss' });
    }
  });

  it('a place the level does not name is called by its id rather than left blank', () => {
    expect(say({ type: 'stalled', target: 'back-room', minutes: 2 }, 'en').message?.text).toBe('At back-room, the staff take 2 min to open up.');
  });

  it('every site message of whole plays is written out in each language, naming places in that language', () => {
    expect(new Set(plays().map((p) => p.event.type))).toEqual(new Set(['arrived', 'checked', 'consoles-switched', 'added-to-report', 'report-filed', 'stalled', 'site-reacts', 'staff-hides']));
    for (const { site, event } of plays()) {
      const said = LANGUAGES.map((language) => say(event, language, site));
      for (const s of said) expect(s.message?.text ?? '').not.toMatch(/[{}]/);
      if (event.type === 'stalled' || event.type === 'site-reacts' || event.type === 'consoles-switched') {
        const place = [...site.site.stations, ...site.site.staff].find((p) => p.id === event.target)!;
        LANGUAGES.forEach((language, i) => expect(said[i]!.message?.text).toContain(place.name[language]));
      }
      if (event.type === 'staff-hides') {
        // Who, where, and what it costs now, in every language.
        const person = site.site.staff.find((p) => p.id === event.staffId)!;
        const place = site.site.stations.find((p) => p.id === event.target)!;
        LANGUAGES.forEach((language, i) => {
          expect(said[i]!.message?.text).toContain(person.name[language]);
          expect(said[i]!.message?.text).toContain(place.name[language]);
          expect(said[i]!.message?.text).toContain(String(event.extraMinutes));
        });
      }
    }
  });
});
