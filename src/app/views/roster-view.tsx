import { RosterPanel } from '../../features/roster/roster-panel';
import { rosterRowActions, rosterRowAddons, rosterRowDetails } from '../composition';

/** The roster's tab: the roster with the pieces features add to each row. */
export function RosterView() {
  return (
    <RosterPanel
      rowAddons={rosterRowAddons}
      rowActions={rosterRowActions}
      rowDetails={rosterRowDetails}
    />
  );
}
