/**
 * The importer for vanilla-cookieconsent and Klaro configs: {@link importConfig}, its options and result, and
 * {@link IMPORT_LIMITS}.
 *
 * @module
 */
export { importConfig } from './import.js';
export { IMPORT_LIMITS } from './source.js';
export type {
  ConfigDraft,
  ImportCounts,
  ImportedFormat,
  ImportedPurpose,
  ImportFinding,
  ImportFindingCode,
  ImportFrom,
  ImportOptions,
  ImportResult,
  ImportSeverity,
  PurposeDraft,
} from './types.js';
