// LEGACY: the tutorial-only step kinds (power, review, inspection), all of their presentation in
// one file: painters, event messages, and the server room's lights. The tutorial is being rebuilt
// on the grid, the desk and the site; once these kinds leave the core, deleting this file, its
// three entries in scenes/presentation.ts, its one in painters/world.ts and the three LEGACY event
// types in ui/messages/kind-events.ts removes them from the presentation.

import Phaser from 'phaser';
import type { InspectionStep, PowerStep, ReviewStep } from '../../core';
import type { LevelUiState } from '../../ui/level-parts';
import { districtLight } from '../../ui/level-view';
import type { InspectionInnerEvent, PowerInnerEvent, ReviewInnerEvent } from '../../ui/messages/kind-events';
import type { MessageContext, Said } from '../../ui/messages/said';
import { INSETS, insetBox } from '../../ui/stage-layout';
import { COLOURS } from '../keys';
import type { KindPresentation } from '../presentation';
import { quietPainter, type PaintContext, type Painter, type PainterHost } from './painter';

// ---- Power: the city map --------------------------------------------------------------------

class DistrictsPainter implements Painter<PowerStep, PowerInnerEvent> {
  constructor(private readonly host: PainterHost) {}

  paint({ state, step }: PaintContext<PowerStep>): void {
    const g = this.host.graphics;
    const progress = state.power[step.id]!;
    const inset = INSETS['city-map'];
    const scale = inset.scale;
    const at = (x: number, y: number): [number, number] => [inset.x + x * scale, inset.y + y * scale];
    const [sx, sy] = at(800, 120);
    for (const d of step.districts) {
      const mw = progress.allocations[d.id] ?? 0;
      const share = mw / d.demandMw;
      const [cx, cy] = at(d.map.x, d.map.y);
      const r = d.map.radius * scale;
      // The feeder from the substation: bright in proportion to the power it carries.
      g.lineStyle(4, COLOURS.teal, 0.25 + 0.75 * share);
      g.lineBetween(sx, sy, cx, cy);
      // Unlit ground, then the served share as a slice: shape, not only colour, shows the state.
      g.fillStyle(COLOURS.deep, 0.72);
      g.fillCircle(cx, cy, r);
      const light = districtLight(mw, d.demandMw);
      if (light === 'lit') {
        g.fillStyle(COLOURS.amber, 0.6);
        g.fillCircle(cx, cy, r);
      } else if (light === 'partial') {
        g.fillStyle(COLOURS.amber, 0.6);
        g.slice(cx, cy, r, Phaser.Math.DegToRad(-90), Phaser.Math.DegToRad(-90 + 360 * share), false);
        g.fillPath();
      } else {
        g.lineStyle(3, COLOURS.slate, 0.9);
        const k = r * 0.6;
        g.lineBetween(cx - k, cy - k, cx + k, cy + k);
        g.lineBetween(cx - k, cy + k, cx + k, cy - k);
      }
      g.lineStyle(3, d.kind === 'critical' ? COLOURS.red : COLOURS.paper, 0.95);
      g.strokeCircle(cx, cy, r);
    }
    g.fillStyle(COLOURS.teal, 1);
    g.fillRect(sx - 10, sy - 10, 20, 20);
  }

  clear(): void {}
}

function powerMessage(event: PowerInnerEvent): Said {
  return event.type === 'allocation-set' ? { message: null } : { message: null, sound: 'select' };
}

// ---- Review: the tutorial's desk --------------------------------------------------------------

function reviewMessage(event: ReviewInnerEvent, { step, t, language }: MessageContext<ReviewStep>): Said {
  if (event.type === 'gift-handled') return { message: null, sound: 'select' };
  const hit = step.discrepancies.find((d) => d.id === event.discrepancyId);
  return hit
    ? { message: { text: t('review.hit', { explanation: hit.explanation[language] }), tone: 'hit' }, sound: 'found' }
    : { message: { text: t('review.miss'), tone: 'miss' }, sound: 'miss' };
}

function rememberReviewEvent(event: ReviewInnerEvent, ui: LevelUiState): void {
  if (event.type === 'cross-checked') ui.selection = [];
}

// ---- Inspection: the server room --------------------------------------------------------------

class InspectionPainter implements Painter<InspectionStep, InspectionInnerEvent> {
  constructor(private readonly host: PainterHost) {}

  paint({ state, step }: PaintContext<InspectionStep>): void {
    const g = this.host.graphics;
    const progress = state.inspection[step.id]!;
    for (const object of step.objects) {
      const noted = progress.notebook.includes(object.id);
      const examined = progress.examined.includes(object.id);
      if (!examined) continue;
      const box = insetBox(INSETS['server-room'], object.box);
      g.lineStyle(noted ? 6 : 3, noted ? COLOURS.red : COLOURS.teal, 1);
      g.strokeRect(box.x - 4, box.y - 4, box.width + 8, box.height + 8);
    }
  }

  clear(): void {}
}

function inspectionMessage(event: InspectionInnerEvent, { step, language }: MessageContext<InspectionStep>): Said {
  if (event.type === 'evidence-noted') return { message: null, sound: 'select' };
  // What the object shows is read out after the message line.
  const object = step.objects.find((o) => o.id === event.objectId);
  const aside = object ? (event.isClue ? step.clue.seen : object.seen)[language] : undefined;
  return aside === undefined ? { message: null, sound: 'select' } : { message: null, sound: 'select', aside };
}

function rememberInspectionEvent(event: InspectionInnerEvent, ui: LevelUiState): void {
  if (event.type === 'examined') ui.lastExamined = event.objectId;
}

/** Status lights that never stop blinking: the racks run day and night. */
function addRackLights(scene: Phaser.Scene, into: Phaser.GameObjects.Container): void {
  for (const rackX of [560, 760, 960]) {
    for (let row = 0; row < 8; row++) {
      const box = insetBox(INSETS['server-room'], { x: rackX + 130, y: 290 + row * 58, width: 8, height: 8 });
      const light = scene.add.rectangle(box.x, box.y, box.width, box.height, row % 3 === 0 ? COLOURS.teal : COLOURS.amber).setOrigin(0, 0);
      into.add(light);
      scene.tweens.add({ targets: light, alpha: { from: 1, to: 0.2 }, duration: 300 + ((row * 137 + rackX) % 500), yoyo: true, repeat: -1 });
    }
  }
}

// ---- The entries -------------------------------------------------------------------------------

export const LEGACY_TUTORIAL: { [K in 'power' | 'review' | 'inspection']: KindPresentation<K> } = {
  power: { message: powerMessage, painter: (host) => new DistrictsPainter(host) },
  review: { message: reviewMessage, remember: rememberReviewEvent, painter: () => quietPainter() },
  inspection: { message: inspectionMessage, remember: rememberInspectionEvent, painter: (host) => new InspectionPainter(host) },
};

export const LEGACY_SETTING_DECOR = { 'server-room': addRackLights } as const;
