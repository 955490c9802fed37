import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { allRules, SITE_CONCLUSIONS, type BoardStep, type DeskStep, type GridStep, type Language, type Level, type PlanStep, type SiteStep } from '../../src/core';
import { perfectDesk } from '../../src/playtest/desk-players';
import { translate, type TextKey } from '../../src/text/i18n';
import { linkWords } from '../../src/ui/board-view';
import { verdictLabel } from '../../src/ui/desk-view';
import { loadLevel } from '../support/levels';
import { useServedGame, watchErrors } from './harness';

// A screen-reader user plays one decision-making stretch of every mechanic from the HTML layer
// alone. Controls are found only by role and accessible name (never a test id, a class or a
// position) and pressed with the keyboard; after each action the test reads what the live regions
// said (every change recorded by a MutationObserver from the first script on), and it checks that
// every hotspot and chart carries in words the numbers the screen shows.

const game = useServedGame();

/** Runs in the page before the game: records every text a live region outside the screen's panels takes. */
function recordAnnouncements(): void {
  const said: string[] = [];
  (window as unknown as { __said: string[] }).__said = said;
  const live = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"]';
  new MutationObserver((records) => {
    for (const record of records) {
      const node = record.target;
      const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
      const region = element?.closest(live);
      // A region rebuilt with the panel (inside #ui) is not read out reliably: only the lasting ones count.
      if (!region || region.closest('#ui')) continue;
      const text = (region.textContent ?? '').trim();
      if (text !== '' && said.at(-1) !== text) said.push(text);
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

interface Player {
  page: Page;
  t: (key: TextKey, values?: Record<string, string | number>) => string;
  language: Language;
}

const saidCount = (page: Page): Promise<number> => page.evaluate(() => (window as unknown as { __said: string[] }).__said.length);
const saidSince = (page: Page, from: number): Promise<string[]> => page.evaluate((n) => (window as unknown as { __said: string[] }).__said.slice(n), from);

/** Moves focus to the control (as a screen reader's jump to it does) and presses the key. */
async function pressKey(control: Locator, key = 'Enter'): Promise<void> {
  await control.focus();
  await control.page().keyboard.press(key);
}

/** Presses a control and returns what the live regions said after it (waits until something was said). */
async function act(control: Locator, key = 'Enter'): Promise<string> {
  const page = control.page();
  const before = await saidCount(page);
  await pressKey(control, key);
  await expect.poll(() => saidCount(page), { timeout: 15_000 }).toBeGreaterThan(before);
  // A batch of events says its lines one after the other: let them all arrive.
  await page.waitForTimeout(300);
  return (await saidSince(page, before)).join(' | ');
}

async function open(player: Player, level: Level, seed: number): Promise<void> {
  const { page, language, t } = player;
  // Six workers share two cores: give the first load room.
  await page.goto(`${game.url}?lang=${language}&level=${level.id}&seed=${seed}`, { timeout: 90_000 });
  await page.waitForFunction(() => document.body.dataset['screen'] === 'level', undefined, { timeout: 90_000 });
  await pressKey(page.getByRole('button', { name: t('questions.skip'), exact: true }));
}

/** Through dialogue lines and briefings (each a "Continue") until the control wanted is there. */
async function continueUntil(player: Player, wanted: Locator): Promise<void> {
  const next = player.page.getByRole('button', { name: player.t('dialogue.continue'), exact: true });
  for (let i = 0; i < 60; i++) {
    if (await wanted.first().isVisible()) return;
    if (await next.isVisible()) await pressKey(next);
    else await player.page.waitForTimeout(200);
  }
  throw new Error('the control wanted never appeared');
}

/** Every context opened, closed after each test even when it fails (a game left running slows the next). */
const contexts: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => undefined)));
});

async function newPlayer(language: Language): Promise<Player & { errors: string[]; close: () => Promise<void> }> {
  const context = await game.browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
  contexts.push(context);
  await context.addInitScript(recordAnnouncements);
  const page = await context.newPage();
  const errors = watchErrors(page);
  return { page, language, errors, t: (key, values) => translate(language, key, values), close: () => context.close() };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('a screen-reader user plays every mechanic from the HTML layer alone', () => {
  it('the grid: the map and the load chart carry their numbers; a move, an order, a call, a day run and districts going dark are said', async () => {
    const player = await newPlayer('en');
    const { page, t } = player;
    const level = loadLevel('blackout-summer.json');
    const grid = level.steps.find((s): s is GridStep => s.kind === 'grid')!;
    await open(player, level, 5);
    const levers = page.getByRole('tab', { name: t('grid.tab.levers') });
    await continueUntil(player, levers);

    // Every district on the map is a button whose name says what the map shows: served of demand, the hour, its state.
    const map = page.getByRole('group', { name: /^City map at \d\d:00/ });
    const districts = map.getByRole('button');
    await expect.poll(() => districts.count()).toBe(grid.districts.length);
    for (const name of await districts.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))) {
      expect(name).toMatch(/: \d+\.\d of \d+\.\d MW at \d\d:00, (lit|partly dark|dark)$/);
    }
    // The city chart is an image whose name carries its figures.
    const chart = page.getByRole('img', { name: /peak demand \d+\.\d MW at \d\d:00/ }).first();
    const chartName = await chart.evaluate((svg) => [...svg.querySelectorAll(':scope > title, :scope > desc')].map((e) => e.textContent).join(' '));
    const peak = /peak demand (\d+\.\d) MW/.exec(chartName)![1]!;

    // A district moved down the supply order: where it went is said.
    await pressKey(levers);
    const genesis = grid.districts.find((d) => d.id === grid.favouredDistrict)!;
    const toBottom = page.getByRole('button', { name: t('grid.toBottom', { name: genesis.name.en }), exact: true });
    expect(await act(toBottom)).toContain(t('grid.movedTo', { name: genesis.name.en, n: grid.districts.length, total: grid.districts.length }));

    // The order referred up: what the answer does is said, then the Secretary's call rings, and is answered.
    await pressKey(page.getByRole('tab', { name: t('grid.tab.today') }));
    const order = page.getByRole('group', { name: /^Order from / });
    const answers = order.getByRole('button');
    const escalated = await act(answers.last());
    expect(escalated).toContain(t('consequence.order.escalate', { name: genesis.name.en }));
    const call = page.getByRole('alertdialog');
    if (!escalated.includes(t('grid.call.rang'))) await call.waitFor({ timeout: 5000 }).catch(() => undefined);
    if (await call.isVisible()) {
      expect(escalated).toContain(t('grid.call.rang'));
      expect(await act(call.getByRole('button', { name: t('grid.call.heard'), exact: true }))).toContain(t('grid.call.after.heard'));
    }

    // The day run is said; as its hours play, the districts that go short of power are named.
    const before = await saidCount(page);
    expect(await act(page.getByRole('button', { name: t('grid.runDay', { n: 1 }), exact: true }))).toContain(t('grid.dayRun', { n: 1 }));
    if (await call.isVisible()) await act(call.getByRole('button', { name: t('grid.call.heard'), exact: true }));
    // A call stops the hours; play them on.
    const play = page.getByRole('button', { name: t('grid.play'), exact: true });
    if (await play.isVisible()) await pressKey(play);
    await expect.poll(async () => (await saidSince(page, before)).find((line) => /^\d\d:00: now short of power: .+\.$/.test(line)), { timeout: 60_000 }).toBeTruthy();
    const dark = (await saidSince(page, before)).filter((line) => /now short of power/.test(line));
    for (const line of dark) {
      const names = line.replace(/^\d\d:00: now short of power: /, '').replace(/\.$/, '').split(', ');
      for (const name of names) expect(grid.districts.map((d) => d.name.en)).toContain(name);
    }

    // The same numbers as a table: 24 hours, and the chart's peak demand among them.
    await pressKey(page.getByRole('button', { name: t('grid.asTable'), exact: true }));
    const table = page.getByRole('table');
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThanOrEqual(25);
    expect(await table.textContent()).toMatch(/\d\d:00/);
    expect(chartName).toMatch(new RegExp(`${escape(peak)} MW`));
    expect(player.errors).toEqual([]);
    await player.close();
  });

  it('the review desk: a cross-check that finds a discrepancy and the verdict are said', async () => {
    const player = await newPlayer('en');
    const { page, t } = player;
    const level = loadLevel('digital-economy-slogan.json');
    const desk = level.steps.find((s): s is DeskStep => s.kind === 'desk')!;
    await open(player, level, 4);
    await continueUntil(player, page.getByRole('button', { name: t('review.crossCheck'), exact: true }).or(page.getByRole('heading', { name: t('review.decide') })));
    // A field's name, in the folder it is read in (every folder has its own "subsidy request").
    const fieldName = (applicationId: string, ref: string): string => {
      if (ref.startsWith('rule:')) return t('review.select', { item: allRules(desk).find((r) => r.id === ref.slice(5))?.text.en ?? ref });
      const [docId, fieldId] = ref.split('.');
      const doc = desk.applications.find((a) => a.id === applicationId)?.documents.find((d) => d.id === docId);
      const field = doc?.fields.find((f) => f.id === fieldId);
      if (!doc || !field) throw new Error(`no field ${ref} in ${applicationId}`);
      return t('review.select', { item: `${doc.title.en}, ${field.label.en}: ${field.value.en}` });
    };
    const state = async () => (await page.evaluate(() => (window as unknown as { __miningDream: { levelState: () => never } }).__miningDream.levelState()))['desk'][desk.id];
    // The perfect player (it knows the truth) says what to press; the names say where it is.
    const explanations = desk.applications.flatMap((a) => a.truth.discrepancies.map((d) => t('review.hit', { explanation: d.explanation.en })));
    let found = false;
    for (let guard = 0; guard < 60; guard++) {
      const next = perfectDesk(desk, await state());
      if (!next) break;
      if ('applicationId' in next) {
        const application = desk.applications.find((x) => x.id === next.applicationId)!;
        // Its parts are lines with hidden punctuation between them; Chromium puts a space on each side of it.
        const folder = page.getByRole('button', { name: new RegExp(`^${escape(application.applicant.en)}\\s*:\\s*${escape(application.project.en)}`) });
        if ((await folder.getAttribute('aria-pressed')) !== 'true') await pressKey(folder);
      }
      if (next.type === 'desk-cross-check') {
        const a = page.getByRole('button', { name: fieldName(next.applicationId, next.a), exact: true });
        const b = page.getByRole('button', { name: fieldName(next.applicationId, next.b), exact: true });
        await pressKey(a);
        await expect.poll(() => a.getAttribute('aria-pressed')).toBe('true');
        await pressKey(b);
        await expect.poll(() => b.getAttribute('aria-pressed')).toBe('true');
        const said = await act(page.getByRole('button', { name: t('review.crossCheck'), exact: true }));
        expect(explanations.some((line) => said.includes(line)), said).toBe(true);
        found = true;
      } else if (next.type === 'desk-inquire') {
        const inquiry = desk.applications.find((x) => x.id === next.applicationId)!.inquiries.find((q) => q.id === next.inquiryId)!;
        expect(await act(page.getByRole('button', { name: t('desk.askCost', { label: inquiry.label.en, minutes: inquiry.minutes }), exact: true }))).not.toBe('');
      } else if (next.type === 'desk-handle-gift') {
        expect(await act(page.getByRole('button', { name: t('desk.giftHandIn'), exact: true }))).toContain(t('consequence.gift.handed-in'));
      } else if (next.type === 'desk-answer-call') {
        expect(await act(page.getByRole('button', { name: t('desk.callReport'), exact: true }))).toContain(t('consequence.call.reported'));
      } else if (next.type === 'desk-decide') {
        const application = desk.applications.find((x) => x.id === next.applicationId)!;
        const verdict = page.getByRole('group', { name: t('review.decide') }).getByRole('button', { name: verdictLabel(player.t, 'en', desk, next.verdict), exact: true });
        // The verdict is said with the folder it was given on (the message names the project).
        expect(await act(verdict)).toContain(application.project.en);
        if (found) break;
        // A verdict may play a short scene over the desk: read it to the end.
        const on = page.getByRole('button', { name: t('dialogue.continue'), exact: true }).or(page.getByRole('button', { name: t('desk.afterBack'), exact: true }));
        for (let line = 0; line < 20 && (await on.count()) > 0; line++) await pressKey(on.first());
      } else {
        throw new Error(`the screen-reader desk stretch met ${next.type}`);
      }
    }
    expect(found).toBe(true);
    expect(player.errors).toEqual([]);
    await player.close();
  });

  for (const language of ['en', 'ja'] as const) {
    it(`the site visit (${language}): every station says its looks; going in, a look, the report and the conclusion are said`, async () => {
      const player = await newPlayer(language);
      const { page, t } = player;
      const level = loadLevel('two-systems.json');
      const lab = level.steps.find((s): s is SiteStep => s.kind === 'site')!;
      await open(player, level, 7);
      const goIn = page.getByRole('button', { name: t('site.unannounced'), exact: true });
      await continueUntil(player, goIn);
      // The screen turns into the hall: where the inspector is, and how they came, is said.
      const arrived = await act(goIn);
      expect(arrived).toContain(t('said.siteArrived', { mode: t('site.modeUnannounced'), site: lab.site.name[language] }));
      if (lab.approach) expect(arrived).toContain(t('consequence.site.approach.unannounced'));

      const hall = page.getByRole('group', { name: t('site.hallLabel') });
      const places = hall.getByRole('button');
      await expect.poll(() => places.count()).toBe(lab.site.stations.length + lab.site.staff.length);
      const looks = new RegExp(escape(t('site.placeChecks', { name: '@', done: 0, total: 9 })).replace('@', '.+').replace('0', '\\d+').replace('9', '\\d+'));
      for (const name of await places.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))) expect(name).toMatch(looks);

      // A station: its first look, said with what it turned up.
      const station = lab.site.stations[0]!;
      await pressKey(hall.getByRole('button', { name: new RegExp(`^${escape(station.name[language])}`) }));
      const tools = page.getByRole('group', { name: station.name[language], exact: true }).getByRole('button');
      const looked = await act(tools.first());
      expect(looked).toContain(t('said.siteLooked', { place: station.name[language], tool: t(`tool.${station.tools[0]!.tool}`), minutes: station.tools[0]!.timeCost, reading: '' }).trim());
      await expect.poll(() => hall.getByRole('button', { name: new RegExp(`^${escape(station.name[language])}`) }).getAttribute('aria-label')).toContain(t('site.placeChecks', { name: station.name[language], done: 1, total: station.tools.length }));

      // Something to put in the report, where the look turned it up.
      const add = page.getByRole('button', { name: t('site.addToReport'), exact: true });
      if (await add.count()) expect(await act(add.first())).toContain(t('said.siteAdded'));

      // The conclusion: what the supervisor's review makes of it is said.
      const file = page.getByRole('group', { name: t('site.file'), exact: true });
      const said = await act(file.getByRole('button', { name: t(`conclusion.${SITE_CONCLUSIONS[1]}`), exact: true }));
      const outcomes = [t('consequence.site.honest.accepted'), t('consequence.site.honest.sentBack')];
      expect(outcomes.some((line) => said.includes(line)), said).toBe(true);
      expect(player.errors).toEqual([]);
      await player.close();
    });
  }

  it('the evidence board and the zone plan: cards and parcels are named; a link, the offer, filing, a study, a proposal added and submitting are said', async () => {
    const player = await newPlayer('en');
    const { page, t } = player;
    const level = loadLevel('reckoning.json');
    const board = level.steps.find((s): s is BoardStep => s.kind === 'board')!;
    const plan = level.steps.find((s): s is PlanStep => s.kind === 'plan')!;
    await open(player, level, 3);
    const cards = page.getByRole('group', { name: t('board.cardsLabel') });
    await continueUntil(player, cards);

    // Every card on the board is a button named by its title and kind.
    const onBoard = await cards.getByRole('button').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(onBoard.length).toBeGreaterThan(1);
    for (const name of onBoard) expect(board.cards.some((c) => name.startsWith(t('board.card', { title: c.title.en, kind: t(`board.kind.${c.kind}`) })))).toBe(true);

    // A link: two cards chosen (their pressed state says so), then the relation; the pin and the offer are said.
    const link = board.supported[0]!;
    const card = (id: string) => {
      const c = board.cards.find((x) => x.id === id)!;
      return cards.getByRole('button', { name: new RegExp(`^${escape(t('board.card', { title: c.title.en, kind: t(`board.kind.${c.kind}`) }))}`) });
    };
    await pressKey(card(link.from));
    await expect.poll(() => card(link.from).getAttribute('aria-pressed')).toBe('true');
    await pressKey(card(link.to));
    const pinned = await act(page.getByRole('button', { name: linkWords(board, link, player.t, 'en'), exact: true }));
    expect(pinned).toContain(t('board.linked', { link: linkWords(board, link, player.t, 'en') }));
    await expect.poll(async () => (await saidSince(page, 0)).join(' ')).toContain(t('board.offerMade'));
    expect(await act(page.getByRole('button', { name: t('board.offer.reported'), exact: true }))).toContain(t('consequence.offer.reported'));

    // Filing ends the board: what it does is said.
    const investigator = board.recipients.find((r) => r.kind !== 'none')!;
    const filed = await act(page.getByRole('group', { name: t('board.file'), exact: true }).getByRole('button', { name: investigator.label.en, exact: true }));
    expect([t('consequence.board.withChain'), t('consequence.board.withoutChain')].some((line) => filed.includes(line)), filed).toBe(true);

    // The plan: every parcel named with its state; a study and an addition said; the proposals list carries the numbers.
    const zone = page.getByRole('group', { name: t('plan.zoneLabel') });
    await continueUntil(player, zone);
    const parcels = await zone.getByRole('button').evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(parcels).toEqual(plan.options.map((o) => t('plan.parcel', { name: o.name.en, state: t('plan.parcelFree') })));
    const proposals = page.getByRole('region', { name: t('plan.proposals') });
    for (const option of plan.options) expect(await proposals.textContent()).toContain(t('plan.power', { mw: option.powerMw, profile: t(`plan.profile.${option.profile}`) }));
    const sound = plan.options.find((o) => Object.values(o.study.checks).every(Boolean))!;
    await pressKey(zone.getByRole('button', { name: t('plan.parcel', { name: sound.name.en, state: t('plan.parcelFree') }), exact: true }));
    expect(await act(page.getByRole('button', { name: t('plan.study'), exact: true }))).toContain(t('plan.studyOpened', { name: sound.name.en }));
    expect(await act(page.getByRole('button', { name: t('plan.add'), exact: true }))).toContain(t('plan.added', { name: sound.name.en }));
    await expect.poll(() => zone.getByRole('button', { name: t('plan.parcel', { name: sound.name.en, state: t('plan.parcelChosen') }), exact: true }).count()).toBe(1);
    const submitted = await act(page.getByRole('button', { name: t('plan.submit'), exact: true }));
    expect(submitted).toMatch(new RegExp(`${escape(t('consequence.zone.sound'))}|${escape(t('consequence.zone.faulty', { faults: '@' })).replace('@', '.+')}`));
    expect(player.errors).toEqual([]);
    await player.close();
  });
});
