// The readable layer over the canvas: screens put their HTML here; it keeps the lang attribute,
// where keyboard focus goes on each render, and a polite live region for what just happened.

import type { Language } from '../core/level';
import { HTML_LANG } from '../text/languages';
import { button, h } from './dom';
import type { PhraseWatch } from './phrase-breaks';

export type FocusRequest = { kind: 'restore' } | { kind: 'element'; id: string };

/** How long a cue's caption stays on the strip (ms); the ambience's stays while it plays. */
export const CUE_CAPTION_MS = 6000;

export class Overlay {
  private readonly live: HTMLElement;
  /** The caption strip: what is heard, in words, on screen and (its own live region) read out; a named region, so it may carry its label. */
  private readonly captions: HTMLElement;
  private readonly ambienceLine: HTMLElement;
  private readonly cueLine: HTMLElement;
  private readonly tickLine: HTMLElement;
  private cueTimer: ReturnType<typeof setTimeout> | undefined;
  private tickTimer: ReturnType<typeof setTimeout> | undefined;
  /** Japanese and Chinese text broken between phrases (phrase-breaks.ts), once its models have loaded. */
  private phrases: PhraseWatch | undefined;
  private phrasesAllowed = false;
  private phrasesRequested = false;

  constructor(private readonly root: HTMLElement, private readonly notices: HTMLElement) {
    this.live = h('div', { className: 'visually-hidden', 'aria-live': 'polite', role: 'status' });
    notices.before(this.live);
    // Lines of their own, so a caption never overwrites the message the live region above is reading.
    this.ambienceLine = h('p', { className: 'caption-ambience', 'aria-live': 'polite', 'data-testid': 'caption-ambience' });
    this.cueLine = h('p', { className: 'caption-cue', 'aria-live': 'polite', 'data-testid': 'caption-cue' });
    // The hour tick comes every second while a day plays: shown, not read out.
    this.tickLine = h('p', { className: 'caption-tick', 'aria-hidden': 'true', 'data-testid': 'caption-tick' });
    this.captions = h('div', { className: 'caption-strip', role: 'region', 'data-testid': 'captions' }, this.ambienceLine, this.cueLine, this.tickLine);
    notices.after(this.captions);
    // A panel with more below its visible box says so (data-more-below, drawn as a cue), and a
    // control that takes focus behind a panel's sticky footer is scrolled out from under it.
    root.addEventListener('scroll', (event) => markMoreBelow(event.target), true);
    root.addEventListener('focusin', (event) => clearStickyFooter(event.target));
    window.addEventListener('resize', () => this.markScrollPanels());
  }

  /**
   * From now on, Japanese and Chinese lines break between phrases. main.ts calls it once the engine
   * is asked for, so the title never waits for the models (150 KB); English never loads them.
   */
  allowPhraseBreaks(): void {
    this.phrasesAllowed = true;
    this.loadPhraseBreaks();
  }

  private loadPhraseBreaks(): void {
    if (!this.phrasesAllowed || this.phrasesRequested || !/^(ja|zh)/.test(this.root.lang)) return;
    this.phrasesRequested = true;
    // The stage holds the screens, the notices, the captions and the reader's dialog. Until the
    // phrase models arrive, lines break as the browser's own rules say (no worse than before).
    const stage = this.root.parentElement ?? this.root;
    void import('./phrase-breaks').then(
      ({ watchPhraseBreaks }) => {
        this.phrases = watchPhraseBreaks(stage);
      },
      // A dropped network: the next language change asks again.
      () => {
        this.phrasesRequested = false;
      },
    );
  }

  /** Marks every scrolling panel on screen with whether it has more below what is shown. */
  markScrollPanels(): void {
    this.root.querySelectorAll<HTMLElement>('[data-scroll-id]').forEach((el) => markMoreBelow(el));
  }

  /**
   * Shows or hides the caption strip (hidden, nothing of it is read out either). Shown, the stage
   * keeps a band at its foot for it (data-caption-band; styles.css ends the screens above it), the
   * same height whether a caption is showing or not, so no panel jumps and none is covered.
   */
  setCaptionsShown(shown: boolean, label: string): void {
    this.captions.hidden = !shown;
    this.captions.setAttribute('aria-label', label);
    (this.root.parentElement ?? this.root).toggleAttribute('data-caption-band', shown);
  }

  /** The caption of the loop playing, or none; said once when it changes. */
  captionAmbience(text: string | null): void {
    if ((this.ambienceLine.textContent ?? '') !== (text ?? '')) this.ambienceLine.textContent = text ?? '';
  }

  /** A cue's caption: shown for a while, and read out unless `announced` is false. */
  captionCue(text: string, announced: boolean): void {
    const line = announced ? this.cueLine : this.tickLine;
    line.textContent = '';
    // A fresh text node after clearing makes the same caption twice be read twice.
    queueMicrotask(() => {
      line.textContent = text;
    });
    const clear = (): void => {
      line.textContent = '';
    };
    if (announced) {
      clearTimeout(this.cueTimer);
      this.cueTimer = setTimeout(clear, CUE_CAPTION_MS);
    } else {
      clearTimeout(this.tickTimer);
      this.tickTimer = setTimeout(clear, 1500);
    }
  }

  setLanguage(language: Language): void {
    const lang = HTML_LANG[language];
    document.documentElement.lang = lang;
    this.root.lang = lang;
    this.notices.lang = lang;
    this.loadPhraseBreaks();
  }

  /**
   * Replaces the screen. Focus goes to the element whose data-focus-id is asked for, else back to
   * the element with the focused element's id (a re-render must not throw the player out of a
   * slider), else to the first element marked data-autofocus.
   */
  show(nodes: HTMLElement[], focus: FocusRequest = { kind: 'restore' }): void {
    this.keepingFocusAndScroll(() => this.root.replaceChildren(...nodes), focus);
  }

  /**
   * Replaces only the parts of the screen given, matched by data-part; the rest stays as it is.
   * The grid's hour ticks use it: the map and the charts change every second, the panel does not.
   */
  /** The root, for a screen that updates a few attributes in place. */
  get element(): HTMLElement {
    return this.root;
  }

  replaceParts(nodes: HTMLElement[]): void {
    this.keepingFocusAndScroll(() => {
      for (const node of nodes) {
        const part = node.dataset['part'];
        const old = part ? this.root.querySelector<HTMLElement>(`:scope > [data-part="${CSS.escape(part)}"]`) : null;
        if (old) old.replaceWith(node);
      }
    }, { kind: 'restore' }, false);
  }

  private keepingFocusAndScroll(change: () => void, focus: FocusRequest, autofocus = true): void {
    const active = document.activeElement as HTMLElement | null;
    const previousId = active && this.root.contains(active) ? active.dataset['focusId'] : undefined;
    const scrolls = new Map<string, number>();
    this.root.querySelectorAll<HTMLElement>('[data-scroll-id]').forEach((el) => scrolls.set(el.dataset['scrollId']!, el.scrollTop));
    change();
    // Phrases before anything is measured: the breaks change how tall a panel's text is.
    this.phrases?.flush();
    this.root.querySelectorAll<HTMLElement>('[data-scroll-id]').forEach((el) => {
      const top = scrolls.get(el.dataset['scrollId']!);
      if (top !== undefined) el.scrollTop = top;
    });
    this.markScrollPanels();
    // Focus that is still in the page (outside the replaced parts) stays where it is.
    if (!autofocus && active && this.root.contains(active)) return;
    const wanted = focus.kind === 'element' ? focus.id : previousId;
    const target =
      (wanted ? this.root.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(wanted)}"]`) : null) ??
      (autofocus ? this.root.querySelector<HTMLElement>('[data-autofocus]') : null);
    target?.focus({ preventScroll: false });
  }

  clear(): void {
    this.root.replaceChildren();
  }

  /** Says something to screen readers without moving focus. */
  announce(text: string): void {
    this.live.textContent = '';
    // A fresh text node after clearing makes repeated identical messages be read again.
    queueMicrotask(() => {
      this.live.textContent = text;
    });
  }

  /** A dismissible notice: a corrupt save, no storage, no sound. Never blocks play. */
  notify(text: string, dismissLabel: string): void {
    const notice = h('div', { className: 'notice', role: 'status' }, h('span', {}, text));
    notice.append(button(dismissLabel, () => notice.remove(), { className: 'secondary' }));
    this.notices.append(notice);
  }

  /**
   * A question in the notice area with a button per answer (a new version: "Update now" / "Later").
   * Any answer removes it; so does the returned function. Never takes focus, never blocks play.
   */
  offer(text: string, answers: { label: string; onPress: () => void; testId: string }[]): () => void {
    const notice = h('div', { className: 'notice', role: 'status', 'data-testid': 'offer' }, h('span', {}, text));
    const remove = (): void => notice.remove();
    const buttons = answers.map(({ label, onPress, testId }, i) =>
      button(label, () => {
        remove();
        onPress();
      }, { className: i === 0 ? '' : 'secondary', 'data-testid': testId }),
    );
    notice.append(h('span', { className: 'notice-answers' }, ...buttons));
    this.notices.append(notice);
    return remove;
  }
}

/** Sets data-more-below on a scrolling panel when part of its content lies below its visible box. */
export function markMoreBelow(target: EventTarget | null): void {
  if (!(target instanceof HTMLElement) || !target.matches('[data-scroll-id]')) return;
  const more = target.scrollHeight - target.scrollTop - target.clientHeight > 2;
  if (target.dataset['moreBelow'] !== String(more)) target.dataset['moreBelow'] = String(more);
}

/**
 * A control reached by keyboard that a scrolling panel's sticky footer covers is scrolled up above
 * the footer (the browser's own scrolling into view does not know about the footer). Not on a
 * pointer press: moving the button between press and release would lose the click.
 */
export function clearStickyFooter(target: EventTarget | null): void {
  if (!(target instanceof HTMLElement) || !target.matches(':focus-visible')) return;
  const panel = target.closest<HTMLElement>('[data-scroll-id]');
  const footer = panel?.querySelector<HTMLElement>(':scope > .sticky-actions');
  if (!panel || !footer || footer.contains(target)) return;
  const covered = target.getBoundingClientRect().bottom - footer.getBoundingClientRect().top;
  if (covered > 0) panel.scrollTop += covered + 8;
  markMoreBelow(panel);
}
