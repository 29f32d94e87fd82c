import type { TFunction } from 'i18next';

/** A string to show, built as data (by domain code, or in the store): an i18n key and its values. */
export interface TranslatableMessage {
  key: string;
  /** Interpolation values; `count` also picks the plural form. */
  params?: Readonly<Record<string, string | number>>;
}

type UntypedT = (key: string, options?: Readonly<Record<string, unknown>>) => string;

/** The text of a message in the current language. */
export function translateMessage(t: TFunction, message: TranslatableMessage): string {
  // Keys built at run time cannot be checked by the compiler; catalogs.test.ts checks every one.
  return (t as unknown as UntypedT)(message.key, message.params);
}
