import { useTranslation } from 'react-i18next';
import { selectConsentOffer } from '../../store/recording-slice';
import { useAppActions, useAppStore } from '../../store/store-context';
import { PostOrCopy } from './post-or-copy';

/** When a recording starts in a preset that allows it: the consent line, to post or read out. */
export function ConsentOffer() {
  const { t } = useTranslation();
  const offer = useAppStore(selectConsentOffer);
  const { dismissConsentOffer } = useAppActions();
  if (!offer) return null;
  const line = t('words.consentLine');
  return (
    <section
      className="consent-offer"
      aria-label={t('words.consentLabel')}
      data-testid="consent-offer"
    >
      <p className="consent-offer__title">{t('words.consentTitle')}</p>
      <blockquote className="consent-offer__line">{line}</blockquote>
      <PostOrCopy message={line} label={t('words.consentLabel')} />
      <button type="button" className="button button--small" onClick={dismissConsentOffer}>
        {t('words.dismiss')}
      </button>
    </section>
  );
}
