import type { ManualItemId, Where } from './types';

/*
 * Settings only Zoom controls: no Zoom Apps API reads or changes them, so the checklist can only say
 * where they live. Menu names were checked against Zoom's support articles (2024-2025 wording):
 * - In-meeting Security menu (Lock Meeting; Allow participants to: Share Screen, Chat, Rename
 *   Themselves): "In-meeting security options", support.zoom.com KB0061231.
 * - Passcode under the Meeting tab's Security section: "Managing Zoom Meetings passcodes"
 *   KB0063160, and KB0066465 ("Click the Meeting tab. Under Security, ...").
 * - Screen sharing "Who can share? Host only": "Allowing or preventing your meeting participants
 *   from screen sharing" KB0058641; the web-portal toggle sits under In Meeting (Basic) (KB0062220).
 * - Meeting chat and "Meeting chat - Direct messages" under In Meeting (Basic): "Enabling or
 *   disabling meeting chat" KB0060343 and "Disabling private chats in meetings" KB0061093.
 * - "Allow participants to join before host" under Schedule Meeting: KB0060501.
 * - File transfer: called "File transfer" on the Meeting tab in older articles (KB0063370) and
 *   "Send files via meeting chat" in current ones (the webinar article KB0058821 names it so and
 *   says the same setting exists for meetings); the catalog text gives both names.
 * - Recording tab (Local recording, Cloud recording, Automatic recording): "Managing cloud
 *   recording settings" KB0065362.
 * A licensed host reaches these as Settings in the web portal; admins find the same toggles under
 * Account Management → Account Settings, where a lock icon may stop the host changing them.
 */

/** Where each manual setting lives, web portal first when it is a standing setting. */
export const MANUAL_ITEM_WHERE: Readonly<Record<ManualItemId, readonly Where[]>> = {
  passcode: [{ surface: 'webPortal', key: 'checklist.where.passcode' }],
  screenSharing: [
    { surface: 'inMeeting', key: 'checklist.where.screenSharing.inMeeting' },
    { surface: 'webPortal', key: 'checklist.where.screenSharing.webPortal' },
  ],
  chat: [
    { surface: 'inMeeting', key: 'checklist.where.chat.inMeeting' },
    { surface: 'webPortal', key: 'checklist.where.chat.webPortal' },
  ],
  joinBeforeHost: [{ surface: 'webPortal', key: 'checklist.where.joinBeforeHost' }],
  fileTransfer: [{ surface: 'webPortal', key: 'checklist.where.fileTransfer' }],
  zoomLock: [{ surface: 'inMeeting', key: 'checklist.where.zoomLock' }],
  noRecording: [{ surface: 'webPortal', key: 'checklist.where.noRecording' }],
  namesNotEmails: [
    { surface: 'invitation', key: 'checklist.where.namesNotEmails.invitation' },
    { surface: 'inMeeting', key: 'checklist.where.namesNotEmails.inMeeting' },
  ],
};

const MANUAL_IDS = new Set<string>(Object.keys(MANUAL_ITEM_WHERE));

/** Whether an item id names a manual (Zoom-settings) item. */
export function isManualItemId(id: string): id is ManualItemId {
  return MANUAL_IDS.has(id);
}
