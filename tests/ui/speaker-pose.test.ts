import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIGURES, MOODS, type Level, type SceneStep } from '../../src/core';
import { poseChange, speakerPose, type SpeakerPose } from '../../src/scenes/painters/speaker-pose';
import { describeProblem, parseLevel } from '../../src/content/load-level';
import { allLevels, readLevelText } from '../support/levels';

const text = { en: 'x', ja: 'x', zh: 'x' };
const level = {
  speakers: [
    { id: 'narrator', name: text, figure: 'none' },
    { id: 'chief', name: text, figure: 'chief' },
    { id: 'lin', name: text, figure: 'businessman' },
  ],
} as unknown as Level;
const scene: SceneStep = {
  kind: 'scene',
  id: 's',
  setting: 'bureau',
  lines: [
    { speaker: 'narrator', text, sourceLines: [] },
    { speaker: 'chief', text, sourceLines: [] },
    { speaker: 'chief', text, sourceLines: [], mood: 'worried' },
    { speaker: 'lin', text, sourceLines: [], mood: 'pleased' },
  ],
};
const pose = (i: number): SpeakerPose | null => speakerPose(level, scene, i);

describe('the scene painter chooses a figure and a face for each line', () => {
  it('a narrator stands no one on the stage; a line without a mood is neutral', () => {
    expect(pose(0)).toBeNull();
    expect(pose(1)).toEqual({ speaker: 'chief', figure: 'chief', mood: 'neutral' });
    expect(pose(3)).toEqual({ speaker: 'lin', figure: 'businessman', mood: 'pleased' });
    expect(pose(9)).toBeNull();
  });

  it('the same speaker with another mood changes only the face; another speaker steps in', () => {
    expect(poseChange(pose(1), pose(2))).toBe('face');
    expect(poseChange(pose(1), pose(1))).toBe('keep');
    expect(poseChange(pose(2), pose(3))).toBe('enter');
    expect(poseChange(null, pose(1))).toBe('enter');
    expect(poseChange(pose(3), pose(0))).toBe('leave');
    expect(poseChange(null, pose(0))).toBe('keep');
  });
});

const ART = join(process.cwd(), 'assets/art');
const drawn = FIGURES.filter((f) => f !== 'none');

describe('the cast is drawn once, faces are shared', () => {
  it('every figure has a body and every mood a face, with no text inside the art', () => {
    for (const file of [...drawn.map((f) => `person-${f}.svg`), ...MOODS.map((m) => `face-${m}.svg`)]) {
      const svg = readFileSync(join(ART, file), 'utf8');
      expect(svg, file).toMatch(/^<\?xml[^]*<svg /);
      expect(svg, file).not.toMatch(/<text|<tspan|<image|href=/);
    }
  });

  it('the whole cast with its faces stays small (under 40 kB)', () => {
    const bytes = [...drawn.map((f) => `person-${f}.svg`), ...MOODS.map((m) => `face-${m}.svg`)].reduce((sum, f) => sum + statSync(join(ART, f)).size, 0);
    expect(bytes).toBeLessThan(40_000);
  });

  it('a mood on a narrator (drawn as no one) is a content error naming the line and the fix', () => {
    const file = JSON.parse(readLevelText('digital-economy-slogan.json'));
    const line = file.steps[0].lines.findIndex((l: { speaker: string }) => l.speaker === 'narrator');
    file.steps[0].lines[line].mood = 'stern';
    const result = parseLevel('levels/digital-economy-slogan.json', JSON.stringify(file));
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems.map(describeProblem).join('\n');
    expect(problems).toContain(`lines[${line}].mood`);
    expect(problems).toContain('drop the mood or give the speaker a figure');
  });

  it('every mood a level file asks for is one the painter draws', () => {
    for (const l of allLevels()) {
      for (const s of l.steps) {
        if (s.kind !== 'scene') continue;
        s.lines.forEach((line, i) => {
          if (line.mood === undefined) return;
          expect(MOODS, `${l.id} ${s.id} line ${i}`).toContain(line.mood);
        });
      }
    }
  });
});
