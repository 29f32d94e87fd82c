import { useSyncExternalStore } from 'react';
import { AddParticipantForm } from './add-participant-form';
import { BreakoutControls } from './breakout-controls';
import { CallLog } from './call-log';
import { useEmulator } from './emulator-context';
import { MeetingControls } from './meeting-controls';
import { PanelFrame } from './panel-frame';
import { ParticipantList } from './participant-list';
import { ScenarioBar } from './scenario-bar';
import { Toasts } from './toasts';
import { useSimSnapshot } from './use-sim-snapshot';

/** The emulator page: a Zoom-like side panel on the left, the meeting's controls and log on the right. */
export function EmulatorApp() {
  const { sim, view } = useEmulator();
  const snapshot = useSimSnapshot(sim);
  const theme = useSyncExternalStore(view.subscribe, () => view.get().theme);
  const inMeeting = snapshot.participants.filter((p) => p.location === 'meeting');
  const waiting = snapshot.participants.filter((p) => p.location === 'waitingRoom');

  return (
    <div className="emulator" data-theme={theme}>
      <header className="emulator__header">
        <h1>Zoom client emulator</h1>
        <ScenarioBar />
      </header>
      <main className="emulator__main">
        <PanelFrame />
        <div className="emulator__side">
          <MeetingControls snapshot={snapshot} />
          <BreakoutControls snapshot={snapshot} />
          <AddParticipantForm waitingRoomOn={snapshot.waitingRoom} />
          <ParticipantList
            title="People in the meeting"
            people={inMeeting}
            meUUID={snapshot.me.participantUUID}
          />
          <ParticipantList
            title="People waiting"
            people={waiting}
            meUUID={snapshot.me.participantUUID}
          />
        </div>
        <CallLog calls={snapshot.calls} events={snapshot.events} />
      </main>
      <Toasts notifications={snapshot.notifications} />
    </div>
  );
}
