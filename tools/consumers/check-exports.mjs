// Renders every exported format in the program that consumes it and compares what is shown with the data.
// Usage: node check-exports.mjs DIR [DIR...]   Each DIR holds one run's files under the main job's names; the data
// they must show is read from its JSON exports (timeline.<lang>.json, catalog.json). Exits 1 on any failure.
//  - Mermaid (.mmd): drawn by mermaid in Chromium; the text of the drawn SVG (checks/mermaid.mjs).
//  - Markdown (.md): rendered by cmark-gfm, GitHub's renderer, then laid out in Chromium (checks/markdown.mjs).
//  - CSV (.csv): opened by LibreOffice Calc headless, read back from its own file format (checks/csv.mjs).
//  - HTML (.html) and TimelineJS (timelinejs.<lang>.json): opened in Chromium (checks/html.mjs, checks/timelinejs.mjs).
import fs from 'node:fs';
import path from 'node:path';
import { launch } from './lib/browser.mjs';
import { Checks } from './lib/checks.mjs';
import { readData } from './lib/data.mjs';
import * as mermaid from './checks/mermaid.mjs';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node check-exports.mjs DIR [DIR...]');
  process.exit(2);
}
const checks = new Checks();
const browser = await launch();
try {
  for (const dir of dirs) {
    for (const lang of ['en', 'zh']) {
      const data = readData(dir, lang);
      const file = (name) => ({ file: path.join(dir, name), label: `${path.basename(dir)}/${name}` });
      const mmd = file(`timeline.${lang}.mmd`);
      await mermaid.check(browser, checks, mmd.label, mmd.file, data);
    }
  }
} finally {
  await browser.close();
}
if (checks.known.length) console.log(`${checks.known.length} known exporter bugs (see KNOWN_BUGS in lib/checks.mjs)`);
console.log(`${checks.passed} passed, ${checks.failed} failed`);
process.exit(checks.failed ? 1 : 0);
