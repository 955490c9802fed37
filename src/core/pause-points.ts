// Pause points for a training room (facilitated mode): where a level stops before a step with a
// discussion prompt, and optionally a vote the facilitator records as counts (never names). Pure:
// the vote never enters the decision log and never changes a score; it is set beside what was
// played and beside what the article supports.

// Only types are imported: the save reads votes before the title screen, without the rules.
import type { Level, LocalText, SourceLines } from './level';
import type { ScoredDecision } from './state';

/** One answer the room can vote for, and the scored choices that count as playing it. */
export interface PauseVoteOption {
  id: string;
  label: LocalText;
  /**
   * The `ScoredDecision.choice` values that mean this option was played at the vote's point (a
   * desk verdict is scored with what it meant, e.g. "rejectedReasoned" and "rejectedUnreasoned"
   * are both a rejection).
   */
  played: string[];
}

/** A vote about one decision point of the step (one folder of a desk: `subject`). */
export interface PauseVote {
  /** The decision point, as `ScoredDecision.point` ("order", "verdict", "approach", "offer"...). */
  point: string;
  /** What the point is about when the step has several (an application, a day), as `ScoredDecision.subject`. */
  subject: string | null;
  options: PauseVoteOption[];
  /** The option the article supports, and why, saying only what its lines say. */
  caseAnswer: { option: string; text: LocalText; sourceLines: SourceLines };
}

export interface PausePoint {
  id: string;
  /** The step the game stops before. */
  before: string;
  /** What the facilitator puts to the room. */
  prompt: LocalText;
  vote?: PauseVote;
}

/** The room's counts for one pause point's vote: option id to number of hands. */
export type RoomCounts = Record<string, number>;
/** The room's votes in one play: pause point id to counts. Counts only, never names. */
export type RoomVotes = Record<string, RoomCounts>;

export const MAX_ROOM_COUNT = 500;

/** The pause points the game stops at before this step, in the level's order. */
export function pausePointsBefore(level: Level, stepId: string): PausePoint[] {
  return (level.pausePoints ?? []).filter((p) => p.before === stepId);
}

/** The option most hands went up for; null when no hands were counted or the top is a tie. */
export function roomMajority(vote: PauseVote, counts: RoomCounts | undefined): PauseVoteOption | null {
  const ranked = vote.options.map((o) => ({ option: o, n: counts?.[o.id] ?? 0 })).sort((a, b) => b.n - a.n);
  const [first, second] = ranked;
  if (!first || first.n === 0 || (second && second.n === first.n)) return null;
  return first.option;
}

/** A count as the facilitator typed it, held to a whole number from 0 to MAX_ROOM_COUNT. */
export function roomCount(value: number): number {
  return Number.isFinite(value) ? Math.min(MAX_ROOM_COUNT, Math.max(0, Math.trunc(value))) : 0;
}

/** What was played at the vote's point: the option it counts as, the raw choice when no option covers it, or nothing scored there. */
export function playedAtVote(vote: PauseVote, stepId: string, scored: readonly ScoredDecision[]): { option: PauseVoteOption | null; choice: string } | null {
  const decision = scored.find((d) => d.stepId === stepId && d.point === vote.point && d.subject === vote.subject);
  if (!decision) return null;
  return { option: vote.options.find((o) => o.played.includes(decision.choice)) ?? null, choice: decision.choice };
}

/** Untrusted saved votes (the save is edited by anyone): counts kept only where they are whole numbers in range. */
export function parseRoomVotes(value: unknown): RoomVotes {
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (!isObject(value)) return {};
  const votes: RoomVotes = {};
  for (const [pauseId, counts] of Object.entries(value)) {
    if (!isObject(counts)) continue;
    const kept = Object.entries(counts).filter(([, n]) => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_ROOM_COUNT);
    votes[pauseId] = Object.fromEntries(kept) as RoomCounts;
  }
  return votes;
}
