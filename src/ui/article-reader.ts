// The article within reach: every "source article, lines N-M" the player sees is a button that
// opens a reader with our own paraphrase of those lines, what the source is and what the game adds
// as fiction; every glossary term with an explanation opens its explanation in the same dialog.
// The dialog sits outside the screen's root, so a re-render behind it never takes it away.

import type { Language, Level, LocalText } from '../core';
import { explainedTerms, findTerm, type GlossaryEntry, type Reference } from '../content/reference-model';
import { HTML_LANG, type Translate } from '../text/i18n';
import { button, h, sourceLinesText } from './dom';

/** What a source button or a term needs: the language, the shelf, and the level for its fiction note. */
export interface ReaderContext {
  t: Translate;
  language: Language;
  /** Null or absent (a broken reference file, an old caller): sources show as plain text. */
  reference?: Reference | null;
  level?: Level;
}

type Subject = { kind: 'lines'; lines: readonly number[] } | { kind: 'term'; entry: GlossaryEntry };

/** The level's own fiction note, when the reader was opened from a level. */
export function levelFiction(level: Level | undefined): LocalText | null {
  return level?.fiction ?? null;
}

/** "Source article, lines 25-27", or "line 28" for one line. */
export function sourceLabel(t: Translate, lines: readonly number[]): string {
  return t(new Set(lines).size === 1 ? 'debrief.sourceOne' : 'debrief.source', { lines: sourceLinesText(lines) });
}

/**
 * "Source article, lines 25-27" as a button that opens the reader; plain text when there is no
 * reference to open. `around` wraps the label the way the caller's sentence needs it.
 */
export function sourceRef(ctx: ReaderContext, lines: readonly number[], around: 'none' | 'parentheses' | 'space' = 'none'): HTMLElement {
  const label = sourceLabel(ctx.t, lines);
  const inner = ctx.reference
    ? button(label, () => openReader(ctx, { kind: 'lines', lines }), { className: 'source-link', 'aria-haspopup': 'dialog', 'data-lines': sourceLinesText(lines) })
    : label;
  // The brackets keep to the link (a line never ends on "(" nor starts with ")"); the line may break before them.
  if (around === 'parentheses') return h('span', { className: 'source' }, ' ', h('span', { className: 'source-bracketed' }, '(', inner, ')'));
  return h('span', { className: 'source' }, around === 'space' ? ' ' : '', inner);
}

/** Opens the reader on some article lines or a glossary term; Escape or Close returns focus. */
export function openReader(ctx: ReaderContext, subject: Subject): HTMLDialogElement | null {
  const reference = ctx.reference;
  if (!reference) return null;
  document.querySelector('dialog.reader')?.remove();
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const openerFocusId = opener?.dataset['focusId'];
  const t = ctx.t;
  const paraphrases = (lines: readonly number[]) =>
    h(
      'dl',
      { className: 'reader-lines' },
      ...[...new Set(lines)]
        .sort((a, b) => a - b)
        .flatMap((line) => [h('dt', {}, t('reader.line', { n: line })), h('dd', {}, reference.notes.get(line)?.[ctx.language] ?? t('reader.noNote'))]),
    );

  let body: (HTMLElement | null)[];
  let heading: string;
  if (subject.kind === 'lines') {
    heading = sourceLabel(t, subject.lines);
    const fiction = levelFiction(ctx.level);
    body = [
      h('p', { className: 'small muted' }, t('reader.ourWords')),
      paraphrases(subject.lines),
      h('h3', {}, t('reader.aboutHeading')),
      h('p', {}, t('reader.about')),
      h('h3', {}, t('reader.fictionHeading')),
      h('p', {}, t('reader.fiction')),
      fiction ? h('p', { className: 'fiction-tag', 'data-testid': 'reader-level-fiction' }, fiction[ctx.language]) : null,
    ];
  } else {
    const entry = subject.entry;
    heading = entry.form[ctx.language];
    body = [
      h('p', { 'data-testid': 'reader-explanation' }, entry.explanation?.[ctx.language] ?? ''),
      entry.sourceLines && entry.sourceLines.length > 0
        ? h('div', {}, h('h3', {}, t('reader.termLines', { lines: sourceLinesText(entry.sourceLines) })), paraphrases(entry.sourceLines))
        : null,
    ];
  }

  const dialog = h(
    'dialog',
    { className: 'reader', 'aria-labelledby': 'reader-heading', lang: HTML_LANG[ctx.language], 'data-testid': 'reader' },
    subject.kind === 'term' ? h('p', { className: 'small muted reader-kind' }, t('reader.kindGlossary')) : null,
    h('h2', { id: 'reader-heading', tabindex: -1 }, heading),
    ...body,
    h('div', { className: 'actions' }, button(t('reader.close'), () => close(), { className: 'primary', 'data-focus-id': 'reader-close' })),
  );

  let closed = false;
  const close = (): void => {
    if (closed) return;
    closed = true;
    if (dialog.open) dialog.close();
    dialog.remove();
    // Back to the button that opened it, or to its stand-in if the screen was drawn again meanwhile.
    const back = opener?.isConnected ? opener : openerFocusId ? document.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(openerFocusId)}"]`) : null;
    back?.focus();
  };
  dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    // The game's own keys (Phaser listens on the window) must not see it.
    event.stopPropagation();
    close();
  });
  // A browser's own Escape on a modal dialog arrives as "cancel"; closed any other way, tidy up.
  dialog.addEventListener('cancel', (event) => {
    event.preventDefault();
    close();
  });
  dialog.addEventListener('close', () => close());

  (document.getElementById('stage') ?? document.body).append(dialog);
  if (typeof dialog.showModal === 'function') dialog.showModal();
  else dialog.setAttribute('open', '');
  dialog.querySelector<HTMLElement>('#reader-heading')?.focus();
  return dialog;
}

/** What never gets a term button: controls, their labels, headings the screen focuses, sources. */
const NO_TERMS = 'button, a, label, summary, select, option, textarea, input, h2, svg, [aria-hidden="true"], [role="img"], .source, .speaker, dialog';

/**
 * Puts a small button on the first occurrence of each explained glossary term in the panel, so a
 * student can open its explanation where the term is read. Longer forms go first, so "MWh" is
 * linked before "MW" could claim part of it. A term that is first read inside a control (a desk
 * document's fields are buttons to select) gets its button in a "Terms:" line under the document.
 */
export function linkTerms(ctx: ReaderContext, panel: HTMLElement): void {
  const reference = ctx.reference;
  if (!reference) return;
  const terms = explainedTerms(reference.glossary, ctx.language)
    .map((entry) => ({ entry, form: entry.form[ctx.language] }))
    .sort((a, b) => b.form.length - a.form.length);
  const termButton = (entry: GlossaryEntry, form: string): HTMLButtonElement =>
    button(form, () => openReader(ctx, { kind: 'term', entry }), {
      className: 'term',
      'aria-haspopup': 'dialog',
      'aria-label': ctx.t('reader.termLabel', { term: form }),
      'data-term': entry.id,
      'data-focus-id': `term-${entry.id}`,
    });
  const linked = new Set<string>();
  const inDocuments = new Map<HTMLElement, GlossaryEntry[]>();

  for (const { entry, form } of terms) {
    // Longer forms that contain this one: 兆瓦 must not be linked inside a later 兆瓦时.
    const longer = terms.filter((other) => other.form.length > form.length && other.form.includes(form)).map((other) => other.form);
    const find = (text: string): number => {
      let index = findTerm(text, form);
      while (index >= 0 && longer.some((outer) => text.startsWith(outer, index - outer.indexOf(form)))) index = findTerm(text, form, index + 1);
      return index;
    };
    let inControl: HTMLElement | null = null;
    const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const index = find(node.data);
      if (index < 0) continue;
      const blocked = node.parentElement?.closest(NO_TERMS);
      if (blocked) {
        const host = blocked.matches('button:not(.term, .source-link)') ? blocked.closest('article') : null;
        inControl ??= host instanceof HTMLElement ? host : null;
        continue;
      }
      const rest = node.splitText(index);
      rest.splitText(form.length);
      rest.replaceWith(termButton(entry, form));
      linked.add(entry.id);
      break;
    }
    if (!linked.has(entry.id) && inControl) inDocuments.set(inControl, [...(inDocuments.get(inControl) ?? []), entry]);
  }
  for (const [host, entries] of inDocuments) {
    const row = h('p', { className: 'terms-row small' }, ctx.t('reader.termsHere'), ' ');
    entries.forEach((entry, i) => row.append(...(i > 0 ? [ctx.t('reader.termSeparator')] : []), termButton(entry, entry.form[ctx.language])));
    host.append(row);
  }
}
