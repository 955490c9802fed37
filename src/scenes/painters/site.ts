// The inspection hall: every station drawn by its kind where the level's layout puts it, the staff
// standing at their places, looked-at places framed; the console caught switching as half
// terminal, half show.

import type Phaser from 'phaser';
import type { SiteStep } from '../../core';
import type { SiteInnerEvent } from '../../ui/messages/kind-events';
import { INSETS, insetBox, type Box } from '../../ui/stage-layout';
import { COLOURS, FIGURE_ART } from '../keys';
import type { PaintContext, Painter, PainterHost } from './painter';

type StationKind = SiteStep['site']['stations'][number]['kind'];

export class HallPainter implements Painter<SiteStep, SiteInnerEvent> {
  /** The staff of the site being inspected, standing where the level puts them. */
  private staffFigures: Phaser.GameObjects.Image[] = [];
  private staffStep: string | null = null;

  constructor(private readonly host: PainterHost) {}

  paint({ state, step, ui }: PaintContext<SiteStep>): void {
    const g = this.host.graphics;
    const progress = state.site[step.id]!;
    const visit = progress.visit;
    const selected = ui.site.selected;
    const box = (id: string): Box => insetBox(INSETS['computing-hall'], step.layout[id]!);
    const frame = (id: string, b: Box): void => {
      g.lineStyle(selected === id ? 5 : 3, selected === id ? COLOURS.amber : COLOURS.teal, 1);
      g.strokeRect(b.x - 4, b.y - 4, b.width + 8, b.height + 8);
    };
    for (const station of step.site.stations) {
      const b = box(station.id);
      const caught = visit !== null && progress.caughtOnArrival.some((clue) => visit.placement[clue] === station.id);
      drawStation(g, station.kind, b, caught);
      const looked = visit?.checks.filter((c) => c.target === station.id).length ?? 0;
      if (looked > 0 || selected === station.id) frame(station.id, b);
    }
    if (this.staffStep !== step.id) {
      this.clear();
      this.staffStep = step.id;
      const art = FIGURE_ART.staff;
      this.staffFigures = step.site.staff.map((person) => {
        const b = box(person.id);
        return this.host.scene.add.image(b.x + b.width / 2, b.y + b.height, art.key).setOrigin(0.5, 1).setDisplaySize(b.width, b.height).setDepth(4);
      });
    }
    for (const person of step.site.staff) {
      if (selected === person.id || visit?.checks.some((c) => c.target === person.id)) frame(person.id, box(person.id));
    }
  }

  /** The manager (the first of the staff) hurries over, in the hall as well as in words. */
  react(event: SiteInnerEvent, { step }: PaintContext<SiteStep>): void {
    if (event.type !== 'site-reacts') return;
    const manager = this.staffFigures[0];
    const box = step.layout[event.target];
    if (!manager || !box || this.host.reducedMotion) return;
    const to = insetBox(INSETS['computing-hall'], box);
    this.host.scene.tweens.add({ targets: manager, x: to.x + to.width + manager.displayWidth / 2, y: to.y + to.height, duration: 600, ease: 'Quad.easeInOut' });
  }

  clear(): void {
    for (const figure of this.staffFigures) figure.destroy();
    this.staffFigures = [];
    this.staffStep = null;
  }
}

/** Simple shapes by kind, so any level's layout draws without new art. */
function drawStation(g: Phaser.GameObjects.Graphics, kind: StationKind, b: Box, caught: boolean): void {
  g.fillStyle(COLOURS.deep, 1);
  g.fillRect(b.x, b.y, b.width, b.height);
  g.lineStyle(2, COLOURS.slate, 0.8);
  g.strokeRect(b.x, b.y, b.width, b.height);
  const screen = (x: number, y: number, w: number, hgt: number, terminal: boolean): void => {
    g.fillStyle(terminal ? COLOURS.terminal : COLOURS.paper, 1);
    g.fillRect(x, y, w, hgt);
    if (terminal) {
      g.fillStyle(COLOURS.terminalText, 0.9);
      for (let row = 0; row < 5; row++) g.fillRect(x + 6, y + 6 + row * (hgt / 6), w * (0.35 + ((row * 37) % 50) / 100), 3);
    } else {
      g.fillStyle(COLOURS.teal, 0.9);
      for (let bar = 0; bar < 5; bar++) g.fillRect(x + 6 + bar * (w / 6), y + hgt - 6 - hgt * (0.25 + ((bar * 29) % 60) / 100), w / 9, hgt * (0.25 + ((bar * 29) % 60) / 100));
    }
  };
  switch (kind) {
    case 'rack':
      for (let row = 0; row < 10; row++) {
        const y = b.y + 8 + row * ((b.height - 16) / 10);
        g.fillStyle(COLOURS.ink, 1);
        g.fillRect(b.x + 6, y, b.width - 12, (b.height - 16) / 10 - 4);
        g.fillStyle(row % 3 === 0 ? COLOURS.teal : COLOURS.amber, 0.9);
        g.fillRect(b.x + b.width - 18, y + 3, 6, 6);
      }
      break;
    case 'console':
    case 'research-screen': {
      const sx = b.x + b.width * 0.1;
      const sy = b.y + b.height * 0.08;
      const sw = b.width * 0.8;
      const sh = b.height * 0.6;
      if (caught) {
        // The moment of the switch: half the screen still the miner's terminal, half the show.
        screen(sx, sy, sw / 2, sh, true);
        screen(sx + sw / 2, sy, sw / 2, sh, false);
        g.lineStyle(4, COLOURS.red, 1);
        g.strokeRect(sx - 3, sy - 3, sw + 6, sh + 6);
      } else {
        screen(sx, sy, sw, sh, false);
      }
      g.fillStyle(COLOURS.slate, 1);
      g.fillRect(b.x + b.width * 0.05, b.y + b.height * 0.8, b.width * 0.9, b.height * 0.08);
      break;
    }
    case 'network-cabinet':
      for (let row = 0; row < 6; row++) {
        for (let port = 0; port < 6; port++) {
          g.fillStyle((row + port) % 4 === 0 ? COLOURS.amber : COLOURS.teal, 0.9);
          g.fillRect(b.x + 12 + port * ((b.width - 24) / 6), b.y + 20 + row * ((b.height - 40) / 6), 8, 8);
        }
      }
      break;
    case 'substation': {
      g.lineStyle(6, COLOURS.amber, 1);
      const cx = b.x + b.width / 2;
      const cy = b.y + b.height / 2;
      g.beginPath();
      g.moveTo(cx - 10, cy - 40);
      g.lineTo(cx + 12, cy - 4);
      g.lineTo(cx - 8, cy - 4);
      g.lineTo(cx + 10, cy + 40);
      g.strokePath();
      break;
    }
    case 'office':
      // A desk with files on it.
      g.fillStyle(COLOURS.slate, 1);
      g.fillRect(b.x + 10, b.y + b.height * 0.55, b.width - 20, b.height * 0.1);
      g.fillStyle(COLOURS.paper, 1);
      for (let file = 0; file < 3; file++) g.fillRect(b.x + 20 + file * 50, b.y + b.height * 0.4 - file * 6, 40, 30 + file * 6);
      break;
    default:
      // A new station kind must be given its shape here.
      kind satisfies never;
  }
}
