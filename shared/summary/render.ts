/**
 * A session's summary as Markdown or as a printable HTML page. Pure: the same text whether it is
 * shown, exported or printed to PDF. Every word comes from the catalog (shared/i18n), durations
 * read m:ss as on the app's clocks, dates as the chosen language writes them.
 */
import { duration, longDate } from '../i18n/format.ts';
import type { Lang } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { localize, translate } from '../i18n/translate.ts';
import type { Vars } from '../i18n/translate.ts';
import { ALL_STEPS, OBSERVATION_TAGS } from '../method/index.ts';
import type { SessionArchive } from '../ipc/contract.ts';

interface Section {
  heading: string;
  lines: string[];
}

function sections(archive: SessionArchive, caseId: string | null, lang: Lang): { title: string; meta: string[]; cases: { title: string; sections: Section[] }[] } {
  const t = (key: MessageKey, vars?: Vars) => translate(lang, key, vars);
  const none = t('doc.none');
  const { view } = archive;
  const startedAt = view.timing.plannedStartAt;
  const cases = view.cases.filter((c) => caseId === null || c.id === caseId);
  return {
    title: t('doc.title'),
    meta: [t('doc.date', { date: longDate(startedAt, lang) })],
    cases: cases.map((c, i) => {
      const summary = archive.summaries.find((s) => s.caseId === c.id);
      const observations = archive.observations.filter((o) => o.caseId === c.id);
      const stepName = (id: string) => {
        const step = ALL_STEPS.find((s) => s.id === id);
        return step ? localize(step.name, lang) : id;
      };
      const tagName = (id: string | null) => {
        const tag = OBSERVATION_TAGS.find((x) => x.id === id);
        return tag ? localize(tag.label, lang) : '…';
      };
      const counts = new Map<string, number>();
      for (const o of observations) {
        const key = `${stepName(o.stepId ?? '')} · ${tagName(o.tag)}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return {
        title: c.title ? t('doc.caseTitled', { n: i + 1, title: c.title }) : t('doc.case', { n: i + 1 }),
        sections: [
          { heading: t('doc.thread'), lines: summary?.commonThread ? [summary.commonThread] : [none] },
          { heading: t('doc.themes'), lines: summary?.themes.length ? summary.themes.map((x) => `- ${x}`) : [none] },
          { heading: t('doc.reflections'), lines: summary?.reflections ? [summary.reflections] : [none] },
          {
            heading: t('doc.requests'),
            lines: summary?.requests.length
              ? summary.requests.map((r) => `- ${[r.from, r.to].filter(Boolean).join(' → ')}${r.from || r.to ? ': ' : ''}${r.text}`)
              : [none],
          },
          {
            heading: t('doc.timing'),
            lines: [
              `| ${t('doc.step')} | ${t('doc.planned')} | ${t('doc.actual')} |`,
              '| --- | --- | --- |',
              ...c.timing.steps.map((s) => `| ${stepName(s.stepId)} | ${duration(s.plannedMs)} | ${duration(s.actualMs)} |`),
              `| **${t('doc.caseTotal')}** | ${duration(c.timing.plannedMs)} | ${duration(c.timing.actualMs)} |`,
            ],
          },
          {
            heading: t('doc.observations'),
            lines: counts.size ? [...counts].map(([k, n]) => `- ${k}: ${t('doc.observationCount', { n })}`) : [none],
          },
        ],
      };
    }),
  };
}

export function renderMarkdown(archive: SessionArchive, caseId: string | null, lang: Lang): string {
  const doc = sections(archive, caseId, lang);
  const out = [`# ${doc.title}`, '', ...doc.meta, '', `> ${translate(lang, 'doc.confidential')}`, ''];
  for (const c of doc.cases) {
    out.push(`## ${c.title}`, '');
    for (const s of c.sections) out.push(`### ${s.heading}`, '', ...s.lines, '');
  }
  return out.join('\n');
}

/**
 * Screen and print (A4, as the PDF is made): hyphenation and line breaks by the document's
 * language, headings kept with what follows, no lone lines at a page edge, table rows unbroken,
 * figures aligned in the timing table.
 */
const PRINT_STYLE = [
  'html{hyphens:auto;-webkit-hyphens:auto;overflow-wrap:break-word}',
  'body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;color:#111}',
  'h1,h2,h3{line-height:1.25;hyphens:manual;break-after:avoid}',
  'p,li{orphans:3;widows:3}',
  'table{border-collapse:collapse;font-variant-numeric:tabular-nums}',
  'tr{break-inside:avoid}',
  'td,th{border:1px solid #999;padding:.25rem .6rem;text-align:left}',
  '.note{font-style:italic}',
  '@page{size:A4;margin:20mm 18mm 22mm}',
  '@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-before:auto}}',
].join('');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

export function renderHtml(archive: SessionArchive, caseId: string | null, lang: Lang): string {
  const doc = sections(archive, caseId, lang);
  const body: string[] = [`<h1>${escapeHtml(doc.title)}</h1>`, ...doc.meta.map((m) => `<p>${escapeHtml(m)}</p>`), `<p class="note">${escapeHtml(translate(lang, 'doc.confidential'))}</p>`];
  for (const c of doc.cases) {
    body.push(`<h2>${escapeHtml(c.title)}</h2>`);
    for (const s of c.sections) {
      body.push(`<h3>${escapeHtml(s.heading)}</h3>`);
      if (s.lines[0]?.startsWith('|')) {
        const rows = s.lines.filter((l) => !l.startsWith('| ---')).map((l) => l.split('|').slice(1, -1).map((cell) => cell.trim().replace(/\*\*/g, '')));
        body.push('<table>', ...rows.map((r, i) => `<tr>${r.map((cell) => (i === 0 ? `<th>${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`), '</table>');
      } else if (s.lines.every((l) => l.startsWith('- '))) {
        body.push('<ul>', ...s.lines.map((l) => `<li>${escapeHtml(l.slice(2))}</li>`), '</ul>');
      } else {
        body.push(...s.lines.map((l) => `<p>${escapeHtml(l)}</p>`));
      }
    }
  }
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"><title>${escapeHtml(doc.title)}</title><style>${PRINT_STYLE}</style></head><body>${body.join('\n')}</body></html>`;
}
