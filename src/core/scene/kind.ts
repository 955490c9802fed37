// The scene step: lines of dialogue, one after another. Nothing is decided or scored here. A line
// with `when` is said only if the case file the chapter began with meets it, so a chapter can say
// what an earlier one left (or failed to leave); which lines are said is fixed at the start.

import { auditCondition, caseFileHolds } from '../conditions';
import type { StepKindRules } from '../step-kind';

export const sceneKind: StepKindRules<'scene'> = {
  actionTypes: { 'advance-dialogue': true },
  isWellFormed: () => true,
  start: (step, random, caseFile) => {
    const shown = step.lines.flatMap((line, i) => (line.when === undefined || caseFileHolds(line.when, caseFile) ? [i] : []));
    return { progress: { line: shown[0] ?? 0, shown }, random };
  },
  apply(ctx) {
    const next = ctx.progress.shown[ctx.progress.shown.indexOf(ctx.progress.line) + 1];
    if (next !== undefined) {
      ctx.progress.line = next;
      ctx.emit({ type: 'line-shown', lineIndex: next });
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
    // A face is drawn only on someone who stands on the stage.
    step.lines.forEach((line, i) => {
      if (line.mood !== undefined && level.speakers.find((s) => s.id === line.speaker)?.figure === 'none')
        problems.push({ path: `lines[${i}].mood`, code: 'mood-without-figure', detail: `"${line.speaker}" is drawn as no one (figure "none"): drop the mood or give the speaker a figure` });
    });
    // A scene sees only the case file: no scored decisions, and other levels' content is not known here.
    step.lines.forEach((line, i) => {
      if (line.when) problems.push(...auditCondition(line.when, `lines[${i}].when`, { vocabulary: null, levelIds: null, gridConclusions: null }));
    });
    if (step.lines.length === 0) problems.push({ path: 'lines', code: 'no-lines', detail: 'a scene with no lines' });
    else if (step.lines.every((line) => line.when !== undefined)) problems.push({ path: 'lines', code: 'no-unconditional-line', detail: 'every line has "when", so a player may see none' });
    return problems;
  },
  caseRecord: () => null,
};
