export {
  applyVerdict,
  applyVerdicts,
  classifyEmailError,
  judgeEmail,
  loggedVerdict,
  normaliseEmail,
} from './verify-email';
export { EMAIL_MIN_CLIENT_VERSION } from './types';
export type { EmailAnswer, IdentityVerdict, LoggedVerdict, UncheckedReason } from './types';
export { parseRegistrants, registrantsToCsv } from './registrants';
export type { Registrant } from './registrants';
