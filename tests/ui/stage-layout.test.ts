import { describe, expect, it } from 'vitest';
import type { SiteStep } from '../../src/core';
import { figureAtStation, hallInset, insetBox, type Box } from '../../src/ui/stage-layout';
import { allLevels } from '../support/levels';

// Where the hall painter stands a figure that walks to a station (the manager hurrying to the place
// the message names, an operator at a console, whoever locks a cabinet), checked over every shipped
// inspection: the figure is drawn at the station the words name and on no other.

const overlap = (a: Box, b: Box): number => Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y));

const sites = allLevels().flatMap((level) => level.steps.filter((s): s is SiteStep => s.kind === 'site').map((step) => ({ level, step })));

describe('a figure sent to a station in the inspection hall', () => {
  it('there are inspections to check', () => {
    expect(sites.length).toBeGreaterThan(0);
  });

  for (const { level, step } of sites) {
    it(`stands on the station it was sent to and on no other, in ${level.id} / ${step.id}`, () => {
      const inset = hallInset(step.setting);
      const boxOf = (id: string): Box => insetBox(inset, step.layout[id]!);
      for (const person of step.site.staff) {
        const figure = boxOf(person.id);
        for (const station of step.site.stations) {
          const target = boxOf(station.id);
          const [x, y] = figureAtStation(target, figure.width);
          const drawn: Box = { x: x - figure.width / 2, y: y - figure.height, width: figure.width, height: figure.height };
          const where = `${person.id} at ${station.id}`;
          // Its middle is over the station, its feet on the station's base line.
          expect(x, where).toBeGreaterThan(target.x);
          expect(x, where).toBeLessThan(target.x + target.width);
          expect(y, where).toBe(target.y + target.height);
          // Most of it is in front of that station, and none of it in front of another standing on the
          // same floor line (its head may rise past a station stacked above, as at the two consoles).
          expect(overlap(drawn, target), where).toBeGreaterThanOrEqual(0.5 * Math.min(drawn.width, target.width) * Math.min(drawn.height, target.height));
          for (const other of step.site.stations) {
            const box = boxOf(other.id);
            const sameFloor = box.y < y && y <= box.y + box.height;
            if (other.id !== station.id && sameFloor) expect(overlap(drawn, box), `${where} stands in front of ${other.id}`).toBe(0);
          }
        }
      }
    });
  }

  it('a figure wider than a rack still stands centred on that rack, not beside it', () => {
    const rack: Box = { x: 100, y: 0, width: 40, height: 200 };
    expect(figureAtStation(rack, 60)).toEqual([130, 200]);
    expect(figureAtStation({ ...rack, width: 140 }, 60)).toEqual([210, 200]);
  });
});
