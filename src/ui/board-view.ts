// The readable layer of the evidence board: a button over each pinned document (the canvas draws
// the cards and the strings, this layer holds every word), the documents' fields below the board,
// and the panel: the two documents chosen, the relations to link them with, the strings made (each
// can be taken down), the offer when it comes, and where to file the chain.

import { boardOnTable, type BoardCard, type BoardLink, type BoardStep, type Language } from '../core';
import { button, h } from './dom';
import { messageLine, sidePanel, source, text, type LevelViewProps } from './level-parts';
import { BOARD_CARD, INSETS, insetBox, placeOver } from './stage-layout';
import type { Translate } from '../text/i18n';

export function boardView(p: LevelViewProps, whole: BoardStep): HTMLElement[] {
  // Only the documents this play has: a card the case file left off is not drawn or listed.
  const step = boardOnTable(whole, p.state.board[whole.id]!);
  return [cardHotspots(p, step), documentsPanel(p, step), boardPanel(p, step)];
}

const cardTitle = (step: BoardStep, id: string, language: Language): string => step.cards.find((c) => c.id === id)?.title[language] ?? id;

/** One string in words: "The bank transfer paid the equipment contract". */
export function linkWords(step: BoardStep, link: BoardLink, t: Translate, language: Language): string {
  const relation = step.relations.find((r) => r.id === link.relation);
  return t('board.linkAs', { from: cardTitle(step, link.from, language), relation: relation ? relation.label[language] : link.relation, to: cardTitle(step, link.to, language) });
}

/** Where a card sits on the stage: its pin in the board's art, inside the board's inset. */
export function cardBox(card: BoardCard) {
  return insetBox(INSETS['evidence-board'], { x: card.at.x, y: card.at.y, ...BOARD_CARD });
}

function pick(p: LevelViewProps, id: string): void {
  p.updateUi((ui) => {
    const picked = ui.board.picked;
    if (picked.includes(id)) ui.board.picked = picked.filter((x) => x !== id);
    else ui.board.picked = picked.length >= 2 ? [id] : [...picked, id];
  });
}

function cardHotspots(p: LevelViewProps, step: BoardStep): HTMLElement {
  const progress = p.state.board[step.id]!;
  const spots = step.cards.map((card) => {
    const strings = progress.links.filter((l) => l.from === card.id || l.to === card.id).length;
    const chosen = p.ui.board.picked.includes(card.id);
    const element = button('', () => pick(p, card.id), {
      className: 'hotspot board-card',
      'aria-label': `${p.t('board.card', { title: text(p, card.title), kind: p.t(`board.kind.${card.kind}`) })}${chosen ? ` (${p.t('board.chosen')})` : ''}`,
      'aria-pressed': chosen ? 'true' : 'false',
      'data-examined': strings > 0 ? 'true' : 'false',
      'data-focus-id': `card-${card.id}`,
      disabled: progress.offer === 'pending',
    });
    element.append(h('span', { 'aria-hidden': 'true' }, text(p, card.title)));
    return placeOver(element, cardBox(card));
  });
  return h('div', { className: 'map-layer', role: 'group', 'aria-label': p.t('board.cardsLabel') }, ...spots);
}

/** Below the board: every document with its fields, so the player can read what each one says. */
function documentsPanel(p: LevelViewProps, step: BoardStep): HTMLElement {
  return h(
    'section',
    { className: 'frame seen-panel', 'aria-labelledby': 'documents-heading', 'data-scroll-id': 'documents', 'data-testid': 'documents' },
    h('h3', { id: 'documents-heading' }, p.t('board.documents')),
    h(
      'ul',
      { className: 'plain observations board-documents' },
      ...step.cards.map((card) =>
        h(
          'li',
          { 'data-testid': `document-${card.id}` },
          h('h4', {}, p.t('board.card', { title: text(p, card.title), kind: p.t(`board.kind.${card.kind}`) })),
          h('dl', { className: 'fields' }, ...card.fields.flatMap((f) => [h('dt', {}, text(p, f.label)), h('dd', { 'data-field': `${card.id}.${f.id}` }, text(p, f.value))])),
          source(p, card.sourceLines),
        ),
      ),
    ),
  );
}

function boardPanel(p: LevelViewProps, step: BoardStep): HTMLElement {
  const progress = p.state.board[step.id]!;
  if (progress.offer === 'pending') {
    return sidePanel(
      p,
      'board',
      step.title,
      h(
        'section',
        { className: 'card note', 'aria-labelledby': 'offer-heading', 'data-testid': 'offer' },
        h('h3', { id: 'offer-heading' }, p.t('board.offer')),
        h('p', { className: 'small' }, p.t('board.offerFrom', { from: text(p, step.offer.from) })),
        // A real person of the case (the businessman) gets the mark: his words here are the game's. The game's own characters do not.
        h(
          'p',
          { 'aria-live': 'polite' },
          step.offer.realPerson === false ? null : h('span', { className: 'dramatised-mark', 'data-testid': 'offer-dramatised' }, p.t('dialogue.dramatised')),
          ' ',
          text(p, step.offer.text),
        ),
        source(p, step.offer.sourceLines),
      ),
      h(
        'div',
        { className: 'actions column', role: 'group', 'aria-labelledby': 'offer-heading' },
        ...(['reported', 'declined', 'accepted'] as const).map((response) =>
          button(p.t(`board.offer.${response}`), () => p.dispatch({ type: 'board-offer', response }), { className: response === 'accepted' ? 'secondary' : '', 'data-focus-id': `offer-${response}` }),
        ),
      ),
      messageLine(p),
    );
  }
  const [first, second] = p.ui.board.picked;
  const kindName = (kind: string) => p.t(`board.kind.${kind}` as Parameters<Translate>[0]);
  const taken = first && second ? progress.links.some((l) => (l.from === first && l.to === second) || (l.from === second && l.to === first)) : false;
  const chooser = !first
    ? h('p', { className: 'small muted' }, p.t('board.pick'))
    : !second
      ? h('p', { className: 'small' }, p.t('board.pickSecond', { from: cardTitle(step, first, p.language) }))
      : h(
          'div',
          {},
          h('p', { 'data-testid': 'pair' }, p.t('board.pair', { from: cardTitle(step, first, p.language), to: cardTitle(step, second, p.language) })),
          h(
            'div',
            { className: 'actions' },
            button(p.t('board.swap'), () => p.updateUi((ui) => (ui.board.picked = [second, first])), { className: 'secondary small-button', 'data-focus-id': 'swap' }),
            button(p.t('board.clearPick'), () => p.updateUi((ui) => (ui.board.picked = [])), { className: 'secondary small-button', 'data-focus-id': 'clear-pick' }),
          ),
          taken
            ? h('p', { className: 'small' }, p.t('board.pairTaken'))
            : h(
                'div',
                { className: 'actions column', role: 'group', 'aria-labelledby': 'relations-heading' },
                h('h3', { id: 'relations-heading' }, p.t('board.relations')),
                ...step.relations.map((r) =>
                  h(
                    'div',
                    { className: 'relation-choice' },
                    button(linkWords(step, { from: first, to: second, relation: r.id }, p.t, p.language), () => {
                      p.updateUi((ui) => (ui.board.picked = []));
                      p.dispatch({ type: 'board-link', from: first, to: second, relation: r.id });
                    }, { 'data-focus-id': `relation-${r.id}` }),
                    h('p', { className: 'small muted' }, p.t('board.relationHint', { relation: text(p, r.label), runs: p.t('board.runs', { from: r.from.map(kindName).join(p.t('board.or')), to: r.to.map(kindName).join(p.t('board.or')) }) })),
                  ),
                ),
              ),
        );
  return sidePanel(
    p,
    'board',
    step.title,
    chooser,
    h('h3', { id: 'links-heading' }, p.t('board.links', { n: progress.links.length })),
    progress.links.length > 0
      ? h(
          'ul',
          { className: 'board-links', 'aria-labelledby': 'links-heading', 'data-testid': 'links' },
          ...progress.links.map((link) =>
            h(
              'li',
              {},
              h('span', {}, linkWords(step, link, p.t, p.language)),
              ' ',
              button(p.t('board.unlink'), () => p.dispatch({ type: 'board-unlink', from: link.from, to: link.to }), { className: 'secondary small-button', 'data-focus-id': `unlink-${link.from}-${link.to}` }),
            ),
          ),
        )
      : h('p', { className: 'small muted' }, p.t('board.noLinks')),
    progress.offer !== 'waiting' ? h('p', { className: 'small', 'data-testid': 'offer-answer' }, p.t('board.offerAnswered', { answer: p.t(`board.offer.${progress.offer}`) })) : null,
    messageLine(p),
    h('h3', { id: 'file-heading' }, p.t('board.file')),
    h('p', { className: 'small muted' }, p.t('board.fileHint')),
    h(
      'div',
      { className: 'actions column', role: 'group', 'aria-labelledby': 'file-heading' },
      ...step.recipients.map((r) => button(text(p, r.label), () => p.dispatch({ type: 'board-file', recipientId: r.id }), { className: r.kind === 'none' ? 'secondary' : '', 'data-focus-id': `file-${r.id}` })),
    ),
  );
}
