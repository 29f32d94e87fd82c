import 'i18next';
import type { EnglishCatalog } from './english';

// Typed keys: t('roster.inMeeting') is checked against the English catalog at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: EnglishCatalog };
  }
}
