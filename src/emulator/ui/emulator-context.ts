import { createContext, useContext } from 'react';
import type { MeetingSim } from '../meeting-sim';
import type { Random } from '../random';
import type { Scenario } from '../scenarios';
import type { ZoomEmulator } from '../types';
import type { ViewStore } from '../view-store';
import type { PanelControl } from '../panel-control';

export interface EmulatorServices {
  sim: MeetingSim;
  emulator: ZoomEmulator;
  view: ViewStore;
  panel: PanelControl;
  scenario: Scenario;
  seed: number;
  /** For "add a random participant" (separate from the sim's own stream). */
  random: Random;
}

export const EmulatorContext = createContext<EmulatorServices | null>(null);

export function useEmulator(): EmulatorServices {
  const services = useContext(EmulatorContext);
  if (!services) throw new Error('useEmulator outside <EmulatorContext.Provider>');
  return services;
}
