// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { chapterNotes, chooseEnding, playCampaign, type Language } from '../../src/core';
import { diligentInspector, historicalOfficial } from '../../src/playtest/players';
import { translate } from '../../src/text/i18n';
import { campaignListScreen, chapterCardScreen, endingScreen } from '../../src/ui/campaign-view';
import { debriefView } from '../../src/ui/debrief-view';
import { loadCampaign, playCampaignWith } from '../support/campaign';
import { allLevels } from '../support/levels';
import { shippedReference } from '../support/reference';

const levels = allLevels();
const campaign = loadCampaign(levels);
const reference = shippedReference();
const t = (language: Language) => (key: string, values?: Record<string, string | number>) => translate(language, key as never, values);
const pathOf = (strategy: typeof diligentInspector) => playCampaign(campaign, levels, playCampaignWith(campaign, levels, strategy)).played;

beforeEach(() => document.body.replaceChildren());

describe('the campaign screens', () => {
  it('the chapter list shows each chapter done, next or locked, and only the next one can be played', () => {
    const played = pathOf(diligentInspector).slice(0, 2);
    const chapters = campaign.chapters.flatMap((chapter) => {
      const level = levels.find((l) => l.id === chapter.level);
      return level ? [{ chapter, level }] : [];
    });
    let started = 0;
    document.body.replaceChildren(
      ...campaignListScreen({
        t: t('en'),
        language: 'en',
        reference,
        campaign,
        rows: chapters.map((c, i) => ({ ...c, n: i + 1, status: i < played.length ? 'done' : i === played.length ? 'next' : 'locked' })),
        resumable: false,
        stoppedAt: null,
        confirmStartOver: false,
        onPlay: () => started++,
        onResume: () => {},
        onLookBack: () => {},
        onEnding: null,
        onStartOver: () => {},
        onBack: () => {},
      }),
    );
    const statuses = [...document.querySelectorAll<HTMLElement>('[data-status]')].map((el) => el.dataset['status']);
    expect(statuses).toEqual(chapters.map((_, i) => (i < 2 ? 'done' : i === 2 ? 'next' : 'locked')));
    // The chapters' own buttons (a title may also carry a glossary term's button).
    const buttons = [...document.querySelectorAll('li button:not(.term)')];
    // Chapters done can be looked back on; only the next one can be played.
    expect(buttons.map((b) => b.textContent)).toEqual(['What it left', 'What it left', 'Play chapter 3']);
    (buttons[2] as HTMLButtonElement).click();
    expect(started).toBe(1);
    expect(document.body.textContent).toContain('Locked until the chapter before it is done');
  });

  it('the card after a chapter says the year, what was done, what really happened (with its source) and what comes next', () => {
    const path = pathOf(historicalOfficial);
    const at = path.findIndex((p) => p.level.id === 'digital-economy-slogan');
    const second = path[at];
    for (const language of ['en', 'ja', 'zh'] as const) {
      document.body.replaceChildren(
        ...chapterCardScreen({
          t: t(language),
          language,
          reference,
          finished: { n: at + 1, chapter: second!.chapter, level: second!.level, notes: chapterNotes(second!) },
          records: 3,
          next: { n: at + 2, chapter: campaign.chapters[at + 1]!, level: levels.find((l) => l.id === campaign.chapters[at + 1]!.level)! },
          onContinue: () => {},
          onList: () => {},
          onEnding: () => {},
        }),
      );
      const card = document.querySelector<HTMLElement>('[data-testid="chapter-card"]')!;
      expect(card.textContent).toContain('2015-2016');
      expect(card.textContent).toContain(second!.chapter.history.text[language]);
      expect(card.textContent).toContain(chapterNotes(second!)[0]![language]);
      expect(card.querySelector('button.source-link')?.getAttribute('data-lines')).toBe('25-27');
    }
  });

  it('the ending gives its title and text, then the path beside the record, chapter by chapter', () => {
    const played = pathOf(diligentInspector);
    const ending = chooseEnding(campaign, played);
    document.body.replaceChildren(
      ...endingScreen({
        t: t('zh'),
        language: 'zh',
        reference,
        ending,
        path: played.map((p, i) => ({ n: i + 1, chapter: p.chapter, level: p.level, notes: chapterNotes(p) })),
        onList: () => {},
        onTitle: () => {},
      }),
    );
    expect(document.querySelector('h2')?.textContent).toBe(ending.title.zh);
    expect(document.querySelector('[data-ending]')?.getAttribute('data-ending')).toBe('case-breaks-sooner');
    const rows = [...document.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(played.length);
    rows.forEach((row, i) => {
      const cells = row.querySelectorAll('td');
      expect(cells[1]?.textContent).toContain(played[i]!.chapter.history.text.zh);
      expect(cells[1]?.querySelector('button.source-link')).not.toBeNull();
    });
    const slogan = played.findIndex((p) => p.level.id === 'digital-economy-slogan');
    expect(rows[slogan]?.querySelectorAll('td')[0]?.textContent).toContain('你把创世纪的申请移交纪委。');
  });

  it('the debrief of a campaign chapter leads on to the campaign, not to playing the chapter again outside it', () => {
    const [first] = pathOf(diligentInspector);
    let onwards = 0;
    document.body.replaceChildren(...debriefView({ t: t('en'), language: 'en', level: first!.level, state: first!.state, onLevels: () => {}, onAgain: () => {}, onCampaign: () => onwards++ }));
    const labels = [...document.querySelectorAll('.actions button')].map((b) => b.textContent);
    expect(labels).toContain('Continue the campaign');
    expect(labels).not.toContain(translate('en', 'debrief.again'));
    (document.querySelector('[data-focus-id="to-campaign"]') as HTMLButtonElement).click();
    expect(onwards).toBe(1);
  });
});
