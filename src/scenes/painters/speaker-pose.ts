// What the scene painter shows for the line on screen, as plain data, so the choice is tested
// without Phaser: who stands there, drawn as whom, with which face, and how the picture changes.

import type { Figure, Level, Mood, SceneStep } from '../../core';

export interface SpeakerPose {
  speaker: string;
  figure: Exclude<Figure, 'none'>;
  mood: Mood;
}

/** The speaker of the line on screen and their face; null for a narrator, a guide or no line. */
export function speakerPose(level: Level, step: SceneStep, lineIndex: number): SpeakerPose | null {
  const line = step.lines[lineIndex];
  if (!line) return null;
  const speaker = level.speakers.find((s) => s.id === line.speaker);
  if (!speaker || speaker.figure === 'none') return null;
  return { speaker: speaker.id, figure: speaker.figure, mood: line.mood ?? 'neutral' };
}

/**
 * How the picture goes from one pose to the next: `keep` (nothing changes), `face` (the same
 * speaker, another mood: only the face changes, nobody slides in), `enter` (someone else steps
 * in), `leave` (no one stands there now).
 */
export type PoseChange = 'keep' | 'face' | 'enter' | 'leave';

export function poseChange(drawn: SpeakerPose | null, next: SpeakerPose | null): PoseChange {
  if (next === null) return drawn === null ? 'keep' : 'leave';
  if (drawn === null || drawn.speaker !== next.speaker || drawn.figure !== next.figure) return 'enter';
  return drawn.mood === next.mood ? 'keep' : 'face';
}
