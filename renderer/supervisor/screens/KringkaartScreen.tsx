/**
 * The kringkaart: the method on one A4 for the day the projector or the laptop fails — the steps
 * with their minutes, who speaks and the one rule, the words for feelings and needs, and a blank
 * timekeeper sheet. Nothing confidential: no names, no case titles, no notes.
 */
import { useState } from 'react';
import { METHODS, methodById, methodTemplate, templateMinutes } from '../../../shared/method/method.ts';
import type { MethodId } from '../../../shared/method/index.ts';
import { FEELINGS_PLEASANT, FEELINGS_UNPLEASANT, NEEDS } from '../../../shared/method/words.ts';
import type { Plan } from '../../../shared/session/types.ts';
import { useT } from '../../i18n/index.ts';
import '../kringkaart.css';

export function KringkaartScreen({ methodId, plan, onClose }: { methodId: MethodId | null; plan: Plan | null; onClose: () => void }) {
  const t = useT();
  const [chosen, setChosen] = useState<MethodId>(methodId ?? 'intervisie');
  const method = methodById(chosen);
  // The running session's minutes when it is of this method; else the method's default template.
  const fromPlan = plan && methodId === chosen ? plan : null;
  const template = methodTemplate(method, fromPlan?.templateId ?? method.defaultTemplateId);
  const minutesOf = (step: (typeof method.steps)[number]) => fromPlan?.stepMinutes?.[step.id] ?? templateMinutes(template, step);
  const total = method.steps.reduce((sum, s) => sum + minutesOf(s), 0);
  const cases = Math.max(1, Math.min(fromPlan?.plannedCases ?? 2, 3));
  const words = (list: readonly { nl: string; en: string }[]) => list.map((w) => t.l(w)).join(' · ');

  return (
    <div className="kringkaart-screen">
      <div className="row between no-print">
        <h1>{t('kaart.title')}</h1>
        <div className="row">
          <button type="button" className="primary" onClick={() => window.print()} data-testid="print-kaart">
            {t('kaart.print')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
      <p className="muted no-print">{t('kaart.intro')}</p>
      <fieldset className="no-print">
        <legend>{t('plan.method')}</legend>
        <div className="row">
          {METHODS.map((m) => (
            <label key={m.id} className="check">
              <input type="radio" name="kaart-method" checked={chosen === m.id} onChange={() => setChosen(m.id)} />
              <span>{t.l(m.name)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <article className="kaart" data-testid="kringkaart" lang={t.lang}>
        <header className="kaart-head">
          <h2>{t.l(method.name)}</h2>
          <p>{t('kaart.total', { min: total })}</p>
        </header>
        <table className="kaart-steps">
          <thead>
            <tr>
              <th scope="col">{t('kaart.step')}</th>
              <th scope="col" className="num">
                {t('kaart.minutes')}
              </th>
              <th scope="col">{t('kaart.who')}</th>
              <th scope="col">{t('kaart.rule')}</th>
            </tr>
          </thead>
          <tbody>
            {method.steps.map((s) => (
              <tr key={s.id}>
                <th scope="row">
                  {s.number}. {t.l(s.name)}
                </th>
                <td className="num">{minutesOf(s)}</td>
                <td>{t.l(s.whoSpeaks)}</td>
                <td className="kaart-rule">{t.l(s.circleRule)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <section className="kaart-words">
          <div>
            <h3>{t('words.pleasant')}</h3>
            <p>{words(FEELINGS_PLEASANT)}</p>
          </div>
          <div>
            <h3>{t('words.unpleasant')}</h3>
            <p>{words(FEELINGS_UNPLEASANT)}</p>
          </div>
          <div>
            <h3>{t('words.needs')}</h3>
            <p>{words(NEEDS)}</p>
          </div>
        </section>
        <p className="kaart-foot">{t('kaart.confidential')}</p>

        <section className="kaart-sheet">
          <h2>{t('kaart.sheet')}</h2>
          <p className="kaart-blank">
            {t('kaart.date')} ______________ &nbsp; {t('kaart.startTime')} ________ &nbsp; {t('kaart.timekeeper')} ______________
          </p>
          {Array.from({ length: cases }, (_, c) => (
            <table key={c} className="kaart-times">
              <caption>{t('case.number', { n: c + 1 })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('kaart.step')}</th>
                  <th scope="col" className="num">
                    {t('kaart.planned')}
                  </th>
                  <th scope="col">{t('kaart.begins')}</th>
                  <th scope="col">{t('kaart.warnAt')}</th>
                  <th scope="col">{t('kaart.ends')}</th>
                  <th scope="col">{t('kaart.actual')}</th>
                </tr>
              </thead>
              <tbody>
                {method.steps.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      {s.number}. {t.l(s.name)}
                    </th>
                    <td className="num">{minutesOf(s)}</td>
                    <td />
                    <td className="small">{t('kaart.warnBefore', { min: s.warningMinutes })}</td>
                    <td />
                    <td />
                  </tr>
                ))}
              </tbody>
            </table>
          ))}
        </section>
      </article>
    </div>
  );
}
