// Moving through a form the way the desk does: with Tab. `tabTo` presses Tab until the wanted
// control has focus, so the test proves the control is reachable by keyboard, in page order.
import type { Locator, Page } from 'playwright-core';

export async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el === document.activeElement);
}

/** Like `tabTo`, backwards (Shift+Tab): for a field above the one the form moved the focus to. */
export async function shiftTabTo(page: Page, target: Locator, maxTabs = 40): Promise<void> {
  await tabTo(page, target, maxTabs, 'Shift+Tab');
}

export async function tabTo(page: Page, target: Locator, maxTabs = 40, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  // Radio inputs of a segmented control are visually hidden but focusable: attached is enough.
  await target.waitFor({ state: 'attached' });
  for (let i = 0; i < maxTabs; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
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

/**
 * Type-ahead: replace the search text, wait for the option the desk offers, arrow down until it is
 * the highlighted one (Mantine marks it `data-combobox-selected`), take it with Enter.
 */
export async function pickOption(page: Page, typed: string, option: RegExp, maxArrows = 20): Promise<void> {
  await retype(page, typed);
  const wanted = page.getByRole('option', { name: option });
  await wanted.waitFor();
  for (let i = 0; i < maxArrows; i++) {
    if ((await wanted.getAttribute('data-combobox-selected')) !== null) break;
    await page.keyboard.press('ArrowDown');
  }
  if ((await wanted.getAttribute('data-combobox-selected')) === null) throw new Error(`option ${option} never highlighted`);
  await page.keyboard.press('Enter');
}
