/** Plan: date and time, who takes part, the second facilitator, durations, and the timeline. */
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { SESSION_DEFAULTS } from '../../../shared/method/session-plan.ts';
import { METHODS, methodById, templateMinutes } from '../../../shared/method/method.ts';
import type { SupervisorView } from '../../../shared/session/views.ts';
import type { TimelineBlock } from '../../../shared/session/accounting.ts';
import { LIMITS } from '../../../shared/session/limits.ts';
import type { ScheduleField } from '../../../shared/session/types.ts';
import { call, command, singleClick } from '../../common/api.ts';
import { clockTime, longDate } from '../../common/dates.ts';
import { useT } from '../../i18n/index.ts';
import type { T } from '../../i18n/index.ts';
import { CommitInput } from '../parts/CommitInput.tsx';
import { StartFields } from '../parts/StartFields.tsx';
import { CircleTag } from '../parts/CircleTag.tsx';

export function blockLabel(t: T, b: TimelineBlock): string {
  switch (b.kind) {
    case 'opening':
      return t('phase.opening');
    case 'case':
      return t('case.number', { n: b.number });
    case 'break':
      return t('phase.break');
    case 'closing':
      return t('phase.closing');
  }
}

export function Timeline({ view }: { view: SupervisorView }) {
  const t = useT();
  let at = view.timing.plannedStartAt;
  return (
    <section className="card" aria-labelledby="timeline-title">
      <h2 id="timeline-title">{t('plan.timeline')}</h2>
      <ol className="timeline">
        {view.timeline.map((b) => {
          const start = at;
          at += b.plannedMs;
          return (
            <li key={`${b.kind}-${b.number}`} data-kind={b.kind}>
              <span className="tl-time">{clockTime(start, t.lang)}</span>
              <span className="tl-name">{blockLabel(t, b)}</span>
              <span className="muted">{t('common.minShort', { n: Math.round(b.plannedMs / 60_000) })}</span>
            </li>
          );
        })}
        <li data-kind="end">
          <span className="tl-time">{clockTime(view.timing.plannedEndAt, t.lang)}</span>
          <span className="tl-name">{t('plan.end')}</span>
        </li>
      </ol>
      <p className="small muted" style={{ marginBottom: 0 }}>
        {t('plan.projectedEnd', { at: clockTime(view.timing.projectedEndAt, t.lang) })}
      </p>
    </section>
  );
}

export function PlanScreen({ view }: { view: SupervisorView }) {
  const t = useT();
  const id = useId();
  const plan = view.plan;
  const [newName, setNewName] = useState('');
  const startsAt = plan.startsAt ?? view.timing.plannedStartAt;
  const count = plan.participants.length;
  const tooMany = view.warnings.includes('too-many-participants');
  const method = methodById(view.methodId);
  const ownMinutes = Object.keys(plan.stepMinutes ?? {}).length > 0;

  const add = async (e: FormEvent) => {
    e.preventDefault();
    const name = newName.trim();
    if (!name) return;
    // Clear at once, ready for the next name; put it back if main refused it (e.g. a duplicate).
    setNewName('');
    if (!(await command({ type: 'ADD_PARTICIPANT', id: '', name }))) setNewName((now) => now || name);
  };
  /** One field at a time: an edit never sends (and so never overwrites) the other fields. */
  const schedule = (field: ScheduleField, value: number) => {
    if (Number.isInteger(value)) void command({ type: 'SET_SCHEDULE', field, value });
  };
  const num = (v: string) => (v.trim() === '' ? NaN : Number(v));

  return (
    <div className="stack">
      <div className="row between">
        <div>
          <h1>{t('plan.title')}</h1>
          <CircleTag sessionId={view.sessionId} />
        </div>
        <button type="button" className="primary big" onClick={singleClick(() => void command({ type: 'CONFIRM_PLAN', atMove: view.move }))} data-testid="confirm-plan">
          {t('plan.confirm')}
        </button>
      </div>
      <div className="plan-grid">
        <div className="stack">
          <section className="card" aria-labelledby={`${id}-when`}>
            <h2 id={`${id}-when`}>{t('plan.when')}</h2>
            <StartFields startsAt={startsAt} onChange={(at) => void command({ type: 'SET_START', startsAt: at })} />
            <p className="muted small" style={{ margin: 0 }} data-testid="start-summary">
              {longDate(startsAt, t.lang)} · {clockTime(startsAt, t.lang)}
            </p>
          </section>

          <section className="card" aria-labelledby={`${id}-who`}>
            <h2 id={`${id}-who`}>{t('plan.facilitators')}</h2>
            <div className="row">
              <div className="field grow">
                <label htmlFor={`${id}-sup`}>{t('plan.supervisor')}</label>
                <CommitInput
                  id={`${id}-sup`}
                  type="text"
                  value={plan.supervisorName}
                  maxLength={LIMITS.nameMaxChars}
                  onCommit={(v) => void command({ type: 'SET_FACILITATOR', role: 'supervisor', name: v })}
                />
              </div>
              <div className="field grow">
                <label htmlFor={`${id}-second`}>{t('plan.second')}</label>
                <CommitInput
                  id={`${id}-second`}
                  type="text"
                  value={plan.secondFacilitatorName}
                  maxLength={LIMITS.nameMaxChars}
                  onCommit={(v) => void command({ type: 'SET_FACILITATOR', role: 'second', name: v })}
                  data-testid="second-facilitator"
                />
              </div>
            </div>
          </section>

          <section className="card" aria-labelledby={`${id}-parts`}>
            <h2 id={`${id}-parts`}>
              {t('plan.participants')} <span className="muted">({count})</span>
            </h2>
            <p className="small muted">{t('plan.participantsHint', { min: SESSION_DEFAULTS.idealParticipants.min, max: SESSION_DEFAULTS.idealParticipants.max, limit: SESSION_DEFAULTS.maxParticipants })}</p>
            {tooMany && (
              <p className="advice" role="alert" data-testid="too-many">
                {t('plan.tooMany', { n: count, limit: SESSION_DEFAULTS.maxParticipants })}
              </p>
            )}
            <ol className="participants">
              {plan.participants.map((p, i) => (
                <li key={p.id} className="row">
                  <label className="sr-only" htmlFor={`${id}-p-${p.id}`}>
                    {t('plan.participantN', { n: i + 1 })}
                  </label>
                  <CommitInput
                    id={`${id}-p-${p.id}`}
                    type="text"
                    value={p.name}
                    maxLength={LIMITS.nameMaxChars}
                    onCommit={(v) => void command({ type: 'RENAME_PARTICIPANT', id: p.id, name: v })}
                    style={{ flex: 1, width: 'auto' }}
                  />
                  <button type="button" className="quiet icon" onClick={() => void command({ type: 'REMOVE_PARTICIPANT', id: p.id })} title={t('plan.removeParticipant', { name: p.name })}>
                    <span aria-hidden="true">✕</span>
                    <span className="sr-only">{t('plan.removeParticipant', { name: p.name })}</span>
                  </button>
                </li>
              ))}
            </ol>
            <form className="row" onSubmit={(e) => void add(e)}>
              <label className="sr-only" htmlFor={`${id}-new`}>
                {t('plan.newParticipant')}
              </label>
              <input
                id={`${id}-new`}
                type="text"
                value={newName}
                maxLength={LIMITS.nameMaxChars}
                placeholder={t('plan.newParticipantPlaceholder')}
                onChange={(e) => setNewName(e.target.value)}
                style={{ flex: 1, width: 'auto' }}
                data-testid="new-participant"
                autoComplete="off"
              />
              <button type="submit" disabled={!newName.trim()} data-testid="add-participant">
                {t('common.add')}
              </button>
            </form>
          </section>
        </div>

        <div className="stack">
          <section className="card" aria-labelledby={`${id}-method`}>
            <h2 id={`${id}-method`}>{t('plan.method')}</h2>
            <div role="radiogroup" aria-labelledby={`${id}-method`} className="stack">
              {METHODS.map((m) => (
                <label key={m.id} className="check template-option">
                  <input
                    type="radio"
                    name={`${id}-method`}
                    checked={view.methodId === m.id}
                    data-testid={`method-${m.id}`}
                    // A session's steps are fixed when it begins: a new session of this method, with the plan typed so far.
                    onChange={() => void call('session.begin', { replace: true, methodId: m.id })}
                  />
                  <span>
                    <strong>{t.l(m.name)}</strong>
                    <br />
                    <span className="small muted">{t.l(m.description)}</span>
                  </span>
                </label>
              ))}
            </div>
          </section>
          <section className="card" aria-labelledby={`${id}-tpl`}>
            <h2 id={`${id}-tpl`}>{t('plan.template')}</h2>
            <div role="radiogroup" aria-labelledby={`${id}-tpl`} className="stack">
              {ownMinutes && (
                <label className="check template-option">
                  <input type="radio" name={`${id}-template`} checked readOnly data-testid="own-minutes" />
                  <span>
                    <strong>{t('plan.ownMinutes')}</strong>
                    <br />
                    <span className="small muted">
                      {method.steps.map((s) => plan.stepMinutes?.[s.id] ?? templateMinutes(method.templates.find((x) => x.id === plan.templateId) ?? method.templates[0]!, s)).join(' · ')}
                    </span>
                  </span>
                </label>
              )}
              {method.templates.map((tpl) => (
                <label key={tpl.id} className="check template-option">
                  <input type="radio" name={`${id}-template`} checked={!ownMinutes && plan.templateId === tpl.id} onChange={() => void command({ type: 'SET_TEMPLATE', templateId: tpl.id })} />
                  <span>
                    <strong>{t.l(tpl.name)}</strong>
                    <br />
                    <span className="small muted">
                      {t.l(tpl.description)} {method.steps.map((s) => templateMinutes(tpl, s)).join(' · ')}
                    </span>
                  </span>
                </label>
              ))}
            </div>
          </section>
          <section className="card" aria-labelledby={`${id}-sched`}>
            <h2 id={`${id}-sched`}>{t('plan.schedule')}</h2>
            <div className="row schedule">
              <div className="field">
                <label htmlFor={`${id}-cases`}>{t('plan.cases')}</label>
                <CommitInput id={`${id}-cases`} type="number" min={LIMITS.plannedCases.min} max={LIMITS.plannedCases.max} value={String(plan.plannedCases)} onCommit={(v) => schedule('plannedCases', num(v))} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-open`}>{t('plan.openingMin')}</label>
                <CommitInput id={`${id}-open`} type="number" min={0} max={180} value={String(plan.openingMinutes)} onCommit={(v) => schedule('openingMinutes', num(v))} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-break`}>{t('plan.breakMin')}</label>
                <CommitInput id={`${id}-break`} type="number" min={0} max={180} value={String(plan.breakMinutes)} onCommit={(v) => schedule('breakMinutes', num(v))} />
              </div>
              <div className="field">
                <label htmlFor={`${id}-close`}>{t('plan.closingMin')}</label>
                <CommitInput id={`${id}-close`} type="number" min={0} max={180} value={String(plan.closingMinutes)} onCommit={(v) => schedule('closingMinutes', num(v))} />
              </div>
            </div>
            <label className="check">
              <input type="checkbox" checked={plan.autoAdvance} onChange={(e) => void command({ type: 'SET_AUTO_ADVANCE', enabled: e.target.checked })} />
              <span>
                {t('plan.autoAdvance')}
                <br />
                <span className="small muted">{t('plan.autoAdvanceHint')}</span>
              </span>
            </label>
          </section>
          <Timeline view={view} />
        </div>
      </div>
    </div>
  );
}
