// The evidence board: a cork board in the office, each document pinned as a paper card (ruled
// lines stand for its fields; every word is in the HTML layer over it), and a red string for each
// link between the pins. Chosen cards are framed in amber; a card with a string is framed in teal.

import { boardOnTable, type BoardStep } from '../../core';
import type { BoardInnerEvent } from '../../ui/messages/kind-events';
import { BOARD_CARD, INSETS, insetBox, STAGE } from '../../ui/stage-layout';
import { COLOURS } from '../keys';
import type { PaintContext, Painter, PainterHost } from './painter';

const CORK = 0x8a6a45;
const CORK_DARK = 0x6f5335;

export class BoardPainter implements Painter<BoardStep, BoardInnerEvent> {
  constructor(private readonly host: PainterHost) {}

  picture({ state, step, ui }: PaintContext<BoardStep>): string {
    const progress = state.board[step.id];
    return JSON.stringify([step.id, progress?.links, progress?.offer, ui.board.picked]);
  }

  paint({ state, step, ui }: PaintContext<BoardStep>): void {
    const g = this.host.graphics;
    const inset = INSETS['evidence-board'];
    const area = insetBox(inset, { x: 0, y: 0, ...STAGE });
    g.fillStyle(CORK, 1);
    g.fillRect(area.x, area.y, area.width, area.height);
    // A little grain, so the board reads as cork and not as a brown panel.
    g.fillStyle(CORK_DARK, 0.6);
    for (let i = 0; i < 140; i++) {
      const x = area.x + ((i * 397) % 1000) / 1000 * area.width;
      const y = area.y + ((i * 613) % 1000) / 1000 * area.height;
      g.fillRect(x, y, 3, 2);
    }
    const progress = state.board[step.id];
    const cards = progress ? boardOnTable(step, progress).cards : step.cards;
    const box = (id: string) => {
      const card = cards.find((c) => c.id === id)!;
      return insetBox(inset, { x: card.at.x, y: card.at.y, ...BOARD_CARD });
    };
    const pin = (id: string) => {
      const b = box(id);
      return { x: b.x + b.width / 2, y: b.y + 10 };
    };
    for (const card of cards) {
      const b = box(card.id);
      g.fillStyle(COLOURS.deep, 0.35);
      g.fillRect(b.x + 4, b.y + 5, b.width, b.height);
      g.fillStyle(COLOURS.paper, 1);
      g.fillRect(b.x, b.y, b.width, b.height);
      // A ruled line for each field the document has.
      g.lineStyle(2, COLOURS.slate, 0.6);
      card.fields.forEach((_f, i) => {
        const y = b.y + b.height * 0.45 + i * ((b.height * 0.45) / Math.max(1, card.fields.length));
        g.lineBetween(b.x + 10, y, b.x + b.width - 10, y);
      });
      const linked = progress?.links.some((l) => l.from === card.id || l.to === card.id) ?? false;
      const chosen = ui.board.picked.includes(card.id);
      if (chosen || linked) {
        g.lineStyle(chosen ? 5 : 3, chosen ? COLOURS.amber : COLOURS.teal, 1);
        g.strokeRect(b.x - 4, b.y - 4, b.width + 8, b.height + 8);
      }
    }
    // The strings go over the cards, pin to pin, with an arrowhead at the second document.
    for (const link of progress?.links ?? []) {
      const a = pin(link.from);
      const z = pin(link.to);
      g.lineStyle(4, COLOURS.red, 0.95);
      g.lineBetween(a.x, a.y, z.x, z.y);
      const angle = Math.atan2(z.y - a.y, z.x - a.x);
      const tip = { x: z.x - Math.cos(angle) * 10, y: z.y - Math.sin(angle) * 10 };
      g.fillStyle(COLOURS.red, 1);
      g.fillTriangle(tip.x, tip.y, tip.x - Math.cos(angle - 0.5) * 16, tip.y - Math.sin(angle - 0.5) * 16, tip.x - Math.cos(angle + 0.5) * 16, tip.y - Math.sin(angle + 0.5) * 16);
    }
    for (const card of cards) {
      const p = pin(card.id);
      g.fillStyle(COLOURS.red, 1);
      g.fillCircle(p.x, p.y, 6);
    }
  }

  clear(): void {}
}
