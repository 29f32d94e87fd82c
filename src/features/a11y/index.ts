export { LiveAnnouncer } from './live-announcer';
