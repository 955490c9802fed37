// What the player is told and hears after an event of a site inspection.

import type { SiteStep } from '../../core';
import type { SiteInnerEvent } from './kind-events';
import type { MessageContext, Said } from './said';

export function siteMessage(event: SiteInnerEvent, { step, t, language }: MessageContext<SiteStep>): Said {
  const nameOf = (id: string): string => {
    const place = [...step.site.stations, ...step.site.staff].find((x) => x.id === id);
    return place ? place.name[language] : id;
  };
  switch (event.type) {
    case 'arrived': {
      // The whole screen changes to the hall: a screen reader is told where it is, whatever the site does.
      const aside = t('said.siteArrived', { mode: t(event.announced ? 'site.modeAnnounced' : 'site.modeUnannounced'), site: step.site.name[language] });
      // Staff hurrying to a console is what anyone walking in would see; the hall draws it too.
      return event.switching !== null
        ? { message: { text: t('site.switching', { place: nameOf(event.switching) }), tone: 'info' }, sound: 'page', aside }
        : { message: null, sound: 'page', aside };
    }
    case 'stalled':
      return { message: { text: t('site.stalled', { place: nameOf(event.target), minutes: event.minutes }), tone: 'info' } };
    case 'site-reacts':
      return { message: { text: t(event.how === 'manager-to-console' ? 'site.reactsConsole' : 'site.reactsAside', { place: nameOf(event.target) }), tone: 'miss' }, sound: 'miss' };
    case 'checked': {
      // A look the site spoiled says how, never "nothing unusual" (the first way is enough for the line).
      const how = event.hidden[0];
      if (how) return { message: { text: t(`site.hidden.${how}`, { place: nameOf(event.target) }), tone: 'miss' }, sound: 'miss' };
      // The panel lists the reading; a screen reader is told what the look turned up, or where to read it.
      const found = event.observed.flatMap((id) => step.site.clues.find((c) => c.id === id && c.source === event.source)?.seen[language] ?? []);
      const reading = found.length > 0 ? found.join(' ') : t('said.siteLookedPlain');
      return { message: null, sound: 'select', aside: t('said.siteLooked', { place: nameOf(event.target), tool: t(`tool.${event.source}`), minutes: event.timeCost, reading }) };
    }
    case 'staff-hides':
      // Staff seen hiding something: said as it happens, the panel keeps a line of it, the hall draws it.
      return {
        message: { text: t(`site.staffHides.${event.act}`, { person: nameOf(event.staffId), place: nameOf(event.target), minutes: event.extraMinutes }), tone: 'miss' },
        sound: 'miss',
      };
    case 'consoles-switched':
      return event.caught
        ? { message: { text: t('site.caught', { place: nameOf(event.target) }), tone: 'hit' }, sound: 'found' }
        : { message: { text: t('site.switchedUnseen', { place: nameOf(event.target) }), tone: 'miss' }, sound: 'miss' };
    case 'report-filed':
      return { sound: event.review.accepted ? 'found' : 'miss' };
    case 'added-to-report':
      return { sound: 'select', aside: t('said.siteAdded') };
    case 'removed-from-report':
      return { sound: 'select', aside: t('said.siteRemoved') };
  }
}
