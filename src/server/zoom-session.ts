import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The host's Zoom tokens, kept in the browser rather than on the server: sealed with AES-256-GCM
 * (secret and tamper-proof) in an HttpOnly, Secure cookie. `SameSite=None; Partitioned` because
 * the panel runs in Zoom's web-client iframe (a third-party context, where only a partitioned
 * cookie is kept) as well as in the desktop client's webview. Nothing is stored server-side, so
 * any instance behind a load balancer can serve any request.
 */

export const ZOOM_SESSION_COOKIE = '__Host-doorkeeper-zoom';
/** Zoom's refresh tokens live 90 days; the cookie lives as long. */
export const ZOOM_SESSION_MAX_AGE_S = 90 * 24 * 60 * 60;
const AAD = Buffer.from('doorkeeper zoom session v1');

export interface ZoomTokens {
  access: string;
  refresh: string;
  /** Ms since the epoch when the access token stops working. */
  expiresAt: number;
}

export class ZoomSessionSealer {
  private readonly key: Buffer;

  constructor(sessionSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', sessionSecret, 'doorkeeper', 'zoom-session', 32));
  }

  seal(tokens: ZoomTokens): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(AAD);
    const body = Buffer.concat([
      cipher.update(JSON.stringify({ a: tokens.access, r: tokens.refresh, e: tokens.expiresAt })),
      cipher.final(),
    ]);
    return Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url');
  }

  /** The tokens, or null for a cookie that is missing, forged, tampered with or malformed. */
  open(value: string | undefined): ZoomTokens | null {
    if (!value || value.length > 4096 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
    const raw = Buffer.from(value, 'base64url');
    if (raw.length < 12 + 16 + 1) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12), {
        authTagLength: 16,
      });
      decipher.setAAD(AAD);
      decipher.setAuthTag(raw.subarray(raw.length - 16));
      const plain = Buffer.concat([
        decipher.update(raw.subarray(12, raw.length - 16)),
        decipher.final(),
      ]).toString('utf8');
      const { a, r, e } = JSON.parse(plain) as Record<string, unknown>;
      if (typeof a !== 'string' || typeof r !== 'string' || typeof e !== 'number') return null;
      return { access: a, refresh: r, expiresAt: e };
    } catch {
      return null;
    }
  }
}

/** The Set-Cookie value for the sealed tokens (or, with `value` '' and max-age 0, its removal). */
export function zoomSessionCookie(value: string, maxAgeSeconds = ZOOM_SESSION_MAX_AGE_S): string {
  return `${ZOOM_SESSION_COOKIE}=${value}; Max-Age=${maxAgeSeconds}; Path=/; HttpOnly; Secure; SameSite=None; Partitioned`;
}
