// Headless Chromium (Debian's package) through playwright-core, with every request outside file: blocked.
import { chromium } from 'playwright-core';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--allow-file-access-from-files'],
  });
}

/**
 * A new page that may load files only. It records the requests it blocked, script errors, and every dialog
 * (alert, confirm, prompt): a dialog can only come from a script that the data smuggled in.
 */
export async function openPage(browser, viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const seen = { external: [], errors: [], dialogs: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    seen.external.push(url);
    return route.abort();
  });
  page.on('pageerror', (e) => seen.errors.push(String(e)));
  page.on('dialog', (d) => { seen.dialogs.push(`${d.type()}(${JSON.stringify(d.message())})`); d.dismiss().catch(() => {}); });
  return { context, page, seen };
}
