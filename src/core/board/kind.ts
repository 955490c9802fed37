// The evidence board as a step kind: links and the offer go to the board model (board/model.ts);
// the offer is scored when answered, and filing scores every link on the board (supported or
// not) and the recipient, by whether the chain holds, then ends the step.

import { auditCondition, caseFileHolds } from '../conditions';
import type { Outcome } from '../level';
import { duplicateIds, isOneOf, isText, type ContentProblem, type DecisionPoint, type StepKindRules } from '../step-kind';
import {
  applyBoardAction,
  boardCaseRecord,
  boardOnTable,
  boardProblems,
  BOARD_OFFER_RESPONSES,
  cardPairs,
  chainHolds,
  freshBoard,
  legalBoardActions as legalBoardActionsOf,
  pairKey,
  supportOf,
} from './model';

export const boardKind: StepKindRules<'board'> = {
  actionTypes: { 'board-link': true, 'board-unlink': true, 'board-offer': true, 'board-file': true },

  isWellFormed(action) {
    switch (action.type) {
      case 'board-link':
        return isText(action.from) && isText(action.to) && isText(action.relation);
      case 'board-unlink':
        return isText(action.from) && isText(action.to);
      case 'board-offer':
        return isOneOf(BOARD_OFFER_RESPONSES, action.response);
      case 'board-file':
        return isText(action.recipientId);
    }
  },

  // A card with `when` is on the board only if the case file meets it; which cards are there is fixed here.
  start: (step, random, caseFile) => ({ progress: freshBoard(step.cards.filter((c) => c.when !== undefined && !caseFileHolds(c.when, caseFile)).map((c) => c.id)), random }),

  apply(ctx, action) {
    const { progress } = ctx;
    const step = boardOnTable(ctx.step, progress);
    const result = applyBoardAction(step, progress, action, ctx.emit);
    if (result !== 'ok') return result;
    if (action.type === 'board-offer') ctx.score({ point: 'offer', subject: step.id, choice: action.response }, step.offer.outcomes[action.response]);
    if (action.type === 'board-file') {
      // Each string on the board is a claim: it counts as filed, supported or not.
      for (const link of progress.links) {
        const support = supportOf(step, link);
        ctx.score({ point: 'link', subject: pairKey(link.from, link.to), choice: `${link.from} ${link.relation} ${link.to}`, basis: support ? 'supported' : 'unsupported' }, support ? support.outcomes : step.unsupported);
      }
      const recipient = step.recipients.find((r) => r.id === action.recipientId)!;
      const holds = chainHolds(step, progress.links);
      ctx.score({ point: 'file', subject: step.id, choice: recipient.id, basis: holds ? 'withChain' : 'withoutChain' }, holds ? recipient.outcomes.withChain : recipient.outcomes.withoutChain);
      ctx.finishStep();
    }
    return 'ok';
  },

  legalActions: (step, progress) => legalBoardActionsOf(boardOnTable(step, progress), progress),

  decisionPoints(step): DecisionPoint[] {
    // Every pair is a point: a supported pair's best is its link; any other pair's best is no string.
    const links = cardPairs(step).map(([a, b]): DecisionPoint => {
      const supported = step.supported.find((s) => pairKey(s.from, s.to) === pairKey(a, b));
      return { point: 'link', subject: pairKey(a, b), alternatives: supported ? [supported.outcomes, [], step.unsupported] : [[], step.unsupported] };
    });
    return [
      ...links,
      { point: 'offer', subject: step.id, alternatives: BOARD_OFFER_RESPONSES.map((r) => step.offer.outcomes[r]) },
      { point: 'file', subject: step.id, alternatives: step.recipients.flatMap((r): Outcome[][] => [r.outcomes.withChain, r.outcomes.withoutChain]) },
    ];
  },

  audit(step) {
    const problems: ContentProblem[] = [
      ...duplicateIds(step.cards.map((c) => c.id), (i) => `cards[${i}].id`, 'card'),
      ...duplicateIds(step.relations.map((r) => r.id), (i) => `relations[${i}].id`, 'relation'),
      ...duplicateIds(step.recipients.map((r) => r.id), (i) => `recipients[${i}].id`, 'recipient'),
    ];
    step.cards.forEach((card, i) => problems.push(...duplicateIds(card.fields.map((f) => f.id), (j) => `cards[${i}].fields[${j}].id`, 'field')));
    // Like a scene line's `when`: only the case file is known when the chapter starts.
    step.cards.forEach((card, i) => {
      if (card.when) problems.push(...auditCondition(card.when, `cards[${i}].when`, { vocabulary: null, levelIds: null, gridConclusions: null }));
    });
    if (step.cards.filter((c) => c.when === undefined).length < 2) problems.push({ path: 'cards', code: 'too-few-unconditional-cards', detail: 'fewer than two cards without "when", so a player may find nothing to link' });
    return [...problems, ...boardProblems(step)];
  },

  caseRecord: (step, progress) => boardCaseRecord(boardOnTable(step, progress), progress),
};
