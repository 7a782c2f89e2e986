/** A break: a calm clock, and back to choosing the next case when the group is ready. */
import type { SupervisorView } from '../../../shared/session/views.ts';
import { command, singleClick } from '../../common/api.ts';
import { Countdown } from '../../common/Countdown.tsx';
import { OnTime } from '../../common/StepsLine.tsx';
import { TimeControls } from '../../common/TimeControls.tsx';
import { useT } from '../../i18n/index.ts';

export function BreakScreen({ view }: { view: SupervisorView }) {
  const t = useT();
  const current = view.current;
  return (
    <div className="narrow stack center-text">
      <h1>{t('phase.break')}</h1>
      <p className="muted">{t('break.text')}</p>
      <section className="card stack" aria-label={t('case.timeLabel')}>
        <Countdown timer={current?.timer ?? null} bar size="6rem" />
        <TimeControls phase={view.phase} move={view.move} current={current} controls={view.controls} />
        <OnTime caseTiming={null} session={view.timing} caseRunning={false} at={current?.timer.at ?? Date.now()} />
      </section>
      <div className="row" style={{ justifyContent: 'center' }}>
        <button type="button" className="primary big" onClick={singleClick(() => void command({ type: 'END_BREAK', atMove: view.move }))} data-testid="end-break">
          {t('break.end')}
        </button>
        <button type="button" className="big" onClick={singleClick(() => void command({ type: 'CLOSE_SESSION', atMove: view.move }))}>
          {t('choosing.close')}
        </button>
      </div>
    </div>
  );
}
