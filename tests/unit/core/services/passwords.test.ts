import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../../../electron/core/services/passwords';

describe('password hashing (scrypt, per-user salt)', () => {
  const stored = hashPassword('Mật-khẩu 2026');
  it('verifies the right password and rejects a wrong one', () => {
    expect(verifyPassword('Mật-khẩu 2026', stored)).toBe(true);
    expect(verifyPassword('Mật-khẩu 2027', stored)).toBe(false);
  });
  it('salts: the same password hashes differently each time', () => {
    expect(hashPassword('Mật-khẩu 2026')).not.toBe(stored);
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
  });
  it('treats NFC and NFD spellings of a Vietnamese password alike', () => {
    expect(verifyPassword('Mật-khẩu 2026'.normalize('NFD'), stored)).toBe(true);
  });
  it('never matches a malformed or hostile hash', () => {
    expect(verifyPassword('x', 'plain-text')).toBe(false);
    expect(verifyPassword('x', 'scrypt$1073741824$8$1$AAAA$AAAA')).toBe(false);
  });
});
