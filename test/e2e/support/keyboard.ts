// Moving through a form the way the desk does: with Tab. `tabTo` presses Tab until the wanted
// control has focus, so the test proves the control is reachable by keyboard, in page order.
import type { Locator, Page } from 'playwright-core';

export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

export async function tabTo(page: Page, target: Locator, maxTabs = 40): Promise<void> {
  // Radio inputs of a segmented control are visually hidden but focusable: attached is enough.
  await target.waitFor({ state: 'attached' });
  for (let i = 0; i < maxTabs; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press('Tab');
  }
  if (await isFocused(target)) return;
  const focused = await page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName} ${el.getAttribute('aria-label') ?? el.id ?? ''}` : 'nothing';
  });
  throw new Error(`Tab never reached the control within ${maxTabs} presses (focus is on ${focused})`);
}

/** Replaces a text field's content from the keyboard. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Type-ahead: type, wait for the option the desk offers, take it with arrow + Enter. */
export async function pickOption(page: Page, typed: string, option: RegExp): Promise<void> {
  await page.keyboard.type(typed);
  await page.getByRole('option', { name: option }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}
