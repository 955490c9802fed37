// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { translate } from '../../src/text/i18n';
import { breakPhrasesIn, keptTogether, phraseLanguageOf, phrasesOf, watchPhraseBreaks } from '../../src/ui/phrase-breaks';
import { h } from '../../src/ui/dom';

beforeEach(() => document.body.replaceChildren());

/** True when `word` lies wholly inside one phrase of `text`. */
function keptWhole(text: string, word: string, language: string): boolean {
  const start = text.indexOf(word);
  expect(start, `${word} in ${text}`).toBeGreaterThanOrEqual(0);
  let at = 0;
  for (const phrase of phrasesOf(text, language)) {
    const end = at + phrase.length;
    if (start >= at && start + word.length <= end) return true;
    at = end;
  }
  return false;
}

// Lines from the game's own text (levels and interface) where the browser broke words apart.
const JA_LINES: [string, string][] = [
  ['にぎやかな4車線、両側に商店、駐車場の出入口が路線に面したウォルマート', 'ウォルマート'],
  ['交通影響調査のない35億元の専用道を承認した。交通はほぼ麻痺し、商店は客を失い、ウォルマートが閉店した。', 'ウォルマート'],
  ['高新区にあるほかの企業のオフィスや作業場。主に昼間に使う。', 'オフィス'],
  [translate('ja', 'grid.reportHomes', { n: 6 }), '停電'],
  [translate('ja', 'grid.planSummary', { homes: 3, generators: 2, name: '鉱場', full: 20 }), '停電'],
];
const ZH_LINES: [string, string][] = [
  ['四条繁忙车道，两侧商铺林立，沃尔玛停车场出入口正对线路', '沃尔玛'],
  [translate('zh', 'grid.planSummary', { homes: 3, generators: 2, name: '矿场', full: 20 }), '停电'],
  [translate('zh', 'plan.overGrid', { over: 40 }), '停电'],
];

describe('phrases of Japanese and Chinese text', () => {
  it.each(JA_LINES)('keeps %s whole around "%s" (ja)', (line, word) => {
    expect(phrasesOf(line, 'ja').length).toBeGreaterThan(1);
    expect(keptWhole(line, word, 'ja')).toBe(true);
  });

  it.each(ZH_LINES)('keeps %s whole around "%s" (zh-Hans)', (line, word) => {
    expect(phrasesOf(line, 'zh-Hans').length).toBeGreaterThan(1);
    expect(keptWhole(line, word, 'zh-Hans')).toBe(true);
  });

  it('gives every text back exactly when its phrases are joined', () => {
    for (const [line] of [...JA_LINES, ...ZH_LINES]) {
      expect(phrasesOf(line, 'ja').join('')).toBe(line);
      expect(phrasesOf(line, 'zh-Hans').join('')).toBe(line);
    }
  });

  it('leaves English, and any language other than ja and zh, as one piece', () => {
    const english = translate('en', 'grid.planSummary', { homes: 3, generators: 2, name: 'the mine', full: 20 });
    expect(phrasesOf(english, 'en')).toEqual([english]);
    expect(phrasesOf('停電の日です', 'en')).toEqual(['停電の日です']);
    expect(phrasesOf('停電の日です', 'zh-Hant')).toEqual(['停電の日です']);
  });

  it('reads the HTML lang values the game sets', () => {
    expect(phraseLanguageOf('ja')).toBe('ja');
    expect(phraseLanguageOf('zh-Hans')).toBe('zh');
    expect(phraseLanguageOf('zh-CN')).toBe('zh');
    expect(phraseLanguageOf('en')).toBeNull();
    expect(phraseLanguageOf('')).toBeNull();
  });

  it('parses a string once: the second time is the same array from the cache', () => {
    const line = JA_LINES[0]![0];
    expect(phrasesOf(line, 'ja')).toBe(phrasesOf(line, 'ja'));
  });
});

describe('phrase breaks in the HTML layer', () => {
  it('puts a <wbr> between phrases and changes no character of the text', () => {
    const [line] = JA_LINES[1]!;
    const panel = h('div', { lang: 'ja' }, h('p', {}, line), h('button', {}, '停電'));
    const before = panel.textContent;
    breakPhrasesIn(panel);
    expect(panel.textContent).toBe(before);
    const p = panel.querySelector('p')!;
    expect(p.querySelectorAll('wbr').length).toBe(phrasesOf(line, 'ja').length - 1);
    const between: string[] = [''];
    for (const node of p.childNodes) {
      if (node.nodeName === 'WBR') between.push('');
      else between[between.length - 1] = `${between[between.length - 1] ?? ''}${node.textContent ?? ''}`;
    }
    expect(between).toEqual(phrasesOf(line, 'ja'));
    // A one-phrase label is left as it is.
    expect(panel.querySelector('button')!.childNodes.length).toBe(1);
    // A second pass changes nothing.
    const html = panel.innerHTML;
    breakPhrasesIn(panel);
    expect(panel.innerHTML).toBe(html);
  });

  it('holds a phrase\'s last character and its 。 or 、 together, so a phrase too wide for its column never starts a line with the mark', () => {
    const line = 'それを必要とする人がいることを示さなければならない。本日より、新しい工場';
    const panel = h('p', { lang: 'ja' }, line);
    breakPhrasesIn(panel);
    expect(panel.textContent).toBe(line);
    const ends = [...panel.querySelectorAll('span.phrase-end')].map((span) => span.textContent);
    expect(ends).toContain('い。');
    expect(ends).toContain('り、');
    // Every end is one character and its marks, after the rest of its phrase.
    for (const end of ends) expect(end).toMatch(/^[^。、][。、]+$/u);
  });

  it('keeps a short phrase with a number or a sign on one line (the browser breaks after % even with keep-all)', () => {
    const line = '電力の30%以上に当たる';
    const panel = h('p', { lang: 'ja' }, line);
    breakPhrasesIn(panel);
    expect(panel.textContent).toBe(line);
    const kept = [...panel.querySelectorAll('span.phrase')].map((span) => span.textContent);
    expect(kept.some((phrase) => phrase!.includes('30%以上'))).toBe(true);
    expect(keptTogether('停電の')).toBe(false);
    expect(keptTogether('A B ウォルマート')).toBe(false);
    expect(keptTogether('自動車・電気バス用の')).toBe(true);
    expect(keptTogether('30%以上に')).toBe(true);
  });

  it('follows the nearest lang: English untouched, a Japanese quotation inside an English page broken', () => {
    const quote = JA_LINES[2]![0];
    const panel = h('div', { lang: 'en' }, h('p', {}, 'The office building is dark.'), h('blockquote', { lang: 'ja' }, quote));
    breakPhrasesIn(panel);
    expect(panel.querySelector('p')!.querySelector('wbr')).toBeNull();
    expect(panel.querySelector('blockquote')!.querySelectorAll('wbr').length).toBeGreaterThan(0);
  });

  it('leaves form fields and marked text alone', () => {
    const panel = h('div', { lang: 'ja' }, h('textarea', {}, JA_LINES[1]![0]), h('p', { 'data-no-phrases': true }, JA_LINES[1]![0]));
    breakPhrasesIn(panel);
    expect(panel.querySelector('wbr')).toBeNull();
  });

  it('watches a container: text added later is broken too, at once when flushed', () => {
    const stage = h('div', {}, h('main', { lang: 'zh-Hans' }, h('p', {}, ZH_LINES[0]![0])));
    document.body.append(stage);
    const watch = watchPhraseBreaks(stage);
    expect(stage.dataset['phraseBreaks']).toBe('on');
    expect(stage.querySelectorAll('wbr').length).toBe(phrasesOf(ZH_LINES[0]![0], 'zh-Hans').length - 1);
    const main = stage.querySelector('main')!;
    main.replaceChildren(h('p', {}, ZH_LINES[1]![0]));
    watch.flush();
    expect(main.querySelectorAll('wbr').length).toBe(phrasesOf(ZH_LINES[1]![0], 'zh-Hans').length - 1);
    main.querySelector('p')!.textContent = ZH_LINES[2]![0];
    watch.flush();
    expect(main.querySelectorAll('wbr').length).toBe(phrasesOf(ZH_LINES[2]![0], 'zh-Hans').length - 1);
    watch.stop();
    expect(stage.dataset['phraseBreaks']).toBeUndefined();
  });
});
