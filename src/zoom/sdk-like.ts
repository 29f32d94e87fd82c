import type zoomSdk from '@zoom/appssdk';
import type {
  GeneralMessageResponse,
  NotificationOptions as ZoomNotificationOptions,
} from '@zoom/appssdk';
import type { SdkApi, SdkEvent } from './capabilities';

type ZoomSdk = typeof zoomSdk;

/**
 * The narrow, typed slice of `@zoom/appssdk` the adapter touches: derived from the capability list,
 * so a capability without an SDK member does not compile, and tests can pass a fake.
 */
export type SdkLike = Pick<
  ZoomSdk,
  'config' | 'removeEventListener' | Exclude<SdkApi | SdkEvent, 'showNotification'>
> & {
  // sdk.d.ts 0.16.41 types this parameter as the DOM's NotificationOptions (its own type was
  // renamed NotificationOptions$1 by the bundler); this is the shape the method really takes.
  showNotification(options: ZoomNotificationOptions): Promise<GeneralMessageResponse>;
};
