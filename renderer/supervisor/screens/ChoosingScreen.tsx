/**
 * Choosing a case: the four criteria in view, proposals added quickly (title, presenter, criteria),
 * a reminder to tell it without names, example cases at hand, and the choice made with the group.
 */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { CASE_CRITERIA, CASE_GUIDANCE } from '../../../shared/method/criteria.ts';
import type { CriterionId } from '../../../shared/method/criteria.ts';
import { EXAMPLE_CASES } from '../../../shared/method/example-cases.ts';
import type { SupervisorView } from '../../../shared/session/views.ts';
import { command, singleClick } from '../../common/api.ts';
import { useT } from '../../i18n/index.ts';
import { ProposalEditor } from '../parts/ProposalEditor.tsx';
import { CriteriaChecks, PresenterSelect, TitleField } from '../parts/ProposalFields.tsx';
import { RotationHint } from '../parts/RotationHint.tsx';

function CriteriaChips({ ids }: { ids: readonly CriterionId[] }) {
  const t = useT();
  return (
    <ul className="chips">
      {ids.map((id) => (
        <li key={id} className="chip">
          {t.l(CASE_CRITERIA.find((c) => c.id === id)?.label ?? { nl: id, en: id })}
        </li>
      ))}
    </ul>
  );
}

export function ChoosingScreen({ view }: { view: SupervisorView }) {
  const t = useT();
  const id = useId();
  const [title, setTitle] = useState('');
  const [presenter, setPresenter] = useState('');
  const [criteria, setCriteria] = useState<CriterionId[]>([]);
  const [editing, setEditing] = useState<string | null>(null);
  const names = view.plan.participants.map((p) => p.name);
  const open = view.proposals.filter((p) => p.status === 'open');
  const withdrawn = view.proposals.filter((p) => p.status === 'withdrawn');
  const done = view.cases.length;
  const casesLeft = view.plan.plannedCases - done;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    if (!title.trim()) return;
    const sent = { title, presenter, criteria };
    // Clear at once, ready for the next proposal; put it back if main refused it.
    setTitle('');
    setPresenter('');
    setCriteria([]);
    document.getElementById(`${id}-title`)?.focus();
    const ok = await command({ type: 'ADD_PROPOSAL', id: '', title: sent.title.trim(), presenterId: sent.presenter || null, criteria: sent.criteria });
    if (!ok) {
      setTitle(sent.title);
      setPresenter(sent.presenter);
      setCriteria(sent.criteria);
    }
  };
  const toggle = (c: CriterionId) => setCriteria(criteria.includes(c) ? criteria.filter((x) => x !== c) : [...criteria, c]);

  return (
    <div className="stack">
      <div className="row between">
        <h1>
          {t('choosing.title')} {done > 0 && <span className="muted">· {t('case.numberOf', { n: done + 1, total: view.plan.plannedCases })}</span>}
        </h1>
        <div className="row">
          {done > 0 && (
            <button type="button" onClick={singleClick(() => void command({ type: 'START_BREAK', minutes: view.plan.breakMinutes, atMove: view.move }))} data-testid="start-break">
              {t('choosing.break', { n: view.plan.breakMinutes })}
            </button>
          )}
          <button type="button" onClick={singleClick(() => void command({ type: 'CLOSE_SESSION', atMove: view.move }))} data-testid="close-session">
            {t('choosing.close')}
          </button>
        </div>
      </div>
      {casesLeft <= 0 && <p className="banner info">{t('choosing.allDone')}</p>}
      <RotationHint sessionId={view.sessionId} />
      {view.methodId === 'debriefing' && <p className="banner info">{t('choosing.debriefing')}</p>}
      {view.methodId === 'intervisie' && (
        <section className="criteria-grid" aria-labelledby={`${id}-crit`}>
          <h2 id={`${id}-crit`} className="sr-only">
            {t('choosing.criteria')}
          </h2>
          {CASE_CRITERIA.map((c, i) => (
            <div key={c.id} className="card criterion">
              <p className="criterion-n" aria-hidden="true">
                {i + 1}
              </p>
              <h3>{t.l(c.label)}</h3>
              <p className="small">{t.l(c.description)}</p>
            </div>
          ))}
        </section>
      )}
      <p className="banner" role="note" data-testid="no-names-reminder">
        <strong>{t('choosing.noNamesTitle')}</strong> {t('choosing.noNames')}
      </p>
      <div className="choosing-grid">
        <section className="card" aria-labelledby={`${id}-add`}>
          <h2 id={`${id}-add`}>{t('choosing.addTitle')}</h2>
          <form onSubmit={(e) => void add(e)} className="stack">
            <TitleField
              id={`${id}-title`}
              value={title}
              onChange={setTitle}
              knownNames={names}
              placeholder={t('choosing.caseTitlePlaceholder')}
              testId="proposal-title"
            />
            <PresenterSelect id={`${id}-presenter`} value={presenter} participants={view.plan.participants} onChange={setPresenter} testId="proposal-presenter" />
            <CriteriaChecks checked={criteria} onToggle={toggle} testIds />
            <div className="row">
              <button type="submit" className="primary" disabled={!title.trim()} data-testid="add-proposal">
                {t('choosing.add')}
              </button>
            </div>
          </form>
        </section>
        <section className="card" aria-labelledby={`${id}-list`}>
          <h2 id={`${id}-list`}>
            {t('choosing.proposals')} <span className="muted small">({open.length})</span>
          </h2>
          {open.length === 0 && <p className="muted">{t('choosing.noProposals')}</p>}
          <ul className="proposals">
            {open.map((p) =>
              editing === p.id ? (
                <li key={p.id} className="proposal editing" data-testid="proposal">
                  <ProposalEditor proposal={p} participants={view.plan.participants} onDone={() => setEditing(null)} />
                </li>
              ) : (
              <li key={p.id} className="proposal" data-testid="proposal">
                <div>
                  <strong>{p.title}</strong>
                  <span className="muted"> · {p.presenterName ?? t('choosing.presenterNone')}</span>
                  <CriteriaChips ids={p.criteria} />
                </div>
                <div className="row">
                  <button type="button" className="quiet" onClick={() => void command({ type: 'WITHDRAW_PROPOSAL', id: p.id })} aria-label={t('choosing.withdrawNamed', { title: p.title })}>
                    {t('choosing.withdraw')}
                  </button>
                  <button type="button" onClick={() => setEditing(p.id)} aria-label={t('choosing.editNamed', { title: p.title })} data-testid="edit-proposal">
                    {t('choosing.edit')}
                  </button>
                  <button type="button" className="primary" onClick={singleClick(() => void command({ type: 'CHOOSE_PROPOSAL', id: p.id, caseId: '', atMove: view.move }))} aria-label={t('choosing.chooseNamed', { title: p.title })} data-testid="choose-proposal">
                    {t('choosing.choose')}
                  </button>
                </div>
              </li>
              ),
            )}
          </ul>
          {withdrawn.length > 0 && (
            <details>
              <summary>{t('choosing.withdrawn', { n: withdrawn.length })}</summary>
              <ul className="proposals">
                {withdrawn.map((p) => (
                  <li key={p.id} className="proposal">
                    <span>{p.title}</span>
                    <button type="button" className="quiet" onClick={() => void command({ type: 'RESTORE_PROPOSAL', id: p.id })}>
                      {t('choosing.restore')}
                    </button>
                  </li>
                ))}
              </ul>
            </details>
          )}
          <details className="examples">
            <summary>{t('choosing.examples')}</summary>
            <p className="small muted">{t('choosing.examplesHint')}</p>
            {(['geboortezorg', 'jeugdzorg'] as const).map((field) => (
              <div key={field}>
                <h3>{t(field === 'geboortezorg' ? 'choosing.birthCare' : 'choosing.youthCare')}</h3>
                <ul className="proposals">
                  {EXAMPLE_CASES.filter((c) => c.field === field).map((c) => (
                    <li key={c.id} className="proposal example">
                      <div>
                        <strong>{t.l(c.title)}</strong>
                        <p className="small" style={{ margin: '0.2rem 0' }}>
                          {t.l(c.summary)}
                        </p>
                        <CriteriaChips ids={c.criteria} />
                      </div>
                      <button type="button" onClick={() => void command({ type: 'ADD_PROPOSAL', id: '', title: t.l(c.title), presenterId: null, criteria: c.criteria })}>
                        {t('choosing.useExample')}
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </details>
        </section>
      </div>
      <details className="card small">
        <summary>{t('choosing.guidance')}</summary>
        <ul>
          {CASE_GUIDANCE.map((g, i) => (
            <li key={i}>{t.l(g)}</li>
          ))}
        </ul>
      </details>
    </div>
  );
}
