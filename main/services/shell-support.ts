// What the outer shells (CLI, Electron app, browser harness) need from the ledger and letters
// to start a desk: the ledger key file, the SQLite native binding, exclusive file creation and
// the letter fonts. They get it here so that no shell reaches past services into the ledger or
// letters (the layer map in .dependency-cruiser.cjs).
export { FileKeyProvider, KEY_BYTES, keyMissingError, type KeyProvider } from '../ledger/key-provider';
export { useNativeBinding } from '../ledger/native-binding';
export { createFileExclusively } from '../ledger/exclusive-file';
export { letterFontPaths } from '../letters';
export { setLetterWorkerScript } from './letter-render-pool';
export { setFaxCodeWorkerScript } from './fax-code-reader';
export { translateSqliteError as plainSqliteError } from '../ledger/sql-errors';
