/** The circles on the start page: a session with one begins filled in; "Kringen beheren" opens the circles page. */
import { useEffect, useState } from 'react';
import type { Circle } from '../../../shared/circles/types.ts';
import { methodById } from '../../../shared/method/method.ts';
import { call } from '../../common/api.ts';
import { useT } from '../../i18n/index.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';

export function CirclesOnStart({ active, onEnter, onManage }: { active: boolean; onEnter: () => void; onManage: () => void }) {
  const t = useT();
  const [circles, setCircles] = useState<Circle[] | null>(null);
  const [confirm, setConfirm] = useState<Circle | null>(null);
  useEffect(() => {
    void call('circles.list', {}).then((list) => list && setCircles(list));
  }, []);
  const begin = async (circle: Circle, replace: boolean) => {
    setConfirm(null);
    if ((await call('circles.begin', { id: circle.id, replace })) !== undefined) onEnter();
  };
  return (
    <section className="card stack" aria-labelledby="circles-start-title" data-testid="circles-start">
      <div className="row between">
        <h2 id="circles-start-title" style={{ margin: 0 }}>
          {t('kringen.title')}
        </h2>
        <button type="button" className="quiet" onClick={onManage} data-testid="manage-circles">
          {t('kringen.manage')}
        </button>
      </div>
      {circles?.length === 0 && <p className="muted" style={{ margin: 0 }}>{t('kringen.none')}</p>}
      <ul className="circle-list">
        {circles?.map((c) => (
          <li key={c.id} className="row between">
            <span>
              <strong>{c.name}</strong>
              <br />
              <span className="small muted">
                {t('kringen.summary', { n: c.participants.length, method: t.l(methodById(c.methodId).name) })} · {t('kringen.sessions', { n: c.sessionIds.length })}
              </span>
            </span>
            <button type="button" onClick={() => (active ? setConfirm(c) : void begin(c, false))} data-testid={`begin-circle-${c.name}`}>
              {t('kringen.begin')}
            </button>
          </li>
        ))}
      </ul>
      <ConfirmDialog open={confirm !== null} title={t('kringen.replaceTitle')} confirmLabel={t('start.confirmNew')} danger onConfirm={() => confirm && void begin(confirm, true)} onCancel={() => setConfirm(null)}>
        <p>{t('kringen.replaceText', { name: confirm?.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}

