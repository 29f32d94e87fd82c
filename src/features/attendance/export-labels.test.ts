import { describe, expect, it } from 'vitest';
import { ATTENDANCE_EVENT_KINDS } from '../../domain/attendance/types';
import { createI18n } from '../../i18n/i18n';
import { SUPPORTED_LANGUAGES } from '../../i18n/languages';
import { exportLabels } from './export-labels';

describe('exportLabels', () => {
  it.each(SUPPORTED_LANGUAGES)(
    'names every logged event kind in words (%s), never a raw key',
    async (language) => {
      const labels = exportLabels((await createI18n(language)).t);
      for (const kind of ATTENDANCE_EVENT_KINDS)
        expect(labels.event(kind), kind).not.toMatch(/^$|exports\.event/u);
    },
  );
});
