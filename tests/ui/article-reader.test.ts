// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { createGame, step, type GameState, type Language, type Level } from '../../src/core';
import { translate } from '../../src/text/i18n';
import { debriefView } from '../../src/ui/debrief-view';
import { linkTerms } from '../../src/ui/article-reader';
import { levelView, freshUiState } from '../../src/ui/level-view';
import { mountAtStep, mountLevel, q } from '../support/mount-level';
import { shippedReference } from '../support/reference';
import { loadLevel, tutorial } from '../support/levels';
import { diligentInspector, playThrough } from '../../src/playtest/players';

const level = tutorial();
const reference = shippedReference();

/** The opening scene at the given line. */
function atLine(n: number): GameState {
  let state = createGame(level, 1);
  for (let i = 0; i < n; i++) state = step(level, state, { type: 'advance-dialogue' }).state;
  return state;
}

const press = (key: string, target: Element = document.activeElement ?? document.body): void => {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
};

beforeEach(() => document.body.replaceChildren());

describe('the article reader', () => {
  it('opens from a source button on the lines cited, with our paraphrase of each; Escape closes it and focus returns', () => {
    mountLevel(level, atLine(0));
    const sourceButton = q<HTMLButtonElement>('[data-testid="dialogue"] button.source-link');
    expect(sourceButton.textContent).toBe('Source article, lines 1, 19');
    expect(sourceButton.getAttribute('aria-haspopup')).toBe('dialog');
    sourceButton.focus();
    sourceButton.click();

    const dialog = q<HTMLDialogElement>('dialog[data-testid="reader"]');
    expect(dialog.open).toBe(true);
    expect(dialog.getAttribute('aria-labelledby')).toBe('reader-heading');
    expect(q('#reader-heading').textContent).toBe('Source article, lines 1, 19');
    expect(dialog.contains(document.activeElement)).toBe(true);
    const shown = [...dialog.querySelectorAll('.reader-lines dd')].map((dd) => dd.textContent);
    expect(shown).toEqual([reference.notes.get(1)!.en, reference.notes.get(19)!.en]);
    expect([...dialog.querySelectorAll('.reader-lines dt')].map((dt) => dt.textContent)).toEqual(['Line 1', 'Line 19']);
    expect(dialog.textContent).toContain('84-line Japanese article');
    expect(dialog.textContent).toContain("What the game adds");
    expect(q('[data-testid="reader-level-fiction"]').textContent).toBe(level.fiction.en);

    press('Escape');
    expect(document.querySelector('dialog.reader')).toBeNull();
    expect(document.activeElement).toBe(sourceButton);
  });

  it('Close does the same as Escape, and the reader speaks the player\'s language', () => {
    for (const language of ['ja', 'zh'] as const) {
      document.body.replaceChildren();
      mountLevel(level, atLine(1), () => {}, language);
      const sourceButton = q<HTMLButtonElement>('button.source-link');
      expect(sourceButton.textContent).toBe(translate(language, 'debrief.source', { lines: '19-20' }));
      sourceButton.focus();
      sourceButton.click();
      const dialog = q<HTMLDialogElement>('dialog.reader');
      expect(dialog.lang).toBe(language === 'ja' ? 'ja' : 'zh-Hans');
      expect([...dialog.querySelectorAll('.reader-lines dd')].map((dd) => dd.textContent)).toEqual([reference.notes.get(19)![language], reference.notes.get(20)![language]]);
      expect(dialog.textContent).toContain(translate(language, 'reader.about'));
      q<HTMLButtonElement>('[data-focus-id="reader-close"]').click();
      expect(document.querySelector('dialog.reader')).toBeNull();
      expect(document.activeElement).toBe(sourceButton);
    }
  });

  it('shows the fiction note of the level it was opened from', () => {
    const withFiction: Level = { ...level, fiction: { en: 'Wen and the storm are invented.', ja: '温主任と嵐は創作。', zh: '温主任和暴风雨是虚构的。' } };
    mountLevel(withFiction, atLine(0));
    q<HTMLButtonElement>('button.source-link').click();
    expect(q('[data-testid="reader-level-fiction"]').textContent).toBe('Wen and the storm are invented.');
  });

  it('a term a student may not know opens its explanation; Escape returns to the term', () => {
    mountLevel(level, atLine(1));
    const term = q<HTMLButtonElement>('[data-testid="dialogue-line"] button.term[data-term="digital-economy"]');
    expect(term.textContent).toBe('digital economy');
    expect(q('[data-testid="dialogue-line"]').textContent).toBe(level.steps[0]!.kind === 'scene' ? level.steps[0]!.lines[1]!.text.en : '');
    term.focus();
    term.click();
    const dialog = q<HTMLDialogElement>('dialog.reader');
    expect(q('#reader-heading').textContent).toBe('digital economy');
    expect(q('[data-testid="reader-explanation"]').textContent).toBe(reference.glossary.entries.find((e) => e.id === 'digital-economy')!.explanation!.en);
    // The explanation's own article lines, paraphrased.
    expect(dialog.querySelectorAll('.reader-lines dd')).toHaveLength(2);
    press('Escape', dialog);
    expect(document.querySelector('dialog.reader')).toBeNull();
    expect(document.activeElement).toBe(term);
  });

  it('links each term once per panel, never inside another button, and MWh before MW', () => {
    const panel = document.createElement('section');
    panel.innerHTML = '<p>5 MW for 24 h is 120 MWh; 5 MW again.</p><button type="button">MW</button>';
    linkTerms({ t: (k, p) => translate('en', k, p), language: 'en', reference }, panel);
    expect([...panel.querySelectorAll('button.term')].map((b) => `${b.getAttribute('data-term')}:${b.textContent}`)).toEqual(['mw:MW', 'mwh:MWh']);
    expect(panel.querySelector('p')!.textContent).toBe('5 MW for 24 h is 120 MWh; 5 MW again.');
    expect(panel.querySelector('button:not(.term)')!.children).toHaveLength(0);
    // In Chinese no letter boundary helps: 兆瓦 is not linked inside 兆瓦时, however often that recurs.
    const zh = document.createElement('section');
    zh.innerHTML = '<p>电量120兆瓦时，再加240兆瓦时，功率5兆瓦。</p>';
    linkTerms({ t: (k, p) => translate('zh', k, p), language: 'zh', reference }, zh);
    expect([...zh.querySelectorAll('button.term')].map((b) => `${b.getAttribute('data-term')}:${b.textContent}`)).toEqual(['mwh:兆瓦时', 'mw:兆瓦']);
    expect(zh.querySelector('button[data-term="mw"]')!.previousSibling!.textContent).toBe('，再加240兆瓦时，功率5');
  });

  it('shows sources as plain text when there is no reference to open', () => {
    const state = atLine(0);
    document.body.replaceChildren(...levelView({ t: (k, p) => translate('en', k, p), language: 'en', level, state, ui: freshUiState(), dispatch: () => {}, updateUi: () => {}, onLeave: () => {} }));
    expect(q('.source').textContent).toBe('Source article, lines 1, 19');
    expect(document.querySelector('button.source-link, button.term')).toBeNull();
  });

  it('every panel of a level keeps its text whole while terms become buttons', () => {
    const state = atLine(0);
    const plain = levelView({ t: (k, p) => translate('en', k, p), language: 'en', level, state, ui: freshUiState(), dispatch: () => {}, updateUi: () => {}, onLeave: () => {} });
    const linked = levelView({ t: (k, p) => translate('en', k, p), language: 'en', level, state, ui: freshUiState(), dispatch: () => {}, updateUi: () => {}, onLeave: () => {}, reference });
    expect(linked.map((e) => e.textContent)).toEqual(plain.map((e) => e.textContent));
    expect(plain.some((e) => e.querySelector('button.source-link, button.term'))).toBe(false);
  });

  it('the debrief\'s sources open the reader too', () => {
    const played = playThrough(level, 3, diligentInspector).state;
    const t = (language: Language) => (k: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate(language, k, p);
    document.body.replaceChildren(...debriefView({ t: t('en'), language: 'en', level, state: played, reference, onLevels: () => {}, onAgain: () => {} }));
    const buttons = [...document.querySelectorAll<HTMLButtonElement>('[data-testid="debrief"] button.source-link')];
    expect(buttons.length).toBeGreaterThan(5);
    const last = buttons.at(-1)!;
    last.click();
    const lines = last.dataset['lines']!;
    expect(q('#reader-heading').textContent).toBe(`Source article, lines ${lines}`);
  });

  it('a term read inside a desk document\'s fields gets its button in a line under that document', () => {
    const slogan = loadLevel('digital-economy-slogan.json');
    const deskIndex = slogan.steps.findIndex((s) => s.kind === 'desk');
    let state = createGame(slogan, 1);
    while (state.stepIndex < deskIndex) state = step(slogan, state, { type: 'advance-dialogue' }).state;
    mountAtStep(slogan, slogan.steps[deskIndex]!.id)(state);
    const rows = [...document.querySelectorAll('[data-testid="documents"] article .terms-row')];
    expect(rows.length).toBeGreaterThan(0);
    const term = rows[0]!.querySelector<HTMLButtonElement>('button.term')!;
    // The term is in one of the document's field buttons, which cannot hold a button of its own.
    expect([...rows[0]!.parentElement!.querySelectorAll('button.field')].some((f) => f.textContent!.includes(term.textContent!))).toBe(true);
    term.click();
    expect(q('#reader-heading').textContent).toBe(term.textContent);
    // Each term once per panel: no term has two buttons in the documents.
    const ids = [...document.querySelectorAll('[data-testid="documents"] button.term')].map((b) => b.getAttribute('data-term'));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
