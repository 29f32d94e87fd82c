import { describe, expect, it } from 'vitest';
import { findExposedContacts, isPrivacyName, type ContactKind } from './contact-exposure';

describe('findExposedContacts', () => {
  it.each<[string, ContactKind[]]>([
    ['Jane Doe', []],
    ['jane.doe@example.org', ['email']],
    ['Jane Doe (jane_doe+zoom@mail.example.co.uk)', ['email']],
    ['ｊａｎｅ＠ｅｘａｍｐｌｅ．ｏｒｇ', ['email']],
    ['jane\u200B@example.org', ['email']],
    ['jane @ example . org', ['email']],
    ['jane at example dot org', ['email']],
    ['jane(at)example.org', ['email']],
    ['josé.garcía@correo.es', ['email']],
    ['@jane on Twitter', []],
    ['Jane at home', []],
    ['+1 (415) 555-0100', ['phone']],
    ['14155550100', ['phone']],
    ['Call-in 020 7946 0958', ['phone']],
    ['＋４４ ２０ ７９４６ ０９５８', ['phone']],
    ['+1 ***-***-0100', []],
    ['iPhone 15 Pro', []],
    ['Room 1203', []],
    ['Class of 2025', []],
    ['Meeting 2025-05-06', []],
    ['jane@example.org 0412 345 678', ['email', 'phone']],
  ])('%s → %j', (name, expected) => {
    expect(findExposedContacts(name)).toEqual(expected);
  });
});

describe('isPrivacyName', () => {
  it.each<[string, boolean]>([
    ['Jane', true],
    ['Jane D.', true],
    ['Jane D', true],
    ['Mary Ann D.', true],
    ['Jane D. (she/her)', true],
    ['Secretary', true],
    ['  Jane   D.  ', true],
    ['', true],
    ['Jane Doe', false],
    ['J. Doe', false],
    ['Jane Doe-Smith', false],
    ['jane@example.org', false],
    ['Bob 0412 345 678', false],
  ])('%j → %s', (name, expected) => {
    expect(isPrivacyName(name)).toBe(expected);
  });
});
