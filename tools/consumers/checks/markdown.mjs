// Markdown: rendered by cmark-gfm (GitHub's own renderer, with the extensions github.com turns on, raw HTML let
// through so that any would show), then laid out in Chromium. What the exporter writes is an h1, a table with one
// row per milestone, an h2 and a numbered list of references whose only links are the sources' http(s) URLs;
// anything else (a heading, a list, a link, an autolink, emphasis, code or an HTML element) came from the data.
import { execFileSync } from 'node:child_process';
import { openPage } from '../lib/browser.mjs';
import { collapse, show } from '../lib/checks.mjs';
import { contributors, safeUrl } from '../lib/data.mjs';

const CMARK = process.env.CMARK_GFM ?? 'cmark-gfm';

function render(file) {
  return execFileSync(CMARK, ['--unsafe', '-e', 'table', '-e', 'autolink', '-e', 'strikethrough', '-e', 'tagfilter',
    '-e', 'tasklist', '-t', 'html', file], { encoding: 'utf8' });
}

/** What the page shows: its element structure, the table's cells, the references. */
function shown() {
  const text = (el) => el.innerText.replace(/\u00a0/g, ' ');
  const body = document.body;
  return {
    children: [...body.children].map((el) => el.tagName.toLowerCase()),
    elements: [...body.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()),
    rows: [...body.querySelectorAll('table tbody tr')].map((tr) => [...tr.children].map((td) => ({
      text: text(td), elements: [...td.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()),
    }))),
    references: [...body.querySelectorAll(':scope > ol > li')].map((li) => ({
      text: text(li),
      elements: [...li.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()),
      links: [...li.querySelectorAll('a')].map((a) => ({ href: a.getAttribute('href'), text: a.textContent })),
    })),
  };
}

export async function check(browser, checks, label, file, data) {
  const { context, page, seen } = await openPage(browser);
  try {
    await page.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${render(file)}</body></html>`);
    const md = await page.evaluate(shown);

    // The references, numbered in order of first citation (docs/export.md).
    const cited = [...new Set(data.milestones.flatMap((m) => data.citations.get(m.id) ?? []))]
      .map((id) => data.sources.get(id));
    const expectedChildren = ['h1', 'table', ...(cited.length ? ['h2', 'ol'] : [])];
    const allowed = new Set(['h1', 'h2', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'br', 'ol', 'li', 'a']);
    const structure = [];
    if (md.children.join() !== expectedChildren.join()) {
      structure.push(`the page is ${show(md.children)}, the exporter writes ${show(expectedChildren)}`);
    }
    const extra = [...new Set(md.elements.filter((e) => !allowed.has(e)))];
    if (extra.length) structure.push(`elements that came from the data: ${extra.join(', ')}`);
    checks.expect(`${label}: structure`, structure);

    // One row per milestone, each cell as written (line breaks as <br>), with no element but <br>.
    const cells = [];
    if (md.rows.length !== data.milestones.length) cells.push(`${md.rows.length} rows, ${data.milestones.length} milestones`);
    data.milestones.forEach((m, i) => {
      const row = md.rows[i];
      if (!row) return;
      const refs = (data.citations.get(m.id) ?? []).map((id) => cited.findIndex((s) => s.id === id) + 1);
      const summary = text(m.summary);
      const expected = [m.displayDate, text(m.name), contributors(m, data.lang),
        summary + (refs.length ? `${summary ? ' ' : ''}[${refs.join(', ')}]` : ''), text(m.whatItDoes), text(m.impact)];
      expected.forEach((want, j) => {
        const cell = row[j];
        if (!cell) cells.push(`${m.id}: no cell ${j + 1}`);
        else if (cell.text !== want) cells.push(`${show(m.id)} cell ${j + 1} shows ${show(cell.text)}, expected ${show(want)}`);
        else if (cell.elements.some((e) => e !== 'br')) cells.push(`${show(m.id)} cell ${j + 1} has ${cell.elements.join(', ')}`);
      });
    });
    checks.expect(`${label}: cells`, cells);

    // Each reference: its title (on one line) first, then the details; its only link is the source's URL.
    const references = [];
    if (md.references.length !== cited.length) references.push(`${md.references.length} references, ${cited.length} sources cited`);
    cited.forEach((source, i) => {
      const li = md.references[i];
      if (!li) return;
      const title = collapse(source.title);
      const url = safeUrl(source.url);
      if (!li.text.startsWith(title)) references.push(`reference ${i + 1} shows ${show(li.text)}, expected it to start with ${show(title)}`);
      for (const author of source.authors ?? []) {
        if (!li.text.includes(collapse(author))) references.push(`reference ${i + 1} does not show the author ${show(author)}`);
      }
      const links = url ? [{ href: url, text: url }] : [];
      if (JSON.stringify(li.links) !== JSON.stringify(links)) {
        references.push(`reference ${i + 1} links ${show(li.links)}, expected ${show(links)}`);
      } else if (url && !li.text.endsWith(url)) references.push(`reference ${i + 1} does not end with its URL`);
      if (li.elements.some((e) => e !== 'a')) references.push(`reference ${i + 1} has ${li.elements.join(', ')}`);
    });
    checks.expect(`${label}: references`, references);
    checks.expect(`${label}: page`, [...seen.errors, ...seen.dialogs, ...seen.external.map((u) => `requested ${u}`)]);
  } finally {
    await context.close();
  }
}

/** A text as a table cell shows it: trimmed, line breaks kept (written <br>), other whitespace as a browser lays it out. */
function text(value) {
  return (value ?? '').trim().split(/\r\n|\r|\n/).map((line) => line.replace(/[ \t\f]+/g, ' ').trim()).join('\n');
}
