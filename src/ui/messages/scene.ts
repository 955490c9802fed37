// A scene's events say nothing of their own: the dialogue line itself is the news. A new line
// clears what the step before left on the message line (a case note's consequence, say).

import type { SceneStep } from '../../core';
import type { SceneInnerEvent } from './kind-events';
import type { MessageContext, Said } from './said';

export function sceneMessage(_event: SceneInnerEvent, _ctx: MessageContext<SceneStep>): Said {
  return { message: null };
}
