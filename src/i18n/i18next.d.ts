import 'i18next';
import type en from './locales/en.json';

// Typed keys: t('roster.inMeeting') is checked against the English catalog at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
