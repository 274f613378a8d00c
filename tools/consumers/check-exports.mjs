// Checks exported files with the tools that consume them.
// Usage: node check-exports.mjs DIR [DIR...]   Each DIR holds the main job's files (timeline.<lang>.mmd,
// timeline.<lang>.html and timeline.<lang>.json for the expected names). Exits 1 on any failure.
//  - Mermaid: every .mmd is parsed by mermaid's own parser (under jsdom); every event of the diagram must be one
//    milestone name, exactly as written, in order; then each is rendered to SVG in headless Chromium.
//  - HTML: every .html is opened in headless Chromium with the network blocked: every milestone must be on the
//    page, the search box must filter, no request may leave the file, and a screenshot is saved beside it.
import fs from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';

// mermaid and DOMPurify need a DOM when their modules are first evaluated: set it up, then import them.
const dom = new JSDOM('<!DOCTYPE html><body></body>', { pretendToBeVisual: true });
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: DOMPurify } = await import('dompurify');
globalThis.DOMPurify = DOMPurify;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });

let failures = 0;
let checks = 0;
const fail = (message) => { failures++; console.log(`FAIL ${message}`); };
const pass = () => { checks++; };

/** Mermaid keeps entity codes as placeholders until it renders; turn them back into characters. */
const decode = (text) => text.replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n)));

async function checkMermaid(file, expected) {
  const text = fs.readFileSync(file, 'utf8');
  try {
    await mermaid.parse(text);
  } catch (e) {
    return fail(`${file}: mermaid cannot parse it: ${e.message}`);
  }
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
  const events = diagram.db.getTasks().flatMap((task) => task.events.map(decode));
  if (events.length !== expected.length) {
    return fail(`${file}: ${events.length} events, expected ${expected.length}`);
  }
  for (let i = 0; i < expected.length; i++) {
    if (events[i].trim() !== expected[i].trim()) {
      return fail(`${file}: event ${i + 1} is ${JSON.stringify(events[i])}, expected ${JSON.stringify(expected[i])}`);
    }
  }
  pass();
}

function expectedNames(dir, lang) {
  const timeline = JSON.parse(fs.readFileSync(path.join(dir, `timeline.${lang}.json`), 'utf8'));
  return timeline.milestones.map((m) => m.name.replace(/\s+/g, ' '));
}

/** Events in the order the Mermaid exporter writes them: by section and year, as in the timeline JSON. */
function expectedEvents(dir, lang) {
  return expectedNames(dir, lang);
}

const dirs = process.argv.slice(2);
const mermaidFiles = [];
const htmlFiles = [];
for (const dir of dirs) {
  for (const lang of ['en', 'zh']) {
    const mmd = path.join(dir, `timeline.${lang}.mmd`);
    const html = path.join(dir, `timeline.${lang}.html`);
    if (fs.existsSync(mmd)) {
      await checkMermaid(mmd, expectedEvents(dir, lang));
      mermaidFiles.push(mmd);
    }
    if (fs.existsSync(html)) htmlFiles.push({ file: html, ids: JSON.parse(fs.readFileSync(path.join(dir, `timeline.${lang}.json`), 'utf8')).milestones.map((m) => m.id) });
  }
}

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
try {
  const mermaidScript = fs.readFileSync(new URL('./node_modules/mermaid/dist/mermaid.min.js', import.meta.url), 'utf8');
  for (const file of mermaidFiles) {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><body><div id="out"></div></body></html>');
    await page.addScriptTag({ content: mermaidScript });
    const result = await page.evaluate(async (text) => {
      window.mermaid.initialize({ startOnLoad: false });
      try {
        const { svg } = await window.mermaid.render('milestones-diagram', text);
        document.getElementById('out').innerHTML = svg;
        return { ok: true, svg: svg.length, events: document.querySelectorAll('#out svg .eventWrapper, #out svg g[class*="event"]').length };
      } catch (e) {
        return { ok: false, error: String(e) };
      }
    }, fs.readFileSync(file, 'utf8'));
    if (!result.ok) fail(`${file}: mermaid cannot render it in Chromium: ${result.error}`);
    else {
      fs.writeFileSync(file.replace(/\.mmd$/, '.svg'), await page.$eval('#out', (el) => el.innerHTML));
      await page.locator('#out svg').screenshot({ path: file.replace(/\.mmd$/, '.mmd.png') });
      pass();
    }
    await page.close();
  }
  for (const { file, ids } of htmlFiles) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const external = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith('file:')) return route.continue();
      external.push(url);
      return route.abort();
    });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto('file://' + path.resolve(file));
    const shown = await page.$$eval('li.milestone', (items) => items.map((li) => li.id));
    const missing = ids.filter((id) => !shown.includes(id));
    if (missing.length) fail(`${file}: milestones missing from the page: ${missing.join(', ')}`);
    else if (shown.length !== ids.length) fail(`${file}: ${shown.length} milestones on the page, expected ${ids.length}`);
    else pass();
    // The search box filters: searching for the first milestone's name leaves it visible and hides others.
    const first = await page.$eval('li.milestone h3', (h) => h.textContent);
    await page.fill('#q', first);
    const visible = await page.$$eval('li.milestone', (items) => items.filter((li) => !li.hidden).length);
    if (visible < 1 || (ids.length > 1 && visible >= ids.length)) fail(`${file}: searching "${first}" shows ${visible} of ${ids.length}`);
    else pass();
    await page.fill('#q', '');
    if (external.length) fail(`${file}: the page requested ${external.join(', ')}`); else pass();
    if (errors.length) fail(`${file}: script errors: ${errors.join('; ')}`); else pass();
    await page.screenshot({ path: file.replace(/\.html$/, '.png'), fullPage: false });
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`${checks} passed, ${failures} failed`);
process.exit(failures ? 1 : 0);
