import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/**
 * CSRF and PKCE for the install flow, with nothing stored per visitor but a short-lived cookie.
 *
 * /install creates a random nonce and a PKCE verifier. The `state` sent to Zoom is the nonce and
 * an expiry, signed with an HMAC key derived from SESSION_SECRET. The verifier and the same nonce
 * go into a cookie sealed with AES-256-GCM (so it is both secret and tamper-proof), HttpOnly,
 * Secure and SameSite=Lax: Lax because the callback is a top-level GET navigation from zoom.us,
 * on which Lax cookies are sent and Strict ones are not. The callback accepts the state only with
 * the cookie of the browser that started the flow, and only once (a per-process set of used
 * nonces, kept until they expire anyway).
 */

export const INSTALL_COOKIE = '__Host-doorkeeper-install';
export const INSTALL_TTL_MS = 10 * 60_000;
/** Bounds the memory an attacker can make us spend on used nonces; each costs a rate-limited /install. */
export const MAX_TRACKED_NONCES = 50_000;

const COOKIE_AAD = Buffer.from('doorkeeper-install-cookie-v1');

export interface InstallStart {
  state: string;
  codeChallenge: string;
  cookieValue: string;
}

export type InstallCheck =
  | { ok: true; codeVerifier: string }
  | {
      ok: false;
      reason:
        | 'missing-state'
        | 'invalid-state'
        | 'expired'
        | 'replayed'
        | 'missing-cookie'
        | 'mismatch'
        | 'busy';
    };

const b64url = (buf: Buffer): string => buf.toString('base64url');

function deriveKey(secret: string, label: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'doorkeeper', label, 32));
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** PKCE S256 (RFC 7636 §4.2). */
export function codeChallengeFor(verifier: string): string {
  return b64url(createHash('sha256').update(verifier, 'ascii').digest());
}

export class InstallGuard {
  private readonly stateKey: Buffer;
  private readonly cookieKey: Buffer;
  /** nonce → expiry; Map keeps insertion order, which is expiry order since the TTL is constant. */
  private readonly usedNonces = new Map<string, number>();

  constructor(
    sessionSecret: string,
    private readonly now: () => number = Date.now,
  ) {
    this.stateKey = deriveKey(sessionSecret, 'oauth-state');
    this.cookieKey = deriveKey(sessionSecret, 'install-cookie');
  }

  start(): InstallStart {
    const nonce = b64url(randomBytes(16));
    const codeVerifier = b64url(randomBytes(32));
    const expiresAt = this.now() + INSTALL_TTL_MS;
    const payload = `${nonce}.${expiresAt.toString(36)}`;
    return {
      state: `${payload}.${this.sign(payload)}`,
      codeChallenge: codeChallengeFor(codeVerifier),
      cookieValue: this.seal(JSON.stringify({ n: nonce, v: codeVerifier })),
    };
  }

  /** Checks the callback's state against the cookie; on success the state cannot be used again. */
  finish(state: string | undefined, cookieValue: string | undefined): InstallCheck {
    if (!state) return { ok: false, reason: 'missing-state' };
    const parts = state.split('.');
    if (parts.length !== 3 || state.length > 200) return { ok: false, reason: 'invalid-state' };
    const [nonce = '', expiryText = '', signature = ''] = parts;
    if (!safeEqual(signature, this.sign(`${nonce}.${expiryText}`)))
      return { ok: false, reason: 'invalid-state' };
    const expiresAt = parseInt(expiryText, 36);
    const now = this.now();
    if (!Number.isFinite(expiresAt) || expiresAt < now) return { ok: false, reason: 'expired' };
    this.forgetExpired(now);
    if (this.usedNonces.has(nonce)) return { ok: false, reason: 'replayed' };
    if (!cookieValue) return { ok: false, reason: 'missing-cookie' };
    const sealed = this.open(cookieValue);
    if (!sealed || sealed.n !== nonce) return { ok: false, reason: 'mismatch' };
    if (this.usedNonces.size >= MAX_TRACKED_NONCES) return { ok: false, reason: 'busy' };
    this.usedNonces.set(nonce, expiresAt);
    return { ok: true, codeVerifier: sealed.v };
  }

  private forgetExpired(now: number): void {
    for (const [nonce, expiresAt] of this.usedNonces) {
      if (expiresAt >= now) break;
      this.usedNonces.delete(nonce);
    }
  }

  private sign(payload: string): string {
    return b64url(createHmac('sha256', this.stateKey).update(payload).digest());
  }

  private seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.cookieKey, iv);
    cipher.setAAD(COOKIE_AAD);
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return b64url(Buffer.concat([iv, body, cipher.getAuthTag()]));
  }

  private open(value: string): { n: string; v: string } | null {
    if (value.length > 512 || !/^[A-Za-z0-9_-]+$/.test(value)) return null;
    const raw = Buffer.from(value, 'base64url');
    if (raw.length < 12 + 16 + 1) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.cookieKey, raw.subarray(0, 12), {
        authTagLength: 16,
      });
      decipher.setAAD(COOKIE_AAD);
      decipher.setAuthTag(raw.subarray(raw.length - 16));
      const plain = Buffer.concat([
        decipher.update(raw.subarray(12, raw.length - 16)),
        decipher.final(),
      ]).toString('utf8');
      const parsed: unknown = JSON.parse(plain);
      if (typeof parsed !== 'object' || parsed === null) return null;
      const { n, v } = parsed as Record<string, unknown>;
      return typeof n === 'string' && typeof v === 'string' ? { n, v } : null;
    } catch {
      return null;
    }
  }
}
