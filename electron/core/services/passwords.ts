import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// 2026-01: N=2^15 took ~180 ms on our 2-core CI VM: slow for guessing, fine for one sign-in. Synchronous on purpose:
// the store is synchronous (better-sqlite3) and runs off the UI thread; sign-ins are rare.
const PARAMS = { N: 32768, r: 8, p: 1 } as const;
const KEY_LEN = 64;

function derive(password: string, salt: Buffer, keyLen: number, N: number, r: number, p: number): Buffer {
  return scryptSync(password.normalize('NFC'), salt, keyLen, { N, r, p, maxmem: 256 * N * r });
}

/** `scrypt$N$r$p$<salt b64>$<key b64>` with a fresh 16-byte salt per user. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const key = derive(password, salt, KEY_LEN, PARAMS.N, PARAMS.r, PARAMS.p);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface ParsedHash { N: number; r: number; p: number; salt: Buffer; key: Buffer }

// Bounds keep a tampered row from making us allocate gigabytes.
function inBounds(h: ParsedHash): boolean {
  return h.N >= 1024 && h.N <= 1 << 20 && h.r >= 1 && h.r <= 32 && h.p >= 1 && h.p <= 16 && h.salt.length > 0 && h.key.length > 0;
}

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return null;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  const h = { N, r, p, salt: Buffer.from(parts[4] ?? '', 'base64'), key: Buffer.from(parts[5] ?? '', 'base64') };
  return inBounds(h) ? h : null;
}

/** Constant-time check of a password against a stored hash; a malformed hash never matches. */
export function verifyPassword(password: string, stored: string): boolean {
  const h = parseHash(stored);
  if (!h) return false;
  return timingSafeEqual(derive(password, h.salt, h.key.length, h.N, h.r, h.p), h.key);
}

let dummy: string | null = null;

/** A well-formed hash of a random secret, checked when the user does not exist so timing does not reveal it. */
export function dummyHash(): string {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}
