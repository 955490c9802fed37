import { describe, expect, it } from 'vitest';
import type { GridStep } from '../../src/core';
import {
  boxMeetsCircle,
  gridMapGeometry,
  LABEL_EM_MAX,
  LABEL_GAP_EM,
  LABEL_SIDES,
  labelBox,
  labelEm,
  labelProblems,
  layoutBoxes,
  mapLabelLayout,
  placeLabels,
  wrapEm,
  type Circle,
} from '../../src/ui/map-labels';
import type { Box } from '../../src/ui/stage-layout';
import { allLevels } from '../support/levels';

// The grid's city map: every district's label (name and served share) beside or below its circle,
// covering no circle and no other label, for every shipped grid step in every language, at the
// label sizes the supported displays give (in stage units: the label font's px over the stage's
// px per unit). 1920x1080: 18.9 px / 1.08 = 17.5; 1366x768: 14.6 px / 0.768 = 19.0; with Large
// text or at 200% zoom the labels would be 22-27 units, and are held at the size the layout was
// chosen for (the style sheet's --label-max), which is what `layout.em` checks.
const DISPLAY_EMS = [17.5, 19];

const grids = allLevels().flatMap((level) => level.steps.filter((s): s is GridStep => s.kind === 'grid').map((step) => ({ level, step })));

/** Today's layout before this change: the name and share stacked over the middle of the circle. */
function centredBoxes(circles: readonly Circle[], sizes: readonly { width: number; height: number }[], em: number): Box[] {
  return circles.map((c, i) => ({ x: c.x - (sizes[i]!.width * em) / 2, y: c.y - (sizes[i]!.height * em) / 2, width: sizes[i]!.width * em, height: sizes[i]!.height * em }));
}

describe("the grid map's district labels", () => {
  it('there are grid steps to check', () => {
    expect(grids.length).toBeGreaterThanOrEqual(2);
  });

  for (const { level, step } of grids) {
    for (const lang of ['en', 'ja', 'zh'] as const) {
      it(`cover no circle and no other label in ${level.id} / ${step.id} (${lang})`, () => {
        const { circles, bounds } = gridMapGeometry(step);
        const names = step.districts.map((d) => d.name[lang]);
        const labels = names.map((name) => labelEm(name));
        const layout = mapLabelLayout(circles, labels, bounds);
        // Laid out at least at the size labels have at 1366x768, so they are never shrunk there.
        expect(layout.em).toBeGreaterThanOrEqual(Math.max(...DISPLAY_EMS));
        for (const em of [...DISPLAY_EMS, layout.em]) {
          expect(labelProblems(circles, layoutBoxes(circles, labels, layout.sides, em), bounds, names), `at ${em} units`).toEqual([]);
        }
        // The same labels centred over their circles, as they were: the check finds them.
        expect(labelProblems(circles, centredBoxes(circles, labels, 19), bounds, names).length).toBeGreaterThan(0);
      });
    }
  }

  it('never puts a label over its own circle, whatever its size and side', () => {
    const circle = { x: 500, y: 300, r: 40 };
    for (const side of LABEL_SIDES) {
      for (const [width, height] of [[10, 10], [200, 30], [30, 200], [300, 120]] as const) {
        expect(boxMeetsCircle(labelBox(circle, { width, height }, side, 0), circle), `${side} ${width}x${height}`).toBe(false);
        // Pushed 1 unit into the circle, it does meet it: the test can fail.
        const box = labelBox(circle, { width, height }, side, -1);
        expect(boxMeetsCircle(box, circle), `${side} ${width}x${height} shifted`).toBe(true);
      }
    }
  });

  it('finds a free side for a label crowded by a neighbour, and says so when there is none', () => {
    const bounds = { x: 0, y: 0, width: 400, height: 300 };
    // A neighbour right below the first circle takes the place under it.
    const circles = [{ x: 100, y: 100, r: 40 }, { x: 100, y: 200, r: 40 }];
    const labels = [labelEm('Water works'), labelEm('Water works')];
    const sides = placeLabels(circles, labels, 19, bounds);
    expect(sides).not.toBeNull();
    expect(sides![0]).not.toBe('below');
    expect(labelProblems(circles, layoutBoxes(circles, labels, sides!, 19), bounds)).toEqual([]);
    // A map no bigger than its circle has room for no label.
    expect(placeLabels([{ x: 50, y: 50, r: 45 }], [labelEm('Schools')], 19, { x: 0, y: 0, width: 100, height: 100 })).toBeNull();
  });

  it('reports labels that overlap or run off the map', () => {
    const circles = [{ x: 100, y: 100, r: 10 }, { x: 350, y: 150, r: 10 }];
    const boxes = [{ x: 150, y: 50, width: 100, height: 40 }, { x: 200, y: 60, width: 100, height: 40 }];
    expect(labelProblems(circles, boxes, { x: 0, y: 0, width: 400, height: 200 }, ['a', 'b'])).toEqual(["a's label and b's overlap"]);
    expect(labelProblems(circles.slice(0, 1), boxes.slice(0, 1), { x: 0, y: 0, width: 200, height: 200 }, ['a'])).toEqual(["a's label runs off the map"]);
  });

  it('estimates wrapped names: Latin at spaces, Japanese and Chinese between characters', () => {
    expect(wrapEm('Schools', 7.9).lines).toBe(1);
    expect(wrapEm('Traffic signals and street lights', 7.9).lines).toBe(2);
    expect(wrapEm('Traffic signals and street lights', 5).lines).toBe(4);
    expect(wrapEm('浄水場', 7.9)).toEqual({ lines: 1, widest: 3 });
    expect(wrapEm('商业街和沃尔玛商场', 7.9).lines).toBe(2);
    // A name on more lines makes a taller label; a longer word a wider one.
    expect(labelEm('Traffic signals and street lights').height).toBeGreaterThan(labelEm('Schools').height);
    expect(labelEm('Industrial park').width).toBeGreaterThan(labelEm('Schools').width);
  });

  it('lays a map out no larger than the largest label size and keeps the gap in em', () => {
    const { circles, bounds } = gridMapGeometry(grids[0]!.step);
    const layout = mapLabelLayout(circles, grids[0]!.step.districts.map((d) => labelEm(d.name.en)), bounds);
    expect(layout.em).toBeLessThanOrEqual(LABEL_EM_MAX);
    const [box] = layoutBoxes(circles.slice(0, 1), [labelEm('x')], ['right'], 20);
    expect(box!.x - (circles[0]!.x + circles[0]!.r)).toBeCloseTo(LABEL_GAP_EM * 20);
  });
});
