// Seeded randomness for the rules. mulberry32: tiny, fast, and its whole state is one 32-bit
// number, so it lives inside the game state and a replay draws exactly the same values.

export type RandomState = number;

/** Returns a float in [0, 1) and the generator's next state. */
export function nextRandom(state: RandomState): [number, RandomState] {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return [value, next];
}

/** Picks one element; throws on an empty list because that is a content error caught earlier. */
export function pickOne<T>(items: readonly T[], state: RandomState): [T, RandomState] {
  if (items.length === 0) throw new Error('pickOne needs at least one item');
  const [value, next] = nextRandom(state);
  return [items[Math.floor(value * items.length)] as T, next];
}

export function seedFrom(seed: number): RandomState {
  return seed >>> 0;
}
