export {
  exposesContactDetails,
  findContactDetails,
  redactContactDetails,
  type ContactDetail,
  type ContactKind,
} from './contact-details';
export { initials, privacyName } from './privacy-name';
