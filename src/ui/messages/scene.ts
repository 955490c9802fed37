// A scene's events say nothing of their own: the dialogue line itself is the news.

import type { SceneStep } from '../../core';
import type { SceneInnerEvent } from './kind-events';
import type { MessageContext, Said } from './said';

export function sceneMessage(_event: SceneInnerEvent, _ctx: MessageContext<SceneStep>): Said {
  return {};
}
