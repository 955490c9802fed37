import type { Page } from 'playwright-core';
import type { DeskAction } from '../../src/core';
import { tabTo } from './harness';

// The keys a player presses at the review desk for each desk action, shared by the desk levels'
// browser tests. A verdict takes the findings already ticked as its reasons.

/** The desk has many focusable fields; let Tab travel further than on a menu. */
const REACH = 250;

export async function pressFocus(page: Page, focusId: string): Promise<void> {
  await tabTo(page, `[data-focus-id="${focusId}"]`, REACH);
  await page.keyboard.press('Enter');
}

/** A verdict may play a short scene over the desk (the level's afterDecision lines): read it to the end. */
async function throughAfterDecision(page: Page): Promise<void> {
  for (let line = 0; line < 20 && (await page.locator('[data-testid="after-decision"]').count()) > 0; line++) {
    await pressFocus(page, (await page.locator('[data-focus-id="after-back"]').count()) > 0 ? 'after-back' : 'after-continue');
  }
}

export async function performDeskAction(page: Page, action: DeskAction): Promise<void> {
  switch (action.type) {
    case 'desk-handle-gift':
      return pressFocus(page, `gift-${action.choice}`);
    case 'desk-answer-call':
      return pressFocus(page, `call-${action.response}-${action.callId}`);
    case 'desk-inquire':
      return pressFocus(page, `ask-${action.inquiryId}`);
    case 'desk-cross-check':
      await pressFocus(page, `desk-${action.a}`);
      await pressFocus(page, `desk-${action.b}`);
      return pressFocus(page, 'cross-check');
    case 'desk-decide':
      await pressFocus(page, `verdict-${action.applicationId}-${action.verdict}`);
      return throughAfterDecision(page);
    case 'desk-end-day':
      return pressFocus(page, 'end-day');
  }
}
