// The HTML page: opened in Chromium with the network blocked. Every milestone is on the page with its name,
// people and texts shown as written; only the page's own script runs (no dialog, no element or handler from the
// data); the search box filters; nothing is requested from elsewhere. A screenshot is saved beside the file.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { openPage } from '../lib/browser.mjs';
import { collapse, show } from '../lib/checks.mjs';
import { contributors } from '../lib/data.mjs';

/** Each milestone as the page shows it, and what on the page could have come from the data. */
function shown() {
  const text = (el) => (el ? el.innerText.replace(/\u00a0/g, ' ').trim() : null);
  return {
    milestones: [...document.querySelectorAll('li.milestone')].map((li) => ({
      id: li.id,
      name: text(li.querySelector('h3')),
      people: text(li.querySelector('.people')),
      paragraphs: [...li.querySelectorAll(':scope > p')].map(text),
      sources: [...li.querySelectorAll('.sources a, .sources')].length ? text(li.querySelector('.sources')) : null,
      elements: [...li.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()),
    })),
    scripts: document.scripts.length,
    handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes]
      .filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName.toLowerCase()} ${a.name}`)),
  };
}

export async function check(browser, checks, label, file, data) {
  const { context, page, seen } = await openPage(browser);
  try {
    await page.goto(pathToFileURL(path.resolve(file)).href);
    const html = await page.evaluate(shown);
    const problems = [];
    if (html.milestones.length !== data.milestones.length) {
      problems.push(`${html.milestones.length} milestones on the page, expected ${data.milestones.length}`);
    }
    const allowed = new Set(['span', 'h3', 'div', 'p', 'a']);
    for (const m of data.milestones) {
      const li = html.milestones.find((item) => item.id === m.id);
      if (!li) { problems.push(`${show(m.id)} is not on the page`); continue; }
      const want = {
        name: collapse(m.name),
        people: contributors(m, data.lang) ? collapse(contributors(m, data.lang)) : null,
        paragraphs: [m.summary, m.whatItDoes, m.impact].filter((t) => t).map(collapse),
        sources: m.sources.length ? collapse(m.sources.map((s) => s.title).join('; ')) : null,
      };
      for (const [what, value] of Object.entries(want)) {
        if (JSON.stringify(li[what]) !== JSON.stringify(value)) {
          problems.push(`${show(m.id)} ${what} shows ${show(li[what])}, expected ${show(value)}`);
        }
      }
      const extra = li.elements.filter((e) => !allowed.has(e));
      if (extra.length) problems.push(`${show(m.id)} has ${extra.join(', ')}`);
    }
    checks.expect(`${label}: texts`, problems);
    checks.expect(`${label}: scripts`, [
      ...(html.scripts !== 1 ? [`${html.scripts} scripts on the page, the exporter writes 1`] : []),
      ...html.handlers.map((h) => `event handler ${h}`), ...seen.dialogs.map((d) => `a script from the data ran: ${d}`),
      ...seen.errors.map((e) => `script error: ${e}`)]);

    // The search box filters: searching for a milestone's name leaves it visible and hides others.
    const first = html.milestones.map((li) => li.name).find((name) => name);
    if (first) {
      await page.fill('#q', first);
      const visible = await page.$$eval('li.milestone', (items) => items.filter((li) => !li.hidden).length);
      const all = html.milestones.length;
      const filters = visible >= 1 && (all === 1 || visible < all);
      checks.expect(`${label}: search`, filters ? [] : [`searching ${show(first)} shows ${visible} of ${all}`]);
      await page.fill('#q', '');
    }
    checks.expect(`${label}: offline`, seen.external.map((u) => `the page requested ${u}`));
    await page.screenshot({ path: file.replace(/\.html$/, '.png'), fullPage: false });
  } finally {
    await context.close();
  }
}
