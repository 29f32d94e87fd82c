import { describe, expect, it } from 'vitest';
import { ROLES, canUseHostApis, isRole, isStaff } from './roles';

describe('roles', () => {
  it.each([
    ['host', true, true],
    ['coHost', true, true],
    // A webinar's panelist is staff the lock leaves alone, but Zoom gives them no host APIs.
    ['panelist', true, false],
    ['attendee', false, false],
  ] as const)('%s: staff %s, host APIs %s', (role, staff, hostApis) => {
    expect(isStaff(role)).toBe(staff);
    expect(canUseHostApis(role)).toBe(hostApis);
  });

  it('anyone who may use the host APIs is staff', () => {
    for (const role of ROLES) if (canUseHostApis(role)) expect(isStaff(role)).toBe(true);
  });

  it.each([['host'], ['coHost']])('reads %s as a role', (value) =>
    expect(isRole(value)).toBe(true),
  );
  it.each([['cohost'], ['HOST'], [''], [null], [3]])('refuses %s', (value) =>
    expect(isRole(value)).toBe(false),
  );
});
