import { useMemo } from 'react';
import { rollToCsv, SCENARIO_NAMES } from '../scenarios';
import { useEmulator } from './emulator-context';

/** Scenario presets (by URL) and the scenario's attendance roll, to upload into the panel. */
export function ScenarioBar() {
  const { scenario, seed } = useEmulator();
  const rollHref = useMemo(
    () =>
      scenario.roll.length > 0
        ? URL.createObjectURL(new Blob([rollToCsv(scenario.roll)], { type: 'text/csv' }))
        : null,
    [scenario],
  );
  return (
    <nav className="scenarios" aria-label="Scenarios">
      <span>Scenario:</span>
      {SCENARIO_NAMES.map((name) => (
        <a
          key={name}
          href={`?scenario=${name}&seed=${seed}`}
          aria-current={name === scenario.name ? 'page' : undefined}
        >
          {name}
        </a>
      ))}
      <span className="scenarios__topic">{scenario.setup.topic}</span>
      {rollHref && (
        <a href={rollHref} download={`roll-${scenario.name}-${seed}.csv`}>
          Download the roll (CSV)
        </a>
      )}
    </nav>
  );
}
