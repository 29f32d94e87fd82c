import { zipSync, type Zippable } from 'fflate';

/**
 * Stands in for write-excel-file's `zipToArrayBuffer` (see `syncZip()` in vite.config.ts): the
 * library zips with fflate's asynchronous `zip`, which compresses any part over 160 KB on a Worker
 * started from a Blob URL, and the production CSP (`worker-src 'none'`) refuses it. An attendance
 * sheet of a few hundred rows is past that size. This zips on the calling thread.
 */
export default function zipToArrayBuffer(files: Zippable): Promise<ArrayBuffer> {
  const zipped = zipSync(files);
  return Promise.resolve(
    zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer,
  );
}
