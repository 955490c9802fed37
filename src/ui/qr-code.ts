// A QR code for an assignment link, encoded by a maintained library (uqr) and drawn here as SVG
// elements (one path, no markup strings), so a classroom's phones and tablets can open the link.

import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';
/** The white margin scanners need around the code, in modules (the standard asks for four). */
const QUIET_ZONE = 4;

/** The code's dark modules as rows of booleans, quiet zone included. */
export function qrModules(text: string): boolean[][] {
  return encode(text, { ecc: 'M', border: QUIET_ZONE }).data;
}

/** Whether the text fits in one QR code at all (a long link, such as one carrying a teacher's level, may not). */
export function qrFits(text: string): boolean {
  try {
    qrModules(text);
    return true;
  } catch {
    return false;
  }
}

/** The code as an SVG image labelled for screen readers; `size` in CSS pixels. */
export function qrCode(text: string, label: string, size = 180): SVGSVGElement {
  const modules = qrModules(text);
  const n = modules.length;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${n} ${n}`);
  svg.setAttribute('width', String(size));
  svg.setAttribute('height', String(size));
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(n));
  background.setAttribute('height', String(n));
  background.setAttribute('fill', '#fff');
  const dark = document.createElementNS(SVG, 'path');
  dark.setAttribute('fill', '#000');
  dark.setAttribute('d', modules.flatMap((row, y) => row.flatMap((on, x) => (on ? [`M${x} ${y}h1v1h-1z`] : []))).join(''));
  svg.append(background, dark);
  return svg;
}
