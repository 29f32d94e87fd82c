import { useTranslation } from 'react-i18next';
import type { RollMessage } from '../../domain/roll';
import { useFormatters } from '../../i18n/format';
import { translateMessage } from '../../i18n/message';

/**
 * An import error or warning in the panel's language: numbers in the host's regional format
 * (`count` stays a number, it picks the plural form), a pasted list called by its label, and a
 * file format code (`format`) by its translated name.
 */
export function RollMessageText({ message }: { message: RollMessage }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params)) {
    if (name === 'count') params[name] = value;
    else if (typeof value === 'number') params[name] = format.number(value);
    else if (name === 'name' && value === '') params[name] = t('roll.import.pastedName');
    else if (name === 'format')
      params[name] = translateMessage(t, { key: `rollImport.format.${value}` });
    else params[name] = value;
  }
  return <>{translateMessage(t, { key: message.key, params })}</>;
}
