// Renders every exported format in the program that consumes it and compares what is shown with the data.
// Usage: node check-exports.mjs DIR [DIR...]   Each DIR holds one run's files under the main job's names; the data
// they must show is read from its JSON exports (timeline.<lang>.json, catalog.json). Exits 1 on any failure.
//  - Mermaid (.mmd): drawn by mermaid in Chromium; the text of the drawn SVG (checks/mermaid.mjs).
//  - Markdown (.md): rendered by cmark-gfm, GitHub's renderer, then laid out in Chromium (checks/markdown.mjs).
//  - CSV (.csv): opened by LibreOffice Calc headless, read back from its own file format (checks/csv.mjs).
//  - HTML (.html) and TimelineJS (timelinejs.<lang>.json): opened in Chromium (checks/html.mjs, checks/timelinejs.mjs).
import path from 'node:path';
import { launch } from './lib/browser.mjs';
import { Checks } from './lib/checks.mjs';
import { readData } from './lib/data.mjs';
import * as csv from './checks/csv.mjs';
import * as html from './checks/html.mjs';
import * as markdown from './checks/markdown.mjs';
import * as mermaid from './checks/mermaid.mjs';
import * as timelinejs from './checks/timelinejs.mjs';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node check-exports.mjs DIR [DIR...]');
  process.exit(2);
}
const runs = dirs.flatMap((dir) => ['en', 'zh'].map((lang) => ({ dir, lang, data: readData(dir, lang) })));
const file = ({ dir }, name) => ({ file: path.join(dir, name), label: `${path.basename(dir)}/${name}` });

// LibreOffice converts every CSV in one run: it takes seconds to start.
const csvFiles = runs.map((run) => ({ ...file(run, `milestones.${run.lang}.csv`), key: `${path.basename(run.dir)}.${run.lang}` }));
const spreadsheets = csv.convert(csvFiles);

const checks = new Checks();
const browser = await launch();
try {
  await csv.checkControl(browser, checks, spreadsheets.get(csv.CONTROL));
  for (const [i, run] of runs.entries()) {
    const mmd = file(run, `timeline.${run.lang}.mmd`);
    await mermaid.check(browser, checks, mmd.label, mmd.file, run.data);
    const md = file(run, `milestones.${run.lang}.md`);
    await markdown.check(browser, checks, md.label, md.file, run.data);
    await csv.check(browser, checks, csvFiles[i].label, spreadsheets.get(csvFiles[i].key), run.data);
    const page = file(run, `timeline.${run.lang}.html`);
    await html.check(browser, checks, page.label, page.file, run.data);
    const tl = file(run, `timelinejs.${run.lang}.json`);
    await timelinejs.check(browser, checks, tl.label, tl.file, run.data);
  }
} finally {
  await browser.close();
}
if (checks.known.length) console.log(`${checks.known.length} known exporter bugs (see KNOWN_BUGS in lib/checks.mjs)`);
console.log(`${checks.passed} passed, ${checks.failed} failed`);
process.exit(checks.failed ? 1 : 0);
