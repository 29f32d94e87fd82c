import { describe, expect, it } from 'vitest';
import { exposesContactDetails, findContactDetails, redactContactDetails } from './contact-details';

describe('findContactDetails', () => {
  it.each([
    ['jane.doe@example.com', ['email']],
    ['Jane Doe <jane@example.co.uk>', ['email']],
    ['jane @ example . com', ['email']],
    ['jane(at)example(dot)com', ['email']],
    ['jane at example dot com', ['email']],
    ['ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ', ['email']],
    ['jane\u200B@example.com', ['email']],
    ['+1 415 555 0167', ['phone']],
    ['(415) 555-0167', ['phone']],
    ['07700 900123', ['phone']],
    ['+1 415****167', ['phone']],
    ['+1 ***-***-0100', ['phone']],
    ['+1 (415) 555-0100', ['phone']],
    ['14155550100', ['phone']],
    ['Call-in 020 7946 0958', ['phone']],
    ['＋４４ ２０ ７９４６ ０９５８', ['phone']],
    ['jane(at)example.org', ['email']],
    ['josé.garcía@correo.es', ['email']],
    ['Jane Doe (jane_doe+zoom@mail.example.co.uk)', ['email']],
    ['０７７００９００１２３', ['phone']],
    ['Jane 07700 900123 jane@example.com', ['phone', 'email']],
    ['Jane Doe', []],
    ['Jane Doe 2', []],
    ['Room 101', []],
    ['2024-05-01 session', []],
    ['Version 1.2.3', []],
    ['v1.2@3.4', []],
    ['Jane at home', []],
    ['@jane', []],
    ['*****', []],
    ['@jane on Twitter', []],
    ['iPhone 15 Pro', []],
    ['Room 1203', []],
    ['Class of 2025', []],
    ['Meeting 2025-05-06', []],
    ['jane@example.org 0412 345 678', ['email', 'phone']],
  ])('%j → %j', (name, kinds) => {
    expect(findContactDetails(name).map((detail) => detail.kind)).toEqual(kinds);
  });

  it('gives spans into the original string', () => {
    const name = 'Jane (+44 7700 900123)';
    const [detail] = findContactDetails(name);
    expect(detail).toEqual({ kind: 'phone', text: '+44 7700 900123', start: 6, end: 21 });
    expect(name.slice(detail?.start, detail?.end)).toBe(detail?.text);
  });
});

describe('redactContactDetails and exposesContactDetails', () => {
  it.each([
    ['Jane jane@example.com', 'Jane …'],
    ['Jane (+44 7700 900123)', 'Jane (…)'],
    ['a@b.org and 555-123-4567', '… and …'],
    ['Jane Doe', 'Jane Doe'],
  ])('%j → %j', (name, redacted) => {
    expect(redactContactDetails(name)).toBe(redacted);
    expect(exposesContactDetails(name)).toBe(redacted !== name);
  });

  it.each([
    ['+1 415****167', true],
    ['+44 20 **** 0958', true],
    ['+1 ***-***-0100', false],
    ['Dial-in ••••••0100', false],
  ])('a masked number %j exposes someone: %s', (name, exposes) => {
    expect(redactContactDetails(name)).not.toBe(name);
    expect(exposesContactDetails(name)).toBe(exposes);
  });
});

describe('hostile lengths (the scan is linear; bench/long-names.bench.ts measures it)', () => {
  it.each([
    ['a long word run with an address at its end', `${'a'.repeat(5000)}@example.com`, 1],
    ['many "@" signs', `${'a@'.repeat(3000)}b.co`, 1],
    ['a long run of separators between digits', `1${' '.repeat(5000)}2345678`, 0],
    ['dots without a domain', `${'a.'.repeat(3000)}@`, 0],
  ])('%s', (_label, name, emails) => {
    const found = findContactDetails(name);
    expect(found.filter((d) => d.kind === 'email')).toHaveLength(emails);
    for (const detail of found) expect(name.slice(detail.start, detail.end)).toBe(detail.text);
  });

  it('still finds the address at the end of a 10,000-character name', () => {
    const name = `${'x '.repeat(5000)}jane.doe@example.org`;
    expect(findContactDetails(name)).toEqual([
      { kind: 'email', text: 'jane.doe@example.org', start: 10_000, end: 10_020 },
    ]);
  });

  it('does not end a phone number on the separators after it', () => {
    expect(findContactDetails('call 555-123-4567 - now')[0]?.text).toBe('555-123-4567');
  });
});
