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
});
