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
    case 'arrived':
      return event.caught.length > 0 ? { message: { text: t('site.caught'), tone: 'hit' }, sound: 'found' } : { message: null, sound: 'page' };
    case 'stalled':
      return { message: { text: t('site.stalled', { place: nameOf(event.target), minutes: event.minutes }), tone: 'info' } };
    case 'site-reacts':
      return { message: { text: t(event.how === 'manager-to-console' ? 'site.reactsConsole' : 'site.reactsAside', { place: nameOf(event.target) }), tone: 'miss' }, sound: 'miss' };
    case 'checked':
      return { message: null, sound: 'select' };
    case 'report-filed':
      return { sound: event.review.accepted ? 'found' : 'miss' };
    case 'added-to-report':
    case 'removed-from-report':
      return { sound: 'select' };
  }
}
