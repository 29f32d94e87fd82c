export { IdentitySettings } from './identity-settings';
export { RowIdentity } from './row-identity';
export { VerifyEmailsToolbar } from './verify-emails-toolbar';
