// Japanese and Chinese lines break between phrases, never inside a word (停/電, オフィ/ス).
// BudouX finds the phrases; the HTML layer puts a <wbr> between them and, with the style's
// `word-break: keep-all` for ja/zh, the browser breaks a line only there (a phrase wider than its
// box still breaks anywhere: `overflow-wrap: anywhere`). A <wbr> adds no character, so the text a
// screen reader reads and `textContent` stay exactly as they were.
//
// Loaded on its own (overlay.ts imports it lazily): the title does not wait for the models.

import { loadDefaultJapaneseParser, loadDefaultSimplifiedChineseParser } from 'budoux';

export type PhraseLanguage = 'ja' | 'zh';

type Parser = { parse(text: string): string[] };
let parsers: Record<PhraseLanguage, Parser> | undefined;
const cache: Record<PhraseLanguage, Map<string, readonly string[]>> = { ja: new Map(), zh: new Map() };
/** Cached strings per language before the cache starts afresh (the game has a few thousand). */
const CACHE_LIMIT = 8000;

/** Japanese, Chinese (Han, kana, CJK punctuation and full-width forms): text worth parsing. */
const CJK = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/** The phrase language of an HTML lang value ('ja', 'zh-Hans', 'zh-CN'), or null for any other. */
export function phraseLanguageOf(lang: string | null | undefined): PhraseLanguage | null {
  const tag = (lang ?? '').toLowerCase();
  if (tag === 'ja' || tag.startsWith('ja-')) return 'ja';
  if ((tag === 'zh' || tag.startsWith('zh-')) && !tag.startsWith('zh-hant') && tag !== 'zh-tw' && tag !== 'zh-hk') return 'zh';
  return null;
}

/**
 * The phrases of a text in a language, in order; joined they give the text back exactly.
 * English (or any text with no CJK character) is one phrase. Each string is parsed once.
 */
export function phrasesOf(text: string, language: string): readonly string[] {
  const phraseLanguage = phraseLanguageOf(language);
  if (!phraseLanguage || !CJK.test(text)) return [text];
  const seen = cache[phraseLanguage];
  const known = seen.get(text);
  if (known) return known;
  parsers ??= { ja: loadDefaultJapaneseParser(), zh: loadDefaultSimplifiedChineseParser() };
  const parsed = parsers[phraseLanguage].parse(text);
  // BudouX gives the text back in pieces; should it ever drop or change a character, keep the text whole.
  const phrases = parsed.join('') === text && parsed.length > 0 ? atWordBoundaries(parsed, text, phraseLanguage) : [text];
  if (seen.size >= CACHE_LIMIT) seen.clear();
  seen.set(text, phrases);
  return phrases;
}

const segmenters: Partial<Record<PhraseLanguage, Intl.Segmenter>> = {};

/**
 * Joins phrases whose boundary falls inside a word of the platform's own dictionary (ICU's, through
 * Intl.Segmenter). BudouX's Chinese model cuts some words (停/电, 满负/荷) that the dictionary
 * knows, so a break must be a boundary for both. Without Intl.Segmenter, BudouX's phrases as they are.
 */
function atWordBoundaries(phrases: string[], text: string, language: PhraseLanguage): readonly string[] {
  if (phrases.length < 2 || typeof Intl.Segmenter !== 'function') return phrases;
  const segmenter = (segmenters[language] ??= new Intl.Segmenter(language, { granularity: 'word' }));
  const wordStarts = new Set<number>();
  for (const { index } of segmenter.segment(text)) wordStarts.add(index);
  const joined: string[] = [phrases[0]!];
  let at = phrases[0]!.length;
  for (const phrase of phrases.slice(1)) {
    if (wordStarts.has(at)) joined.push(phrase);
    else joined[joined.length - 1] += phrase;
    at += phrase.length;
  }
  return joined;
}

/** Text nodes made here (already phrases): never split again. */
const phrased = new WeakSet<Node>();
/** Where text is not laid out as lines of HTML, or must stay one node. */
const SKIP = 'script, style, textarea, option, select, title, svg, [data-no-phrases]';

function languageAt(element: Element): string {
  return element.closest('[lang]')?.getAttribute('lang') ?? element.ownerDocument.documentElement.lang;
}

/** Longest phrase kept on one line whatever it holds (a longer one may still break inside). */
const KEPT_LENGTH = 12;
/** A phrase the browser could break inside even with keep-all: Latin, digits, signs next to CJK, no spaces. */
export function keptTogether(phrase: string): boolean {
  return phrase.length <= KEPT_LENGTH && !/\s/.test(phrase) && /[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー々〆]./u.test(phrase);
}

/** What never starts a line (closing marks and the like, in ja and zh). */
const NO_LINE_START = /[。、，．！？：；」』）］】〕〉》’”…‥]+$/u;

/**
 * A phrase's nodes: its text, with a phrase that ends in 。 or 、 holding its last character and the
 * mark together (span.phrase-end, nowrap). A phrase wider than its column breaks anywhere, and that
 * emergency break ignores the rule that 。 never starts a line; this keeps the mark with a character.
 */
function phraseNodes(doc: Document, phrase: string): Node[] {
  const marks = NO_LINE_START.exec(phrase);
  const cut = marks ? marks.index - 1 : -1;
  if (cut < 1) return [phrasedText(doc, phrase)];
  const end = doc.createElement('span');
  end.className = 'phrase-end';
  end.append(phrasedText(doc, phrase.slice(cut)));
  return [phrasedText(doc, phrase.slice(0, cut)), end];
}

function phrasedText(doc: Document, text: string): Text {
  const node = doc.createTextNode(text);
  phrased.add(node);
  return node;
}

/** Splits one text node into phrases with a <wbr> between each two; returns whether it did. */
function breakTextNode(node: Text): boolean {
  const parent = node.parentElement;
  if (phrased.has(node) || !parent || parent.namespaceURI !== 'http://www.w3.org/1999/xhtml' || parent.closest(SKIP)) return false;
  const text = node.data;
  if (!CJK.test(text)) return false;
  const phrases = phrasesOf(text, languageAt(parent));
  if (phrases.length < 2) {
    phrased.add(node);
    return false;
  }
  const doc = node.ownerDocument;
  const fragment = doc.createDocumentFragment();
  phrases.forEach((phrase, i) => {
    if (i > 0) fragment.append(doc.createElement('wbr'));
    const pieces = phraseNodes(doc, phrase);
    if (keptTogether(phrase)) {
      // keep-all holds ideographs together, but the browser still breaks after 90% or between
      // 30 and 以上: a short phrase with such a character stays on one line.
      const span = doc.createElement('span');
      span.className = 'phrase';
      span.append(...pieces);
      fragment.append(span);
    } else {
      fragment.append(...pieces);
    }
  });
  parent.replaceChild(fragment, node);
  return true;
}

/** Puts a <wbr> between the phrases of every Japanese or Chinese text under `root` (itself included). */
export function breakPhrasesIn(root: Node): number {
  if (root.nodeType === Node.TEXT_NODE) return breakTextNode(root as Text) ? 1 : 0;
  if (root.nodeType !== Node.ELEMENT_NODE && root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE) return 0;
  const doc = root.ownerDocument ?? document;
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  let count = 0;
  for (const text of texts) if (breakTextNode(text)) count++;
  return count;
}

export interface PhraseWatch {
  /** Breaks what was added since the last time, now (before the caller measures the layout). */
  flush(): void;
  stop(): void;
}

/**
 * Keeps every text under `container` broken into phrases: what is there now, and whatever is
 * added later (a new screen, a caption, a dialog). Marks the container `data-phrase-breaks`, which
 * turns on the style's keep-all for ja and zh.
 */
export function watchPhraseBreaks(container: HTMLElement): PhraseWatch {
  const handle = (records: MutationRecord[]): void => {
    for (const record of records) record.addedNodes.forEach((node) => {
      if (node.isConnected) breakPhrasesIn(node);
    });
  };
  const observer = new MutationObserver(handle);
  breakPhrasesIn(container);
  observer.observe(container, { childList: true, subtree: true });
  container.dataset['phraseBreaks'] = 'on';
  return {
    flush: () => handle(observer.takeRecords()),
    stop: () => {
      observer.disconnect();
      delete container.dataset['phraseBreaks'];
    },
  };
}
