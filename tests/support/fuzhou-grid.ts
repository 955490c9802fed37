// A test city for the grid model, scaled from the article's figures: Genesis drew 74.75 million
// kWh in 2018 (L34), about 8.5 MW around the clock, and that was 10% of the city's power (L5, L27).
// So the city's average load here is 85 MW. The "Blackout summer" level file will carry its own
// city in this shape; these shapes (evening home peak, daytime shops, flat hospital) are typical
// of any city, not data from Fuzhou.
import { HOURS_PER_DAY, type GridDay, type GridDistrict, type GridDistrictKind } from '../../src/core/grid';

export const GENESIS_MW = 74_750_000 / 8_760 / 1000; // 8.53 MW
export const CITY_AVERAGE_MW = GENESIS_MW / 0.1;

const shape = (night: number, morning: number, day: number, evening: number): number[] =>
  Array.from({ length: HOURS_PER_DAY }, (_, h) => (h < 6 ? night : h < 9 ? morning : h < 17 ? day : h < 22 ? evening : night));

const raw: [string, GridDistrictKind, number[], number, boolean][] = [
  ['old-town-homes', 'homes', shape(8, 12, 10, 22), 0.35, false],
  ['new-town-homes', 'homes', shape(6, 10, 8, 18), 0.35, false],
  ['shops-and-walmart', 'commerce', shape(3, 6, 12, 12), 0.3, false],
  ['city-hospital', 'hospital', shape(4, 4.5, 5, 4.5), 0.15, true],
  ['water-works', 'water', shape(2.5, 4, 3, 4), 0.1, true],
  ['schools', 'schools', shape(0.5, 4, 4, 1), 0.2, false],
  ['traffic-signals', 'signals', shape(0.6, 0.6, 0.6, 0.6), 0, false],
  ['industrial-park', 'industry', shape(8, 16, 16, 14), 0.1, false],
  ['rural-townships', 'rural', shape(3, 6, 5, 10), 0.2, false],
  ['high-tech-zone', 'high-tech', shape(2, 5, 6, 4), 0.2, false],
];

const average = (profile: number[]) => profile.reduce((a, b) => a + b, 0) / profile.length;
const othersAverage = raw.reduce((sum, [, , profile]) => sum + average(profile), 0);
// Scale every other district so that, with Genesis, the city averages CITY_AVERAGE_MW.
const scale = (CITY_AVERAGE_MW - GENESIS_MW) / othersAverage;

export const FUZHOU_GRID: GridDistrict[] = [
  ...raw.map(([id, kind, profile, heatSensitivity, critical]) => ({ id, kind, profileMw: profile.map((mw) => mw * scale), heatSensitivity, critical })),
  { id: 'genesis', kind: 'high-tech' as const, profileMw: Array(HOURS_PER_DAY).fill(GENESIS_MW), heatSensitivity: 0, critical: false },
];

/** What Genesis declared: a daytime "big-data centre" far smaller than what it drew. */
export const GENESIS_DECLARED_MW = shape(0.4, 1.2, 2, 1);

/** A heat-wave day with the import line limited: the city cannot serve everyone at the peak. */
export const HEAT_WAVE_DAY: GridDay = { heat: 1, supplyMw: Array(HOURS_PER_DAY).fill(CITY_AVERAGE_MW * 1.05) };

/** A year: mild spring and autumn, a hot summer with a drought that cuts hydro supply. */
export function fuzhouYear(): GridDay[] {
  return Array.from({ length: 365 }, (_, day) => {
    const summer = day >= 150 && day < 250;
    const heat = summer ? 0.5 + 0.5 * Math.sin(((day - 150) / 100) * Math.PI) : 0;
    const supply = CITY_AVERAGE_MW * (summer ? 1.08 : 1.4);
    return { heat, supplyMw: Array(HOURS_PER_DAY).fill(supply) };
  });
}

export const HISTORICAL_LEVERS = {
  // Genesis first, business next, homes last: what the article describes (L27-L28).
  priority: ['genesis', 'high-tech-zone', 'industrial-park', 'shops-and-walmart', 'city-hospital', 'water-works', 'traffic-signals', 'schools', 'rural-townships', 'new-town-homes', 'old-town-homes'],
  capsMw: {},
  rotation: [],
};

export const PEOPLE_FIRST_LEVERS = {
  priority: ['city-hospital', 'water-works', 'traffic-signals', 'old-town-homes', 'new-town-homes', 'rural-townships', 'schools', 'shops-and-walmart', 'industrial-park', 'high-tech-zone', 'genesis'],
  capsMw: {},
  rotation: ['industrial-park', 'high-tech-zone', 'genesis'],
};
