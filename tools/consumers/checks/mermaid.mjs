// Mermaid: the diagram drawn by mermaid in Chromium, on a page declared UTF-8 (mermaid draws its entity codes
// right only there). What is compared is the text of the drawn SVG, never the source: every event box shows one
// milestone's name, each once; the sections are the eras; every event is visible and its text inside its box;
// the style loads nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openPage } from '../lib/browser.mjs';
import { collapse, show } from '../lib/checks.mjs';

const bundle = fileURLToPath(new URL('../node_modules/mermaid/dist/mermaid.min.js', import.meta.url));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mermaid-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));
const page = path.join(work, 'diagram.html');
fs.writeFileSync(page, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>diagram</title>
<script src="${pathToFileURL(bundle)}"></script></head><body><div id="out"></div></body></html>\n`);

/** Whether lines drawn one under the other read as the text: each line break falls on a space or inside a word. */
function readsAs(lines, text) {
  let at = 0;
  for (const line of lines.filter((l) => l !== '')) {
    if (!text.startsWith(line, at)) return false;
    at += line.length;
    if (text[at] === ' ') at++;
  }
  return at === text.length;
}

/** Each node of the drawn diagram: its kind, the lines of its text, whether it shows, whether the text fits its box. */
function drawnNodes() {
  const inside = (inner, outer) => inner.left >= outer.left - 1 && inner.right <= outer.right + 1
      && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
  return [...document.querySelectorAll('#out svg g.timeline-node')].map((node) => {
    const wrapper = node.parentElement.getAttribute('class') ?? 'section';
    const text = node.querySelector('text');
    const box = node.querySelector('path.node-bkg').getBoundingClientRect();
    const drawn = text.getBoundingClientRect();
    const style = getComputedStyle(text);
    return {
      kind: wrapper === 'eventWrapper' ? 'event' : wrapper === 'taskWrapper' ? 'period' : 'section',
      lines: [...text.querySelectorAll('tspan')].map((t) => t.textContent.replace(/[ \t\n\r\f]+/g, ' ').trim()),
      visible: style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0
          && drawn.width > 0 && node.getBoundingClientRect().width > 0,
      fits: inside(drawn, box),
      box: `${Math.round(box.width)}x${Math.round(box.height)}`,
      size: `${Math.round(drawn.width)}x${Math.round(drawn.height)}`,
    };
  });
}

export async function check(browser, checks, label, file, data) {
  const { context, page: tab, seen } = await openPage(browser);
  try {
    await tab.goto(pathToFileURL(page).href);
    const rendered = await tab.evaluate(async (source) => {
      window.mermaid.initialize({ startOnLoad: false });
      try {
        const { svg } = await window.mermaid.render('milestones-diagram', source);
        document.getElementById('out').innerHTML = svg;
        // At its own size, not scaled to the page, so that a pixel of overflow is a pixel of the diagram.
        const drawn = document.querySelector('#out svg');
        drawn.style.maxWidth = 'none';
        drawn.setAttribute('width', drawn.viewBox.baseVal.width);
        drawn.setAttribute('height', drawn.viewBox.baseVal.height);
        return null;
      } catch (e) {
        return String(e);
      }
    }, fs.readFileSync(file, 'utf8'));
    checks.expect(`${label}: rendered`, rendered ? [`mermaid cannot render it: ${rendered}`] : []);
    if (rendered) return;
    fs.writeFileSync(file.replace(/\.mmd$/, '.svg'), await tab.$eval('#out', (el) => el.innerHTML));
    await tab.locator('#out svg').screenshot({ path: file.replace(/\.mmd$/, '.mmd.png') });
    const nodes = await tab.evaluate(drawnNodes);
    const events = nodes.filter((n) => n.kind === 'event');

    // Each milestone's name (its id when the name is blank) in exactly one event box.
    const expected = data.milestones.map((m) => collapse(m.name) || collapse(m.id));
    const unmatched = [...events];
    const problems = [];
    for (const name of expected) {
      const i = unmatched.findIndex((e) => readsAs(e.lines, name));
      if (i < 0) problems.push(`no event shows ${show(name)}`);
      else unmatched.splice(i, 1);
    }
    unmatched.forEach((e) => problems.push(`an event shows ${show(e.lines.join(' / '))}, which is no milestone's name`));
    checks.expect(`${label}: events`, problems);

    const eras = [...new Set(data.milestones.map((m) => collapse(m.era)))];
    const sections = nodes.filter((n) => n.kind === 'section');
    checks.expect(`${label}: sections`, sections.length === eras.length && eras.every((era, i) => readsAs(sections[i].lines, era))
      ? [] : [`sections ${show(sections.map((n) => n.lines.join(' / ')))}, expected the eras ${show(eras)}`]);

    checks.expect(`${label}: visible`, events.filter((e) => !e.visible)
      .map((e) => `the event ${show(e.lines.join(' '))} is not shown`));
    // Text without spaces (Chinese) is not wrapped by mermaid: the exporter breaks it, and no line may leave its box.
    checks.expect(`${label}: wrapped`, nodes.filter((n) => !n.fits)
      .map((n) => `the ${n.kind} ${show(n.lines.join(' / '))} (${n.size}) overflows its box (${n.box})`));
    // The diagram's own style refers to nothing outside it: a directive from the data could add to it.
    const outside = await tab.$$eval('#out svg style', (styles) => styles
      .flatMap((style) => style.textContent.match(/url\((?!#)[^)]*\)/g) ?? []));
    checks.expect(`${label}: style`, outside.map((url) => `the diagram's style loads ${url}`));
    checks.expect(`${label}: page`, [...seen.errors, ...seen.dialogs, ...seen.external.map((u) => `requested ${u}`)]);
  } finally {
    await context.close();
  }
}
