import { useTranslation } from 'react-i18next';
import { Modal } from '../../components/ui/modal';
import type { ErasureRequest } from '../../store/erasure-slice';
import { useAppStoreApi } from '../../store/store-context';
import { isolate } from '../../components/ui/isolate';

/**
 * "Remove Jane D. from 3 stored meetings and 1 roll? This cannot be undone." The counts come from
 * storage before anything is removed; Cancel has the focus.
 */
export function ForgetDialog({
  erasure,
  onClose,
}: {
  erasure: ErasureRequest;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const name = isolate(erasure.label || t('roster.unnamed'));
  const { count } = erasure;
  const nothing = count !== null && count.events + count.entries + count.links === 0;
  const meetings = t('erasure.meetings', { count: count?.meetings ?? 0 });
  const rolls = t('erasure.rolls', { count: count?.rolls.length ?? 0 });
  return (
    <Modal alert title={t('erasure.title', { name })} onClose={onClose}>
      <div className="modal__body" data-testid="forget-dialog">
        {count === null ? (
          <p role="status">{t('erasure.counting')}</p>
        ) : nothing ? (
          <p>{t('erasure.nothing', { name })}</p>
        ) : (
          <>
            <p data-testid="forget-question">
              {count.rolls.length > 0
                ? t('erasure.question', { name, meetings, rolls })
                : t('erasure.questionMeetings', { name, meetings })}
            </p>
            <p>
              {t('erasure.whatGoes', {
                events: t('erasure.events', { count: count.events }),
                links: t('erasure.links', { count: count.links }),
              })}
              {count.rolls.length > 0
                ? ` ${t('erasure.rollNames', { names: count.rolls.map(isolate).join(', ') })}`
                : null}
            </p>
            <p>{t('erasure.keeps')}</p>
            {erasure.presentNow ? <p>{t('erasure.presentNow', { name })}</p> : null}
          </>
        )}
      </div>
      <div className="modal__buttons">
        <button type="button" className="button" data-autofocus onClick={onClose}>
          {nothing ? t('actions.close') : t('actions.cancel')}
        </button>
        {nothing ? null : (
          <button
            type="button"
            className="button button--danger"
            disabled={erasure.status !== 'confirm'}
            onClick={() => void store.getState().confirmForget()}
          >
            {erasure.status === 'erasing' ? t('erasure.erasing') : t('erasure.confirm')}
          </button>
        )}
      </div>
    </Modal>
  );
}
