// The two services behind File › Save a backup copy… and File › Export…, imported in one place.
// They belong to main/services; if they land under other module names, only these lines change.
export { createBackup } from '../services/backup';
export { exportElections } from '../services/export';
export { exportTo, type ExportKind } from '../services/exports';
export { backupsFolderFor } from '../services/backup-store';
export { prepareRestore } from '../services/restore';
export { writePersonalFormsInTurns } from '../services/personal-forms';
