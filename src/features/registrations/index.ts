export { LoadRegistrations } from './load-registrations';
