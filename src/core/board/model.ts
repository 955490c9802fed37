// The evidence board (issue 13): documents pinned as cards, and links between two of them with a
// relation the step lists ("paid", "promised a share to"...). A link the documents support scores
// when the chain is filed, one they do not support costs (an accusation without evidence), and a
// link can be taken down before filing. The businessman's offer arrives once the first string is
// pinned, and must be answered before anything else. Filing the chain to a recipient ends the board.
// Pure data and functions: the kind (board/kind.ts) routes actions here and scores what it returns.

import type { Condition } from '../conditions';
import type { LocalText, Outcome, SourceLines } from '../level';
import type { ContentProblem } from '../step-kind';

export const BOARD_CARD_KINDS = ['contract', 'agreement', 'wallet', 'transfer', 'letter', 'invoice', 'ruling', 'report', 'hearsay'] as const;
/** What a document is; a relation says between which kinds it runs, and the screen shows it. */
export type BoardCardKind = (typeof BOARD_CARD_KINDS)[number];

export interface BoardField {
  id: string;
  label: LocalText;
  value: LocalText;
}

export interface BoardCard {
  id: string;
  kind: BoardCardKind;
  title: LocalText;
  fields: BoardField[];
  /** Article lines the document rests on; empty when it is the game's illustration. */
  sourceLines: SourceLines;
  /** Where the card is pinned on the board (1600 x 1000 units). */
  at: { x: number; y: number };
  /** On the board only if the case file the chapter began with meets this (what earlier chapters found); fixed at start. */
  when?: Condition;
}

export interface BoardRelation {
  id: string;
  label: LocalText;
  /** The kinds of document the relation runs from and to, as the screen shows them. */
  from: BoardCardKind[];
  to: BoardCardKind[];
}

/** A link the documents support: what it earns when it is on the board at filing. */
export interface BoardSupportedLink {
  from: string;
  relation: string;
  to: string;
  outcomes: Outcome[];
}

export const BOARD_OFFER_RESPONSES = ['accepted', 'declined', 'reported'] as const;
export type BoardOfferResponse = (typeof BOARD_OFFER_RESPONSES)[number];

export interface BoardOffer {
  from: LocalText;
  /** False when the one who makes the offer is the game's own character: no dramatised mark (a real person's words always carry it). */
  realPerson?: boolean;
  text: LocalText;
  sourceLines: SourceLines;
  outcomes: Record<BoardOfferResponse, Outcome[]>;
}

export const BOARD_RECIPIENT_KINDS = ['oversight', 'implicated', 'none'] as const;
/** Who a recipient is: a body that can act on the chain, the office the chain implicates, or nobody. */
export type BoardRecipientKind = (typeof BOARD_RECIPIENT_KINDS)[number];

export interface BoardRecipient {
  id: string;
  kind: BoardRecipientKind;
  label: LocalText;
  /** withChain: every supported link is on the board and nothing else is. */
  outcomes: { withChain: Outcome[]; withoutChain: Outcome[] };
}

/** What a board step holds besides its title and briefing. */
export interface BoardDefinition {
  cards: BoardCard[];
  relations: BoardRelation[];
  supported: BoardSupportedLink[];
  /** What each link the documents do not support costs at filing. */
  unsupported: Outcome[];
  offer: BoardOffer;
  recipients: BoardRecipient[];
}

// ---- Play ---------------------------------------------------------------------------------------

export interface BoardLink {
  from: string;
  to: string;
  relation: string;
}

export type BoardOfferState = 'waiting' | 'pending' | BoardOfferResponse;

export interface BoardProgress {
  /** Cards whose `when` the case file did not meet: not on this board (fixed at start). */
  absent: string[];
  links: BoardLink[];
  offer: BoardOfferState;
  filedTo: string | null;
}

export type BoardAction =
  | { type: 'board-link'; from: string; to: string; relation: string }
  | { type: 'board-unlink'; from: string; to: string }
  | { type: 'board-offer'; response: BoardOfferResponse }
  | { type: 'board-file'; recipientId: string };

export type BoardEvent =
  | { type: 'linked'; link: BoardLink }
  | { type: 'unlinked'; link: BoardLink }
  | { type: 'offer-made' }
  | { type: 'offer-answered'; response: BoardOfferResponse }
  | { type: 'chain-filed'; recipientId: string; chainHolds: boolean };

export type BoardRefusal = 'same-item' | 'already-linked' | 'not-linked' | 'offer-pending' | 'no-offer' | 'already-done';

/** The caseRecord a board leaves: what was linked, whether it held, the offer's answer, where it went. */
export interface BoardCaseRecord {
  links: BoardLink[];
  supportedLinks: number;
  unsupportedLinks: number;
  chainHolds: boolean;
  offer: BoardOfferState;
  filedTo: string | null;
}

export const freshBoard = (absent: string[] = []): BoardProgress => ({ absent, links: [], offer: 'waiting', filedTo: null });

/**
 * The board as this play has it: without the cards the case file left off, and without the links
 * they would have supported. Every rule of play reads this; the decision points keep the whole
 * board, so a missing document is points that cannot be earned.
 */
export function boardOnTable<B extends BoardDefinition>(board: B, progress: Pick<BoardProgress, 'absent'>): B {
  if (progress.absent.length === 0) return board;
  const present = (id: string) => !progress.absent.includes(id);
  return { ...board, cards: board.cards.filter((c) => present(c.id)), supported: board.supported.filter((s) => present(s.from) && present(s.to)) };
}

/** The one key of a pair of cards, whichever way round: one string per pair. */
export const pairKey = (a: string, b: string): string => (a < b ? `${a}+${b}` : `${b}+${a}`);

export const linkOn = (progress: BoardProgress, a: string, b: string): BoardLink | undefined => progress.links.find((l) => pairKey(l.from, l.to) === pairKey(a, b));

export function supportOf(board: BoardDefinition, link: BoardLink): BoardSupportedLink | undefined {
  return board.supported.find((s) => s.from === link.from && s.to === link.to && s.relation === link.relation);
}

/** The chain holds when every supported link is on the board and nothing else is (a board that supports none holds no chain). */
export function chainHolds(board: BoardDefinition, links: readonly BoardLink[]): boolean {
  return board.supported.length > 0 && links.every((l) => supportOf(board, l)) && board.supported.every((s) => links.some((l) => l.from === s.from && l.to === s.to && l.relation === s.relation));
}

/** Every unordered pair of cards, in the board's order. */
export function cardPairs(board: BoardDefinition): [string, string][] {
  return board.cards.flatMap((a, i) => board.cards.slice(i + 1).map((b): [string, string] => [a.id, b.id]));
}

/** The answer to one action, or a refusal; `progress` is the caller's own copy and is changed in place. */
export function applyBoardAction(board: BoardDefinition, progress: BoardProgress, action: BoardAction, emit: (event: BoardEvent) => void): 'ok' | BoardRefusal | 'unknown-id' {
  const known = (id: string) => board.cards.some((c) => c.id === id);
  switch (action.type) {
    case 'board-offer':
      if (progress.offer === 'waiting') return 'no-offer';
      if (progress.offer !== 'pending') return 'already-done';
      progress.offer = action.response;
      emit({ type: 'offer-answered', response: action.response });
      return 'ok';
    case 'board-link': {
      if (progress.offer === 'pending') return 'offer-pending';
      if (!known(action.from) || !known(action.to) || !board.relations.some((r) => r.id === action.relation)) return 'unknown-id';
      if (action.from === action.to) return 'same-item';
      if (linkOn(progress, action.from, action.to)) return 'already-linked';
      const link = { from: action.from, to: action.to, relation: action.relation };
      progress.links.push(link);
      emit({ type: 'linked', link });
      // The businessman hears the inspector is following the money.
      if (progress.offer === 'waiting') {
        progress.offer = 'pending';
        emit({ type: 'offer-made' });
      }
      return 'ok';
    }
    case 'board-unlink': {
      if (progress.offer === 'pending') return 'offer-pending';
      if (!known(action.from) || !known(action.to)) return 'unknown-id';
      const link = linkOn(progress, action.from, action.to);
      if (!link) return 'not-linked';
      progress.links = progress.links.filter((l) => l !== link);
      emit({ type: 'unlinked', link });
      return 'ok';
    }
    case 'board-file': {
      if (progress.offer === 'pending') return 'offer-pending';
      if (!board.recipients.some((r) => r.id === action.recipientId)) return 'unknown-id';
      progress.filedTo = action.recipientId;
      emit({ type: 'chain-filed', recipientId: action.recipientId, chainHolds: chainHolds(board, progress.links) });
      return 'ok';
    }
  }
}

/** Every action accepted now: the offer's answers while it waits; otherwise a link per free pair and relation, each way, the links to take down, and filing. */
export function legalBoardActions(board: BoardDefinition, progress: BoardProgress): BoardAction[] {
  if (progress.filedTo !== null) return [];
  if (progress.offer === 'pending') return BOARD_OFFER_RESPONSES.map((response) => ({ type: 'board-offer', response }));
  const actions: BoardAction[] = [];
  for (const [a, b] of cardPairs(board)) {
    if (linkOn(progress, a, b)) continue;
    for (const relation of board.relations) {
      actions.push({ type: 'board-link', from: a, to: b, relation: relation.id });
      actions.push({ type: 'board-link', from: b, to: a, relation: relation.id });
    }
  }
  for (const link of progress.links) actions.push({ type: 'board-unlink', from: link.from, to: link.to });
  for (const recipient of board.recipients) actions.push({ type: 'board-file', recipientId: recipient.id });
  return actions;
}

export function boardCaseRecord(board: BoardDefinition, progress: BoardProgress): BoardCaseRecord | null {
  if (progress.links.length === 0 && progress.offer === 'waiting' && progress.filedTo === null) return null;
  const supported = progress.links.filter((l) => supportOf(board, l)).length;
  return {
    links: progress.links.map((l) => ({ ...l })),
    supportedLinks: supported,
    unsupportedLinks: progress.links.length - supported,
    chainHolds: chainHolds(board, progress.links),
    offer: progress.offer,
    filedTo: progress.filedTo,
  };
}

// ---- Content checks ---------------------------------------------------------------------------

const total = (outcomes: readonly Outcome[]): number => outcomes.reduce((s, o) => s + o.points, 0);
const lessonTotal = (outcomes: readonly Outcome[], lesson: string): number => outcomes.filter((o) => o.lesson === lesson).reduce((s, o) => s + o.points, 0);

/** Problems beyond the schema: references, fairness, and that blind linking cannot pay. */
export function boardProblems(board: BoardDefinition): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (path: string, code: string, detail: string, expected?: string) => problems.push({ path, code, detail, ...(expected ? { expected } : {}) });
  const card = (id: string) => board.cards.find((c) => c.id === id);
  board.supported.forEach((link, i) => {
    const where = `supported[${i}]`;
    const from = card(link.from);
    const to = card(link.to);
    const relation = board.relations.find((r) => r.id === link.relation);
    if (!from) add(`${where}.from`, 'unknown-card', `no card "${link.from}"`);
    if (!to) add(`${where}.to`, 'unknown-card', `no card "${link.to}"`);
    if (!relation) add(`${where}.relation`, 'unknown-relation', `no relation "${link.relation}"`);
    if (link.from === link.to) add(where, 'same-card', `links "${link.from}" to itself`);
    if (board.supported.findIndex((s) => pairKey(s.from, s.to) === pairKey(link.from, link.to)) !== i) add(where, 'pair-twice', `a second supported link between "${link.from}" and "${link.to}": one string per pair`);
    if (total(link.outcomes) <= 0) add(`${where}.outcomes`, 'supported-earns-nothing', 'a link the documents support must earn something');
    if (from && to && relation && !(relation.from.includes(from.kind) && relation.to.includes(to.kind))) {
      add(where, 'relation-kinds', `"${relation.id}" runs from ${relation.from.join('/')} to ${relation.to.join('/')}, not from ${from.kind} to ${to.kind}`, 'a relation whose kinds, as the screen shows them, fit the two documents');
    }
    // The player sees why a link holds: the two documents say the same name, amount or date.
    if (from && to && !from.fields.some((f) => to.fields.some((g) => g.value.en === f.value.en))) {
      add(where, 'nothing-in-common', `"${from.id}" and "${to.id}" share no field value, so nothing on the board supports the link`, 'a field on each document with the same value (a name, an amount, a date)');
    }
  });
  if (board.unsupported.length === 0 || board.unsupported.some((o) => o.points >= 0)) add('unsupported', 'unsupported-must-cost', 'every outcome of a link the documents do not support must cost points');
  // Blind play must not pay: stringing every pair together costs more than the supported links earn, on every lesson.
  const pairs = cardPairs(board).length;
  for (const lesson of new Set([...board.supported.flatMap((s) => s.outcomes), ...board.unsupported].map((o) => o.lesson))) {
    const gain = board.supported.reduce((s, l) => s + lessonTotal(l.outcomes, lesson), 0);
    const cost = (pairs - board.supported.length) * lessonTotal(board.unsupported, lesson);
    if (gain > 0 && gain + cost >= 0) add('unsupported', 'blind-linking-pays', `on ${lesson}, linking every pair earns ${gain} and costs only ${-cost}`, 'a cost per unsupported link large enough that linking everything loses');
  }
  if (total(board.offer.outcomes.accepted) >= 0) add('offer.outcomes.accepted', 'offer-pays', 'accepting the offer must cost points');
  for (const kind of ['oversight', 'none'] as const) {
    if (!board.recipients.some((r) => r.kind === kind)) add('recipients', 'recipient-missing', `no recipient of kind "${kind}"`);
  }
  const best = Math.max(...board.recipients.map((r) => total(r.outcomes.withChain)));
  board.recipients.forEach((r, i) => {
    if (r.kind !== 'oversight' && total(r.outcomes.withChain) >= best) add(`recipients[${i}]`, 'wrong-recipient-best', `filing to "${r.id}" earns as much as filing to a body that can act`);
    if (total(r.outcomes.withoutChain) > 0) add(`recipients[${i}].outcomes.withoutChain`, 'unsupported-filing-pays', 'filing a chain that does not hold must not earn points');
  });
  return problems;
}
