// Where each district's label (its name and served share) goes on the grid's city map: beside or
// below its circle, on a side with room, so no label covers a circle (the drawing of a dark or
// partly dark district is what the player must see) nor another label. A pure function of the
// circles and an estimate of each label's size (no DOM): the view and the unit tests share it.
//
// Units: the stage's 1600 x 1000 units (stage-layout.ts). A label's size is estimated in its own
// font size (em) and scaled by `em`, the label font size in stage units for a display: it grows with
// the browser's zoom and the Large text setting while the map keeps its place.

import type { GridStep } from '../core';
import { INSETS, insetBox, type Box } from './stage-layout';

export interface Circle {
  x: number;
  y: number;
  r: number;
}

/** Where a label sits against its circle. Corner sides sit off the circle's diagonal. */
export type LabelSide = 'below' | 'above' | 'right' | 'left' | 'below-right' | 'below-left' | 'above-right' | 'above-left';

/** Preferred first: below reads most naturally, then beside, then above, then the corners. */
export const LABEL_SIDES: readonly LabelSide[] = ['below', 'right', 'left', 'above', 'below-right', 'below-left', 'above-right', 'above-left'];

/** A label's size in em of its own font. */
export interface LabelEm {
  width: number;
  height: number;
}

/** The gap between a circle and its label, in em (styles.css `.district-label` uses the same). */
export const LABEL_GAP_EM = 0.2;
/** The name's widest box, in em, padding and border included (styles.css `.map-district .name`). */
export const NAME_MAX_EM = 8.5;
const PADDING_EM = 0.6;
const LINE_EM = 1.25;
/** Between the name and the share. */
const STACK_GAP_EM = 0.1;
/** Borders (1 px each side of two boxes) and rounding, as a share of an em: at least 4 px at 10 px text. */
const BORDERS_EM = 0.45;

const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * A generous width of a Latin character in em: a little over Arial's and Noto Sans's (lower case
 * about 0.5 on average), so the box estimated holds the text in the sans-serif fonts players have.
 */
function latinWidth(ch: string): number {
  if (ch === ' ') return 0.28;
  if (/[ijlI.,'!|:;]/.test(ch)) return 0.28;
  if (/[ftr()-]/.test(ch)) return 0.38;
  if (/[mwMW%]/.test(ch)) return 0.9;
  if (/[A-Z]/.test(ch)) return 0.7;
  return 0.57;
}

/** The width of a text on one line, in em: a CJK character is one em wide. */
export function textWidthEm(text: string): number {
  let width = 0;
  for (const ch of text) width += CJK.test(ch) ? 1 : latinWidth(ch);
  return width;
}

/**
 * The lines a name takes in a box at most `maxContent` em wide: words fill a line in turn (Latin
 * breaks at spaces), CJK text breaks between characters (phrase breaks only ever make a line
 * shorter, so a CJK name is counted one character shorter a line). Returns the widest line too.
 */
export function wrapEm(text: string, maxContent: number): { lines: number; widest: number } {
  if (CJK.test(text)) {
    const perLine = Math.max(1, Math.floor(maxContent) - 1);
    const chars = [...text];
    const lines = Math.ceil(chars.length / perLine);
    const widest = lines === 1 ? textWidthEm(text) : Math.min(maxContent, Math.max(...Array.from({ length: lines }, (_, i) => textWidthEm(chars.slice(i * perLine, (i + 1) * perLine).join('')))));
    return { lines, widest };
  }
  const words = text.split(/\s+/).filter(Boolean);
  let lines = 1;
  let line = 0;
  let widest = 0;
  for (const word of words) {
    const w = textWidthEm(word);
    const next = line === 0 ? w : line + textWidthEm(' ') + w;
    if (next <= maxContent || line === 0) line = next;
    else {
      widest = Math.max(widest, line);
      lines++;
      line = w;
    }
  }
  widest = Math.max(widest, line);
  return { lines, widest: Math.min(widest, maxContent) };
}

/** The estimated size of a district's label (name over share), in em of the label's font. */
export function labelEm(name: string, share = '100%'): LabelEm {
  const { lines, widest } = wrapEm(name, NAME_MAX_EM - PADDING_EM);
  // The share is bold: a tenth wider.
  const shareWidth = textWidthEm(share) * 1.1 + PADDING_EM;
  // A name on more than one line fills its box to the widest it may be (the box does not shrink to the lines).
  const nameWidth = lines > 1 ? NAME_MAX_EM : widest + PADDING_EM;
  return {
    width: Math.max(nameWidth, shareWidth) + BORDERS_EM / 2,
    height: (lines + 1) * LINE_EM + STACK_GAP_EM + BORDERS_EM,
  };
}

const DIAGONAL = Math.SQRT1_2;

/** The box a label of `size` (stage units) takes on `side` of a circle, `gap` away from it. */
export function labelBox(circle: Circle, size: { width: number; height: number }, side: LabelSide, gap: number): Box {
  const { x, y, r } = circle;
  const { width, height } = size;
  switch (side) {
    case 'below':
      return { x: x - width / 2, y: y + r + gap, width, height };
    case 'above':
      return { x: x - width / 2, y: y - r - gap - height, width, height };
    case 'right':
      return { x: x + r + gap, y: y - height / 2, width, height };
    case 'left':
      return { x: x - r - gap - width, y: y - height / 2, width, height };
    case 'below-right':
      return { x: x + r * DIAGONAL + gap, y: y + r * DIAGONAL + gap, width, height };
    case 'below-left':
      return { x: x - r * DIAGONAL - gap - width, y: y + r * DIAGONAL + gap, width, height };
    case 'above-right':
      return { x: x + r * DIAGONAL + gap, y: y - r * DIAGONAL - gap - height, width, height };
    case 'above-left':
      return { x: x - r * DIAGONAL - gap - width, y: y - r * DIAGONAL - gap - height, width, height };
  }
}

/** Whether a box and a circle share any area (touching counts as clear). */
export function boxMeetsCircle(box: Box, circle: Circle): boolean {
  const nx = Math.max(box.x, Math.min(circle.x, box.x + box.width));
  const ny = Math.max(box.y, Math.min(circle.y, box.y + box.height));
  return Math.hypot(circle.x - nx, circle.y - ny) < circle.r - 1e-9;
}

export function boxesMeet(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const inside = (box: Box, bounds: Box): boolean =>
  box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;

/**
 * What is wrong with labels placed as `boxes` over `circles` (label i belongs to circle i): a label
 * over any circle, two labels over each other, a label out of `bounds`. Empty when all is clear.
 */
export function labelProblems(circles: readonly Circle[], boxes: readonly Box[], bounds: Box, names: readonly string[] = []): string[] {
  const name = (i: number): string => names[i] ?? `label ${i}`;
  const problems: string[] = [];
  boxes.forEach((box, i) => {
    circles.forEach((circle, j) => {
      if (boxMeetsCircle(box, circle)) problems.push(`${name(i)}'s label covers ${j === i ? 'its own circle' : `the circle of ${name(j)}`}`);
    });
    for (let j = i + 1; j < boxes.length; j++) if (boxesMeet(box, boxes[j]!)) problems.push(`${name(i)}'s label and ${name(j)}'s overlap`);
    if (!inside(box, bounds)) problems.push(`${name(i)}'s label runs off the map`);
  });
  return problems;
}

/**
 * A side for every label so that, at label font size `em` (stage units), no label covers a circle
 * or another label and all stay inside `bounds`; of those, the one that uses the preferred sides
 * most (the sum of each side's place in LABEL_SIDES, least first; ties go to the first found).
 * Null when there is none. A branch-and-bound search, most constrained label first.
 */
export function placeLabels(circles: readonly Circle[], labels: readonly LabelEm[], em: number, bounds: Box): LabelSide[] | null {
  const gap = LABEL_GAP_EM * em;
  const sizeOf = (i: number) => ({ width: labels[i]!.width * em, height: labels[i]!.height * em });
  // Each label's sides that clear every circle and the bounds; the labels then only need to clear each other.
  const options = circles.map((circle, i) =>
    LABEL_SIDES.map((side, cost) => ({ side, cost, box: labelBox(circle, sizeOf(i), side, gap) })).filter(({ box }) => inside(box, bounds) && circles.every((c) => !boxMeetsCircle(box, c))),
  );
  if (options.some((o) => o.length === 0)) return null;
  const order = circles.map((_, i) => i).sort((a, b) => options[a]!.length - options[b]!.length || labels[b]!.width * labels[b]!.height - labels[a]!.width * labels[a]!.height || a - b);
  const chosen: ({ side: LabelSide; box: Box } | undefined)[] = circles.map(() => undefined);
  let best: LabelSide[] | null = null;
  let bestCost = Infinity;
  let steps = 0;
  const search = (k: number, cost: number): void => {
    if (cost >= bestCost || ++steps > 200_000) return;
    if (k === order.length) {
      best = chosen.map((c) => c!.side);
      bestCost = cost;
      return;
    }
    const i = order[k]!;
    for (const option of options[i]!) {
      if (chosen.some((c) => c && boxesMeet(c.box, option.box))) continue;
      chosen[i] = option;
      search(k + 1, cost + option.cost);
      chosen[i] = undefined;
    }
  };
  search(0, 0);
  return best;
}

/** The largest label font, in stage units, a map is laid out for (Large text at 1366x768 is about 24). */
export const LABEL_EM_MAX = 24;
/** The smallest tried: below it the text would fall under 14 px at 1366x768. */
export const LABEL_EM_MIN = 16;

export interface MapLabelLayout {
  sides: LabelSide[];
  /** The label font size, in stage units, the sides were chosen for: the style sheet never lets labels grow past it. */
  em: number;
}

/**
 * The sides for a map's labels at the largest label font (LABEL_EM_MAX down to LABEL_EM_MIN, in
 * steps of one unit) for which they all clear each other and every circle. With none, every label
 * below its circle at the smallest (the unit tests make sure no shipped map comes to that).
 */
export function mapLabelLayout(circles: readonly Circle[], labels: readonly LabelEm[], bounds: Box): MapLabelLayout {
  for (let em = LABEL_EM_MAX; em >= LABEL_EM_MIN; em--) {
    const sides = placeLabels(circles, labels, em, bounds);
    if (sides) return { sides, em };
  }
  return { sides: circles.map(() => 'below'), em: LABEL_EM_MIN };
}

/** The boxes of a layout's labels at label font size `em` (at most the layout's own). */
export function layoutBoxes(circles: readonly Circle[], labels: readonly LabelEm[], sides: readonly LabelSide[], em: number): Box[] {
  return circles.map((circle, i) => labelBox(circle, { width: labels[i]!.width * em, height: labels[i]!.height * em }, sides[i]!, LABEL_GAP_EM * em));
}

/** A grid step's district circles and the map's area, in stage units (where the painter draws them). */
export function gridMapGeometry(grid: Pick<GridStep, 'districts'>): { circles: Circle[]; bounds: Box } {
  const inset = INSETS['city-grid'];
  const circles = grid.districts.map((d) => ({ x: inset.x + d.map.x * inset.scale, y: inset.y + d.map.y * inset.scale, r: d.map.radius * inset.scale }));
  return { circles, bounds: insetBox(inset, { x: 0, y: 0, width: 1600, height: 1000 }) };
}
