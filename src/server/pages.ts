/**
 * The server's own small pages (errors, not found). Their text is fixed in this file, never taken
 * from a request, and is escaped anyway. No inline style or script: the CSP forbids both.
 */

export interface PageContent {
  title: string;
  message: string;
  /** An optional link, e.g. "Start the installation again" → /install. */
  link?: { href: string; label: string };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

/** A complete HTML document for a short message. */
export function renderPage({ title, message, link }: PageContent): string {
  const linkHtml = link
    ? `\n    <p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`
    : '';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(title)} · Doorkeeper</title>
  </head>
  <body>
    <main>
    <h1>${escapeHtml(title)}</h1>
    <p>${escapeHtml(message)}</p>${linkHtml}
    </main>
  </body>
</html>
`;
}

const RESTART = { href: '/install', label: 'Start the installation again' };

/** Every page the server can show, keyed by situation. */
export const PAGES = {
  notFound: { title: 'Not found', message: 'There is nothing at this address.' },
  methodNotAllowed: { title: 'Not allowed', message: 'This server only answers GET requests.' },
  tooLarge: { title: 'Request too large', message: 'This server does not accept request bodies.' },
  tooManyRequests: {
    title: 'Too many attempts',
    message: 'Please wait a minute before trying again.',
  },
  missingState: {
    title: 'Installation not started here',
    message:
      'Zoom sent you back without the check this server needs. Start the installation from this site.',
    link: RESTART,
  },
  invalidState: {
    title: 'Installation link not valid',
    message:
      'The installation link was altered or does not come from this server, so it was refused.',
    link: RESTART,
  },
  expiredState: {
    title: 'Installation timed out',
    message: 'The installation took longer than ten minutes.',
    link: RESTART,
  },
  replayedState: {
    title: 'Installation link already used',
    message:
      'Each installation link works once. If you did not just install Doorkeeper, you can ignore this.',
    link: RESTART,
  },
  missingCookie: {
    title: 'Installation started in another browser',
    message:
      'Finish the installation in the browser you started it in, with cookies allowed for this site.',
    link: RESTART,
  },
  busy: {
    title: 'Server busy',
    message: 'Too many installations are in progress. Please try again in a few minutes.',
    link: RESTART,
  },
  missingCode: {
    title: 'Installation incomplete',
    message: 'Zoom did not send an authorization code.',
    link: RESTART,
  },
  accessDenied: {
    title: 'Installation cancelled',
    message: 'Doorkeeper was not authorised in Zoom, so nothing was installed.',
    link: RESTART,
  },
  zoomRejected: {
    title: 'Zoom refused the installation',
    message:
      'Zoom did not accept the authorization. Please try again; if it keeps failing, check the app credentials.',
    link: RESTART,
  },
  zoomTimeout: {
    title: 'Zoom did not answer',
    message: 'Zoom took too long to answer. Please try again.',
    link: RESTART,
  },
  zoomUnavailable: {
    title: 'Zoom could not be reached',
    message: 'The server could not reach Zoom. Please try again.',
    link: RESTART,
  },
  contextInvalid: {
    title: 'Not opened by Zoom',
    message: 'The Zoom app context sent with this request is not valid.',
  },
  contextExpired: {
    title: 'Session expired',
    message: 'The Zoom app context has expired. Close Doorkeeper and open it again from Zoom.',
  },
  serverError: {
    title: 'Something went wrong',
    message: 'The server could not complete the request.',
  },
} as const satisfies Record<string, PageContent>;
