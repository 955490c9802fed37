// The caption of every sound that carries meaning, by its name. Apart from soundscape.ts (which
// re-exports them) so the title can caption its theme without loading the level views.

import type { AmbienceName, CueName } from '../../platform/audio';
import type { TextKey } from '../../text/en';

/** Every sound that carries meaning has a caption; the hour tick says only what the clock on screen shows. */
export const CAPTIONS: { readonly [S in AmbienceName | CueName as S extends AmbienceName ? `ambience.${S}` : `cue.${S}`]: TextKey } = {
  'ambience.bureau': 'caption.ambience.bureau',
  'ambience.city-night': 'caption.ambience.cityNight',
  'ambience.lab': 'caption.ambience.lab',
  'ambience.mining': 'caption.ambience.mining',
  'cue.hour': 'caption.cue.hour',
  'cue.alarm': 'caption.cue.alarm',
  'cue.phone': 'caption.cue.phone',
  'cue.sting': 'caption.cue.sting',
  'cue.theme': 'caption.cue.theme',
};

export const ambienceCaption = (name: AmbienceName): TextKey => CAPTIONS[`ambience.${name}`];
export const cueCaption = (name: CueName): TextKey => CAPTIONS[`cue.${name}`];

/** The hour tick comes every second while a day plays: shown, but not read out each time. */
export const cueAnnounced = (name: CueName): boolean => name !== 'hour';
