import { describe, expect, it, vi } from 'vitest';
import { createFakeMeetingClient } from '../../test/helpers/fake-meeting-client';
import { MeetingError } from '../zoom/errors';
import { createAppStore } from './app-store';

describe('recording slice', () => {
  it('offers the consent line when a recording starts in a preset that allows it', () => {
    const store = createAppStore();
    store.getState().setChecklistPreset('confidential-service');
    store.getState().setCloudRecording('stopped');
    store.getState().setCloudRecording('connecting');
    store.getState().setCloudRecording('started');
    expect(store.getState().consentOffer).toBe(true);
    // A resume after a pause is the same recording: no second offer once dismissed.
    store.getState().dismissConsentOffer();
    store.getState().setCloudRecording('paused');
    store.getState().setCloudRecording('started');
    expect(store.getState().consentOffer).toBe(false);
  });

  it('offers no consent line where recording is forbidden (the banner asks to stop instead)', () => {
    const store = createAppStore();
    store.getState().setChecklistPreset('anonymous-support-group');
    store.getState().setCloudRecording('stopped');
    store.getState().setCloudRecording('started');
    expect(store.getState().consentOffer).toBe(false);
  });

  it('keeps a failed stop as a problem to show, and allows another try', async () => {
    const client = createFakeMeetingClient({ cloudRecording: 'started' });
    const store = createAppStore({ client });
    client.failNext(
      'cloudRecording',
      new MeetingError('permission', 'cloudRecording', 'No privilege.', 10021),
    );
    expect(store.getState().stopCloudRecording()).toBe(true);
    expect(store.getState().stopCloudRecording()).toBe(false);
    await vi.waitFor(() => expect(store.getState().recordingWork.kind).toBe('failed'));
    expect(store.getState().stopCloudRecording()).toBe(true);
    await vi.waitFor(() => expect(client.state.cloudRecording).toBe('stopped'));
  });
});
