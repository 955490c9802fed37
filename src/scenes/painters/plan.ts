// The High-Tech Zone in 2024: the quiet lots between the roads (drawn in the art), each parcel
// filling as its proposal joins the plan: a block in the colour of its kind, with small roofs, and
// a dark band on top for a load that runs round the clock. Studied parcels get a teal corner; the
// parcel looked at is framed in amber; a plan over the grid's headroom turns the substation's line red.

import { powerOf, type PlanSector, type PlanStep } from '../../core';
import type { PlanInnerEvent } from '../../ui/messages/kind-events';
import { parcelBox } from '../../ui/plan-view';
import { INSETS, insetBox } from '../../ui/stage-layout';
import { COLOURS } from '../keys';
import type { PaintContext, Painter, PainterHost } from './painter';

const SECTOR_COLOURS: Record<PlanSector, number> = {
  digital: 0x5b6fa8,
  manufacturing: 0x8c6d4f,
  logistics: COLOURS.teal,
  agriculture: COLOURS.green,
  education: 0xb07a2e,
  energy: 0xd9a62b,
  services: 0x7d5a8c,
};

/** Where the substation's line meets the ring road in the zone's art (1600 x 1000 units). */
const SUBSTATION_LINE = { x: 760, y0: 260, y1: 350 } as const;

export class PlanPainter implements Painter<PlanStep, PlanInnerEvent> {
  constructor(private readonly host: PainterHost) {}

  picture({ state, step, ui }: PaintContext<PlanStep>): string {
    const progress = state.plan[step.id];
    return JSON.stringify([step.id, progress?.chosen, progress?.studied, ui.plan.open]);
  }

  paint({ state, step, ui }: PaintContext<PlanStep>): void {
    const g = this.host.graphics;
    const progress = state.plan[step.id];
    step.options.forEach((option, i) => {
      const b = parcelBox(i);
      if (progress?.chosen.includes(option.id)) {
        g.fillStyle(SECTOR_COLOURS[option.sector], 0.9);
        g.fillRect(b.x + 4, b.y + 4, b.width - 8, b.height - 8);
        // Small roofs: the parcel built on.
        g.fillStyle(COLOURS.paper, 0.85);
        for (let k = 0; k < 3; k++) g.fillRect(b.x + 12 + k * (b.width / 3.3), b.y + b.height * 0.45, b.width / 4.5, b.height * 0.3);
        if (option.profile === 'flat') {
          g.fillStyle(COLOURS.deep, 0.7);
          g.fillRect(b.x + 4, b.y + 4, b.width - 8, b.height * 0.14);
        }
      }
      if (progress?.studied.includes(option.id)) {
        g.fillStyle(COLOURS.teal, 1);
        g.fillTriangle(b.x + b.width, b.y, b.x + b.width - 22, b.y, b.x + b.width, b.y + 22);
      }
      if (ui.plan.open === option.id) {
        g.lineStyle(5, COLOURS.amber, 1);
        g.strokeRect(b.x - 3, b.y - 3, b.width + 6, b.height + 6);
      }
    });
    const over = progress ? powerOf(step, progress.chosen) > step.headroomMw : false;
    const inset = INSETS['high-tech-zone'];
    const line = insetBox(inset, { x: SUBSTATION_LINE.x, y: SUBSTATION_LINE.y0, width: 0, height: SUBSTATION_LINE.y1 - SUBSTATION_LINE.y0 });
    g.lineStyle(6, over ? COLOURS.red : COLOURS.teal, 0.9);
    g.lineBetween(line.x, line.y, line.x, line.y + line.height);
  }

  clear(): void {}
}
