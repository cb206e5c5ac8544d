// Controls a screen reader could not name: lines of Playwright's ARIA snapshot such as `- button`
// or `- textbox:` with no quoted name after the role.
import type { Page } from 'playwright-core';

const CONTROL_ROLES = ['button', 'link', 'textbox', 'combobox', 'checkbox', 'radio', 'spinbutton', 'searchbox', 'slider', 'switch', 'tab', 'option', 'row'];

export async function unnamedControls(page: Page): Promise<string[]> {
  const snapshot = await page.locator('body').ariaSnapshot();
  return snapshot.split('\n').filter((line) => {
    const m = /^\s*- ([a-z]+)(.*)$/.exec(line);
    if (!m || !CONTROL_ROLES.includes(m[1] ?? '')) return false;
    return !/^ "/.test(m[2] ?? '');
  });
}
