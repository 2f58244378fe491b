/**
 * A minimal PDF content-stream tokenizer (ISO 32000-1 §7.8.2): enough to list the operators of a page and the
 * numeric/name operands they take. Strings, arrays and dictionaries are skipped as opaque operands: the caller
 * only needs `cm` matrices, `Do` names and `Tr` modes, and it refuses the page on anything it does not know.
 */

/** A numeric operand, a name (without the slash), or something opaque (string, array, dictionary, boolean). */
export type Operand = { kind: 'number'; value: number } | { kind: 'name'; value: string } | { kind: 'other' };

export interface ContentOp { op: string; operands: Operand[] }

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([0x28, 0x29, 0x3c, 0x3e, 0x5b, 0x5d, 0x7b, 0x7d, 0x2f, 0x25]);
const OPAQUE: Operand = { kind: 'other' };

class Scanner {
  pos = 0;
  constructor(private readonly src: Uint8Array) {}

  get done(): boolean { return this.pos >= this.src.length; }
  peek(offset = 0): number { return this.src[this.pos + offset] ?? -1; }

  skipSpaceAndComments(): void {
    while (!this.done) {
      const c = this.peek();
      if (WHITESPACE.has(c)) { this.pos++; continue; }
      if (c !== 0x25) return; // '%'
      while (!this.done && this.peek() !== 0x0a && this.peek() !== 0x0d) this.pos++;
    }
  }

  /** A run of regular characters (a number, keyword, or name body). */
  regular(): string {
    const start = this.pos;
    while (!this.done && !WHITESPACE.has(this.peek()) && !DELIMITERS.has(this.peek())) this.pos++;
    return String.fromCharCode(...this.src.subarray(start, this.pos));
  }

  /** Skips `( … )` honouring nesting and backslash escapes. */
  skipLiteralString(): void {
    let depth = 0;
    while (!this.done) {
      const c = this.src[this.pos++];
      if (c === 0x5c) this.pos++; // '\' escapes the next byte
      else if (c === 0x28) depth++;
      else if (c === 0x29 && --depth === 0) return;
    }
    throw new Error('unterminated string in content stream');
  }

  skipHexString(): void {
    const end = this.src.indexOf(0x3e, this.pos);
    if (end < 0) throw new Error('unterminated hex string in content stream');
    this.pos = end + 1;
  }
}

type Token = Operand | { kind: 'op'; value: string } | { kind: 'delim'; value: string };

/** `<<`, `>>` or a `<hex>` string. */
function angleToken(s: Scanner, c: number): Token {
  if (s.peek(1) === c) { s.pos += 2; return { kind: 'delim', value: c === 0x3c ? '<<' : '>>' }; }
  if (c === 0x3e) throw new Error('unexpected > in content stream');
  s.skipHexString();
  return OPAQUE;
}

/** Strings, names and composite delimiters; null when the next byte starts a regular token. */
function delimitedToken(s: Scanner): Token | null {
  const c = s.peek();
  if (c === 0x28) { s.skipLiteralString(); return OPAQUE; }
  if (c === 0x3c || c === 0x3e) return angleToken(s, c);
  if (c === 0x5b || c === 0x5d) { s.pos++; return { kind: 'delim', value: c === 0x5b ? '[' : ']' }; }
  if (c === 0x2f) { s.pos++; return { kind: 'name', value: s.regular() }; }
  if (DELIMITERS.has(c)) throw new Error(`unexpected delimiter ${String.fromCharCode(c)} in content stream`);
  return null;
}

/**
 * Reads one operand or operator. Returns `'['`/`']'`/`'<<'`/`'>>'` for composite delimiters so the caller can
 * fold everything inside them into one opaque operand.
 */
function nextToken(s: Scanner): Token | null {
  s.skipSpaceAndComments();
  if (s.done) return null;
  const delimited = delimitedToken(s);
  if (delimited) return delimited;
  const word = s.regular();
  if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return { kind: 'number', value: Number(word) };
  if (word === 'true' || word === 'false' || word === 'null') return OPAQUE;
  return { kind: 'op', value: word };
}

/**
 * Yields the operators of a decoded content stream in order. Stops at an inline image (`BI`) after yielding it:
 * its binary data is not tokenizable, and callers that see `BI` refuse the page anyway.
 */
export function* contentOperations(src: Uint8Array): Generator<ContentOp> {
  const s = new Scanner(src);
  let operands: Operand[] = [];
  let depth = 0;
  for (let tok = nextToken(s); tok !== null; tok = nextToken(s)) {
    if (tok.kind === 'delim') {
      const opening = tok.value === '[' || tok.value === '<<';
      depth += opening ? 1 : -1;
      if (depth < 0) throw new Error('unbalanced array or dictionary in content stream');
      if (!opening && depth === 0) operands.push(OPAQUE);
      continue;
    }
    if (depth > 0) continue; // inside an array or dictionary: part of one opaque operand
    if (tok.kind !== 'op') { operands.push(tok); continue; }
    yield { op: tok.value, operands };
    if (tok.value === 'BI') return;
    operands = [];
  }
}
