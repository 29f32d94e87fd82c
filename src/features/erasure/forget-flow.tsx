import { useTranslation } from 'react-i18next';
import type { ErasureRequest } from '../../store/erasure-slice';
import { useAppStoreApi } from '../../store/store-context';
import { ForgetDialog } from './forget-dialog';

/** The confirmation while it is asked, then one line with what was removed (or why not). */
export function ForgetFlow({ erasure }: { erasure: ErasureRequest }) {
  const { t } = useTranslation();
  const store = useAppStoreApi();
  const close = () => store.getState().closeForget();
  if (erasure.status === 'counting' || erasure.status === 'confirm' || erasure.status === 'erasing')
    return <ForgetDialog erasure={erasure} onClose={close} />;
  const count = erasure.count;
  const text =
    erasure.status === 'failed' || !count
      ? t('erasure.failed', { name: erasure.label })
      : t('erasure.done', {
          name: erasure.label,
          events: t('erasure.events', { count: count.events }),
          meetings: t('erasure.meetings', { count: count.meetings }),
          rolls: t('erasure.rolls', { count: count.rolls.length }),
        });
  return (
    <div className="action-summary" data-testid="forget-result">
      <div className="action-summary__line">
        <p className="action-summary__text" role="status" title={text}>
          {text}
        </p>
        <button type="button" className="button button--small" onClick={close}>
          {t('actions.dismiss')}
        </button>
      </div>
      {erasure.status === 'done' && erasure.presentNow ? (
        <p className="forget__note">{t('erasure.presentNow', { name: erasure.label })}</p>
      ) : null}
    </div>
  );
}
