export {
  UTF8_BOM,
  csvField,
  neutraliseFormula,
  toCsv,
  undoNeutraliseFormula,
  type CsvCell,
  type CsvOptions,
} from './csv';
export {
  JSON_FORMAT,
  LOG_CSV_HEADER,
  VIEW_CSV_HEADER,
  attendanceJson,
  attendanceLogCsv,
  attendanceViewCsv,
  exportFileName,
  type ExportMeeting,
  type ExportOptions,
  type NamePrivacy,
} from './attendance-export';
