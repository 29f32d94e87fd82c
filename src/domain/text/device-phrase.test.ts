import { describe, expect, it } from 'vitest';
import { ANY_DEVICE, isDeviceAlone, OWNER_APOSTROPHE, ownerOfDevice } from './name-patterns';

// The two patterns the one device pattern replaced, read with the `i` flag.
const BARE = new RegExp(String.raw`^${ANY_DEVICE}(?:\s*\(\d+\))?$`, 'i');
const OWNED = new RegExp(String.raw`^(.+?)${OWNER_APOSTROPHE}s?\s+${ANY_DEVICE}$`, 'i');

const DEVICES = [
  'iPhone',
  'iphone 15 Pro Max',
  'IPHONE SE',
  'iPad Air',
  'ipad',
  'iPod touch',
  'MacBook Pro',
  'iMac',
  'Mac mini',
  'mac',
  'Galaxy S23 Ultra',
  'Galaxy Note 20',
  'galaxy tab s8',
  'Galaxy+',
  'Pixel 8 Pro',
  'Huawei P30 Lite',
  'Xiaomi 13T',
  'Redmi Note 12',
  'OnePlus 11',
  'Chromebook',
  'Android phone',
  'Samsung Galaxy S21',
  'Surface Pro 9',
  'laptop',
  'Desktop',
  'computer',
  'PC',
  'tablet',
  'phone',
  'smartphone',
  'device',
  'Phone User',
  'iPhone Jane',
  'watch',
];
const OWNERS = [
  'Jane',
  'María José',
  'O’Brien',
  "D'Angelo",
  'Ja\nne',
  'J',
  '',
  ' ',
  'Jürgen',
  'Ivan Petrov',
  "Jane's",
  'iPhone',
  'ſara',
  'KIM',
  '李',
  'Ali (he/him)',
  'x'.repeat(40),
];
const JOINS = ["'s ", "' ", '’s  ', '`s\t', '´s ', 'ʼs ', "'s", 's ', ' ', "'S ", "'ss "];
const ENDS = ['', ' (2)', '(12)', ' ( 3)', ')', ' (x)', '  (007)'];

function* phrases(): Generator<string> {
  for (const device of DEVICES) {
    for (const end of ENDS) {
      yield device + end;
      for (const owner of OWNERS) for (const join of JOINS) yield owner + join + device + end;
    }
  }
  yield "Jane's iPhone's iPad";
  yield "'s iPhone";
  yield "iPhone (2)'s Mac";
  yield 'Jane';
  yield '';
}

describe('the device pattern: a device alone, or whose it is', () => {
  it('reads every phrase as the two patterns it replaced', () => {
    let alone = 0;
    let owned = 0;
    for (const text of phrases()) {
      const bare = BARE.test(text);
      const owner = OWNED.exec(text)?.[1];
      if (bare) alone++;
      if (owner) owned++;
      expect(isDeviceAlone(text), text).toBe(bare);
      expect(ownerOfDevice(text), text).toBe(owner);
    }
    expect(alone).toBeGreaterThan(100);
    expect(owned).toBeGreaterThan(1000);
  });

  it('names the shortest owner a device ends, in the text’s own letters', () => {
    expect(ownerOfDevice("JANE's iPhone")).toBe('JANE');
    expect(ownerOfDevice("Jane's iPhone's iPad")).toBe("Jane's iPhone");
    expect(ownerOfDevice("Jane's iPhone (2)")).toBeUndefined();
    expect(isDeviceAlone('iPad (2)')).toBe(true);
  });
});
