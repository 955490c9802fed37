// The scene step: lines of dialogue, one after another. Nothing is decided or scored here.

import type { StepKindRules } from '../step-kind';

export const sceneKind: StepKindRules<'scene'> = {
  actionTypes: { 'advance-dialogue': true },
  isWellFormed: () => true,
  start: (_step, random) => ({ progress: { line: 0 }, random }),
  apply(ctx) {
    if (ctx.progress.line + 1 < ctx.step.lines.length) {
      ctx.progress.line += 1;
      ctx.emit({ type: 'line-shown', lineIndex: ctx.progress.line });
    } else {
      ctx.finishStep();
    }
    return 'ok';
  },
  legalActions: () => [{ type: 'advance-dialogue' }],
  decisionPoints: () => [],
  audit(step, level) {
    const speakerIds = level.speakers.map((s) => s.id);
    const problems = step.lines.flatMap((line, i) =>
      speakerIds.includes(line.speaker)
        ? []
        : [{ path: `lines[${i}].speaker`, code: 'unknown-speaker', detail: `"${line.speaker}" is not one of the speakers ${speakerIds.join(', ')}` }],
    );
    if (step.lines.length === 0) problems.push({ path: 'lines', code: 'no-lines', detail: 'a scene with no lines' });
    return problems;
  },
  caseRecord: () => null,
};
