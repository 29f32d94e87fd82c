import { createCipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Test-only: packs an X-Zoom-App-Context the way Zoom documents it, written independently of the
 * decoder under test: [ivLength:1][iv][aadLength:2 LE][aad][cipherLength:4 LE][cipher][tag:16].
 */
export function encryptContext(
  payload: unknown,
  secret: string,
  { ivLength = 12, aad = Buffer.from('zoom-aad') }: { ivLength?: number; aad?: Buffer } = {},
): Buffer {
  const key = createHash('sha256').update(secret).digest();
  const iv = randomBytes(ivLength);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad);
  const cipherText = Buffer.concat([
    cipher.update(JSON.stringify(payload), 'utf8'),
    cipher.final(),
  ]);
  const aadLength = Buffer.alloc(2);
  aadLength.writeUInt16LE(aad.length);
  const cipherLength = Buffer.alloc(4);
  cipherLength.writeUInt32LE(cipherText.length);
  return Buffer.concat([
    Buffer.from([iv.length]),
    iv,
    aadLength,
    aad,
    cipherLength,
    cipherText,
    cipher.getAuthTag(),
  ]);
}
