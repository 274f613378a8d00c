// The data that the exports must show, read from the two JSON exports of the same run (timeline.<lang>.json for
// the texts in one language, catalog.json for the sources), never from the format under check.
import fs from 'node:fs';
import path from 'node:path';

/**
 * @returns {{lang: string, milestones: object[], sources: Map<string, object>, citations: Map<string, string[]>}}
 */
export function readData(dir, lang) {
  const timeline = JSON.parse(fs.readFileSync(path.join(dir, `timeline.${lang}.json`), 'utf8'));
  const catalog = JSON.parse(fs.readFileSync(path.join(dir, 'catalog.json'), 'utf8'));
  const sources = new Map((catalog.sources ?? []).map((s) => [s.id, s]));
  const citations = new Map((catalog.milestones ?? []).map((m) => [m.id, [...new Set((m.citations ?? []).map((c) => c.source))]]));
  return { lang, milestones: timeline.milestones, sources, citations };
}

/** The contributors as the text formats write them: people, then organizations, then "et al." (等). */
export function contributors(m, lang) {
  const names = [...m.people, ...m.organizations].join(lang === 'zh' ? '、' : ', ');
  return m.andOthers ? names + (lang === 'zh' ? '等' : ' et al.') : names;
}

/** Only http(s) URLs are ever written as links (View.safeUrl). */
export const safeUrl = (url) => (url && /^https?:\/\/[^\s"'<>\\`]+$/i.test(url) ? url : null);
