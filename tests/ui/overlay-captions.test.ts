// @vitest-environment happy-dom
// The caption band: the stage keeps room at its foot for the caption strip while captions are on
// (styles.css ends the screens above it), and none while they are off.
import { beforeEach, describe, expect, it } from 'vitest';
import { Overlay } from '../../src/ui/overlay';

function mountStage(): { stage: HTMLElement; overlay: Overlay } {
  document.body.innerHTML = '<div id="stage"><div id="world"></div><main id="ui"></main><div id="notices"></div></div>';
  const stage = document.getElementById('stage')!;
  return { stage, overlay: new Overlay(document.getElementById('ui')!, document.getElementById('notices')!) };
}

describe('the caption band', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('is kept on the stage while captions are shown, caption or not, and given back when they are hidden', () => {
    const { stage, overlay } = mountStage();
    const strip = stage.querySelector<HTMLElement>('[data-testid="captions"]')!;
    expect(strip.parentElement).toBe(stage);
    overlay.setCaptionsShown(true, 'Captions');
    expect(stage.hasAttribute('data-caption-band')).toBe(true);
    expect(strip.hidden).toBe(false);
    // No caption playing: the band stays, so the panels do not move when one comes.
    overlay.captionAmbience('[Night city: wind, a substation hum]');
    overlay.captionAmbience(null);
    expect(stage.hasAttribute('data-caption-band')).toBe(true);
    overlay.setCaptionsShown(false, 'Captions');
    expect(stage.hasAttribute('data-caption-band')).toBe(false);
    expect(strip.hidden).toBe(true);
  });

  it('keeps the full caption text in its live line, however little of it the band shows', () => {
    const { stage, overlay } = mountStage();
    overlay.setCaptionsShown(true, 'Captions');
    const long = '[Fans roar, loud and steady; a high whine that never changes]';
    overlay.captionAmbience(long);
    const line = stage.querySelector<HTMLElement>('[data-testid="caption-ambience"]')!;
    expect(line.textContent).toBe(long);
    expect(line.getAttribute('aria-live')).toBe('polite');
  });
});
