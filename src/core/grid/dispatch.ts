// The city grid: hour-by-hour dispatch of scarce power among districts (issue 3's model).
// Pure and deterministic: no clock, no randomness. Energy is conserved by construction: a
// district is never served more than it asks for, and an hour never more than its supply.

export const HOURS_PER_DAY = 24;

export type GridDistrictKind =
  | 'homes'
  | 'commerce'
  | 'hospital'
  | 'water'
  | 'schools'
  | 'signals'
  | 'industry'
  | 'rural'
  | 'high-tech';

export interface GridDistrict {
  id: string;
  kind: GridDistrictKind;
  /** Demand in MW for each hour of a typical day (24 values). */
  profileMw: number[];
  /** How much a heat wave raises demand (air conditioning): 0.3 means +30% at full heat. */
  heatSensitivity: number;
  /** Critical loads fall back to generators when cut (the hospital, the water works). */
  critical: boolean;
}

/** The conditions of one day: how much power the city can get, and how hot it is. */
export interface GridDay {
  /** MW the city can import or generate, per hour (24 values). */
  supplyMw: number[];
  /** 0 for a mild day, 1 for the worst of the heat wave. */
  heat: number;
}

/** What the player sets for a day. */
export interface GridLevers {
  /** Served first to last; a district missing from the list is served after all listed ones. */
  priority: string[];
  /** An upper limit in MW for a district, whatever its demand. */
  capsMw: Record<string, number>;
  /**
   * Rotating outages: in an hour of shortage, one district of the group is cut for the hour,
   * in turn, so the dark hours are shared instead of falling on the last in line.
   */
  rotation: string[];
  /** Power-use rules in force that day, each lowering some kinds of demand in some hours. */
  measures?: readonly GridDemandMeasure[];
}

/** A power-use rule the bureau can enforce, such as offices cooled no lower than 26 degrees. */
export interface GridDemandMeasure {
  kinds: GridDistrictKind[];
  /** Hours it applies, from `fromHour` up to but not including `toHour` (0-24). */
  fromHour: number;
  toHour: number;
  /** Demand is multiplied by this in those hours (0.8 means 20% less). */
  factor: number;
}

export interface HourlyDispatch {
  /** served[district][hour] in MW (one hour, so also MWh). */
  servedMw: Float64Array[];
  demandMw: Float64Array[];
  supplyMw: Float64Array;
}

export function demandAt(district: GridDistrict, hour: number, heat: number): number {
  const base = district.profileMw[hour % HOURS_PER_DAY] ?? 0;
  return Math.max(0, base * (1 + district.heatSensitivity * Math.min(1, Math.max(0, heat))));
}

/** The order districts are served in: the player's priority list, then the rest as listed. */
export function serviceOrder(districts: readonly GridDistrict[], priority: readonly string[]): number[] {
  const order: number[] = [];
  for (const id of priority) {
    const index = districts.findIndex((d) => d.id === id);
    if (index >= 0 && !order.includes(index)) order.push(index);
  }
  districts.forEach((_, index) => {
    if (!order.includes(index)) order.push(index);
  });
  return order;
}

/**
 * Dispatches `days` consecutive days, hour by hour. Writes into preallocated arrays so a year
 * (8,760 hours) runs without allocating per hour.
 */
export function dispatchDays(districts: readonly GridDistrict[], days: readonly GridDay[], levers: readonly GridLevers[]): HourlyDispatch {
  const hours = days.length * HOURS_PER_DAY;
  const servedMw = districts.map(() => new Float64Array(hours));
  const demandMw = districts.map(() => new Float64Array(hours));
  const supplyMw = new Float64Array(hours);
  const n = districts.length;
  const wanted = new Float64Array(n);
  let rotationTurn = 0;

  for (let day = 0; day < days.length; day++) {
    const conditions = days[day]!;
    const lever = levers[Math.min(day, levers.length - 1)] ?? { priority: [], capsMw: {}, rotation: [] };
    const order = serviceOrder(districts, lever.priority);
    const caps = districts.map((d) => lever.capsMw[d.id]);
    const rotation = lever.rotation.map((id) => districts.findIndex((d) => d.id === id)).filter((i) => i >= 0);
    const factors = demandFactors(districts, lever.measures ?? []);

    for (let h = 0; h < HOURS_PER_DAY; h++) {
      const t = day * HOURS_PER_DAY + h;
      const supply = Math.max(0, conditions.supplyMw[h] ?? 0);
      supplyMw[t] = supply;
      let total = 0;
      for (let i = 0; i < n; i++) {
        const demand = demandAt(districts[i]!, h, conditions.heat) * factors[i * HOURS_PER_DAY + h]!;
        demandMw[i]![t] = demand;
        const cap = caps[i];
        wanted[i] = cap === undefined ? demand : Math.min(demand, Math.max(0, cap));
        total += wanted[i]!;
      }
      // In a short hour, the district whose turn it is in the rotation is cut for the hour.
      if (total > supply && rotation.length > 0) {
        wanted[rotation[rotationTurn % rotation.length]!] = 0;
        rotationTurn++;
      }
      let left = supply;
      for (const i of order) {
        const served = Math.min(wanted[i]!, left);
        servedMw[i]![t] = served;
        left -= served;
      }
    }
  }
  return { servedMw, demandMw, supplyMw };
}

/** Per district and hour, what the measures in force leave of demand: [district * 24 + hour]. */
function demandFactors(districts: readonly GridDistrict[], measures: readonly GridDemandMeasure[]): Float64Array {
  const factors = new Float64Array(districts.length * HOURS_PER_DAY).fill(1);
  for (const measure of measures) {
    const factor = Math.min(1, Math.max(0, measure.factor));
    districts.forEach((d, i) => {
      if (!measure.kinds.includes(d.kind)) return;
      for (let h = Math.max(0, measure.fromHour); h < Math.min(HOURS_PER_DAY, measure.toHour); h++) {
        const at = i * HOURS_PER_DAY + h;
        factors[at] = factors[at]! * factor;
      }
    });
  }
  return factors;
}

export interface DistrictTotals {
  id: string;
  demandMwh: number;
  servedMwh: number;
  unservedMwh: number;
  /** Hours in which the district got less than 90% of its demand. */
  darkHours: number;
}

export function districtTotals(districts: readonly GridDistrict[], dispatch: HourlyDispatch): DistrictTotals[] {
  return districts.map((d, i) => {
    const served = dispatch.servedMw[i]!;
    const demand = dispatch.demandMw[i]!;
    let demandMwh = 0;
    let servedMwh = 0;
    let darkHours = 0;
    for (let t = 0; t < served.length; t++) {
      demandMwh += demand[t]!;
      servedMwh += served[t]!;
      if (served[t]! < demand[t]! * 0.9 - 1e-9) darkHours++;
    }
    return { id: d.id, demandMwh, servedMwh, unservedMwh: demandMwh - servedMwh, darkHours };
  });
}

// ---- Evidence: declared against metered load --------------------------------------------------

/**
 * Compares a declared daily profile with metered hourly draw. A flat profile alone proves nothing
 * (real AI training can run flat too); what counts is the gap between what was declared and what
 * the meter shows, hour by hour.
 */
export interface ProfileComparison {
  hours: number;
  declaredMwh: number;
  meteredMwh: number;
  /** Metered energy as a multiple of declared energy. */
  ratio: number;
  /** Hours in which the meter read more than twice the declared load (and at least 0.5 MW more). */
  hoursFarAbove: number;
  /** Metered draw's lowest hour as a share of its highest: near 1 means flat around the clock. */
  flatness: number;
}

export function compareProfiles(declaredMw: readonly number[], meteredMw: ArrayLike<number>): ProfileComparison {
  let declaredMwh = 0;
  let meteredMwh = 0;
  let hoursFarAbove = 0;
  let low = Infinity;
  let high = 0;
  for (let t = 0; t < meteredMw.length; t++) {
    const declared = declaredMw[t % HOURS_PER_DAY] ?? 0;
    const metered = meteredMw[t]!;
    declaredMwh += declared;
    meteredMwh += metered;
    if (metered > 2 * declared && metered - declared >= 0.5) hoursFarAbove++;
    low = Math.min(low, metered);
    high = Math.max(high, metered);
  }
  return {
    hours: meteredMw.length,
    declaredMwh,
    meteredMwh,
    ratio: declaredMwh > 0 ? meteredMwh / declaredMwh : Infinity,
    hoursFarAbove,
    flatness: high > 0 ? low / high : 0,
  };
}

/** The finding the comparison supports: twice the declared energy, far above it a quarter of the hours or more. */
export function isDeclarationContradicted(comparison: ProfileComparison): boolean {
  return comparison.hours > 0 && comparison.ratio >= 2 && comparison.hoursFarAbove >= comparison.hours / 4;
}

// ---- What the dispatch meant for people -------------------------------------------------------

export interface GridFacts {
  /** Share of home demand served in the evening peak hours (18:00-21:59). */
  homesPeakServedShare: number;
  /** Share of critical demand (hospital, water works) served over the period. */
  criticalServedShare: number;
  /** Hours a critical load ran on generators (any shortfall). */
  generatorHours: number;
  /** Energy served to the favoured high-tech load in hours when homes went short: R4, waste. */
  favouredWhileHomesShortMwh: number;
}

export function gridFacts(districts: readonly GridDistrict[], dispatch: HourlyDispatch, favouredId: string): GridFacts {
  const hours = dispatch.supplyMw.length;
  const homes = districts.flatMap((d, i) => (d.kind === 'homes' ? [i] : []));
  const critical = districts.flatMap((d, i) => (d.critical ? [i] : []));
  const favoured = districts.findIndex((d) => d.id === favouredId);
  let peakDemand = 0;
  let peakServed = 0;
  let criticalDemand = 0;
  let criticalServed = 0;
  let generatorHours = 0;
  let favouredWhileHomesShortMwh = 0;
  for (let t = 0; t < hours; t++) {
    const hour = t % HOURS_PER_DAY;
    let homesShort = false;
    for (const i of homes) {
      const demand = dispatch.demandMw[i]![t]!;
      const served = dispatch.servedMw[i]![t]!;
      if (hour >= 18 && hour <= 21) {
        peakDemand += demand;
        peakServed += served;
      }
      if (served < demand - 1e-9) homesShort = true;
    }
    let criticalShort = false;
    for (const i of critical) {
      criticalDemand += dispatch.demandMw[i]![t]!;
      criticalServed += dispatch.servedMw[i]![t]!;
      if (dispatch.servedMw[i]![t]! < dispatch.demandMw[i]![t]! - 1e-9) criticalShort = true;
    }
    if (criticalShort) generatorHours++;
    if (homesShort && favoured >= 0) favouredWhileHomesShortMwh += dispatch.servedMw[favoured]![t]!;
  }
  return {
    homesPeakServedShare: peakDemand > 0 ? peakServed / peakDemand : 1,
    criticalServedShare: criticalDemand > 0 ? criticalServed / criticalDemand : 1,
    generatorHours,
    favouredWhileHomesShortMwh,
  };
}
