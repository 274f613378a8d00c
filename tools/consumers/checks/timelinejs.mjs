// TimelineJS: the export loaded by Knight Lab's TimelineJS (the npm package's build) in Chromium, offline. Every
// milestone has a slide and a marker whose headline is its name as written, and a text whose paragraphs are its
// summary, people and sources; no script from the data runs and no link leads anywhere but a source's URL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openPage } from '../lib/browser.mjs';
import { collapse, show } from '../lib/checks.mjs';
import { contributors, safeUrl } from '../lib/data.mjs';

const dist = fileURLToPath(new URL('../node_modules/@knight-lab/timelinejs/dist/', import.meta.url));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'timelinejs-'));
process.on('exit', () => fs.rmSync(work, { recursive: true, force: true }));
const host = path.join(work, 'timeline.html');
fs.writeFileSync(host, `<!DOCTYPE html><html><head><meta charset="utf-8"><title>timeline</title>
<link rel="stylesheet" href="${pathToFileURL(path.join(dist, 'css/timeline.css'))}">
<script src="${pathToFileURL(path.join(dist, 'js/timeline.js'))}"></script></head>
<body><div id="timeline" style="width: 1200px; height: 700px"></div></body></html>\n`);

/** Loads the data into a timeline; resolves with TimelineJS's error message, or null once it is drawn. */
function load(data) {
  return new Promise((resolve) => {
    const done = () => {
      const message = document.querySelector('#timeline .tl-message-full');
      resolve(message ? message.innerText : null);
    };
    const timeline = new window.TL.Timeline('timeline', data, { language: 'en', script_path: location.href });
    timeline.on('loaded', done);
    setTimeout(done, 10000);
  });
}

function shown() {
  const text = (el) => (el ? el.innerText.replace(/\u00a0/g, ' ').trim() : null);
  const root = document.getElementById('timeline');
  return {
    slides: [...root.querySelectorAll('.tl-slide')].map((slide) => ({
      id: slide.id,
      headline: text(slide.querySelector('.tl-headline')),
      paragraphs: [...slide.querySelectorAll('.tl-text-content p')].map(text),
    })),
    markers: [...root.querySelectorAll('.tl-timemarker')].map((m) => ({ id: m.id, text: text(m.querySelector('.tl-timemarker-text')) })),
    links: [...root.querySelectorAll('.tl-slide a')].map((a) => a.getAttribute('href')),
    foreign: [...root.querySelectorAll('.tl-slide script, .tl-slide img, .tl-slide iframe, .tl-slide b')].map((el) => el.tagName.toLowerCase()),
    handlers: [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes]
      .filter((a) => a.name.startsWith('on')).map((a) => `${el.tagName.toLowerCase()} ${a.name}`)),
  };
}

export async function check(browser, checks, label, file, data) {
  const { context, page, seen } = await openPage(browser);
  try {
    await page.goto(pathToFileURL(host).href);
    const error = await page.evaluate(load, JSON.parse(fs.readFileSync(file, 'utf8')));
    checks.expect(`${label}: rendered`, error ? [`TimelineJS refuses it: ${show(error)}`] : []);
    if (error) return;
    const tl = await page.evaluate(shown);
    const problems = [];
    if (tl.slides.length !== data.milestones.length + 1) {
      problems.push(`${tl.slides.length} slides, expected a title and ${data.milestones.length} milestones`);
    }
    for (const m of data.milestones) {
      const slide = tl.slides.find((s) => s.id === m.id);
      const marker = tl.markers.find((s) => s.id === `${m.id}-marker`);
      if (!slide || !marker) { problems.push(`${show(m.id)} has no slide or no marker`); continue; }
      const name = collapse(m.name);
      if (slide.headline !== name) problems.push(`${show(m.id)} slide headline ${show(slide.headline)}, expected ${show(name)}`);
      if (marker.text !== name) problems.push(`${show(m.id)} marker ${show(marker.text)}, expected ${show(name)}`);
      const paragraphs = [m.summary, contributors(m, data.lang), m.sources.map((s) => s.title).join('; ')]
        .filter((t) => t).map(collapse);
      if (JSON.stringify(slide.paragraphs) !== JSON.stringify(paragraphs)) {
        problems.push(`${show(m.id)} text ${show(slide.paragraphs)}, expected ${show(paragraphs)}`);
      }
    }
    checks.expect(`${label}: texts`, problems);
    const urls = new Set(data.milestones.flatMap((m) => m.sources.map((s) => safeUrl(s.url))).filter(Boolean));
    checks.expect(`${label}: scripts`, [
      ...tl.links.filter((href) => !urls.has(href)).map((href) => `a link to ${show(href)}, which is no source's URL`),
      ...tl.foreign.map((e) => `a ${e} element from the data`), ...tl.handlers.map((h) => `event handler ${h}`),
      ...seen.dialogs.map((d) => `a script from the data ran: ${d}`), ...seen.errors.map((e) => `script error: ${e}`)]);
    await page.screenshot({ path: file.replace(/\.json$/, '.png') });
  } finally {
    await context.close();
  }
}
