/** The metadata module's public surface (see README.md). */
export { extractMetadata, type ExtractedMetadata } from './extractMetadata';
export { extractDocumentMetadata } from './extractDocumentMetadata';
export { confirmMetadata, getMetadata, saveMetadata, type MetadataEditT } from './metadataService';
export { FIELD_LABEL_VI } from './fieldValues';
