import { afterEach, describe, expect, it } from 'vitest';
import { joined, person, waiting } from '../../test/helpers/roster-builders';
import * as matching from '../domain/matching';
import { createAppStore } from './app-store';
import { selectBulkPlan } from './bulk-plan';
import { provideMatchingModule } from './matching-loader';

// The roll's family-name column gives the initial: the display name alone would say "Juan R.".
function meeting() {
  const store = createAppStore();
  store
    .getState()
    .applyRosterEvents(
      [joined(person('m', 'Juan García Rojas'), 1), waiting(person('w', 'Ana Pérez Soto'), 2)].map(
        (event) => ({ event, receivedAt: event.at }),
      ),
    );
  store.getState().setRoll(
    [
      { id: '1', name: 'Juan García Rojas', family: 'García Rojas' },
      { id: '2', name: 'Ana Pérez Soto', family: 'Pérez Soto' },
    ],
    'group.csv',
    { importedAt: 1000 },
  );
  return store;
}

describe('bulk plan: privacy names', () => {
  afterEach(() => provideMatchingModule(matching));

  it('take the initial from the roll entry of a sure match (the matcher ships that rule)', () => {
    const plan = selectBulkPlan(meeting().getState());
    expect(plan.privacyRenames).toEqual([
      { participantUUID: 'm', from: 'Juan García Rojas', to: 'Juan G.' },
    ]);
    expect(plan.waitingPrivacyRenames).toEqual([
      { participantUUID: 'w', from: 'Ana Pérez Soto', to: 'Ana P.' },
    ]);
  });

  it('come from the display name alone while the matcher has not loaded', () => {
    provideMatchingModule(null);
    const plan = selectBulkPlan(meeting().getState());
    expect(plan.privacyRenames.map((rename) => rename.to)).toEqual(['Juan R.']);
  });
});
