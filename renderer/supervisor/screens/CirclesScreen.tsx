/**
 * Circles: the groups that meet again. A list with "Nieuwe sessie met deze kring", and a form for
 * a circle's people, facilitators, own agreements, method and minutes per step (from a preset or
 * an own saved template, adjusted per step and saved as a template for reuse).
 */
import { useEffect, useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Circle, CircleDraft, SavedTemplate } from '../../../shared/circles/types.ts';
import { METHODS, methodById, templateMinutes } from '../../../shared/method/method.ts';
import type { MethodId, StepId, TemplateId } from '../../../shared/method/index.ts';
import { LIMITS } from '../../../shared/session/limits.ts';
import { call } from '../../common/api.ts';
import { useT } from '../../i18n/index.ts';
import { ConfirmDialog } from '../parts/ConfirmDialog.tsx';

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

function emptyDraft(): CircleDraft {
  return { id: null, name: '', participants: [], supervisorName: '', secondFacilitatorName: '', agreements: [], methodId: 'intervisie', templateId: 'standard-45', stepMinutes: {} };
}

export function CirclesScreen({ onClose, onBegun }: { onClose: () => void; onBegun: () => void }) {
  const t = useT();
  const [circles, setCircles] = useState<Circle[]>([]);
  const [templates, setTemplates] = useState<SavedTemplate[]>([]);
  const [editing, setEditing] = useState<CircleDraft | null>(null);
  const reload = async () => {
    const [list, saved] = await Promise.all([call('circles.list', {}), call('templates.list', {})]);
    if (list) setCircles(list);
    if (saved) setTemplates(saved);
  };
  useEffect(() => void reload(), []);

  return (
    <div className="narrow stack">
      <div className="row between">
        <h1>{t('kringen.title')}</h1>
        <button type="button" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p className="muted">{t('kringen.intro')}</p>
      {editing ? (
        <CircleForm
          draft={editing}
          templates={templates}
          onTemplates={setTemplates}
          onDone={async () => {
            setEditing(null);
            await reload();
          }}
        />
      ) : (
        <>
          <ul className="stack circle-cards">
            {circles.map((c) => (
              <li key={c.id} className="card row between">
                <span>
                  <strong>{c.name}</strong>
                  <br />
                  <span className="small muted">{c.participants.join(', ')}</span>
                </span>
                <span className="row">
                  <button type="button" onClick={() => setEditing({ ...c })} data-testid={`edit-circle-${c.name}`}>
                    {t('kringen.edit')}
                  </button>
                  <button
                    type="button"
                    className="primary"
                    onClick={async () => {
                      if ((await call('circles.begin', { id: c.id, replace: false })) !== undefined) onBegun();
                    }}
                  >
                    {t('kringen.begin')}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {circles.length === 0 && <p className="muted">{t('kringen.none')}</p>}
          <div>
            <button type="button" className="primary" onClick={() => setEditing(emptyDraft())} data-testid="new-circle">
              {t('kringen.new')}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

function CircleForm({ draft, templates, onTemplates, onDone }: { draft: CircleDraft; templates: SavedTemplate[]; onTemplates: (t: SavedTemplate[]) => void; onDone: () => Promise<void> }) {
  const t = useT();
  const id = useId();
  const [name, setName] = useState(draft.name);
  const [people, setPeople] = useState(draft.participants.join('\n'));
  const [supervisor, setSupervisor] = useState(draft.supervisorName);
  const [second, setSecond] = useState(draft.secondFacilitatorName);
  const [agreements, setAgreements] = useState(draft.agreements.join('\n'));
  const [methodId, setMethodId] = useState<MethodId>(draft.methodId);
  const [templateId, setTemplateId] = useState<TemplateId>(draft.templateId);
  const [minutes, setMinutes] = useState<Partial<Record<StepId, number>>>(draft.stepMinutes);
  const [templateName, setTemplateName] = useState('');
  /** What the starting-point menu shows: a preset, or an own template whose minutes were taken over. */
  const [pick, setPick] = useState<string>(draft.templateId);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const method = methodById(methodId);
  const preset = method.templates.find((x) => x.id === templateId) ?? method.templates[0]!;
  const shown = (step: (typeof method.steps)[number]) => minutes[step.id] ?? templateMinutes(preset, step);
  /** Only the minutes that differ from the preset are the circle's own. */
  const own = (): Partial<Record<StepId, number>> =>
    Object.fromEntries(method.steps.filter((s) => minutes[s.id] !== undefined && minutes[s.id] !== templateMinutes(preset, s)).map((s) => [s.id, minutes[s.id]]));

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const saved = await call('circles.save', {
      id: draft.id,
      name,
      participants: lines(people),
      supervisorName: supervisor,
      secondFacilitatorName: second,
      agreements: lines(agreements),
      methodId,
      templateId: preset.id,
      stepMinutes: own(),
    });
    if (saved) await onDone();
  };
  const saveTemplate = async () => {
    const all = Object.fromEntries(method.steps.map((s) => [s.id, shown(s)]));
    const next = await call('templates.save', { name: templateName, methodId, minutes: all });
    if (next) {
      onTemplates(next);
      setTemplateName('');
    }
  };

  return (
    <form className="card stack" onSubmit={(e) => void save(e)} data-testid="circle-form">
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('kringen.name')}</label>
        <input id={`${id}-name`} type="text" value={name} maxLength={100} onChange={(e) => setName(e.target.value)} data-testid="circle-name" autoComplete="off" autoFocus />
      </div>
      <div className="grid-2">
        <div className="field">
          <label htmlFor={`${id}-people`}>{t('kringen.people')}</label>
          <textarea id={`${id}-people`} rows={8} value={people} onChange={(e) => setPeople(e.target.value)} data-testid="circle-people" />
          <span className="small muted">{t('kringen.peopleHint')}</span>
        </div>
        <div className="stack">
          <div className="field">
            <label htmlFor={`${id}-sup`}>{t('plan.supervisor')}</label>
            <input id={`${id}-sup`} type="text" value={supervisor} maxLength={100} onChange={(e) => setSupervisor(e.target.value)} data-testid="circle-supervisor" autoComplete="off" />
          </div>
          <div className="field">
            <label htmlFor={`${id}-second`}>{t('plan.second')}</label>
            <input id={`${id}-second`} type="text" value={second} maxLength={100} onChange={(e) => setSecond(e.target.value)} data-testid="circle-second" autoComplete="off" />
          </div>
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-agr`}>{t('kringen.agreements')}</label>
        <textarea id={`${id}-agr`} rows={3} value={agreements} onChange={(e) => setAgreements(e.target.value)} data-testid="circle-agreements" />
      </div>
      <fieldset>
        <legend>{t('plan.method')}</legend>
        <div className="row">
          {METHODS.map((m) => (
            <label key={m.id} className="check">
              <input
                type="radio"
                name={`${id}-method`}
                checked={methodId === m.id}
                onChange={() => {
                  setMethodId(m.id);
                  setTemplateId(m.defaultTemplateId);
                  setPick(m.defaultTemplateId);
                  setMinutes({});
                }}
              />
              <span>{t.l(m.name)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('kringen.durations')}</legend>
        <div className="field">
          <label htmlFor={`${id}-preset`}>{t('kringen.preset')}</label>
          <select
            id={`${id}-preset`}
            value={pick}
            onChange={(e) => {
              setPick(e.target.value);
              const saved = templates.find((x) => x.id === e.target.value);
              if (saved) {
                setMinutes(saved.minutes);
                return;
              }
              setTemplateId(e.target.value as TemplateId);
              setMinutes({});
            }}
          >
            {method.templates.map((x) => (
              <option key={x.id} value={x.id}>
                {t.l(x.name)}
              </option>
            ))}
            {templates.some((x) => x.methodId === methodId) && (
              <optgroup label={t('kringen.savedTemplates')}>
                {templates
                  .filter((x) => x.methodId === methodId)
                  .map((x) => (
                    <option key={x.id} value={x.id}>
                      {x.name}
                    </option>
                  ))}
              </optgroup>
            )}
          </select>
        </div>
        <div className="row step-minutes-row">
          {method.steps.map((s) => (
            <div key={s.id} className="field">
              <label htmlFor={`${id}-m-${s.id}`}>
                {s.number}. {t.l(s.name)}
              </label>
              <input
                id={`${id}-m-${s.id}`}
                type="number"
                min={LIMITS.stepMinutes.min}
                max={LIMITS.stepMinutes.max}
                value={shown(s)}
                onChange={(e) => {
                  const n = Number(e.target.value);
                  if (Number.isInteger(n) && n >= LIMITS.stepMinutes.min && n <= LIMITS.stepMinutes.max) setMinutes({ ...minutes, [s.id]: n });
                }}
                data-testid={`circle-min-${s.id}`}
              />
            </div>
          ))}
        </div>
        <div className="row">
          <label className="sr-only" htmlFor={`${id}-tname`}>
            {t('kringen.templateName')}
          </label>
          <input id={`${id}-tname`} type="text" value={templateName} maxLength={100} placeholder={t('kringen.templateName')} onChange={(e) => setTemplateName(e.target.value)} autoComplete="off" />
          <button type="button" disabled={!templateName.trim()} onClick={() => void saveTemplate()}>
            {t('kringen.saveTemplate')}
          </button>
        </div>
      </fieldset>
      <div className="row between">
        <div className="row">
          <button type="submit" className="primary" data-testid="save-circle">
            {t('kringen.save')}
          </button>
          <button type="button" onClick={() => void onDone()}>
            {t('common.cancel')}
          </button>
        </div>
        {draft.id && (
          <button type="button" className="danger quiet" onClick={() => setConfirmDelete(true)}>
            {t('kringen.delete')}
          </button>
        )}
      </div>
      <ConfirmDialog
        open={confirmDelete}
        title={t('kringen.delete')}
        confirmLabel={t('kringen.delete')}
        danger
        onConfirm={async () => {
          setConfirmDelete(false);
          if (draft.id && (await call('circles.delete', { id: draft.id })) !== undefined) await onDone();
        }}
        onCancel={() => setConfirmDelete(false)}
      >
        <p>{t('kringen.deleteConfirm', { name: draft.name })}</p>
      </ConfirmDialog>
    </form>
  );
}
