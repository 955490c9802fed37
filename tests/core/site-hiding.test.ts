// Staff seen hiding something (issue 13): at Genesis the shift operator locks the network cabinet,
// before the inspector comes on an announced visit, after the second look on a surprise one. The
// state decides (never a draw), the log replays it, and every look in the cabinet then takes longer.
import { describe, expect, it } from 'vitest';
import {
  appendAction,
  createGame,
  replay,
  siteDefinitionProblems,
  startLog,
  step,
  toolMinutes,
  type GameAction,
  type GameEvent,
  type GameState,
  type SiteStep,
} from '../../src/core';
import { loadLevel } from '../support/levels';

const level = loadLevel('two-systems.json');
const sites = level.steps.filter((s): s is SiteStep => s.kind === 'site');
const lab = sites.find((s) => s.site.truth !== 'mining-disguised')!;
const genesis = sites.find((s) => s.site.truth === 'mining-disguised')!;
const hiding = genesis.site.seenHiding!;
const cabinetOwn = genesis.site.stations.find((s) => s.id === hiding.stationId)!.tools.find((t) => t.tool === 'network-monitor')!.timeCost;

const look = (stationId: string, tool: 'read-nameplate' | 'network-monitor' | 'read-substation' | 'inspect-research'): GameAction => ({ type: 'site', act: { type: 'use-tool', stationId, tool } });

/** Plays to the Genesis hall (through the scenes, in and out of the lab), then the given actions; every event on the way. */
function atGenesis(seed: number, announced: boolean, ...actions: GameAction[]): { state: GameState; events: GameEvent[]; log: ReturnType<typeof startLog> } {
  let state = createGame(level, seed);
  let log = startLog(level, seed);
  const events: GameEvent[] = [];
  const play = (action: GameAction) => {
    const result = step(level, state, action);
    expect(result.events.filter((e) => e.type === 'action-refused'), JSON.stringify(action)).toEqual([]);
    state = result.state;
    log = appendAction(log, action);
    events.push(...result.events);
  };
  const queue: GameAction[] = [{ type: 'begin-visit', announced: false, difficulty: 'standard' }, { type: 'leave-site' }];
  while (level.steps[state.stepIndex] !== genesis) play(level.steps[state.stepIndex]!.kind === 'scene' ? { type: 'advance-dialogue' } : queue.shift()!);
  play({ type: 'begin-visit', announced, difficulty: 'standard' });
  for (const action of actions) play(action);
  return { state, events, log };
}

const hides = (events: GameEvent[]) => events.filter((e) => JSON.stringify(e).includes('"staff-hides"'));
const visitOf = (state: GameState) => state.site[genesis.id]!.visit!;

describe('staff seen hiding something at Genesis', () => {
  it('the level names who hides what, and only the disguised hall has it', () => {
    expect(hiding).toMatchObject({ staffId: 'accountant', stationId: 'network-cabinet', act: 'closes-cabinet' });
    expect(hiding.afterLooks).toBeGreaterThan(0);
    expect(lab.site.seenHiding).toBeUndefined();
  });

  it('on an announced visit the cabinet was locked before the inspector came: said on arrival, and every look in it takes longer', () => {
    const { state, events } = atGenesis(5, true, look(hiding.stationId, 'network-monitor'));
    const [event] = hides(events);
    expect(JSON.stringify(event)).toContain(`"at":0`);
    const visit = visitOf(state);
    expect(visit.hidingAt).toBe(0);
    expect(toolMinutes(genesis.site, visit, hiding.stationId, 'network-monitor')).toBe(cabinetOwn + hiding.extraMinutes);
    // The network monitor needs no staff, so nothing but the lock adds to its minutes.
    expect(visit.timeUsed).toBe(cabinetOwn + hiding.extraMinutes);
  });

  it('on a surprise visit it happens at the look the level names, on every seed alike, and costs minutes from then on', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const before = atGenesis(seed, false, look('rack-1', 'read-nameplate'));
      expect(hides(before.events)).toEqual([]);
      expect(toolMinutes(genesis.site, visitOf(before.state), hiding.stationId, 'network-monitor')).toBe(cabinetOwn);

      const after = atGenesis(seed, false, look('rack-1', 'read-nameplate'), look('rack-2', 'read-nameplate'));
      const visit = visitOf(after.state);
      expect(hides(after.events)).toHaveLength(1);
      expect(visit.hidingAt).toBe(visit.timeUsed);
      expect(toolMinutes(genesis.site, visit, hiding.stationId, 'network-monitor')).toBe(cabinetOwn + hiding.extraMinutes);
      // Other stations are not touched.
      expect(toolMinutes(genesis.site, visit, 'substation', 'read-substation')).toBe(genesis.site.stations.find((s) => s.id === 'substation')!.tools[0]!.timeCost);
    }
  });

  it('an inspector who gets to the cabinet first gives the staff nothing to lock', () => {
    const { state, events } = atGenesis(3, false, look(hiding.stationId, 'network-monitor'), look('rack-1', 'read-nameplate'), look('rack-2', 'read-nameplate'), look('substation', 'read-substation'));
    expect(hides(events)).toEqual([]);
    expect(visitOf(state).hidingAt).toBeNull();
    expect(visitOf(state).checks[0]!.at + cabinetOwn).toBeLessThanOrEqual(visitOf(state).checks[1]!.at);
  });

  it('replays from the decision log to the same visit', () => {
    const { state, log } = atGenesis(11, false, look('rack-1', 'read-nameplate'), look('research-screen', 'inspect-research'), look(hiding.stationId, 'network-monitor'));
    expect(visitOf(state).hidingAt).not.toBeNull();
    expect(replay(level, log).site[genesis.id]).toEqual(state.site[genesis.id]);
  });

  it('the audit names a hiding that points nowhere, or at an honest site', () => {
    const wrong = { ...genesis.site, seenHiding: { ...hiding, staffId: 'ghost', stationId: 'nowhere' } };
    expect(siteDefinitionProblems(wrong).map((p) => p.path)).toEqual(expect.arrayContaining(['seenHiding.staffId', 'seenHiding.stationId']));
    const honest = { ...lab.site, seenHiding: { ...hiding, staffId: 'manager' } };
    expect(siteDefinitionProblems(honest).map((p) => p.code)).toContain('honest-site-hides');
  });
});
