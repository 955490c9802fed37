// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { qrCode, qrModules } from '../../src/ui/qr-code';

const LINK = 'https://school.example/mining/index.html?lang=ja&levels=tutorial-first-day%2Cthe-lawsuit&class=7B&seed=3';

/** A finder pattern (7x7: dark ring, light ring, dark 3x3 centre) with its top-left at (x, y). */
function isFinder(m: boolean[][], x: number, y: number): boolean {
  for (let dy = 0; dy < 7; dy++)
    for (let dx = 0; dx < 7; dx++) {
      const ring = Math.max(Math.abs(dx - 3), Math.abs(dy - 3));
      if (m[y + dy]![x + dx] !== (ring !== 2)) return false;
    }
  return true;
}

describe('the assignment link as a QR code', () => {
  it('is a square code with its three finder patterns inside a four-module quiet zone', () => {
    const m = qrModules(LINK);
    const n = m.length;
    expect(m.every((row) => row.length === n)).toBe(true);
    // A version-v code is 17 + 4v modules wide, plus the quiet zone on both sides.
    expect((n - 8 - 17) % 4).toBe(0);
    expect(isFinder(m, 4, 4)).toBe(true);
    expect(isFinder(m, n - 11, 4)).toBe(true);
    expect(isFinder(m, 4, n - 11)).toBe(true);
    expect(isFinder(m, n - 11, n - 11)).toBe(false);
    const quiet = m.flatMap((row, y) => row.filter((_, x) => x < 4 || y < 4 || x >= n - 4 || y >= n - 4));
    expect(quiet.some(Boolean)).toBe(false);
  });

  it('differs for another link, and draws exactly its dark modules, labelled for screen readers', () => {
    expect(qrModules(LINK)).not.toEqual(qrModules(LINK.replace('seed=3', 'seed=4')));
    const svg = qrCode(LINK, 'QR code of the assignment link');
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('QR code of the assignment link');
    const squares = svg.querySelector('path')!.getAttribute('d')!.match(/M/g)!.length;
    expect(squares).toBe(qrModules(LINK).flat().filter(Boolean).length);
  });
});
