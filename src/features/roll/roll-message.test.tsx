import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { rollErrors } from '../../domain/roll';
import { createI18n } from '../../i18n/i18n';
import { RollMessageText } from './roll-message';

async function renderIn(
  language: 'de' | 'ja' | 'fr',
  message: Parameters<typeof RollMessageText>[0]['message'],
) {
  cleanup();
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <p data-testid="message">
        <RollMessageText message={message} />
      </p>
    </I18nextProvider>,
  );
  return screen.getByTestId('message').textContent ?? '';
}

describe('an import error in the panel’s language', () => {
  it('renders the code and its values in German, numbers in German style', async () => {
    const text = await renderIn('de', rollErrors.tooManyRows('anmeldungen.xlsx', 25_000).text);
    expect(text).toBe(
      '„anmeldungen.xlsx“ hat 25.000 Zeilen; eine Teilnehmerliste darf höchstens 20.000 Personen enthalten.',
    );
  });

  it('names an unreadable format in Japanese, and a pasted list by its label', async () => {
    const format = await renderIn('ja', rollErrors.unsupported('scan.pdf', 'pdf', 'export').text);
    expect(format).toBe('「scan.pdf」はPDF 文書で、Doorkeeper が読み込める名簿ではありません。');
    const pasted = await renderIn('fr', rollErrors.empty(null).text);
    expect(pasted).toBe('« Liste collée » est vide : il ne contient aucun nom.');
  });
});
