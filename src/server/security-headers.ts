/**
 * The response headers Zoom requires on the Home URL (HSTS, nosniff, CSP, Referrer-Policy: the
 * client refuses to render a page missing any of them) plus the rest of helmet's defaults that
 * cost nothing here. Set on every response, not only HTML, so no route can forget them.
 */

/**
 * Origins allowed to frame the panel. The desktop clients load the Home URL as a top-level page
 * in their own webview (no frame, so frame-ancestors does not apply); the web client and the
 * PWA run apps in an iframe under Zoom's own domains, which are zoom.us and zoom.com subdomains.
 */
export const ZOOM_FRAME_ANCESTORS = ['https://*.zoom.us', 'https://*.zoom.com'] as const;

/** The Content-Security-Policy for every response: the panel is a bundle of our own files and talks to nothing but Zoom's client. */
export function contentSecurityPolicy(): string {
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'none'"],
    'script-src': ["'self'"],
    // React sets element.style through the CSSOM, which style-src does not govern; no inline <style> or style="" ships.
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    // The panel makes no network calls of its own: the SDK talks to the client with postMessage.
    'connect-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-src': ["'none'"],
    'worker-src': ["'none'"],
    'frame-ancestors': ZOOM_FRAME_ANCESTORS,
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Header name → value for every response. */
export function securityHeaders(): Readonly<Record<string, string>> {
  return {
    'content-security-policy': contentSecurityPolicy(),
    // No includeSubDomains: the deployer's other hosts are not ours to pin to HTTPS.
    'strict-transport-security': 'max-age=31536000',
    'x-content-type-options': 'nosniff',
    // The callback URL carries the OAuth code and state: never let them leave in a Referer.
    'referrer-policy': 'no-referrer',
    'cross-origin-opener-policy': 'same-origin',
    'cross-origin-resource-policy': 'same-origin',
    'origin-agent-cluster': '?1',
    'x-dns-prefetch-control': 'off',
    'x-permitted-cross-domain-policies': 'none',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  };
}

/** Vite names hashed build output `assets/<name>-<hash>.<ext>`; only those can be cached forever. */
export function isHashedAsset(urlPath: string): boolean {
  return /^\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/.test(urlPath);
}

export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';
export const CACHE_REVALIDATE = 'no-cache';
export const CACHE_NONE = 'no-store';
