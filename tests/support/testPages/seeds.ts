import { seededRandom } from '../seededRandom';
import { BODIES, DOC_KINDS, PLACES, SIGNERS, TITLES } from './corpus';
import type { HeaderSpec, SignatureSpec } from './pageLayout';

/** FNV-1a (32 bit): turns a page id plus a purpose into a seed, so each random stream is independent. */
export function seedOf(id: string, purpose: string): number {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(`${id}\u0000${purpose}`, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const rngFor = (id: string, purpose: string): (() => number) => seededRandom(seedOf(id, purpose));

export function pick<T>(items: readonly T[], rnd: () => number): T {
  return items[Math.floor(rnd() * items.length)]!;
}

export function shuffled<T>(items: readonly T[], rnd: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Skew of a hand-fed sheet: 1–3° either way, two decimals. */
export function defaultSkew(id: string): number {
  const rnd = rngFor(id, 'skew');
  const magnitude = 1 + rnd() * 2;
  return Math.round((rnd() < 0.5 ? -magnitude : magnitude) * 100) / 100;
}

export function defaultHeader(id: string): HeaderSpec {
  const rnd = rngFor(id, 'header');
  const i = Math.floor(rnd() * BODIES.length);
  const day = 1 + Math.floor(rnd() * 28);
  const month = 1 + Math.floor(rnd() * 12);
  return {
    body: BODIES[i]!,
    title: TITLES[i]!,
    number: `${10 + Math.floor(rnd() * 990)}/${DOC_KINDS[i]!}`,
    date: `${pick(PLACES, rnd)}, ngày ${day} tháng ${month} năm 2026`,
  };
}

export function defaultSignature(id: string, body: string): SignatureSpec {
  const roles = !body.includes('SỞ') ? ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] : ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'];
  return { roles, signer: pick(SIGNERS, rngFor(id, 'signer')) };
}
