export {
  exposesContactDetails,
  findContactDetails,
  isMostlyMasked,
  redactContactDetails,
  type ContactDetail,
  type ContactKind,
} from './contact-details';
export { initials, isPrivacyName, privacyName } from './privacy-name';
// chosenPrivacyName (./chosen-name.ts) needs the text analysis the matcher uses, so it ships with
// the matcher (domain/matching re-exports it) and not with the first paint.
