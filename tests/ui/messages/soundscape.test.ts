import { describe, expect, it } from 'vitest';
import { createGame, HOURS_PER_DAY, LANGUAGES, step, type GameEvent, type GameState, type GridStep, type SiteStep } from '../../../src/core';
import { AMBIENCES, CUES } from '../../../src/platform/audio';
import { translate } from '../../../src/text/i18n';
import { freshUiState } from '../../../src/ui/level-parts';
import { ambienceCaption, ambienceFor, cueAnnounced, cueCaption, darkDistrictsAt, eventCues, gridHourCues, gridHourSaid } from '../../../src/ui/messages/soundscape';
import { blackoutSummer, loadLevel } from '../../support/levels';

const sites = (file: string): SiteStep[] => loadLevel(file).steps.filter((s): s is SiteStep => s.kind === 'site');

describe('the soundscape: what each setting sounds like', () => {
  it('the research lab whirs and the mining hall roars: two halls a listener can tell apart', () => {
    const [lab, mine] = sites('two-systems.json');
    expect([lab!.setting, lab!.site.truth]).toEqual(['research-lab', 'honest-ai-lab']);
    expect([mine!.setting, mine!.site.truth]).toEqual(['mining-hall', 'mining-disguised']);
    expect(ambienceFor(lab)).toBe('lab');
    expect(ambienceFor(mine)).toBe('mining');
  });

  it('a hall sounds like what its machines really do, whatever its sign says: the tutorial’s "computing hall" hums like a mine', () => {
    const [hall] = sites('tutorial-first-day.json');
    expect(hall!.setting).toBe('computing-hall');
    expect(ambienceFor(hall)).toBe('mining');
    // The same hall, honest, would sound like a lab.
    expect(ambienceFor({ ...hall!, site: { ...hall!.site, truth: 'honest-ai-lab' } })).toBe('lab');
    expect(ambienceFor({ ...hall!, site: { ...hall!.site, truth: 'honest-inefficient' } })).toBe('lab');
  });

  it('the bureau, the desk and the city grid each have their loop; no step, no loop', () => {
    const level = blackoutSummer();
    const grid = level.steps.find((s) => s.kind === 'grid')!;
    expect(ambienceFor(grid)).toBe('city-night');
    expect(ambienceFor({ ...grid, setting: 'bureau' })).toBe('bureau');
    expect(ambienceFor({ ...grid, setting: 'review-desk' })).toBe('bureau');
    expect(ambienceFor(undefined)).toBeNull();
  });
});

describe('the soundscape: cues from the state', () => {
  const level = blackoutSummer();
  const grid = level.steps.find((s): s is GridStep => s.kind === 'grid')!;
  function atGrid(): GameState {
    let state = createGame(level, 2);
    while (level.steps[state.stepIndex] !== grid) state = step(level, state, { type: 'advance-dialogue' }).state;
    return state;
  }
  /** The first day run with the order obeyed and nothing done for the homes: the city goes dark at the peak. */
  function dayRun(): GameState {
    let state = step(level, atGrid(), { type: 'answer-order', response: 'comply' }).state;
    state = step(level, state, { type: 'run-day' }).state;
    return state;
  }

  it('an hour in which more districts go dark than the hour before sounds the alarm; other hours only tick', () => {
    const state = dayRun();
    const progress = state.grid[grid.id]!;
    const ui = freshUiState().grid;
    ui.day = 0;
    const dark = Array.from({ length: HOURS_PER_DAY }, (_, h) => darkDistrictsAt(grid, progress, ui, h));
    const rising = dark.findIndex((n, h) => h > 0 && n > dark[h - 1]!);
    const steady = dark.findIndex((n, h) => h > 0 && n <= dark[h - 1]!);
    expect(rising, `dark districts by hour: ${dark.join(',')}`).toBeGreaterThan(0);
    expect(steady).toBeGreaterThan(0);
    ui.hour = rising;
    expect(gridHourCues(grid, progress, ui, rising - 1)).toEqual(['hour', 'alarm']);
    ui.hour = steady;
    expect(gridHourCues(grid, progress, ui, steady - 1)).toEqual(['hour']);
    // No hour played, nothing heard.
    expect(gridHourCues(grid, progress, ui, steady)).toEqual([]);
  });

  it('an hour in which districts go short of power names them for a screen reader, in every language; other hours say nothing', () => {
    const state = dayRun();
    const progress = state.grid[grid.id]!;
    const ui = freshUiState().grid;
    ui.day = 0;
    const dark = Array.from({ length: HOURS_PER_DAY }, (_, h) => darkDistrictsAt(grid, progress, ui, h));
    const rising = dark.findIndex((n, h) => h > 0 && n > dark[h - 1]!);
    const steady = dark.findIndex((n, h) => h > 0 && n === dark[h - 1]! && n === 0);
    expect(rising).toBeGreaterThan(0);
    for (const language of LANGUAGES) {
      const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) => translate(language, key, values);
      ui.hour = rising;
      const said = gridHourSaid(grid, progress, ui, rising - 1, t, language)!;
      expect(said).toContain(`${String(rising).padStart(2, '0')}:00`);
      // Each district named went from lit to short in that hour; at least as many as the count rose.
      const named = grid.districts.filter((d) => said.includes(d.name[language]));
      expect(named.length).toBeGreaterThanOrEqual(dark[rising]! - dark[rising - 1]!);
      expect(said).not.toMatch(/[{}]/);
      // Going back an hour, or staying on it, says nothing.
      expect(gridHourSaid(grid, progress, ui, rising, t, language)).toBeNull();
      expect(gridHourSaid(grid, progress, ui, rising + 1, t, language)).toBeNull();
      if (steady > 0) {
        ui.hour = steady;
        expect(gridHourSaid(grid, progress, ui, steady - 1, t, language)).toBeNull();
      }
    }
  });

  it('the Secretary’s call rings the desk phone; a dialogue scene opens with a sting; other events bring no cue', () => {
    const start = atGrid();
    const refused = step(level, start, { type: 'answer-order', response: 'refuse' });
    const cues = refused.events.flatMap((e) => eventCues(e, level.steps));
    expect(cues).toEqual(['phone']);
    const sceneIndex = level.steps.findIndex((s) => s.kind === 'scene');
    const gridIndex = level.steps.indexOf(grid);
    const started = (stepIndex: number): GameEvent => ({ type: 'step-started', stepId: level.steps[stepIndex]!.id, stepIndex });
    expect(eventCues(started(sceneIndex), level.steps)).toEqual(['sting']);
    expect(eventCues(started(gridIndex), level.steps)).toEqual([]);
    expect(eventCues({ type: 'level-finished' }, level.steps)).toEqual([]);
  });

  it('a desk day that brings a call rings the phone', () => {
    const desk = { type: 'step-event', kind: 'desk', stepId: 'd', event: { type: 'desk-day-started', day: 1, bulletinIds: [], arrivals: [], callIds: ['c1'] } } as GameEvent;
    const quiet = { type: 'step-event', kind: 'desk', stepId: 'd', event: { type: 'desk-day-started', day: 1, bulletinIds: [], arrivals: [], callIds: [] } } as GameEvent;
    expect(eventCues(desk, [])).toEqual(['phone']);
    expect(eventCues(quiet, [])).toEqual([]);
  });
});

describe('captions', () => {
  it('every sound that carries meaning has a caption in every language, in brackets, each its own', () => {
    for (const language of LANGUAGES) {
      const texts = [...AMBIENCES.map((a) => translate(language, ambienceCaption(a))), ...CUES.map((c) => translate(language, cueCaption(c)))];
      for (const text of texts) expect(text, language).toMatch(/^[[［].+[\]］]$/u);
      expect(new Set(texts).size).toBe(texts.length);
      if (language !== 'en') for (const a of AMBIENCES) expect(translate(language, ambienceCaption(a))).not.toBe(translate('en', ambienceCaption(a)));
    }
  });

  it('the mining hall’s caption says the roar is steady, and the lab’s that it rises and falls', () => {
    expect(translate('en', ambienceCaption('mining'))).toMatch(/steady/);
    expect(translate('en', ambienceCaption('lab'))).toMatch(/louder .* quieter/);
  });

  it('the alarm and the phone are read out; the hour tick, every second, is only shown', () => {
    expect(cueAnnounced('alarm')).toBe(true);
    expect(cueAnnounced('phone')).toBe(true);
    expect(cueAnnounced('hour')).toBe(false);
  });
});
