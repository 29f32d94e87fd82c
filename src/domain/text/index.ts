export { foldGerman, foldText, romanKey } from './fold';
export {
  hasLetter,
  isCommonLetter,
  isPrintableAscii,
  mayHoldDigit,
  onlyCommonLetters,
} from './char-class';
export { latinLookalikes, skeleton, visibleForm } from './skeleton';
export {
  hasMixedScriptWord,
  isSuspicious,
  narrowFullwidth,
  stripEmoji,
  stripHidden,
  unicodeSignals,
  visualOrder,
  type UnicodeSignals,
} from './unicode';
export { isOneCodePoint, nameToken, tokenise, type NameToken } from './tokens';
export { isOneEditApart } from './edit-distance';
export {
  analyseDisplayName,
  analyseRollName,
  type DisplayName,
  type NameKind,
  type NameVariant,
  type RollName,
  type VariantSource,
} from './clean-name';
export {
  emailIn,
  isBareDevice,
  isBotName,
  isDialIn,
  personInDevicePhrase,
  stripPronouns,
} from './name-patterns';
export { transliterateName, wholeScript, type NameScript } from './transliterate';
export { MAX_ANALYSED_NAME, analysedPart } from './name-limit';
export {
  isKoreanFamilyFirst,
  isKoreanGivenFirst,
  isKoreanGivenName,
  koreanFamilies,
  koreanFamiliesLoose,
  koreanKey,
  koreanLooseKey,
  sameKoreanFamily,
  sameKoreanFamilyLoose,
} from './korean-latin';
