// The facilitator's guide to one level, in one language: what the students do, the goals, a plan
// for a 45- and a 90-minute session, the prompts for the room with the answers the article
// supports, and the content note. Pure: built from the level file alone, so the teacher page
// prints it and a test checks it without a screen. The interface words live in the view.

import { assessedLessons, type Language, type LessonId, type Level, type LocalText, type SourceLines, type StepKind } from '../core';

/** A prompt for the room and the answer its cited lines support. */
export interface GuidePrompt {
  prompt: string;
  answer: string;
  sourceLines: SourceLines;
}

/** A pause point's prompt; a discussion-only pause has no options and no answer. */
export interface GuidePausePrompt {
  prompt: string;
  options: string[];
  answer: string | null;
  sourceLines: SourceLines;
}

/** A before/after question, with the option the article supports. */
export interface GuideQuestion extends GuidePrompt {
  lesson: LessonId;
  options: string[];
  /** Why that answer, in one line from the cited lines. */
  explanation: string;
}

export const SESSION_LENGTHS = [45, 90] as const;
export type SessionLength = (typeof SESSION_LENGTHS)[number];

export type SegmentKind = 'intro' | 'play' | 'reading' | 'round' | 'debrief';
export interface PlanSegment {
  kind: SegmentKind;
  minutes: number;
  /** For a discussion round: the index of its prompt in `discussion`. */
  prompt?: number;
}
export interface SessionPlan {
  total: SessionLength;
  segments: PlanSegment[];
}

export interface FacilitatorGuide {
  levelId: string;
  language: Language;
  title: string;
  year: string;
  summary: string;
  minutes: [number, number];
  /** The kinds of step the students play, in order of first appearance. */
  stepKinds: StepKind[];
  /** The lessons the level scores (none for a story chapter). */
  lessons: LessonId[];
  /** The case events the level covers, as its debrief tells them, with their lines. */
  events: { text: string; sourceLines: SourceLines }[];
  /** Every article line the level cites. */
  citedLines: number[];
  plans: SessionPlan[];
  discussion: GuidePrompt[];
  questions: GuideQuestion[];
  /** Where the game stops in facilitated mode: the prompt, the room's options and the supported one (none for a discussion only). */
  pausePrompts: GuidePausePrompt[];
  contentNote: { realPeople: string[]; fiction: string };
}

/** A pause point's prompt, as the guide lists it. */
export interface PausePrompt {
  prompt: LocalText;
  /** The room's options when the pause takes a vote; none for a discussion only. */
  options: LocalText[];
  /** The option the article supports and why; null for a discussion only. */
  answer: LocalText | null;
  sourceLines: SourceLines;
}

/** The level's pause prompts (the game stops there in facilitated mode), in the level's order; the guide lists them. */
export function pausePromptsOf(level: Level): PausePrompt[] {
  return (level.pausePoints ?? []).map((pause): PausePrompt => {
    const vote = pause.vote;
    if (!vote) return { prompt: pause.prompt, options: [], answer: null, sourceLines: [] };
    const supported = vote.options.find((o) => o.id === vote.caseAnswer.option);
    const answer = Object.fromEntries(
      (Object.keys(vote.caseAnswer.text) as Language[]).map((l) => [l, supported ? `${supported.label[l]}. ${vote.caseAnswer.text[l]}` : vote.caseAnswer.text[l]]),
    ) as LocalText;
    return { prompt: pause.prompt, options: vote.options.map((o) => o.label), answer, sourceLines: vote.caseAnswer.sourceLines };
  });
}

/** Every article line a level cites: any `sourceLines` in its steps, and its debrief's events. */
export function levelCitedLines(level: Level): number[] {
  const found: number[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'sourceLines' && Array.isArray(value)) found.push(...(value as number[]));
        else walk(value);
      }
    }
  };
  walk(level.steps);
  found.push(...level.debrief.whatHappened.flatMap((w) => w.sourceLines));
  return [...new Set(found)].sort((a, b) => a - b);
}

// The fixed parts of each session and the bounds of a discussion round, in minutes. Play gets the
// level's longest time (no one is cut short) plus the pauses; what is left goes to the rounds, the
// debrief, and, when a short level leaves more than the rounds can use, reading the cited lines.
const SHAPE: Record<SessionLength, { intro: number; pause: number; round: [number, number]; debrief: [number, number] }> = {
  45: { intro: 5, pause: 2, round: [5, 10], debrief: [5, 10] },
  90: { intro: 10, pause: 4, round: [5, 15], debrief: [10, 15] },
};

/** A session of `total` minutes for a level of `minutes` with `prompts` rounds and `pauses` pause prompts. */
export function sessionPlan(total: SessionLength, minutes: readonly [number, number], prompts: number, pauses: number): SessionPlan {
  const shape = SHAPE[total];
  const rounds = Math.max(prompts, 1);
  const play = Math.min(minutes[1] + pauses * shape.pause, total - shape.intro - rounds * shape.round[0] - shape.debrief[0]);
  const rest = total - shape.intro - play;
  const perRound = Math.min(shape.round[1], Math.max(shape.round[0], Math.floor((rest - shape.debrief[0]) / rounds)));
  const left = rest - perRound * rounds;
  // Reading the cited lines takes at least five minutes; a few spare minutes go to the debrief instead.
  const spare = left - Math.min(left, shape.debrief[1]);
  const reading = spare >= 5 ? spare : 0;
  const debrief = left - reading;
  const segments: PlanSegment[] = [
    { kind: 'intro', minutes: shape.intro },
    { kind: 'play', minutes: play },
    ...(reading > 0 ? [{ kind: 'reading' as const, minutes: reading }] : []),
    ...Array.from({ length: rounds }, (_, i): PlanSegment => ({ kind: 'round', minutes: perRound, prompt: i })),
    { kind: 'debrief', minutes: debrief },
  ];
  return { total, segments };
}

/** Whose words the level dramatises: its speakers who are real people, and a board's offer made by one. */
function dramatisedPeople(level: Level): LocalText[] {
  const people = level.speakers.flatMap((s) => (s.realPerson ? [s.realPerson] : []));
  for (const step of level.steps) if (step.kind === 'board' && step.offer.realPerson !== false) people.push(step.offer.from);
  return people.filter((p, i) => people.findIndex((q) => q.en === p.en) === i);
}

/** The guide to a level in one language. */
export function facilitatorGuide(level: Level, language: Language): FacilitatorGuide {
  const say = (text: LocalText): string => text[language];
  const pauses = pausePromptsOf(level);
  return {
    levelId: level.id,
    language,
    title: say(level.title),
    year: level.year,
    summary: say(level.summary),
    minutes: level.minutes,
    stepKinds: [...new Set(level.steps.map((s) => s.kind))],
    lessons: assessedLessons(level),
    events: level.debrief.whatHappened.map((w) => ({ text: say(w.text), sourceLines: w.sourceLines })),
    citedLines: levelCitedLines(level),
    plans: SESSION_LENGTHS.map((total) => sessionPlan(total, level.minutes, level.discussion.length, pauses.length)),
    discussion: level.discussion.map((d) => ({ prompt: say(d.prompt), answer: say(d.answer), sourceLines: d.sourceLines })),
    questions: (level.questions ?? []).map((q) => ({
      lesson: q.lesson,
      prompt: say(q.prompt),
      options: q.options.map(say),
      answer: say(q.options[q.answer]!),
      explanation: say(q.explanation),
      sourceLines: q.sourceLines,
    })),
    pausePrompts: pauses.map((p) => ({ prompt: say(p.prompt), options: p.options.map(say), answer: p.answer ? say(p.answer) : null, sourceLines: p.sourceLines })),
    contentNote: { realPeople: dramatisedPeople(level).map(say), fiction: say(level.fiction) },
  };
}
