export { parseRollFile, parseRollText, remapRoll } from './parse-roll';
export { cleanCell, foldName } from './clean';
export { englishRollMessage, rollErrors } from './messages';
export type {
  ColumnMapping,
  ColumnRole,
  DetectedColumns,
  RollDelimiter,
  RollEncoding,
  RollErrorCode,
  RollFileKind,
  RollFormat,
  RollImportError,
  RollImportFailure,
  RollImportResult,
  RollImportSuccess,
  RollMessage,
  RollParseOptions,
  RollPreview,
  RollStats,
  RollTable,
  RollWarning,
  RollWarningCode,
} from './types';
export { MAX_ROLL_BYTES, MAX_ROLL_ROWS, PREVIEW_ROWS } from './types';
