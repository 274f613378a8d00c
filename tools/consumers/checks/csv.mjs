// CSV: opened by LibreOffice Calc (headless, its CSV import as UTF-8, which evaluates formulas) and saved in its
// flat XML format, then read back cell by cell: no cell may hold a formula, and every text cell shows the data as
// written, with the apostrophe that neutralises a leading =, +, -, @, tab, CR or LF (docs/export.md).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { show } from '../lib/checks.mjs';
import { safeUrl } from '../lib/data.mjs';

const SOFFICE = process.env.SOFFICE ?? 'soffice';

/** The CSV columns that hold text from the data, and that text for one milestone. */
const COLUMNS = {
  id: (m) => m.id,
  name: (m) => m.name,
  people: (m) => m.people.join('; '),
  organizations: (m) => m.organizations.join('; '),
  summary: (m) => m.summary,
  what_it_does: (m) => m.whatItDoes,
  impact: (m) => m.impact,
  tags: (m) => m.tags.join('; '),
  sources: (m) => m.sources.map((s) => s.title).join('; '),
  urls: (m) => m.sources.map((s) => safeUrl(s.url)).filter(Boolean).join(' '),
};

/** What a spreadsheet shows for a text: a formula's first character neutralised by an apostrophe. */
const neutralised = (text) => (/^[=+\-@\t\r\n\0]/.test(text) ? `'${text}` : text);

/**
 * Converts CSV files to flat ODF spreadsheets with one LibreOffice run (it takes seconds to start).
 * @param {{file: string, key: string}[]} files
 * @returns {Map<string, string>} each key's .fods text
 */
export function convert(files) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'calc-'));
  // A control file: its formula must be evaluated, or this import would prove nothing.
  fs.writeFileSync(path.join(work, 'control.txt'), 'text,formula\r\nplain,=10+1\r\n');
  files = [...files, { file: path.join(work, 'control.txt'), key: CONTROL }];
  const inputs = files.map(({ file, key }) => {
    const copy = path.join(work, `${key}.csv`);
    fs.copyFileSync(file, copy);
    return copy;
  });
  // Comma, double quote, UTF-8 (76), from line 1; the rest as LibreOffice's defaults, which evaluate formulas.
  execFileSync(SOFFICE, [`-env:UserInstallation=${pathToFileURL(path.join(work, 'profile'))}`, '--headless',
    '--infilter=CSV:44,34,76,1', '--convert-to', 'fods', '--outdir', path.join(work, 'out'), ...inputs], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    return new Map(files.map(({ key }) => [key, fs.readFileSync(path.join(work, 'out', `${key}.fods`), 'utf8')]));
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

export const CONTROL = 'control';

/** The control file's formula was evaluated: LibreOffice's import runs formulas, so a raw one would be caught. */
export async function checkControl(browser, checks, fods) {
  const page = await browser.newPage();
  try {
    const cell = (await page.evaluate(cellsOf, fods))[1]?.[1];
    checks.expect('LibreOffice evaluates a formula in a CSV (control)',
      cell?.formula && cell.text === '11' ? [] : [`the control cell shows ${show(cell)}`]);
  } finally {
    await page.close();
  }
}

/** The cells of the first sheet, read in the browser's XML parser: text as shown, and the formula if any. */
function cellsOf(fods) {
  const doc = new DOMParser().parseFromString(fods, 'application/xml');
  const ns = {
    table: 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
    text: 'urn:oasis:names:tc:opendocument:xmlns:text:1.0',
    office: 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
  };
  // The text of a paragraph: <text:s text:c="n"/> is n spaces, <text:tab/> a tab, <text:line-break/> a line break.
  const paragraph = (p) => [...p.childNodes].map((n) => {
    if (n.nodeType === 3) return n.nodeValue;
    if (n.localName === 's') return ' '.repeat(Number(n.getAttributeNS(ns.text, 'c') || 1));
    if (n.localName === 'tab') return '\t';
    if (n.localName === 'line-break') return '\n';
    return paragraph(n);
  }).join('');
  const sheet = doc.getElementsByTagNameNS(ns.table, 'table')[0];
  return [...sheet.getElementsByTagNameNS(ns.table, 'table-row')].map((row) => {
    const cells = [];
    for (const cell of row.getElementsByTagNameNS(ns.table, 'table-cell')) {
      const repeat = Math.min(Number(cell.getAttributeNS(ns.table, 'number-columns-repeated') || 1), 64);
      const value = {
        text: [...cell.getElementsByTagNameNS(ns.text, 'p')].map(paragraph).join('\n'),
        formula: cell.getAttributeNS(ns.table, 'formula') || null,
        type: cell.getAttributeNS(ns.office, 'value-type') || null,
      };
      for (let i = 0; i < repeat; i++) cells.push(value);
    }
    return cells;
  });
}

export async function check(browser, checks, label, fods, data) {
  const page = await browser.newPage();
  try {
    const rows = await page.evaluate(cellsOf, fods);
    const header = rows[0].map((c) => c.text);
    checks.expect(`${label}: formulas`, rows.flatMap((row, r) => row.filter((c) => c.formula)
      .map((c) => `row ${r + 1}: a cell holds the formula ${show(c.formula)} and shows ${show(c.text)}`)));
    const problems = [];
    const body = rows.slice(1).filter((row) => row.some((c) => c.text !== ''));
    if (body.length !== data.milestones.length) problems.push(`${body.length} rows, ${data.milestones.length} milestones`);
    data.milestones.forEach((m, i) => {
      for (const [column, value] of Object.entries(COLUMNS)) {
        const at = header.indexOf(column);
        if (at < 0) { problems.push(`no column ${column}`); continue; }
        const cell = body[i]?.[at] ?? { text: '' };
        const want = neutralised(value(m).replace(/\r\n?/g, '\n'));
        if (cell.text !== want) problems.push(`${show(m.id)} ${column} shows ${show(cell.text)}, expected ${show(want)}`);
        else if (want !== '' && cell.type !== 'string') problems.push(`${show(m.id)} ${column} became a ${cell.type}`);
      }
    });
    checks.expect(`${label}: cells`, problems);
  } finally {
    await page.close();
  }
}
