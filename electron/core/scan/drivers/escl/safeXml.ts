import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { malformedResponseError } from './esclErrors';

/** eSCL documents are a few KiB; 1 MiB is far above any real device and far below anything that hurts. */
export const MAX_XML_BYTES = 1024 * 1024;
/** Real capability documents nest about 8 deep; a deeper document is hostile or broken. */
const MAX_DEPTH = 32;

/*
 * Safe by construction: no entity processing (billion laughs cannot expand), DOCTYPE refused outright, namespace
 * prefixes dropped (devices disagree on prefixes: scan:/pwg:/escl:/none), every value kept as a string so zod
 * decides what a number is, attributes ignored (eSCL carries its data in elements).
 */
const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  processEntities: false,
  htmlEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: true,
  maxNestedTags: MAX_DEPTH,
});

/** Nesting depth by a linear scan of tags, checked before the parser (and its validator) sees the text. */
function tooDeep(xml: string): boolean {
  let depth = 0;
  const tag = /<(\/?)[A-Za-z_][^>]*?(\/?)>/g;
  for (let m = tag.exec(xml); m; m = tag.exec(xml)) {
    if (m[1]) depth -= 1;
    else if (!m[2]) depth += 1;
    if (depth > MAX_DEPTH) return true;
  }
  return false;
}

/**
 * Decodes and parses a device's XML body into a plain object tree. Anything unusual (too big, not UTF-8, DOCTYPE,
 * too deep, not well-formed) is a `device/communication` error, never an exception from the parser.
 */
export function parseDeviceXml(body: Uint8Array, what: string): Record<string, unknown> {
  if (body.byteLength > MAX_XML_BYTES) throw malformedResponseError(`${what}: quá lớn`);
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch (err) {
    throw malformedResponseError(`${what}: không phải UTF-8`, err);
  }
  // DOCTYPE is where entity bombs and external entities live; no eSCL device needs one.
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw malformedResponseError(`${what}: có DOCTYPE`);
  if (tooDeep(xml)) throw malformedResponseError(`${what}: lồng quá sâu`);
  try {
    if (XMLValidator.validate(xml) !== true) throw new Error('not well-formed');
    const tree: unknown = parser.parse(xml);
    if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) throw new Error('no root element');
    return tree as Record<string, unknown>;
  } catch (err) {
    throw malformedResponseError(`${what}: XML hỏng`, err);
  }
}
