import { createDecipheriv, createHash } from 'node:crypto';

/**
 * The X-Zoom-App-Context header that Zoom sends with the Home URL request (and that
 * zoomSdk.getAppContext() returns): AES-256-GCM under SHA-256(client secret), packed as
 * [ivLength:1][iv][aadLength:2 LE][aad][cipherLength:4 LE][cipher][tag:16], then base64.
 */

export const APP_CONTEXT_HEADER = 'x-zoom-app-context';

/** Contexts are a few hundred bytes; anything far larger is not from Zoom and is not worth decrypting. */
export const MAX_APP_CONTEXT_LENGTH = 4096;

/** Zoom's servers and ours disagree on the time by a little; a context lives about two minutes. */
export const EXPIRY_TOLERANCE_MS = 30_000;

const TAG_LENGTH = 16;

/** The fields Doorkeeper uses. `uid` is absent for guests, `mid` outside a meeting. */
export interface AppContext {
  /** Running context, e.g. 'meeting', 'panel'. */
  typ: string;
  uid?: string;
  mid?: string;
  /** Expiry in ms since the epoch. */
  exp: number;
}

export type AppContextResult =
  | { ok: true; context: AppContext }
  | { ok: false; reason: 'malformed' | 'undecryptable' | 'expired' };

interface Packed {
  iv: Buffer;
  aad: Buffer;
  cipherText: Buffer;
  tag: Buffer;
}

function unpack(buf: Buffer): Packed | null {
  let offset = 0;
  const take = (n: number): Buffer | null => {
    if (n < 0 || offset + n > buf.length) return null;
    const slice = buf.subarray(offset, offset + n);
    offset += n;
    return slice;
  };
  const ivLength = take(1)?.readUInt8();
  if (ivLength === undefined || ivLength < 8) return null;
  const iv = take(ivLength);
  const aadLength = take(2)?.readUInt16LE();
  if (!iv || aadLength === undefined) return null;
  const aad = take(aadLength);
  const cipherLength = take(4)?.readUInt32LE();
  if (!aad || cipherLength === undefined) return null;
  const cipherText = take(cipherLength);
  const tag = take(TAG_LENGTH);
  if (!cipherText || !tag || offset !== buf.length) return null;
  return { iv, aad, cipherText, tag };
}

function toContext(value: unknown): AppContext | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.typ !== 'string' || typeof record.exp !== 'number') return null;
  const optional = (key: 'uid' | 'mid'): string | undefined => {
    const field = record[key];
    return typeof field === 'string' ? field : undefined;
  };
  return { typ: record.typ, uid: optional('uid'), mid: optional('mid'), exp: record.exp };
}

/** Decrypts and checks an X-Zoom-App-Context value; never throws. */
export function decryptAppContext(
  header: string,
  clientSecret: string,
  now: number = Date.now(),
): AppContextResult {
  // Zoom's samples decode with Node's 'base64', which also accepts the URL-safe alphabet: so do we.
  if (
    header.length === 0 ||
    header.length > MAX_APP_CONTEXT_LENGTH ||
    !/^[A-Za-z0-9+/_-]+={0,2}$/.test(header)
  ) {
    return { ok: false, reason: 'malformed' };
  }
  const packed = unpack(Buffer.from(header, 'base64'));
  if (!packed) return { ok: false, reason: 'malformed' };

  let plain: string;
  try {
    const key = createHash('sha256').update(clientSecret, 'utf8').digest();
    const decipher = createDecipheriv('aes-256-gcm', key, packed.iv, { authTagLength: TAG_LENGTH });
    decipher.setAAD(packed.aad);
    decipher.setAuthTag(packed.tag);
    plain = Buffer.concat([decipher.update(packed.cipherText), decipher.final()]).toString('utf8');
  } catch {
    return { ok: false, reason: 'undecryptable' };
  }

  let context: AppContext | null;
  try {
    context = toContext(JSON.parse(plain));
  } catch {
    context = null;
  }
  if (!context) return { ok: false, reason: 'malformed' };
  if (context.exp + EXPIRY_TOLERANCE_MS < now) return { ok: false, reason: 'expired' };
  return { ok: true, context };
}
