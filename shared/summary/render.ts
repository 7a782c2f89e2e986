/**
 * A session's summary as Markdown or as a printable HTML page. Pure: the same text whether it is
 * shown, exported or printed to PDF.
 */
// Subpath imports: loading all of date-fns costs main about two seconds at start-up.
import { format } from 'date-fns/format';
import { enGB } from 'date-fns/locale/en-GB';
import { nl } from 'date-fns/locale/nl';
import { OBSERVATION_TAGS, STEPS } from '../method/index.ts';
import type { SessionArchive } from '../ipc/contract.ts';

type Lang = 'nl' | 'en';

const L = {
  title: { nl: 'Intervisie — samenvatting', en: 'Intervision — summary' },
  date: { nl: 'Datum', en: 'Date' },
  case: { nl: 'Casus', en: 'Case' },
  thread: { nl: 'Rode draad', en: 'Common thread' },
  themes: { nl: "Thema's", en: 'Themes' },
  reflections: { nl: 'Reflecties van de inbrenger', en: "Presenter's reflections" },
  requests: { nl: 'Verzoeken en behoeften', en: 'Requests and needs' },
  timing: { nl: 'Tijdsverloop', en: 'Timing' },
  step: { nl: 'Stap', en: 'Step' },
  planned: { nl: 'Gepland', en: 'Planned' },
  actual: { nl: 'Werkelijk', en: 'Actual' },
  observations: { nl: 'Observaties (aantal per stap)', en: 'Observations (count per step)' },
  none: { nl: '—', en: '—' },
  confidential: {
    nl: 'Vertrouwelijk. Wat in de groep gedeeld is, blijft in de groep. Dit bestand is niet versleuteld.',
    en: 'Confidential. What is shared in the group stays in the group. This file is not encrypted.',
  },
} as const;

const minutes = (ms: number) => `${Math.round(ms / 6_000) / 10} min`;

interface Section {
  heading: string;
  lines: string[];
}

function sections(archive: SessionArchive, caseId: string | null, lang: Lang): { title: string; meta: string[]; cases: { title: string; sections: Section[] }[] } {
  const locale = lang === 'nl' ? nl : enGB;
  const { view } = archive;
  const startedAt = view.timing.plannedStartAt;
  const cases = view.cases.filter((c) => caseId === null || c.id === caseId);
  return {
    title: L.title[lang],
    meta: [`${L.date[lang]}: ${format(startedAt, 'PPPP', { locale })}`],
    cases: cases.map((c, i) => {
      const summary = archive.summaries.find((s) => s.caseId === c.id);
      const observations = archive.observations.filter((o) => o.caseId === c.id);
      const stepName = (id: string) => STEPS.find((s) => s.id === id)?.name[lang] ?? id;
      const tagName = (id: string | null) => OBSERVATION_TAGS.find((t) => t.id === id)?.label[lang] ?? '…';
      const counts = new Map<string, number>();
      for (const o of observations) {
        const key = `${stepName(o.stepId ?? '')} · ${tagName(o.tag)}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      return {
        title: `${L.case[lang]} ${i + 1}${c.title ? `: ${c.title}` : ''}`,
        sections: [
          { heading: L.thread[lang], lines: summary?.commonThread ? [summary.commonThread] : [L.none[lang]] },
          { heading: L.themes[lang], lines: summary?.themes.length ? summary.themes.map((t) => `- ${t}`) : [L.none[lang]] },
          { heading: L.reflections[lang], lines: summary?.reflections ? [summary.reflections] : [L.none[lang]] },
          {
            heading: L.requests[lang],
            lines: summary?.requests.length
              ? summary.requests.map((r) => `- ${[r.from, r.to].filter(Boolean).join(' → ')}${r.from || r.to ? ': ' : ''}${r.text}`)
              : [L.none[lang]],
          },
          {
            heading: L.timing[lang],
            lines: [
              `| ${L.step[lang]} | ${L.planned[lang]} | ${L.actual[lang]} |`,
              '| --- | --- | --- |',
              ...c.timing.steps.map((s) => `| ${stepName(s.stepId)} | ${minutes(s.plannedMs)} | ${minutes(s.actualMs)} |`),
              `| **${L.case[lang]}** | ${minutes(c.timing.plannedMs)} | ${minutes(c.timing.actualMs)} |`,
            ],
          },
          {
            heading: L.observations[lang],
            lines: counts.size ? [...counts].map(([k, n]) => `- ${k}: ${n}`) : [L.none[lang]],
          },
        ],
      };
    }),
  };
}

export function renderMarkdown(archive: SessionArchive, caseId: string | null, lang: Lang): string {
  const doc = sections(archive, caseId, lang);
  const out = [`# ${doc.title}`, '', ...doc.meta, '', `> ${L.confidential[lang]}`, ''];
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
  const body: string[] = [`<h1>${escapeHtml(doc.title)}</h1>`, ...doc.meta.map((m) => `<p>${escapeHtml(m)}</p>`), `<p class="note">${escapeHtml(L.confidential[lang])}</p>`];
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
