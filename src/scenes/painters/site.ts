// The inspection hall: every station drawn by its kind where the level's layout puts it, the staff
// standing at their places, looked-at places framed. Consoles show a terminal until the staff put
// them on the show system: the switch is drawn as it happens (an operator hurries over on a surprise
// visit, the screens roll over to a research dashboard), and the console caught switching stays
// half terminal, half show, framed in red. Racks look like what the hall holds: GPU servers in the
// university lab, shelves of identical ASIC boxes in the mining hall. Staff seen closing a station up
// walk to it and it is drawn shut, with a lock.

import type Phaser from 'phaser';
import { consolesSwitched, switchStation, type SiteStep, type SiteVisit } from '../../core';
import type { SiteInnerEvent } from '../../ui/messages/kind-events';
import { figureAtStation, hallInset, insetBox, type Box } from '../../ui/stage-layout';
import { COLOURS, FIGURE_ART } from '../keys';
import type { PaintContext, Painter, PainterHost } from './painter';

type StationKind = SiteStep['site']['stations'][number]['kind'];

export class HallPainter implements Painter<SiteStep, SiteInnerEvent> {
  /** The staff of the site being inspected, standing where the level puts them. */
  private staffFigures: Phaser.GameObjects.Image[] = [];
  private staffStep: string | null = null;
  /** While the screens roll over, the hall still draws them as they were; the wipes are drawn on top. */
  private wipes: Phaser.GameObjects.Graphics[] = [];

  constructor(private readonly host: PainterHost) {}

  paint({ state, step, ui }: PaintContext<SiteStep>): void {
    const g = this.host.graphics;
    const progress = state.site[step.id]!;
    const visit = progress.visit;
    const selected = ui.site.selected;
    const inset = hallInset(step.setting);
    const box = (id: string): Box => insetBox(inset, step.layout[id]!);
    const closed = visit !== null && visit.hidingAt !== null ? (step.site.seenHiding?.stationId ?? null) : null;
    const frame = (id: string, b: Box): void => {
      g.lineStyle(selected === id ? 5 : 3, selected === id ? COLOURS.amber : COLOURS.teal, 1);
      g.strokeRect(b.x - 4, b.y - 4, b.width + 8, b.height + 8);
    };
    const onShow = visit !== null && consolesSwitched(visit) && this.wipes.length === 0;
    const caughtAt = visit !== null ? caughtConsole(step, visit) : null;
    for (const station of step.site.stations) {
      const b = box(station.id);
      drawStation(g, station.kind, b, caughtAt === station.id ? 'caught' : onShow ? 'show' : 'live', step.setting);
      if (closed === station.id) drawClosed(g, b);
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
      // A play resumed after the surprise arrival: the operator is already at the console.
      const target = visit && visit.switchAt !== null && visit.switchAt > 0 ? switchStation(step.site, visit) : null;
      const operator = this.operator();
      if (target && operator) operator.setPosition(...besideStation(box(target), operator));
      // Likewise whoever closed a station up is still standing at it.
      const hider = this.figureOf(step, step.site.seenHiding?.staffId);
      if (closed && hider) hider.setPosition(...besideStation(box(closed), hider));
    }
    for (const person of step.site.staff) {
      if (selected === person.id || visit?.checks.some((c) => c.target === person.id)) frame(person.id, box(person.id));
    }
  }

  /** The hall shows what the words say: the manager hurrying over, an operator racing to a console, the screens switching. */
  react(event: SiteInnerEvent, { step }: PaintContext<SiteStep>): void {
    const boxOf = (id: string): Box | null => (step.layout[id] ? insetBox(hallInset(step.setting), step.layout[id]) : null);
    const walk = (figure: Phaser.GameObjects.Image | undefined, to: Box | null, duration: number): void => {
      if (!figure || !to) return;
      const [x, y] = besideStation(to, figure);
      if (this.host.reducedMotion) figure.setPosition(x, y);
      else this.host.scene.tweens.add({ targets: figure, x, y, duration, ease: 'Quad.easeInOut' });
    };
    switch (event.type) {
      case 'site-reacts':
        // The manager is the first of the staff.
        walk(this.staffFigures[0], boxOf(event.target), 600);
        break;
      case 'arrived':
        if (event.switching) walk(this.operator(), boxOf(event.switching), 900);
        break;
      case 'consoles-switched':
        this.rollOver(step, event.caught ? event.target : null);
        break;
      case 'staff-hides':
        // The one seen hiding walks over; the station is drawn shut when the hall is painted again.
        walk(this.figureOf(step, event.staffId), boxOf(event.target), 900);
        break;
      default:
        break;
    }
  }

  /** The figure of one of the staff, by id. */
  private figureOf(step: SiteStep, staffId: string | undefined): Phaser.GameObjects.Image | undefined {
    const i = step.site.staff.findIndex((s) => s.id === staffId);
    return i >= 0 ? this.staffFigures[i] : undefined;
  }

  /** The one who switches the consoles: the second of the staff (the first is the manager), or the only one. */
  private operator(): Phaser.GameObjects.Image | undefined {
    return this.staffFigures[1] ?? this.staffFigures[0];
  }

  /** Every console's screen rolls down from the terminal to the show dashboard, then the hall is drawn again. */
  private rollOver(step: SiteStep, caught: string | null): void {
    if (this.host.reducedMotion) return;
    for (const station of step.site.stations) {
      if (station.kind !== 'console' || station.id === caught) continue;
      const layout = step.layout[station.id];
      if (!layout) continue;
      const s = screenOf(insetBox(hallInset(step.setting), layout));
      const wipe = this.host.scene.add.graphics({ x: s.x, y: s.y }).setDepth(5);
      drawScreen(wipe, 0, 0, s.width, s.height, false);
      wipe.lineStyle(3, COLOURS.amber, 1);
      wipe.strokeRect(-2, -2, s.width + 4, s.height + 4);
      wipe.setScale(1, 0);
      this.wipes.push(wipe);
      this.host.scene.tweens.add({
        targets: wipe,
        scaleY: 1,
        duration: 900,
        ease: 'Sine.easeInOut',
        onComplete: () => {
          this.wipes = this.wipes.filter((w) => w !== wipe);
          wipe.destroy();
          if (this.wipes.length === 0) this.host.redrawNextFrame();
        },
      });
    }
  }

  clear(): void {
    for (const figure of this.staffFigures) figure.destroy();
    for (const wipe of this.wipes) wipe.destroy();
    this.staffFigures = [];
    this.wipes = [];
    this.staffStep = null;
  }
}

/** The console where the inspector caught the switch, if they did. */
function caughtConsole(step: SiteStep, visit: SiteVisit): string | null {
  const caught = step.site.clues.find((c) => c.concealment === 'caught-switching' && visit.evidence.includes(c.id));
  return caught ? (visit.placement[caught.id] ?? null) : null;
}

/** Where a figure stands at a station (figureAtStation, kept pure beside the stage layout for its test). */
function besideStation(to: Box, figure: Phaser.GameObjects.Image): [number, number] {
  return figureAtStation(to, figure.displayWidth);
}

/** A station closed up by staff: a shut door over it and a padlock. */
function drawClosed(g: Phaser.GameObjects.Graphics, b: Box): void {
  g.fillStyle(COLOURS.slate, 1);
  g.fillRect(b.x + 3, b.y + 3, b.width - 6, b.height - 6);
  g.lineStyle(2, COLOURS.ink, 0.8);
  for (let row = 1; row < 6; row++) g.lineBetween(b.x + 8, b.y + (row * b.height) / 6, b.x + b.width - 8, b.y + (row * b.height) / 6);
  const cx = b.x + b.width * 0.25;
  const cy = b.y + b.height / 2;
  g.lineStyle(4, COLOURS.amber, 1);
  g.strokeCircle(cx, cy - 8, 8);
  g.fillStyle(COLOURS.amber, 1);
  g.fillRect(cx - 11, cy - 6, 22, 18);
  g.lineStyle(3, COLOURS.red, 1);
  g.strokeRect(b.x, b.y, b.width, b.height);
}

/** A rack of the mining hall: cheap open shelving, each shelf a row of identical ASIC boxes, each box a fan. */
function drawAsicShelves(g: Phaser.GameObjects.Graphics, b: Box): void {
  g.fillStyle(COLOURS.night, 1);
  g.fillRect(b.x, b.y, b.width, b.height);
  g.fillStyle(COLOURS.slate, 1);
  g.fillRect(b.x + 2, b.y, 4, b.height);
  g.fillRect(b.x + b.width - 6, b.y, 4, b.height);
  const shelves = 6;
  const gap = (b.height - 8) / shelves;
  for (let shelf = 0; shelf < shelves; shelf++) {
    const y = b.y + 4 + shelf * gap;
    g.fillStyle(COLOURS.slate, 1);
    g.fillRect(b.x + 2, y + gap - 3, b.width - 4, 3);
    const w = (b.width - 16) / 2;
    for (let k = 0; k < 2; k++) {
      const x = b.x + 8 + k * w;
      g.fillStyle(COLOURS.ink, 1);
      g.fillRect(x + 1, y + 4, w - 2, gap - 9);
      g.lineStyle(1, COLOURS.slate, 0.9);
      g.strokeCircle(x + w / 2, y + 4 + (gap - 9) / 2, Math.min(w, gap - 9) * 0.35);
      g.fillStyle(COLOURS.green, 1);
      g.fillRect(x + 3, y + 6, 3, 3);
    }
  }
}

/** A rack of the university lab: a few deep GPU servers, their cards in a row, and empty space between. */
function drawGpuServers(g: Phaser.GameObjects.Graphics, b: Box): void {
  g.fillStyle(COLOURS.deep, 1);
  g.fillRect(b.x, b.y, b.width, b.height);
  g.lineStyle(2, COLOURS.slate, 0.8);
  g.strokeRect(b.x, b.y, b.width, b.height);
  for (let unit = 0; unit < 4; unit++) {
    const y = b.y + 10 + unit * ((b.height - 20) / 4);
    const hgt = (b.height - 20) / 4 - 14;
    g.fillStyle(COLOURS.ink, 1);
    g.fillRect(b.x + 6, y, b.width - 12, hgt);
    g.fillStyle(COLOURS.green, 0.85);
    for (let card = 0; card < 8; card++) g.fillRect(b.x + 10 + card * ((b.width - 20) / 8), y + 4, (b.width - 20) / 8 - 2, hgt - 12);
    g.fillStyle(unit % 2 === 0 ? COLOURS.teal : COLOURS.amber, 0.9);
    g.fillRect(b.x + b.width - 16, y + hgt - 7, 5, 5);
  }
}

/** The screen of a console or research screen inside its box. */
function screenOf(b: Box): Box {
  return { x: b.x + b.width * 0.1, y: b.y + b.height * 0.08, width: b.width * 0.8, height: b.height * 0.6 };
}

/** A screen: a miner's terminal (green lines on black) or the show dashboard (bar charts on paper). */
function drawScreen(g: Phaser.GameObjects.Graphics, x: number, y: number, w: number, hgt: number, terminal: boolean): void {
  g.fillStyle(terminal ? COLOURS.terminal : COLOURS.paper, 1);
  g.fillRect(x, y, w, hgt);
  if (terminal) {
    g.fillStyle(COLOURS.terminalText, 0.9);
    for (let row = 0; row < 5; row++) g.fillRect(x + 6, y + 6 + row * (hgt / 6), w * (0.35 + ((row * 37) % 50) / 100), 3);
  } else {
    g.fillStyle(COLOURS.teal, 0.9);
    for (let bar = 0; bar < 5; bar++) g.fillRect(x + 6 + bar * (w / 6), y + hgt - 6 - hgt * (0.25 + ((bar * 29) % 60) / 100), w / 9, hgt * (0.25 + ((bar * 29) % 60) / 100));
  }
}

/** What a console shows: its own system, the show system, or the switch caught half done. */
type ConsoleScreen = 'live' | 'show' | 'caught';

/** Simple shapes by kind, so any level's layout draws without new art. */
function drawStation(g: Phaser.GameObjects.Graphics, kind: StationKind, b: Box, consoleScreen: ConsoleScreen, setting: string): void {
  if (kind === 'rack' && setting === 'mining-hall') return drawAsicShelves(g, b);
  if (kind === 'rack' && setting === 'research-lab') return drawGpuServers(g, b);
  g.fillStyle(COLOURS.deep, 1);
  g.fillRect(b.x, b.y, b.width, b.height);
  g.lineStyle(2, COLOURS.slate, 0.8);
  g.strokeRect(b.x, b.y, b.width, b.height);
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
      const { x: sx, y: sy, width: sw, height: sh } = screenOf(b);
      if (kind === 'research-screen') {
        drawScreen(g, sx, sy, sw, sh, false);
      } else if (consoleScreen === 'caught') {
        // The moment of the switch: half the screen still the miner's terminal, half the show.
        drawScreen(g, sx, sy, sw / 2, sh, true);
        drawScreen(g, sx + sw / 2, sy, sw / 2, sh, false);
        g.lineStyle(4, COLOURS.red, 1);
        g.strokeRect(sx - 3, sy - 3, sw + 6, sh + 6);
      } else {
        drawScreen(g, sx, sy, sw, sh, consoleScreen === 'live');
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
