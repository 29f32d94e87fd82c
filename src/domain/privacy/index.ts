export {
  exposesContactDetails,
  findContactDetails,
  isMostlyMasked,
  redactContactDetails,
  type ContactDetail,
  type ContactKind,
} from './contact-details';
export { initials, isPrivacyName, privacyName } from './privacy-name';
export { chosenPrivacyName } from './chosen-name';
