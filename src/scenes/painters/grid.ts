// The city grid: the map at the hour shown (feeders as bright as the power they carry, districts
// lit, partly lit or hatched dark), dots flowing along the feeders, and the hours of a day just
// run played out one a second.

import Phaser from 'phaser';
import { districtState, HOURS_PER_DAY, type GridStep } from '../../core';
import { gridHourView, gridScreen, patchGridHour } from '../../ui/grid-view';
import type { GridInnerEvent } from '../../ui/messages/kind-events';
import { INSETS } from '../../ui/stage-layout';
import { COLOURS, DRAWN_TEXTURES, GRID_IMPORT_POINT, GRID_SUBSTATION } from '../keys';
import type { PaintContext, Painter, PainterHost } from './painter';

type GridScreen = ReturnType<typeof gridScreen>;

/** Moving dots per feeder: enough to read as a flow, few enough to cost nothing. */
const FLOW_DOTS = 3;
/**
 * The dot's texture is drawn at the largest radius a dot shows (6) and scaled down. Images of one
 * texture draw as one batch; 33 circle shapes were filled one by one, about 3 ms every frame.
 */
const FLOW_DOT_RADIUS = 6;

interface Flow {
  dots: Phaser.GameObjects.Image[];
  from: Phaser.Math.Vector2;
  to: Phaser.Math.Vector2;
  speed: number;
}

/**
 * Points along a circle from the top, clockwise, over `from`..`to` of a turn. Graphics draws every
 * arc with a hundred points whatever its size; the grid redraws a few dozen each hour, so its
 * discs use fewer (one every 8 degrees reads as round at the map's sizes).
 */
function arcPoints(cx: number, cy: number, r: number, from: number, to: number): Phaser.Math.Vector2[] {
  const steps = Math.max(2, Math.ceil((to - from) * 45));
  return Array.from({ length: steps + 1 }, (_, i) => {
    const angle = 2 * Math.PI * (from + ((to - from) * i) / steps) - Math.PI / 2;
    return new Phaser.Math.Vector2(cx + r * Math.cos(angle), cy + r * Math.sin(angle));
  });
}

/** The flows' dot, drawn once per game: a disc of FLOW_DOT_RADIUS with a pixel to spare around it. */
function flowDotTexture(scene: Phaser.Scene): string {
  const key = DRAWN_TEXTURES.flowDot;
  if (!scene.textures.exists(key)) {
    const size = 2 * FLOW_DOT_RADIUS + 2;
    const g = scene.make.graphics({}, false);
    g.fillStyle(COLOURS.amber, 1).fillCircle(size / 2, size / 2, FLOW_DOT_RADIUS).generateTexture(key, size, size);
    g.destroy();
  }
  return key;
}

const inset = INSETS['city-grid'];
const at = (x: number, y: number): [number, number] => [inset.x + x * inset.scale, inset.y + y * inset.scale];

/**
 * One district's disc, drawn into a texture of its own that is drawn again only when the disc's
 * look changes: most districts look the same from one hour to the next, and re-tessellating
 * every disc on every hour tick was most of the tick's cost.
 */
interface DiscLayer {
  texture: Phaser.GameObjects.RenderTexture;
  /** The texture's corner on the stage, in whole pixels so the disc falls on the same pixels. */
  x: number;
  y: number;
  look: string;
}

/** Room around a disc for its ring (5 px wide when selected) and its edge's antialiasing. */
const DISC_MARGIN = 4;

export class GridPainter implements Painter<GridStep, GridInnerEvent> {
  /** Dots that travel along the grid's feeders, one set per district, in world coordinates. */
  private flows: Flow[] = [];
  /** The grid's own objects, made for one step: the discs, the substation over them, the flows. */
  private madeFor: string | null = null;
  private discs: DiscLayer[] = [];
  private rings: Phaser.Math.Vector2[][] = [];
  private substation: Phaser.GameObjects.Rectangle | null = null;
  /** Where a disc is drawn before it is copied into its layer (off the display list). */
  private discGraphics: Phaser.GameObjects.Graphics | null = null;
  /** One reading of the grid serves both the picture check and the drawing (every hour tick). */
  private read: { ctx: PaintContext<GridStep>; screen: GridScreen } | null = null;

  constructor(private readonly host: PainterHost) {}

  private screenOf(ctx: PaintContext<GridStep>): GridScreen {
    if (this.read?.ctx !== ctx) this.read = { ctx, screen: gridScreen(ctx.step, ctx.state.grid[ctx.step.id]!, ctx.ui.grid) };
    return this.read.screen;
  }

  picture(ctx: PaintContext<GridStep>): string {
    const screen = this.screenOf(ctx);
    const t = screen.day * HOURS_PER_DAY + screen.ui.hour;
    const loads = ctx.step.districts.map((_, i) => `${screen.dispatch.servedMw[i]![t]!.toFixed(2)}/${screen.dispatch.demandMw[i]![t]!.toFixed(2)}`);
    return [ctx.step.id, screen.ui.district, screen.dispatch.supplyMw[t]!.toFixed(1), ...loads].join('|');
  }

  /** The feeders go into the host's graphics (the inset, under everything); each disc into its own layer. */
  paint(ctx: PaintContext<GridStep>): void {
    const { step } = ctx;
    const screen = this.screenOf(ctx);
    const g = this.host.graphics;
    const t = screen.day * HOURS_PER_DAY + screen.ui.hour;
    const [sx, sy] = at(GRID_SUBSTATION.x, GRID_SUBSTATION.y);
    if (this.madeFor !== step.id) this.make(step, [sx, sy]);
    const servedNow = step.districts.map((_, i) => screen.dispatch.servedMw[i]![t]!);
    const largest = Math.max(1, ...servedNow);
    const supply = screen.dispatch.supplyMw[t]!;
    const [ix, iy] = at(GRID_IMPORT_POINT.x, GRID_IMPORT_POINT.y);
    g.lineStyle(4 + 10 * Math.min(1, supply / 150), COLOURS.teal, 0.9);
    g.lineBetween(ix, iy, sx, sy);
    step.districts.forEach((d, i) => {
      const served = servedNow[i]!;
      const [cx, cy] = at(d.map.x, d.map.y);
      g.lineStyle(2 + 8 * (served / largest), COLOURS.teal, served > 0 ? 0.85 : 0.25);
      g.lineBetween(sx, sy, cx, cy);
    });
    step.districts.forEach((d, i) => {
      const served = servedNow[i]!;
      const demand = screen.dispatch.demandMw[i]![t]!;
      const share = demand > 0 ? Math.min(1, served / demand) : 1;
      const state = districtState(served, demand);
      const selected = screen.ui.district === d.id;
      const layer = this.discs[i]!;
      const look = `${share}|${state}|${selected}`;
      if (layer.look === look) return;
      layer.look = look;
      const dg = this.discGraphics!.clear();
      const [cx, cy] = at(d.map.x, d.map.y);
      const r = d.map.radius * inset.scale;
      const ring = this.rings[i]!;
      dg.fillStyle(COLOURS.deep, 0.9);
      dg.fillPoints(ring, true);
      if (share >= 0.999) {
        dg.fillStyle(COLOURS.amber, 0.8);
        dg.fillPoints(ring, true);
      } else if (share > 0) {
        dg.fillStyle(COLOURS.amber, 0.8);
        dg.fillPoints([new Phaser.Math.Vector2(cx, cy), ...arcPoints(cx, cy, r, 0, share)], true);
      }
      // Dark and partly dark districts are hatched, so the state never rests on colour alone.
      if (state !== 'lit') hatch(dg, cx, cy, r, state === 'dark' ? 0.9 : 0.55);
      dg.lineStyle(selected ? 5 : 3, d.critical ? COLOURS.red : selected ? COLOURS.amber : COLOURS.paper, 0.95);
      dg.strokePoints(ring, true, true);
      layer.texture.clear();
      layer.texture.draw(dg, -layer.x, -layer.y);
      layer.texture.render();
    });
    this.placeFlows(servedNow, largest);
  }

  /** The step's discs (drawn on first paint), the substation square over them, and the flows. */
  private make(step: GridStep, [sx, sy]: [number, number]): void {
    this.clear();
    this.madeFor = step.id;
    const { scene } = this.host;
    this.discGraphics = scene.make.graphics({}, false);
    this.rings = step.districts.map((d) => {
      const [cx, cy] = at(d.map.x, d.map.y);
      return arcPoints(cx, cy, d.map.radius * inset.scale, 0, 1);
    });
    this.discs = step.districts.map((d) => {
      const [cx, cy] = at(d.map.x, d.map.y);
      const r = d.map.radius * inset.scale;
      const x = Math.floor(cx - r - DISC_MARGIN);
      const y = Math.floor(cy - r - DISC_MARGIN);
      const size = Math.ceil(cx + r + DISC_MARGIN) - x;
      const texture = scene.add.renderTexture(x, y, size, Math.ceil(cy + r + DISC_MARGIN) - y).setOrigin(0, 0).setDepth(1);
      return { texture, x, y, look: '' };
    });
    this.substation = scene.add.rectangle(sx - 12, sy - 12, 24, 24, COLOURS.teal, 1).setOrigin(0, 0).setDepth(2);
    this.flows = step.districts.map((d) => {
      const [cx, cy] = at(d.map.x, d.map.y);
      const dots = Array.from({ length: FLOW_DOTS }, () => scene.add.image(sx, sy, flowDotTexture(scene)).setDepth(5));
      const length = Math.hypot(cx - sx, cy - sy);
      // About 140 px a second along every feeder.
      return { dots, from: new Phaser.Math.Vector2(sx, sy), to: new Phaser.Math.Vector2(cx, cy), speed: 0.14 / Math.max(1, length) };
    });
  }

  /** The hours of the day just run, one a second, until the last. */
  tick(ctx: PaintContext<GridStep>): void {
    const grid = ctx.ui.grid;
    if (!grid.playing) return;
    grid.hour = Math.min(HOURS_PER_DAY - 1, grid.hour + 1);
    if (grid.hour === HOURS_PER_DAY - 1) {
      grid.playing = false;
      this.host.render();
      return;
    }
    // Only the map and the charts change with the hour; rebuilding the panel too cost frames. The
    // text goes now and the map on the next frame, so no single frame carries both.
    this.host.patchView((overlay, props) => {
      if (!patchGridHour(overlay.element, props, ctx.step)) overlay.replaceParts(gridHourView(props, ctx.step));
    });
    this.host.redrawNextFrame();
  }

  update(time: number): void {
    if (this.host.reducedMotion) return;
    for (const flow of this.flows) {
      flow.dots.forEach((dot, k) => {
        const along = (time * flow.speed + k / FLOW_DOTS) % 1;
        dot.setPosition(flow.from.x + (flow.to.x - flow.from.x) * along, flow.from.y + (flow.to.y - flow.from.y) * along);
      });
    }
  }

  clear(): void {
    for (const flow of this.flows) for (const dot of flow.dots) dot.destroy();
    for (const disc of this.discs) disc.texture.destroy();
    this.substation?.destroy();
    this.discGraphics?.destroy();
    this.flows = [];
    this.discs = [];
    this.rings = [];
    this.substation = null;
    this.discGraphics = null;
    this.madeFor = null;
  }

  private placeFlows(servedNow: number[], largest: number): void {
    this.flows.forEach((flow, i) => {
      const served = servedNow[i] ?? 0;
      for (const dot of flow.dots) dot.setScale((3 + 3 * (served / largest)) / FLOW_DOT_RADIUS).setVisible(served > 0);
    });
  }
}

function hatch(g: Phaser.GameObjects.Graphics, cx: number, cy: number, r: number, alpha: number): void {
  g.lineStyle(2, COLOURS.slate, alpha);
  // Diagonal chords of the circle, 10 px apart, stroked as one path (one stroke per line cost more).
  g.beginPath();
  for (let o = -r * Math.SQRT2 + 5; o < r * Math.SQRT2; o += 10) {
    const root = Math.sqrt(Math.max(0, 2 * r * r - o * o));
    const x1 = (o - root) / 2;
    const x2 = (o + root) / 2;
    g.moveTo(cx + x1, cy + x1 - o);
    g.lineTo(cx + x2, cy + x2 - o);
  }
  g.strokePath();
}
