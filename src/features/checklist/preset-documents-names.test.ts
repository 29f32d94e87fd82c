import { describe, expect, it } from 'vitest';
import { GUIDANCE_DOCUMENTS } from '../../domain/checklist';
import en from '../../i18n/late/views.en.json';

describe('guidance document names', () => {
  it.each(GUIDANCE_DOCUMENTS)('%s has a name to show under the preset picker', (document) => {
    expect((en.checklistView.document as Record<string, string>)[document]).toBeTruthy();
  });
});
