/**
 * Export a case or a session, after a plain warning that the exported file is not encrypted and
 * a list of what in it may identify someone (main scans exactly what the export carries), with
 * a way back to edit first.
 */
import { useState } from 'react';
import type { ExportFinding } from '../../../shared/ipc/contract.ts';
import type { StringKey } from '../../i18n/index.ts';
import { api, call, showError } from '../../common/api.ts';
import { useT } from '../../i18n/index.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { downloadText, printHtml } from './Download.ts';

const MAX_SHOWN = 8;

const WHERE: Record<ExportFinding['where'], StringKey> = {
  title: 'export.inTitle',
  thread: 'export.inThread',
  themes: 'export.inThemes',
  reflections: 'export.inReflections',
  requests: 'export.inRequests',
};

export function ExportPanel({ sessionId, caseId, label }: { sessionId: string; caseId: string | null; label?: string }) {
  const t = useT();
  const [format, setFormat] = useState<'markdown' | 'html' | 'pdf'>('markdown');
  const [asking, setAsking] = useState(false);
  const [findings, setFindings] = useState<ExportFinding[]>([]);

  const ask = async () => {
    const found = await call('summary.exportCheck', { sessionId, caseId });
    setFindings(found ?? []);
    setAsking(true);
  };
  const [done, setDone] = useState('');

  const run = async () => {
    setAsking(false);
    if (format === 'pdf') return pdf();
    const result = await call('summary.export', { sessionId, caseId, format });
    if (!result) return;
    if (result.savedTo) setDone(t('export.savedTo', { path: result.savedTo }));
    else {
      downloadText(result.fileName, result.content, format === 'markdown' ? 'text/markdown;charset=utf-8' : 'text/html;charset=utf-8');
      setDone(t('export.downloaded', { file: result.fileName }));
    }
  };

  /** Desktop: main prints an A4 PDF and asks where to save it. Browser: the print dialog. */
  const pdf = async () => {
    const reply = await api()['summary.pdf']({ sessionId, caseId });
    if (reply.ok) return setDone(t('export.savedTo', { path: reply.value.savedTo }));
    if (reply.error.code === 'export-cancelled') return setDone(t.l(reply.error.message));
    if (reply.error.code !== 'print-in-window') return showError(reply.error);
    const page = await call('summary.export', { sessionId, caseId, format: 'html' });
    if (!page) return;
    printHtml(page.content);
    setDone(t('export.printHint'));
  };

  return (
    <div className="stack">
      <div className="row">
        <label htmlFor={`fmt-${caseId ?? 'all'}`}>{t('export.format')}</label>
        <select id={`fmt-${caseId ?? 'all'}`} value={format} onChange={(e) => setFormat(e.target.value as 'markdown' | 'html' | 'pdf')} style={{ width: 'auto' }}>
          <option value="markdown">{t('export.markdown')}</option>
          <option value="html">{t('export.html')}</option>
          <option value="pdf">{t('export.pdf')}</option>
        </select>
        <button type="button" onClick={() => void ask()} data-testid="export-button">
          {label ?? t('export.button')}
        </button>
      </div>
      <p className="small muted" role="status" aria-live="polite" style={{ margin: 0 }}>
        {done}
      </p>
      <ConfirmDialog
        open={asking}
        title={t('export.warnTitle')}
        confirmLabel={findings.length > 0 ? t('export.confirmAnyway') : t('export.confirm')}
        {...(findings.length > 0 ? { cancelLabel: t('export.goBack') } : {})}
        onConfirm={() => void run()}
        onCancel={() => setAsking(false)}
      >
        <p>{t('export.warnText')}</p>
        {findings.length > 0 && (
          <div className="advice" data-testid="export-findings">
            <p style={{ margin: 0, fontWeight: 600 }}>{t('export.foundTitle', { n: findings.length })}</p>
            <ul className="small">
              {findings.slice(0, MAX_SHOWN).map((f, i) => (
                <li key={i}>
                  <q>{f.match}</q> — {t(WHERE[f.where])}: {t.l(f.message)}
                </li>
              ))}
            </ul>
            {findings.length > MAX_SHOWN && <p className="small">{t('privacy.more', { n: findings.length - MAX_SHOWN })}</p>}
            <p className="small" style={{ margin: 0 }}>{t('export.foundAdvice')}</p>
          </div>
        )}
        <p className="muted">{t('export.warnWhere')}</p>
      </ConfirmDialog>
    </div>
  );
}
