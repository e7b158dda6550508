/**
 * Name-based UUIDs, version 5 (RFC 4122 §4.3, RFC 9562 §5.5): SHA-1 over the namespace's 16 bytes
 * followed by the name in UTF-8; the first 16 bytes of the hash, with the version (5) in the high
 * nibble of byte 6 and the RFC variant (10xx) in the high bits of byte 8.
 *
 * The same namespace and name always give the same UUID, so the HSDS export's ids stay the same
 * from build to build. Build-time only (node:crypto); nothing in the browser needs it.
 */
import { createHash } from 'node:crypto';

/** RFC 4122 Appendix C: the namespace for names that are URLs. */
export const NAMESPACE_URL = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';
/** RFC 4122 Appendix C: the namespace for domain names (used by the RFC 9562 test vector). */
export const NAMESPACE_DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a UUID written in the canonical 8-4-4-4-12 hexadecimal form. */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

function uuidBytes(uuid: string): Buffer {
  if (!isUuid(uuid)) throw new Error(`not a UUID: "${uuid}"`);
  return Buffer.from(uuid.replaceAll('-', ''), 'hex');
}

function formatUuid(bytes: Uint8Array): string {
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** The version 5 UUID of `name` in `namespace` (lower-case hexadecimal). */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash('sha1').update(uuidBytes(namespace)).update(name, 'utf8').digest();
  const bytes = Uint8Array.from(hash.subarray(0, 16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  return formatUuid(bytes);
}
