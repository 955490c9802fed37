// 24-hour load charts as inline SVG in the readable layer: bars for what was served, a dashed
// line for demand, a solid line for supply. Line style, not colour alone, tells them apart, and
// each chart carries a text summary; the grid view offers the same numbers as a table.

const SVG_NS = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, ...children: (SVGElement | string)[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  for (const child of children) element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return element;
}

export interface LoadSeries {
  values: ArrayLike<number>;
  /** bars: served energy; dashed: demand or a declaration; solid: supply. */
  style: 'bars' | 'dashed' | 'solid';
}

export interface LoadChartOptions {
  id: string;
  title: string;
  summary: string;
  series: LoadSeries[];
  /** The hour to mark, or null for none. */
  hour: number | null;
  /** What one hour's bar says on hover: every number readable, not only drawn. */
  describeHour?: (hour: number) => string;
  className?: string;
}

const WIDTH = 240;
const HEIGHT = 100;

/** Where the hour marker sits: the grid moves it in place while a day plays. */
export function hourMarkerX(hour: number, hours = 24): number {
  return (hour * WIDTH) / hours;
}

export function loadChart(options: LoadChartOptions): SVGSVGElement {
  const top = Math.max(1, ...options.series.flatMap((s) => Array.from(s.values)));
  const hours = Math.max(1, ...options.series.map((s) => s.values.length));
  const slot = WIDTH / hours;
  const y = (mw: number): number => HEIGHT - (HEIGHT * 0.92 * Math.max(0, mw)) / top;
  const children: SVGElement[] = [
    svg('title', { id: `${options.id}-title` }, options.title),
    svg('desc', { id: `${options.id}-desc` }, options.summary),
    svg('rect', { x: 0, y: 0, width: WIDTH, height: HEIGHT, class: 'chart-ground' }),
  ];
  if (options.hour !== null) {
    children.push(svg('rect', { x: hourMarkerX(options.hour, hours), y: 0, width: slot, height: HEIGHT, class: 'chart-hour' }));
  }
  for (const series of options.series) {
    const values = Array.from(series.values);
    if (series.style === 'bars') {
      values.forEach((mw, h) => {
        const hover = options.describeHour ? [svg('title', {}, options.describeHour(h))] : [];
        // The bar spans the whole chart height (transparent above the value) so hovering anywhere in the hour reads it.
        children.push(svg('g', { class: 'chart-hour-slot' }, ...hover, svg('rect', { x: h * slot, y: 0, width: slot, height: HEIGHT, class: 'chart-hover' }), svg('rect', { x: h * slot + slot * 0.12, y: y(mw), width: slot * 0.76, height: HEIGHT - y(mw), class: 'chart-served' })));
      });
    } else {
      // A step line: each hour is a flat stretch, which is what an hourly reading is.
      const points = values.flatMap((mw, h) => [`${h * slot},${y(mw)}`, `${(h + 1) * slot},${y(mw)}`]).join(' ');
      children.push(svg('polyline', { points, class: series.style === 'dashed' ? 'chart-demand' : 'chart-supply' }));
    }
  }
  return svg(
    'svg',
    {
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      preserveAspectRatio: 'none',
      role: 'img',
      'aria-labelledby': `${options.id}-title ${options.id}-desc`,
      class: `load-chart ${options.className ?? ''}`.trim(),
      'data-testid': options.id,
    },
    ...children,
  );
}

/** One decimal place, the precision every grid number is shown with. */
export function mw(value: number): string {
  return (Math.round(value * 10) / 10).toFixed(1);
}

export function clock(hour: number): string {
  return `${String(hour).padStart(2, '0')}:00`;
}
