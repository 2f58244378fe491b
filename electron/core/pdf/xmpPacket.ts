/**
 * The XMP packet of a PDF/A file (guide §4). Every Info entry has its XMP twin with the same value (PDF/A-1
 * §6.7.3); custom dossier fields live in the station's own namespace, declared with a PDF/A extension schema so
 * validators accept them.
 */
export interface XmpFields {
  part: 1 | 2;
  title: string;
  author: string;
  subject?: string;
  keywords: string;
  creatorTool: string;
  producer: string;
  createdAt: Date;
  custom: Record<string, string>;
}

export const STATION_XMP_NAMESPACE = 'https://tramsohoa.vn/ns/hoso/1.0/';
export const STATION_XMP_PREFIX = 'tsh';

const KNOWN_FIELDS: Record<string, string> = {
  dossierCode: 'Mã hồ sơ thủ tục hành chính',
  procedureCode: 'Mã thủ tục hành chính',
  documentType: 'Loại giấy tờ (thành phần hồ sơ)',
  digitizedBy: 'Người số hóa',
};

/** XML names we accept as property and Info keys: ASCII letter, then letters and digits. */
export const CUSTOM_KEY_PATTERN = /^[A-Za-z][A-Za-z0-9]*$/;

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** ISO 8601 in UTC without milliseconds: the second-precision twin of pdf-lib's `D:YYYYMMDDHHmmSSZ`. */
export function xmpDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

export function buildXmpPacket(f: XmpFields): string {
  const date = xmpDate(f.createdAt);
  const customKeys = Object.keys(f.custom);
  const descriptions = [
    description('pdfaid="http://www.aiim.org/pdfa/ns/id/"', [
      `<pdfaid:part>${f.part}</pdfaid:part>`,
      '<pdfaid:conformance>B</pdfaid:conformance>',
    ]),
    description('dc="http://purl.org/dc/elements/1.1/"', [
      '<dc:format>application/pdf</dc:format>',
      `<dc:title>${langAlt(f.title)}</dc:title>`,
      `<dc:creator><rdf:Seq><rdf:li>${escapeXml(f.author)}</rdf:li></rdf:Seq></dc:creator>`,
      ...(f.subject !== undefined ? [`<dc:description>${langAlt(f.subject)}</dc:description>`] : []),
    ]),
    description('xmp="http://ns.adobe.com/xap/1.0/"', [
      `<xmp:CreatorTool>${escapeXml(f.creatorTool)}</xmp:CreatorTool>`,
      `<xmp:CreateDate>${date}</xmp:CreateDate>`,
      `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
      `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    ]),
    description('pdf="http://ns.adobe.com/pdf/1.3/"', [
      `<pdf:Producer>${escapeXml(f.producer)}</pdf:Producer>`,
      `<pdf:Keywords>${escapeXml(f.keywords)}</pdf:Keywords>`,
    ]),
    ...(customKeys.length > 0 ? [extensionSchema(customKeys), customDescription(f.custom)] : []),
  ];
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    ...descriptions,
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

function description(namespace: string, body: string[]): string {
  return [`<rdf:Description rdf:about="" xmlns:${namespace}>`, ...body.map((l) => `  ${l}`), '</rdf:Description>'].join('\n');
}

function langAlt(text: string): string {
  return `<rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(text)}</rdf:li></rdf:Alt>`;
}

function customDescription(custom: Record<string, string>): string {
  return description(`${STATION_XMP_PREFIX}="${STATION_XMP_NAMESPACE}"`,
    Object.entries(custom).map(([key, value]) => `<${STATION_XMP_PREFIX}:${key}>${escapeXml(value)}</${STATION_XMP_PREFIX}:${key}>`));
}

/** PDF/A extension schema (ISO 19005-1 Technical Corrigendum 2) declaring each custom property as Text. */
function extensionSchema(keys: string[]): string {
  const properties = keys.map((key) => [
    '<rdf:li rdf:parseType="Resource">',
    `<pdfaProperty:name>${key}</pdfaProperty:name>`,
    '<pdfaProperty:valueType>Text</pdfaProperty:valueType>',
    '<pdfaProperty:category>external</pdfaProperty:category>',
    `<pdfaProperty:description>${escapeXml(KNOWN_FIELDS[key] ?? key)}</pdfaProperty:description>`,
    '</rdf:li>',
  ].join(''));
  return [
    '<rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"',
    '  xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">',
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
    '<pdfaSchema:schema>Trạm Số hóa — thông tin hồ sơ</pdfaSchema:schema>',
    `<pdfaSchema:namespaceURI>${STATION_XMP_NAMESPACE}</pdfaSchema:namespaceURI>`,
    `<pdfaSchema:prefix>${STATION_XMP_PREFIX}</pdfaSchema:prefix>`,
    `<pdfaSchema:property><rdf:Seq>${properties.join('')}</rdf:Seq></pdfaSchema:property>`,
    '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
    '</rdf:Description>',
  ].join('\n');
}
