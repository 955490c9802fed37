// Site inspection (issue 5): an inspector walks a hall of racks and consoles with a few tools and
// a limited time, while the site hides what it can; then files a finding that a supervisor checks.
// Pure and deterministic: every draw comes from the seeded generator, and the visit is plain JSON
// data, so a decision log of site actions replays it exactly.
//
// The article says only that every computer had two systems and that staff switched to a fake
// "AI / big-data research" interface when inspectors came (L29-L32). Every other detail a level
// gives (nameplates, meters, pool traffic, boot menus) is the game's illustration, and each clue
// says so in its own `illustrative` text.

import { LANGUAGES, type LocalText, type Outcome, type SourceLines } from '../level';
import type { ContentProblem } from '../step-kind';
import { nextRandom, pickOne, type RandomState } from '../random';

// ---- Words of the inspection ------------------------------------------------------------------

export const SITE_TRUTHS = ['mining-disguised', 'honest-ai-lab', 'honest-inefficient'] as const;
/** What the site really is. Only the level file knows; the player finds out after filing. */
export type SiteTruth = (typeof SITE_TRUTHS)[number];

export const SITE_DIFFICULTIES = ['easy', 'standard', 'hard'] as const;
export type SiteDifficulty = (typeof SITE_DIFFICULTIES)[number];

export const EVIDENCE_KINDS = ['hardware', 'power', 'network', 'software', 'people', 'paperwork'] as const;
/** Independent lines of evidence: a finding must rest on more than one. */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const SITE_TOOLS = [
  'read-nameplate',
  'clamp-meter',
  'thermal-camera',
  'read-substation',
  'network-monitor',
  'reboot',
  'process-list',
  'inspect-research',
  'read-records',
] as const;
/** What the inspector can do at a station in the hall. Interviews are their own action. */
export type SiteTool = (typeof SITE_TOOLS)[number];

/**
 * How a clue comes to light: a tool, an interview, or the switch caught in the act ('on-arrival':
 * staff see an inspector nobody expected and hurry to put the consoles on the show system; the
 * inspector who reaches the console before they finish sees it happen).
 */
export type ClueSource = SiteTool | 'interview' | 'on-arrival';

/**
 * The kind of evidence follows from how it was gathered, never from the level file, so a level
 * cannot pass two readings of the same thing off as independent. Heat is the power a machine drew,
 * so the thermal camera counts with the meter and the substation. Catching staff switching a
 * screen is their conduct, so it counts with what they say.
 */
export const EVIDENCE_KIND_OF: Record<ClueSource, EvidenceKind> = {
  'read-nameplate': 'hardware',
  'clamp-meter': 'power',
  'thermal-camera': 'power',
  'read-substation': 'power',
  'network-monitor': 'network',
  reboot: 'software',
  'process-list': 'software',
  'inspect-research': 'software',
  'read-records': 'paperwork',
  interview: 'people',
  'on-arrival': 'people',
};

export type ClueIndicates = 'mining' | 'real-work' | 'waste';

/**
 * How a site can keep a clue from the inspector.
 * - fixed: a physical fact or a record of the past (a nameplate, a year of substation logs).
 * - switchable: lives on the running system; switching to the show system makes it vanish.
 * - rehearsed: the staff's story; rehearsed staff stop contradicting each other.
 * - caught-switching: the switch itself, seen only by an inspector nobody expected who gets to
 *   that console before the staff have finished (see `switchAt`).
 * A clue that can be hidden (switchable, rehearsed) must have a `cover`: what the inspector reads
 * instead, which says that something was put away; never the plain "nothing unusual".
 */
export type ClueConcealment = 'fixed' | 'switchable' | 'rehearsed' | 'caught-switching';

export const HIDINGS = ['switched-before-arrival', 'switched-as-you-came', 'manager-at-it', 'story-rehearsed', 'taken-aside'] as const;
/**
 * How the site kept a clue from the inspector, as the inspector can tell at the look: a system put
 * on the show side before the visit, the consoles switched as the inspector came in, the manager
 * standing at what was just turned off, a story learnt by heart, a witness taken aside first.
 */
export type Hiding = (typeof HIDINGS)[number];

export type StationKind = 'rack' | 'console' | 'network-cabinet' | 'substation' | 'office' | 'research-screen';

export const SITE_CONCLUSIONS = ['mining-disguised', 'honest', 'inefficient-refer', 'inconclusive'] as const;
/** What the inspector's report says the site is; 'inconclusive' claims nothing (doing nothing). */
export type SiteConclusion = (typeof SITE_CONCLUSIONS)[number];

// ---- What a level file holds ------------------------------------------------------------------

export interface StationTool {
  tool: SiteTool;
  /** Minutes the check takes. */
  timeCost: number;
  /** Staff must unlock, print or fetch something, so they can stall. */
  needsStaff: boolean;
  /** What the inspector sees when no clue is here (or it was hidden and has no cover). */
  plain: LocalText;
}

export interface SiteStation {
  id: string;
  name: LocalText;
  kind: StationKind;
  tools: StationTool[];
}

export interface SiteStaff {
  id: string;
  name: LocalText;
  role: LocalText;
  timeCost: number;
  /** The answer when there is no clue in it. */
  plain: LocalText;
}

export interface SiteClue {
  id: string;
  source: ClueSource;
  /** Station ids (staff ids for an interview); the seed picks one, so a replay is not a memory test. */
  candidates: string[];
  /** Clues of one group land on the same pick: the miner rack's nameplate, meter and process list. */
  group?: string;
  indicates: ClueIndicates;
  /** Strong: technically true of only one explanation (an ASIC cannot train a model). Weak: fits several. */
  strength: 'strong' | 'weak';
  concealment: ClueConcealment;
  /** A contradiction needs two accounts: it shows once another staff member has also been heard. */
  needsOtherInterview?: boolean;
  seen: LocalText;
  /** What shows instead once the site has hidden the clue (the research dashboard, a calm answer). */
  cover?: LocalText;
  /** Article lines the clue rests on; empty when it is pure illustration. */
  sourceLines: SourceLines;
  /** Says plainly which details are the game's illustration; null only when the article says it. */
  illustrative: LocalText | null;
}

/**
 * Staff seen hiding something (issue 13): a staff member walks to a station and closes it up, in
 * plain view. Decided by the state alone: on an announced visit it was done before the inspector
 * came; on a surprise visit it happens once the inspector has taken `afterLooks` looks, unless they
 * have already looked at that station. From then on every look there takes `extraMinutes` longer
 * (a key to fetch, a screen to unlock): harder to find, not impossible.
 */
export interface SeenHiding {
  staffId: string;
  stationId: string;
  act: HidingAct;
  afterLooks: number;
  extraMinutes: number;
  /** What the inspector saw, for the panel (the live line is the interface's). */
  seen: LocalText;
  /** Which details are the game's illustration. */
  illustrative: LocalText;
}

export const HIDING_ACTS = ['closes-cabinet', 'switches-console'] as const;
export type HidingAct = (typeof HIDING_ACTS)[number];

export interface SiteDefinition {
  id: string;
  name: LocalText;
  truth: SiteTruth;
  /** What the operator says the site does. */
  declared: LocalText;
  /** Minutes the inspector has on each difficulty. */
  timeBudget: Record<SiteDifficulty, number>;
  stations: SiteStation[];
  staff: SiteStaff[];
  clues: SiteClue[];
  /** A staff member seen closing a station up (optional). */
  seenHiding?: SeenHiding;
  illustrative: LocalText;
}

// ---- Difficulty: how well the site hides ------------------------------------------------------

export interface SiteDifficultySettings {
  /** Chance a clue on the running system was already switched away when the inspector reached it. */
  switchedAway: { announced: number; unannounced: number };
  /** Chance the staff had their story straight before the inspector spoke to them. */
  rehearsed: { announced: number; unannounced: number };
  /**
   * After an unannounced arrival, the minutes (least to most, drawn from the seed) the staff need to
   * put the consoles on the show system. An announced visit finds it done before the inspector came.
   */
  switchMinutes: { least: number; most: number };
  /** Chance staff stall when asked for something, and the minutes it costs. */
  stallChance: number;
  stallMinutes: number;
  /** Chance, after a check, that the manager hurries to hide something, higher once a clue was found. */
  reactOnCheck: number;
  reactOnFind: number;
  /** Minutes until what the manager hurried to is hidden. */
  reactionMinutes: number;
}

// Each chance to hide is at least as high announced as unannounced, and at least as high on a
// harder setting, and the staff switch the consoles sooner on a harder one: the same seed then never
// shows an announced (or harder) visit a clue that the unannounced (or easier) one would not have
// shown. With the standard setting's 1-6 minutes, an inspector who walks straight to the consoles
// (two minutes a look, stalls included) catches the switch on about two seeds in three.
export const SITE_DIFFICULTY_SETTINGS: Record<SiteDifficulty, SiteDifficultySettings> = {
  easy: {
    switchedAway: { announced: 0.6, unannounced: 0 },
    rehearsed: { announced: 0.3, unannounced: 0 },
    switchMinutes: { least: 3, most: 8 },
    stallChance: 0.1,
    stallMinutes: 1,
    reactOnCheck: 0.15,
    reactOnFind: 0.4,
    reactionMinutes: 4,
  },
  standard: {
    switchedAway: { announced: 0.85, unannounced: 0.15 },
    rehearsed: { announced: 0.6, unannounced: 0.2 },
    switchMinutes: { least: 1, most: 6 },
    stallChance: 0.25,
    stallMinutes: 2,
    reactOnCheck: 0.3,
    reactOnFind: 0.6,
    reactionMinutes: 3,
  },
  hard: {
    switchedAway: { announced: 1, unannounced: 0.3 },
    rehearsed: { announced: 0.9, unannounced: 0.4 },
    switchMinutes: { least: 1, most: 4 },
    stallChance: 0.4,
    stallMinutes: 3,
    reactOnCheck: 0.45,
    reactOnFind: 0.8,
    reactionMinutes: 2,
  },
};

// ---- The visit (state) ------------------------------------------------------------------------

export interface SiteCheck {
  target: string;
  source: SiteTool | 'interview';
  /** Minute the look began (after any stall): what was hidden by then stays hidden. */
  at: number;
}

export interface FiledReport {
  conclusion: SiteConclusion;
  review: SupervisorReview;
  at: number;
}

export interface SiteVisit {
  siteId: string;
  announced: boolean;
  difficulty: SiteDifficulty;
  timeBudget: number;
  timeUsed: number;
  /** Where the seed put each clue: clue id -> station or staff id. */
  placement: Record<string, string>;
  /** Clue id -> minute from which the site has it hidden (0: before the inspector arrived). */
  hiddenFrom: Record<string, number>;
  /** Clue id -> how it was hidden, for every clue in `hiddenFrom`: what the reading says instead. */
  hiddenHow: Record<string, Hiding>;
  /**
   * Minute the consoles are on the show system: 0 when it was done before the inspector came, null
   * at a site with nothing to switch (no clue the switch would show).
   */
  switchAt: number | null;
  /** Minute a staff member closed up the site's `seenHiding` station (0: before the inspector came), or null. */
  hidingAt: number | null;
  checks: SiteCheck[];
  /** Clue ids the inspector has seen, in order. */
  evidence: string[];
  /** Clue ids the inspector has put in the report. */
  report: string[];
  filed: FiledReport | null;
  /** The site's own generator, for how staff react during the visit. */
  random: RandomState;
}

export interface SiteVisitOptions {
  announced: boolean;
  difficulty: SiteDifficulty;
}

export type SiteAction =
  | { type: 'use-tool'; stationId: string; tool: SiteTool }
  | { type: 'interview'; staffId: string }
  | { type: 'add-to-report'; clueId: string }
  | { type: 'remove-from-report'; clueId: string }
  | { type: 'file-report'; conclusion: SiteConclusion };

export type SiteRefusalReason =
  | 'unknown-id'
  | 'tool-not-here'
  | 'already-checked'
  | 'no-time-left'
  | 'not-observed'
  | 'already-in-report'
  | 'not-in-report'
  | 'report-filed';

export type SiteEvent =
  /** `switching`: the console the staff hurry to on an unannounced visit (null when nobody does). */
  | { type: 'arrived'; announced: boolean; switching: string | null }
  | { type: 'stalled'; target: string; minutes: number }
  /** `hidden`: how the site kept from this look what it would have shown (empty when nothing was). */
  | { type: 'checked'; target: string; source: SiteTool | 'interview'; at: number; timeCost: number; observed: string[]; hidden: Hiding[] }
  /** The consoles are now on the show system; `caught` when the inspector was at that console first. */
  | { type: 'consoles-switched'; target: string; at: number; caught: boolean }
  | { type: 'site-reacts'; how: 'manager-to-console' | 'staff-taken-aside'; target: string; hidesAt: number }
  /** A staff member is seen closing a station up: every look there now takes `extraMinutes` longer. */
  | { type: 'staff-hides'; staffId: string; target: string; act: HidingAct; at: number; extraMinutes: number }
  | { type: 'added-to-report'; clueId: string }
  | { type: 'removed-from-report'; clueId: string }
  | { type: 'report-filed'; conclusion: SiteConclusion; review: SupervisorReview }
  | { type: 'action-refused'; action: SiteAction; reason: SiteRefusalReason };

export interface SiteStepResult {
  visit: SiteVisit;
  events: SiteEvent[];
}

// ---- Arriving: the seed decides where clues are and what was hidden ----------------------------

/**
 * Starts a visit. Draws, in a fixed order that does not depend on the options: where each clue
 * sits, one number per clue for whether it was hidden, one for how long the switch takes, and the
 * site's own generator. So one seed gives the same hall announced or not, on any difficulty; only
 * what is hidden, and when, differs.
 *
 * The switch (L31-L32: staff put the fake interface up when inspectors came) is one act on the
 * console where the site's caught-switching clue sits: that clue and every switchable clue on the
 * same console are hidden together, before arrival when the visit was announced, `switchAt`
 * minutes in when it was not.
 */
export function createSiteVisit(
  site: SiteDefinition,
  options: SiteVisitOptions,
  random: RandomState,
): { visit: SiteVisit; random: RandomState; events: SiteEvent[] } {
  let r = random;
  let placement: Record<string, string>;
  [placement, r] = placeClues(site, r);

  const settings = SITE_DIFFICULTY_SETTINGS[options.difficulty];
  const switched = switchedTogether(site, placement);
  const hiddenFrom: Record<string, number> = {};
  const hiddenHow: Record<string, Hiding> = {};
  for (const clue of site.clues) {
    let u: number;
    [u, r] = nextRandom(r);
    if (switched.includes(clue.id) || !hiddenBeforeArrival(clue, u, options.announced, settings)) continue;
    hiddenFrom[clue.id] = 0;
    hiddenHow[clue.id] = clue.concealment === 'rehearsed' ? 'story-rehearsed' : 'switched-before-arrival';
  }
  let w: number;
  [w, r] = nextRandom(r);
  const { least, most } = settings.switchMinutes;
  const switchAt = switched.length === 0 ? null : options.announced ? 0 : least + Math.floor(w * (most - least + 1));
  for (const id of switched) {
    hiddenFrom[id] = switchAt ?? 0;
    hiddenHow[id] = switchAt === 0 ? 'switched-before-arrival' : 'switched-as-you-came';
  }
  let v: number;
  [v, r] = nextRandom(r);

  const visit: SiteVisit = {
    siteId: site.id,
    announced: options.announced,
    difficulty: options.difficulty,
    timeBudget: site.timeBudget[options.difficulty],
    timeUsed: 0,
    placement,
    hiddenFrom,
    hiddenHow,
    switchAt,
    // Warned, the staff closed it up before the inspector came (no draw: the state decides).
    hidingAt: site.seenHiding && options.announced ? 0 : null,
    checks: [],
    evidence: [],
    report: [],
    filed: null,
    random: Math.floor(v * 4294967296) >>> 0,
  };
  const switching = switchAt !== null && switchAt > 0 ? switchStation(site, visit) : null;
  const events: SiteEvent[] = [{ type: 'arrived', announced: options.announced, switching }];
  if (site.seenHiding && visit.hidingAt === 0) events.push(hidingEvent(site.seenHiding, 0));
  return { visit, random: r, events };
}

/** The clues the switch hides at once: the caught-switching clue and the switchable ones on its console. */
function switchedTogether(site: SiteDefinition, placement: Record<string, string>): string[] {
  const caught = site.clues.find((c) => c.concealment === 'caught-switching');
  if (!caught) return [];
  const console_ = placement[caught.id];
  return site.clues.filter((c) => c === caught || (c.concealment === 'switchable' && placement[c.id] === console_)).map((c) => c.id);
}

/** The console the staff switch, or null at a site with nothing to switch. */
export function switchStation(site: SiteDefinition, visit: SiteVisit): string | null {
  const caught = site.clues.find((c) => c.concealment === 'caught-switching');
  return caught ? (visit.placement[caught.id] ?? null) : null;
}

/** Whether the consoles show the show system by now (announced: from the start). */
export function consolesSwitched(visit: SiteVisit): boolean {
  return visit.switchAt !== null && visit.timeUsed >= visit.switchAt;
}

function groupOf(clue: SiteClue): string {
  return clue.group ?? `clue:${clue.id}`;
}

function spot(source: ClueSource, target: string): string {
  return `${source}@${target}`;
}

function placeClues(site: SiteDefinition, random: RandomState): [Record<string, string>, RandomState] {
  let r = random;
  const placement: Record<string, string> = {};
  const taken = new Set<string>();
  // Clues with one place go first, so a drawn clue never lands on a spot the level fixed.
  for (const clue of site.clues) {
    const only = clue.candidates.length === 1 ? clue.candidates[0] : undefined;
    if (only === undefined) continue;
    placement[clue.id] = only;
    taken.add(spot(clue.source, only));
  }
  const picked = new Map<string, string>();
  for (const clue of site.clues) {
    if (clue.candidates.length === 1) continue;
    const group = groupOf(clue);
    let target = picked.get(group);
    if (target === undefined) {
      // Two drawn clues read by the same tool never share a station: a rack shows one nameplate.
      const members = site.clues.filter((c) => groupOf(c) === group);
      const free = clue.candidates.filter((t) => members.every((m) => !taken.has(spot(m.source, t))));
      [target, r] = pickOne(free, r);
      picked.set(group, target);
      for (const m of members) taken.add(spot(m.source, target));
    }
    placement[clue.id] = target;
  }
  return [placement, r];
}

function hiddenBeforeArrival(clue: SiteClue, u: number, announced: boolean, s: SiteDifficultySettings): boolean {
  const when = announced ? 'announced' : 'unannounced';
  switch (clue.concealment) {
    case 'fixed':
      return false;
    case 'switchable':
      return u < s.switchedAway[when];
    case 'rehearsed':
      return u < s.rehearsed[when];
    case 'caught-switching':
      // The switch has its own timing (switchAt); this clue never reaches here.
      return announced;
  }
}

// ---- During the visit ---------------------------------------------------------------------------

function hidingEvent(h: SeenHiding, at: number): SiteEvent {
  return { type: 'staff-hides', staffId: h.staffId, target: h.stationId, act: h.act, at, extraMinutes: h.extraMinutes };
}

/** Minutes a tool at a station takes now: its own time, plus the delay once staff closed that station up. */
export function toolMinutes(site: SiteDefinition, visit: SiteVisit, stationId: string, tool: SiteTool): number | null {
  const offer = site.stations.find((s) => s.id === stationId)?.tools.find((t) => t.tool === tool);
  if (!offer) return null;
  const closed = site.seenHiding?.stationId === stationId && visit.hidingAt !== null;
  return offer.timeCost + (closed ? site.seenHiding!.extraMinutes : 0);
}

export function siteTimeLeft(visit: SiteVisit): number {
  return Math.max(0, visit.timeBudget - visit.timeUsed);
}

/** Clues the site had not hidden when the inspector walked in. */
export function liveAtArrival(site: SiteDefinition, visit: SiteVisit): string[] {
  return site.clues.filter((c) => visit.hiddenFrom[c.id] !== 0).map((c) => c.id);
}

function visibleAt(visit: SiteVisit, clueId: string, minute: number): boolean {
  const from = visit.hiddenFrom[clueId];
  return from === undefined || minute < from;
}

function checkOf(visit: SiteVisit, target: string | undefined, source: ClueSource): SiteCheck | undefined {
  return visit.checks.find((c) => c.target === target && c.source === source);
}

function isObservable(visit: SiteVisit, clue: SiteClue): boolean {
  const target = visit.placement[clue.id];
  // The switch is seen by whoever is at that console, with any tool, before the staff finish.
  if (clue.concealment === 'caught-switching') return visit.checks.some((c) => c.target === target && visibleAt(visit, clue.id, c.at));
  const check = checkOf(visit, target, clue.source);
  if (!check) return false;
  if (clue.needsOtherInterview && !visit.checks.some((c) => c.source === 'interview' && c.target !== target)) return false;
  return visibleAt(visit, clue.id, check.at);
}

/**
 * What the inspector sees at a spot already checked: the clues found, the cover over hidden ones, or
 * the plain reading. The plain reading ("nothing unusual") is never shown where the site hid
 * something: there the cover shows, and `hiddenAt` says how it was hidden.
 */
export function whatIsSeen(site: SiteDefinition, visit: SiteVisit, target: string, source: SiteTool | 'interview'): LocalText[] {
  const check = checkOf(visit, target, source);
  if (!check) return [];
  const texts: LocalText[] = [];
  let hid = false;
  for (const clue of site.clues) {
    if (clue.source !== source || visit.placement[clue.id] !== target) continue;
    if (visit.evidence.includes(clue.id)) texts.push(clue.seen);
    else if (!visibleAt(visit, clue.id, check.at)) {
      hid = true;
      if (clue.cover) texts.push(clue.cover);
    }
  }
  if (texts.length > 0 || hid) return texts;
  if (source === 'interview') {
    const person = site.staff.find((s) => s.id === target);
    return person ? [person.plain] : [];
  }
  const offer = site.stations.find((s) => s.id === target)?.tools.find((t) => t.tool === source);
  return offer ? [offer.plain] : [];
}

/** How the site kept from one look what it would have shown, in the order of the level's clues (empty when nothing was). */
export function hiddenAt(site: SiteDefinition, visit: SiteVisit, target: string, source: SiteTool | 'interview'): Hiding[] {
  const check = checkOf(visit, target, source);
  if (!check) return [];
  const hows = site.clues
    .filter((c) => c.source === source && visit.placement[c.id] === target && !visit.evidence.includes(c.id) && !visibleAt(visit, c.id, check.at))
    .map((c) => visit.hiddenHow[c.id] ?? 'switched-before-arrival');
  return [...new Set(hows)];
}

/** Applies one inspector action. A refusal returns the same visit and an `action-refused` event. */
export function applySiteAction(site: SiteDefinition, visit: SiteVisit, action: SiteAction): SiteStepResult {
  const refuse = (reason: SiteRefusalReason): SiteStepResult => ({ visit, events: [{ type: 'action-refused', action, reason }] });
  if (visit.filed) return refuse('report-filed');

  switch (action.type) {
    case 'use-tool':
    case 'interview': {
      let target: string;
      let source: SiteTool | 'interview';
      let timeCost: number;
      let needsStaff: boolean;
      if (action.type === 'use-tool') {
        const station = site.stations.find((s) => s.id === action.stationId);
        if (!station) return refuse('unknown-id');
        const offer = station.tools.find((t) => t.tool === action.tool);
        if (!offer) return refuse('tool-not-here');
        [target, source, timeCost, needsStaff] = [station.id, offer.tool, toolMinutes(site, visit, station.id, offer.tool)!, offer.needsStaff];
      } else {
        const person = site.staff.find((s) => s.id === action.staffId);
        if (!person) return refuse('unknown-id');
        // The manager sits in on every interview, so any answer can be stalled.
        [target, source, timeCost, needsStaff] = [person.id, 'interview', person.timeCost, true];
      }
      if (checkOf(visit, target, source)) return refuse('already-checked');
      if (siteTimeLeft(visit) < timeCost) return refuse('no-time-left');
      const next = structuredClone(visit);
      const events: SiteEvent[] = [];
      check(site, next, target, source, timeCost, needsStaff, events);
      return { visit: next, events };
    }
    case 'add-to-report': {
      if (!site.clues.some((c) => c.id === action.clueId)) return refuse('unknown-id');
      if (!visit.evidence.includes(action.clueId)) return refuse('not-observed');
      if (visit.report.includes(action.clueId)) return refuse('already-in-report');
      const next = structuredClone(visit);
      next.report.push(action.clueId);
      return { visit: next, events: [{ type: 'added-to-report', clueId: action.clueId }] };
    }
    case 'remove-from-report': {
      if (!visit.report.includes(action.clueId)) return refuse('not-in-report');
      const next = structuredClone(visit);
      next.report = next.report.filter((id) => id !== action.clueId);
      return { visit: next, events: [{ type: 'removed-from-report', clueId: action.clueId }] };
    }
    case 'file-report': {
      if (!SITE_CONCLUSIONS.includes(action.conclusion)) return refuse('unknown-id');
      const next = structuredClone(visit);
      const review = supervisorReview(site, next.report, action.conclusion);
      next.filed = { conclusion: action.conclusion, review, at: next.timeUsed };
      return { visit: next, events: [{ type: 'report-filed', conclusion: action.conclusion, review }] };
    }
  }
}

function check(
  site: SiteDefinition,
  visit: SiteVisit,
  target: string,
  source: SiteTool | 'interview',
  timeCost: number,
  needsStaff: boolean,
  events: SiteEvent[],
): void {
  const settings = SITE_DIFFICULTY_SETTINGS[visit.difficulty];
  // Two draws on every check, whatever happens, so one reaction never shifts the next check's luck.
  let r = visit.random;
  let stallDraw: number;
  let reactDraw: number;
  [stallDraw, r] = nextRandom(r);
  [reactDraw, r] = nextRandom(r);

  // A stall eats spare time but never a check that fits: the inspector can insist.
  const spare = siteTimeLeft(visit) - timeCost;
  const stall = needsStaff && stallDraw < settings.stallChance ? Math.min(settings.stallMinutes, spare) : 0;
  if (stall > 0) events.push({ type: 'stalled', target, minutes: stall });
  const before = visit.timeUsed;
  const at = before + stall;
  visit.checks.push({ target, source, at });
  visit.timeUsed = at + timeCost;

  const observed = site.clues.filter((c) => !visit.evidence.includes(c.id) && isObservable(visit, c)).map((c) => c.id);
  visit.evidence.push(...observed);
  events.push({ type: 'checked', target, source, at, timeCost, observed, hidden: hiddenAt(site, visit, target, source) });

  // The site reacts: someone hurries to hide a live clue the inspector has not reached yet.
  const foundMining = observed.some((id) => site.clues.find((c) => c.id === id)?.indicates === 'mining');
  const hideable = site.clues.filter(
    (c) =>
      c.indicates === 'mining' &&
      (c.concealment === 'switchable' || c.concealment === 'rehearsed') &&
      visit.hiddenFrom[c.id] === undefined &&
      !checkOf(visit, visit.placement[c.id], c.source),
  );
  if (hideable.length > 0 && reactDraw < (foundMining ? settings.reactOnFind : settings.reactOnCheck)) {
    let clue: SiteClue;
    [clue, r] = pickOne(hideable, r);
    const hidesAt = visit.timeUsed + settings.reactionMinutes;
    visit.hiddenFrom[clue.id] = hidesAt;
    visit.hiddenHow[clue.id] = clue.source === 'interview' ? 'taken-aside' : 'manager-at-it';
    events.push({
      type: 'site-reacts',
      how: clue.source === 'interview' ? 'staff-taken-aside' : 'manager-to-console',
      target: visit.placement[clue.id] ?? '',
      hidesAt,
    });
  }
  visit.random = r;

  // Caught at the console: the operator flips it under the inspector's eyes, and the rest with it.
  const switchTarget = switchStation(site, visit);
  const caughtNow = site.clues.find((c) => c.concealment === 'caught-switching' && observed.includes(c.id));
  if (caughtNow && visit.switchAt !== null && visit.switchAt > visit.timeUsed) {
    visit.switchAt = visit.timeUsed;
    for (const id of switchedTogether(site, visit.placement)) if (!visit.evidence.includes(id)) visit.hiddenFrom[id] = visit.timeUsed;
  }
  // Staff seen closing a station up, once the inspector has taken enough looks elsewhere.
  const hiding = site.seenHiding;
  if (hiding && visit.hidingAt === null && visit.checks.length >= hiding.afterLooks && !visit.checks.some((c) => c.target === hiding.stationId)) {
    visit.hidingAt = visit.timeUsed;
    events.push(hidingEvent(hiding, visit.timeUsed));
  }
  // The staff finish the switch while this look goes on: the whole hall sees the screens change.
  const switchAt = visit.switchAt;
  if (switchAt !== null && switchTarget !== null && before < switchAt && visit.timeUsed >= switchAt) {
    const caught = site.clues.some((c) => c.concealment === 'caught-switching' && visit.evidence.includes(c.id));
    events.push({ type: 'consoles-switched', target: switchTarget, at: switchAt, caught });
  }
}

// ---- The supervisor ---------------------------------------------------------------------------

/**
 * Independent kinds a finding needs. An accusation needs strong evidence in two kinds, or strong
 * evidence in one kind backed by two more; clearing a site needs strong evidence of real work
 * backed by one more kind. No number of weak clues is enough: a flat load, a high bill and a
 * nervous manager are what an honest but wasteful data centre looks like too.
 */
export const KINDS_NEEDED = { accuse: 3, clear: 2, refer: 2 } as const;

export type SupervisorReason =
  | 'corroborated'
  | 'nothing-claimed'
  | 'no-evidence'
  | 'only-weak-clues'
  | 'one-kind-only'
  | 'too-few-kinds'
  | 'contradicted'
  | 'no-real-work-shown';

export interface SupervisorReview {
  accepted: boolean;
  reason: SupervisorReason;
  /** Kinds of evidence in the report that support the conclusion, and those with strong evidence. */
  kinds: EvidenceKind[];
  strongKinds: EvidenceKind[];
}

export function evidenceKindOf(clue: SiteClue): EvidenceKind {
  return EVIDENCE_KIND_OF[clue.source];
}

function kindsOf(clues: readonly SiteClue[]): EvidenceKind[] {
  return EVIDENCE_KINDS.filter((k) => clues.some((c) => evidenceKindOf(c) === k));
}

/** Whether the supervisor accepts a report (clue ids) for a conclusion, and why. */
export function supervisorReview(site: SiteDefinition, report: readonly string[], conclusion: SiteConclusion): SupervisorReview {
  const clues = site.clues.filter((c) => report.includes(c.id));
  const pointingTo = (...indicates: ClueIndicates[]) => clues.filter((c) => indicates.includes(c.indicates));
  const verdict = (accepted: boolean, reason: SupervisorReason, support: readonly SiteClue[]): SupervisorReview => ({
    accepted,
    reason,
    kinds: kindsOf(support),
    strongKinds: kindsOf(support.filter((c) => c.strength === 'strong')),
  });

  if (conclusion === 'inconclusive') return verdict(true, 'nothing-claimed', []);

  const support =
    conclusion === 'mining-disguised' ? pointingTo('mining') : conclusion === 'honest' ? pointingTo('real-work') : pointingTo('waste', 'real-work');
  // Weak clues the other way are normal (a show rack really has GPUs); strong ones are not.
  const against = conclusion === 'mining-disguised' ? pointingTo('real-work') : pointingTo('mining');
  if (against.some((c) => c.strength === 'strong')) return verdict(false, 'contradicted', support);

  const main = conclusion === 'inefficient-refer' ? pointingTo('waste') : support;
  if (main.length === 0) return verdict(false, 'no-evidence', support);
  if (!main.some((c) => c.strength === 'strong')) return verdict(false, 'only-weak-clues', support);
  if (conclusion === 'inefficient-refer' && pointingTo('real-work').length === 0) return verdict(false, 'no-real-work-shown', support);

  const kinds = kindsOf(support).length;
  const strongKinds = kindsOf(support.filter((c) => c.strength === 'strong')).length;
  if (kinds === 1) return verdict(false, 'one-kind-only', support);
  const needed = conclusion === 'mining-disguised' ? KINDS_NEEDED.accuse : conclusion === 'honest' ? KINDS_NEEDED.clear : KINDS_NEEDED.refer;
  if (strongKinds >= 2 || kinds >= needed) return verdict(true, 'corroborated', support);
  return verdict(false, 'too-few-kinds', support);
}

// ---- Scoring ----------------------------------------------------------------------------------

export const SITE_VERDICTS = [
  'mining-proven',
  'mining-missed',
  'miners-unreported',
  'honest-accused',
  'honest-cleared',
  'needless-referral',
  'waste-referred',
  'waste-overlooked',
  'report-sent-back',
  'nothing-filed',
] as const;
/** What the visit came to, from the site's truth, the conclusion filed and the supervisor's review. */
export type SiteVerdict = (typeof SITE_VERDICTS)[number];

export function siteVerdict(truth: SiteTruth, filed: FiledReport | null): SiteVerdict {
  if (!filed || filed.conclusion === 'inconclusive') return truth === 'mining-disguised' ? 'miners-unreported' : 'nothing-filed';
  // Accusing an honest site is the serious error whether or not the supervisor stops it; so is
  // putting one's name to a mining hall as research (or as honest waste), as the real inspectors did.
  if (filed.conclusion === 'mining-disguised' && truth !== 'mining-disguised') return 'honest-accused';
  if (filed.conclusion !== 'mining-disguised' && truth === 'mining-disguised') return 'mining-missed';
  if (!filed.review.accepted) return 'report-sent-back';
  if (truth === 'mining-disguised') return filed.conclusion === 'mining-disguised' ? 'mining-proven' : 'mining-missed';
  if (truth === 'honest-ai-lab') return filed.conclusion === 'honest' ? 'honest-cleared' : 'needless-referral';
  return filed.conclusion === 'inefficient-refer' ? 'waste-referred' : 'waste-overlooked';
}

/** What a visit came to, filed or not (a visit left without a report is doing nothing). */
export function visitVerdict(site: SiteDefinition, visit: SiteVisit): SiteVerdict {
  return siteVerdict(site.truth, visit.filed);
}

export const SITE_APPROACHES = ['unannounced', 'announced'] as const;
/** How the inspector goes in. */
export type SiteApproach = (typeof SITE_APPROACHES)[number];

/** Points per lesson of a list of outcomes, for the lessons it names. */
function pointsByLesson(outcomes: readonly Outcome[]): Map<string, number> {
  const by = new Map<string, number>();
  for (const o of outcomes) by.set(o.lesson, (by.get(o.lesson) ?? 0) + o.points);
  return by;
}

/**
 * Whether `better` scores more than `worse` however lessons are weighed: at least as much on every
 * lesson and more on one. (Points on different lessons never compare: a lesson is scored as a share
 * of what the level offers on it.)
 */
export function outcomesDominate(better: readonly Outcome[], worse: readonly Outcome[]): boolean {
  const b = pointsByLesson(better);
  const w = pointsByLesson(worse);
  const lessons = new Set([...b.keys(), ...w.keys()]);
  const at = (m: Map<string, number>, l: string) => m.get(l) ?? 0;
  return [...lessons].every((l) => at(b, l) >= at(w, l)) && [...lessons].some((l) => at(b, l) > at(w, l));
}

const describeOutcomes = (outcomes: readonly Outcome[]): string =>
  outcomes.length === 0 ? 'nothing' : outcomes.map((o) => `${o.lesson} ${o.points > 0 ? '+' : ''}${o.points}`).join(', ');

/**
 * Problems with the points a level gives each verdict of a site with this truth (verdicts it cannot
 * reach are not held to anything), held to what the site inspection teaches, lesson by lesson:
 * - a proven finding beats a true hunch the supervisor sends back, and that hunch never scores
 *   below walking out; clearing a mining hall costs more than walking out and records the risk it
 *   lets fall;
 * - a false accusation, even one the supervisor stops, costs more than filing nothing; a finding
 *   that holds beats one sent back;
 * - walking out is never the best a site offers on a lesson it can earn (no 100 for doing nothing).
 */
export function verdictPointProblems(truth: SiteTruth, verdicts: Record<SiteVerdict, Outcome[]>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const order: [SiteVerdict, SiteVerdict, string][] =
    truth === 'mining-disguised'
      ? [
          ['mining-proven', 'report-sent-back', 'a proven finding must earn more than a hunch the supervisor sends back'],
          ['report-sent-back', 'miners-unreported', 'a true accusation the supervisor sends back must score more than walking out'],
          ['miners-unreported', 'mining-missed', 'clearing or referring a mining hall as honest work must cost more than walking out'],
        ]
      : [
          ['nothing-filed', 'honest-accused', 'accusing an honest site must cost more than filing nothing'],
          truth === 'honest-ai-lab'
            ? ['honest-cleared', 'report-sent-back', 'clearing real work on evidence must earn more than a report sent back']
            : ['waste-referred', 'report-sent-back', 'a referral that holds must earn more than a report sent back'],
        ];
  for (const [better, worse, why] of order) {
    if (outcomesDominate(verdicts[better], verdicts[worse])) continue;
    problems.push({
      path: `verdicts.${better}`,
      code: 'verdict-points-out-of-order',
      detail: `${why}, on every lesson it touches (${better}: ${describeOutcomes(verdicts[better])}; ${worse}: ${describeOutcomes(verdicts[worse])})`,
    });
  }
  if (truth === 'mining-disguised' && !verdicts['mining-missed'].some((o) => o.risk?.kind === 'fell')) {
    problems.push({ path: 'verdicts.mining-missed', code: 'verdict-risk-missing', detail: 'clearing a mining hall lets supervision fail: give an outcome a risk that falls (R4, no supervision, or the one the level teaches)' });
  }
  const reachable = possibleSiteVerdicts(truth);
  const walkOut = siteVerdict(truth, null);
  const lessons = new Set(reachable.flatMap((v) => verdicts[v].map((o) => o.lesson)));
  for (const lesson of lessons) {
    const best = Math.max(...reachable.map((v) => pointsByLesson(verdicts[v]).get(lesson) ?? 0));
    const walked = pointsByLesson(verdicts[walkOut]).get(lesson) ?? 0;
    if (best > 0 && walked >= best) {
      problems.push({ path: `verdicts.${walkOut}`, code: 'walking-out-scores', detail: `walking out earns the most a visit offers on ${lesson} (${walked}): give a finding that holds more on ${lesson}, or walking out less` });
    }
  }
  return problems;
}

/** Every verdict a visit to a site with this truth can come to: the alternatives scoring weighs. */
export function possibleSiteVerdicts(truth: SiteTruth): SiteVerdict[] {
  const verdicts = new Set<SiteVerdict>([siteVerdict(truth, null)]);
  for (const conclusion of SITE_CONCLUSIONS) {
    for (const accepted of [true, false]) {
      verdicts.add(siteVerdict(truth, { conclusion, at: 0, review: { accepted, reason: accepted ? 'corroborated' : 'no-evidence', kinds: [], strongKinds: [] } }));
    }
  }
  return [...verdicts];
}

/**
 * Problems with what the approach earns: where the site can hide anything, going in announced
 * lets it (L31), so the approach must be scored, and a surprise visit must score more.
 */
export function approachPointProblems(site: SiteDefinition, approach: Record<SiteApproach, Outcome[]> | undefined): ContentProblem[] {
  const hides = site.clues.some((c) => c.concealment !== 'fixed');
  if (!approach) {
    return hides ? [{ path: 'approach', code: 'approach-unscored', detail: 'this site hides clues from an announced visit: give "approach" outcomes for going in unannounced and announced' }] : [];
  }
  if (hides && !outcomesDominate(approach.unannounced, approach.announced)) {
    return [{ path: 'approach.unannounced', code: 'approach-out-of-order', detail: `a surprise visit must score more than an announced one on every lesson it touches (unannounced: ${describeOutcomes(approach.unannounced)}; announced: ${describeOutcomes(approach.announced)})` }];
  }
  return [];
}

// ---- The case file ------------------------------------------------------------------------------

/** A small record of a visit for later levels and the debrief. */
export interface SiteCaseRecord {
  siteId: string;
  truth: SiteTruth;
  announced: boolean;
  difficulty: SiteDifficulty;
  conclusion: SiteConclusion | null;
  accepted: boolean;
  reason: SupervisorReason | null;
  verdict: SiteVerdict;
  /** The report's clues with their kind, so a later level can cite them. */
  report: { clueId: string; kind: EvidenceKind; strength: 'strong' | 'weak'; indicates: ClueIndicates }[];
  kinds: EvidenceKind[];
  /** Clues the site kept from the inspector, for the debrief. */
  hiddenFromInspector: string[];
  timeUsed: number;
  timeBudget: number;
}

export function siteCaseRecord(site: SiteDefinition, visit: SiteVisit): SiteCaseRecord {
  const report = visit.report.flatMap((id) => {
    const clue = site.clues.find((c) => c.id === id);
    return clue ? [{ clueId: id, kind: evidenceKindOf(clue), strength: clue.strength, indicates: clue.indicates }] : [];
  });
  return {
    siteId: site.id,
    truth: site.truth,
    announced: visit.announced,
    difficulty: visit.difficulty,
    conclusion: visit.filed?.conclusion ?? null,
    accepted: visit.filed?.review.accepted ?? false,
    reason: visit.filed?.review.reason ?? null,
    verdict: visitVerdict(site, visit),
    report,
    kinds: EVIDENCE_KINDS.filter((k) => report.some((r) => r.kind === k)),
    hiddenFromInspector: site.clues.filter((c) => !visit.evidence.includes(c.id) && visit.hiddenFrom[c.id] !== undefined).map((c) => c.id),
    timeUsed: visit.timeUsed,
    timeBudget: visit.timeBudget,
  };
}

// ---- Checking a site definition -----------------------------------------------------------------

/**
 * Problems with a site definition (empty when sound), with paths inside the site. Beyond ids
 * and places, it holds every site to the fairness the issue asks for: an honest site cannot be
 * proven guilty even with every clue it has, a disguised one cannot be cleared, and a disguised
 * one can be proven from clues it cannot hide.
 */
export function siteDefinitionProblems(site: SiteDefinition): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: string, code: string, detail: string): void => {
    problems.push({ path, code, detail });
  };
  const stationIds = site.stations.map((s) => s.id);
  const staffIds = site.staff.map((s) => s.id);
  const allIds = [...stationIds, ...staffIds];
  const dup = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
  for (const id of dup(allIds)) add('stations', 'duplicate-id', `station or staff id "${id}" is used twice`);
  for (const id of dup(site.clues.map((c) => c.id))) add('clues', 'duplicate-id', `clue id "${id}" is used twice`);
  for (const d of SITE_DIFFICULTIES) {
    if (!(site.timeBudget[d] > 0)) add(`timeBudget.${d}`, 'no-time', `time budget for ${d} must be above zero`);
  }

  site.clues.forEach((clue, i) => {
    const where = `clue "${clue.id}"`;
    const path = `clues[${i}]`;
    if (clue.candidates.length === 0) add(`${path}.candidates`, 'no-candidates', `${where} has no candidate places`);
    for (const target of clue.candidates) {
      if (clue.source === 'interview') {
        if (!staffIds.includes(target)) add(`${path}.candidates`, 'unknown-place', `${where} names "${target}", who is not on the staff`);
      } else if (clue.source === 'on-arrival') {
        if (!stationIds.includes(target)) add(`${path}.candidates`, 'unknown-place', `${where} names "${target}", which is not a station`);
      } else if (!site.stations.find((s) => s.id === target)?.tools.some((t) => t.tool === clue.source)) {
        add(`${path}.candidates`, 'tool-not-there', `${where} is read with ${clue.source}, which station "${target}" does not offer`);
      }
    }
    if ((clue.concealment === 'caught-switching') !== (clue.source === 'on-arrival')) {
      add(`${path}.concealment`, 'arrival-mismatch', `${where}: only the switch (concealment caught-switching) has the source on-arrival, and it has no other`);
    }
    if (clue.concealment === 'switchable' || clue.concealment === 'rehearsed') {
      // A hidden clue reads as hidden: its cover, never the plain "nothing unusual" of the spot.
      const plains = clue.candidates.flatMap((target) =>
        clue.source === 'interview' ? (site.staff.find((s) => s.id === target)?.plain ?? []) : (site.stations.find((s) => s.id === target)?.tools.find((t) => t.tool === clue.source)?.plain ?? []),
      );
      if (!clue.cover) {
        const plain = plains[0]?.en ?? 'the plain reading';
        add(`${path}.cover`, 'hidden-reads-plain', `${where} can be hidden (${clue.concealment}) but has no cover, so a look after it was hidden would read "${plain}": give it a cover that says what shows instead and that it was put away`);
      } else if (plains.some((plain) => LANGUAGES.some((lang) => plain[lang].trim() === clue.cover![lang].trim()))) {
        add(`${path}.cover`, 'cover-reads-plain', `${where}: its cover is the spot's plain reading, so the hidden clue would read as "nothing unusual": say what shows instead and that it was put away`);
      }
    }
    if (clue.needsOtherInterview && clue.source !== 'interview') add(`${path}.needsOtherInterview`, 'not-an-interview', `${where}: only an interview can contradict another`);
    if (clue.sourceLines.length === 0 && clue.illustrative === null) add(`${path}.illustrative`, 'unsourced', `${where} rests on no article line and is not marked illustrative`);
    if (clue.group !== undefined) {
      const first = site.clues.find((c) => c.group === clue.group);
      if (first && first.candidates.join('|') !== clue.candidates.join('|')) add(`${path}.candidates`, 'group-candidates-differ', `${where}: clues of group "${clue.group}" must share their candidates`);
    }
  });

  const hiding = site.seenHiding;
  if (hiding) {
    if (!staffIds.includes(hiding.staffId)) add('seenHiding.staffId', 'unknown-place', `seenHiding names "${hiding.staffId}", who is not on the staff`);
    if (!stationIds.includes(hiding.stationId)) add('seenHiding.stationId', 'unknown-place', `seenHiding names "${hiding.stationId}", which is not a station`);
    if (site.truth !== 'mining-disguised') add('seenHiding', 'honest-site-hides', 'only a disguised site has staff hiding things: remove seenHiding or change the truth');
  }

  const switches = site.clues.filter((c) => c.concealment === 'caught-switching');
  if (switches.length > 1) add('clues', 'two-switches', `clues ${switches.map((c) => `"${c.id}"`).join(', ')} are each the switch: a site switches its consoles once, so keep one`);

  const ids = (pred: (c: SiteClue) => boolean) => site.clues.filter(pred).map((c) => c.id);
  if (site.truth === 'mining-disguised') {
    if (supervisorReview(site, ids((c) => c.indicates === 'real-work'), 'honest').accepted) {
      add('clues', 'disguise-clears', 'a disguised site could be cleared with its show evidence');
    }
    if (!supervisorReview(site, ids((c) => c.indicates === 'mining' && c.concealment === 'fixed'), 'mining-disguised').accepted) {
      add('clues', 'disguise-unprovable', 'a disguised site must be provable from clues it cannot hide');
    }
  } else if (supervisorReview(site, ids((c) => c.indicates === 'mining'), 'mining-disguised').accepted) {
    // The review only grows with more mining clues, so if all of them fail, every report fails.
    add('clues', 'honest-provable', 'an honest site could be proven guilty');
  }
  return problems;
}
