import { act, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { RoleBadge } from './role-badge';
import { createI18n } from '../../i18n/i18n';
import { RowTranslationProvider } from '../../i18n/row-translation';

describe('the roster rows’ shared translation', () => {
  it('follows a change of language in every row part below the provider', async () => {
    const i18n = await createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <RowTranslationProvider>
          <RoleBadge role="panelist" />
          <RoleBadge role="coHost" />
        </RowTranslationProvider>
      </I18nextProvider>,
    );
    expect(screen.getByText('Panelist')).toBeInTheDocument();
    await act(() => i18n.changeLanguage('de'));
    expect(await screen.findByText('Diskussionsteilnehmer')).toBeInTheDocument();
    expect(screen.getByText('Co-Host')).toBeInTheDocument();
    expect(screen.queryByText('Panelist')).toBeNull();
  });

  it('works without the provider, with the instance’s own words', async () => {
    const i18n = await createI18n('fr');
    render(
      <I18nextProvider i18n={i18n}>
        <RoleBadge role="host" />
      </I18nextProvider>,
    );
    expect(screen.getByText(i18n.t('roster.role.host'))).toBeInTheDocument();
    expect(i18n.t('roster.role.host')).not.toBe('roster.role.host');
  });
});
