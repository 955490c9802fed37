// The readable layer over the canvas: screens put their HTML here; it keeps the lang attribute,
// where keyboard focus goes on each render, and a polite live region for what just happened.

import type { Language } from '../core/level';
import { HTML_LANG } from '../text/i18n';
import { button, h } from './dom';

export type FocusRequest = { kind: 'restore' } | { kind: 'element'; id: string };

export class Overlay {
  private readonly live: HTMLElement;

  constructor(private readonly root: HTMLElement, private readonly notices: HTMLElement) {
    this.live = h('div', { className: 'visually-hidden', 'aria-live': 'polite', role: 'status' });
    notices.before(this.live);
  }

  setLanguage(language: Language): void {
    const lang = HTML_LANG[language];
    document.documentElement.lang = lang;
    this.root.lang = lang;
    this.notices.lang = lang;
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
    this.root.querySelectorAll<HTMLElement>('[data-scroll-id]').forEach((el) => {
      const top = scrolls.get(el.dataset['scrollId']!);
      if (top !== undefined) el.scrollTop = top;
    });
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
}
