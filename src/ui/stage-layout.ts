// Where the world is drawn on the 1600 x 1000 stage, shared by the Phaser scenes (which draw it)
// and the readable layer (which puts labels and hotspots over it), so the two always line up.

export const STAGE = { width: 1600, height: 1000 } as const;

export interface Inset {
  x: number;
  y: number;
  scale: number;
}

/**
 * Settings that share the stage with a working panel on the right draw their art into a region
 * on the left: the maps sit high to leave room for the panel below them; the room sits centred.
 */
export const INSETS = {
  'city-map': { x: 50, y: 20, scale: 0.56 },
  'server-room': { x: 20, y: 190, scale: 0.6 },
  // The grid map leaves room below it for the load charts.
  'city-grid': { x: 20, y: 16, scale: 0.6 },
  // The inspection hall likewise: what the inspector sees goes in the panel below it.
  'computing-hall': { x: 20, y: 16, scale: 0.6 },
  'research-lab': { x: 20, y: 16, scale: 0.6 },
  'mining-hall': { x: 20, y: 16, scale: 0.6 },
  // The evidence board: the documents pinned where the panel below can list the strings.
  'evidence-board': { x: 20, y: 16, scale: 0.6 },
  // The High-Tech Zone: the parcels high, the proposals listed in the panel below.
  'high-tech-zone': { x: 20, y: 16, scale: 0.6 },
} as const satisfies Record<string, Inset>;

/** The inset a site step's hall is drawn in: its own setting's, or the computing hall's. */
export function hallInset(setting: string): Inset {
  return setting in INSETS ? INSETS[setting as keyof typeof INSETS] : INSETS['computing-hall'];
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Where a figure of the given width stands at a station: the point under its feet (the middle of
 * its bottom edge), in front of the station's right-hand edge, inside its box, feet on its base
 * line. Never beside it: racks stand closer together than a figure is wide, so a figure to the
 * right of rack 4 stood on rack 5 while the text said rack 4.
 */
export function figureAtStation(station: Box, figureWidth: number): [x: number, y: number] {
  const half = figureWidth / 2;
  return [station.x + Math.max(half, station.width - half), station.y + station.height];
}

/** A box in a setting's own 1600 x 1000 art, placed inside the inset region. */
export function insetBox(inset: Inset, box: Box): Box {
  return {
    x: inset.x + box.x * inset.scale,
    y: inset.y + box.y * inset.scale,
    width: box.width * inset.scale,
    height: box.height * inset.scale,
  };
}

/**
 * Places an element over a stage box in CSS percentages, so HTML tracks the canvas at any window
 * size. Set through the CSSOM, which a strict style-src policy allows (a style attribute it blocks).
 */
export function placeOver(element: HTMLElement, box: Box): HTMLElement {
  const pct = (v: number, of: number): string => `${((100 * v) / of).toFixed(3)}%`;
  element.style.left = pct(box.x, STAGE.width);
  element.style.top = pct(box.y, STAGE.height);
  element.style.width = pct(box.width, STAGE.width);
  element.style.height = pct(box.height, STAGE.height);
  return element;
}

/** The size of a document pinned on the evidence board, in the board's own 1600 x 1000 units. */
export const BOARD_CARD = { width: 360, height: 220 } as const;

/** The zone's parcels in the High-Tech Zone art (1600 x 1000 units): proposal i is drawn on parcel i. Two rows of five between the roads. */
export const PLAN_PARCELS: readonly Box[] = Array.from({ length: 10 }, (_, i) => ({ x: 150 + (i % 5) * 270, y: 400 + Math.floor(i / 5) * 260, width: 230, height: 200 }));
