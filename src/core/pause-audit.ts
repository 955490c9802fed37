// The loader's audit of a level's pause points (core/pause-points.ts): the step exists, the vote is
// about a decision point of that step, its options name choices the rules score there, and the
// case's answer is one of them.

import { decisionVocabulary } from './conditions';
import type { Level } from './level';
import { stepDecisionPoints } from './scoring';
import type { ContentProblem } from './step-kind';

/** Content problems in a level's pause points, each with a path from the file's top level. */
export function auditPausePoints(level: Level): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const stepIds = level.steps.map((s) => s.id);
  const points = stepDecisionPoints(level);
  const vocabulary = decisionVocabulary([level]);
  const seen = new Set<string>();
  (level.pausePoints ?? []).forEach((pause, i) => {
    const at = `pausePoints[${i}]`;
    if (seen.has(pause.id)) problems.push({ path: `${at}.id`, code: 'duplicate-id', detail: `the pause point id "${pause.id}" is used again` });
    seen.add(pause.id);
    if (!stepIds.includes(pause.before)) {
      problems.push({ path: `${at}.before`, code: 'unknown-step', detail: `"${pause.before}"`, expected: `one of the level's step ids ${stepIds.join(', ')}` });
      return;
    }
    const vote = pause.vote;
    if (!vote) return;
    const here = points.filter((p) => p.stepId === pause.before);
    if (!here.some((p) => p.point === vote.point && p.subject === vote.subject)) {
      const list = here.map((p) => (p.subject === null ? `"${p.point}" (subject null)` : `"${p.point}" about "${p.subject}"`)).join(', ') || 'none: the step scores nothing';
      problems.push({
        path: `${at}.vote.point`,
        code: 'vote-point-not-in-step',
        detail: `"${vote.point}"${vote.subject === null ? '' : ` about "${vote.subject}"`} is not a decision point of step "${pause.before}"`,
        expected: `one of the step's decision points: ${list}`,
      });
    }
    const optionIds = vote.options.map((o) => o.id);
    vote.options.forEach((option, k) => {
      if (optionIds.indexOf(option.id) !== k) problems.push({ path: `${at}.vote.options[${k}].id`, code: 'duplicate-id', detail: `the option id "${option.id}" is used again` });
      const known = vocabulary.get(vote.point);
      option.played.forEach((choice, c) => {
        if (known && !known.has(choice)) {
          problems.push({ path: `${at}.vote.options[${k}].played[${c}]`, code: 'unknown-choice', detail: `"${choice}" for the point "${vote.point}"`, expected: `one of ${[...known].join(', ')}` });
        }
      });
    });
    if (!optionIds.includes(vote.caseAnswer.option)) {
      problems.push({ path: `${at}.vote.caseAnswer.option`, code: 'case-answer-not-an-option', detail: `"${vote.caseAnswer.option}"`, expected: `one of the vote's option ids ${optionIds.join(', ')}` });
    }
  });
  return problems;
}
