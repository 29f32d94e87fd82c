import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/modal';
import type { ScheduleSpec } from '../../domain/lock';
import { useAppStore, useAppStoreApi } from '../../store/store-context';
import { AutoLockSettings } from './auto-lock-settings';
import { parseTimeInput } from './time-format';

type Kind = ScheduleSpec['kind'];
type Refusal = 'invalid' | 'timePassed' | 'alreadyLocked' | null;

/** Sets the auto-lock: N minutes after the start, at HH:MM, or N minutes from now. */
export function AutoLockDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const id = useId();
  const [kind, setKind] = useState<Kind>('fromNow');
  const [minutes, setMinutes] = useState('10');
  const [time, setTime] = useState('');
  const [refusal, setRefusal] = useState<Refusal>(null);
  const replacing = useAppStore((state) => state.lock.countdown !== null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    let spec: ScheduleSpec | null = null;
    if (kind === 'atTime') {
      const parsed = parseTimeInput(time);
      if (parsed) spec = { kind, ...parsed };
    } else if (minutes.trim() !== '') {
      spec = { kind, minutes: Number(minutes) };
    }
    const result = spec ? store.getState().startAutoLock(spec) : null;
    if (result?.ok) onClose();
    else setRefusal(result ? result.reason : 'invalid');
  };

  const option = (value: Kind, label: string) => (
    <label className="modal__choice">
      <input
        type="radio"
        name={`${id}-kind`}
        checked={kind === value}
        onChange={() => {
          setKind(value);
          setRefusal(null);
        }}
      />
      {label}
    </label>
  );

  return (
    <Modal title={t('lock.form.title')} onClose={onClose}>
      <p className="modal__body">{t('lock.form.intro')}</p>
      <form className="modal__form" onSubmit={submit} noValidate>
        {option('afterStart', t('lock.form.afterStart'))}
        {option('atTime', t('lock.form.atTime'))}
        {option('fromNow', t('lock.form.fromNow'))}
        {kind === 'atTime' ? (
          <label className="modal__field">
            {t('lock.form.time')}
            <input type="time" value={time} onChange={(event) => setTime(event.target.value)} />
          </label>
        ) : (
          <label className="modal__field">
            {t('lock.form.minutes')}
            <input
              type="number"
              inputMode="numeric"
              min={kind === 'afterStart' ? 0 : 1}
              step="any"
              max={1440}
              value={minutes}
              onChange={(event) => setMinutes(event.target.value)}
            />
          </label>
        )}
        {refusal ? (
          <p className="modal__error" role="alert">
            {t(`lock.form.${refusal}`)}{' '}
            {refusal === 'timePassed' ? (
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  store.getState().lockNow();
                  onClose();
                }}
              >
                {t('lock.form.lockInstead')}
              </button>
            ) : null}
          </p>
        ) : null}
        <div className="modal__buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
          <button type="submit" className="button button--primary">
            {replacing ? t('lock.form.replace') : t('lock.form.start')}
          </button>
        </div>
      </form>
      <AutoLockSettings />
    </Modal>
  );
}
