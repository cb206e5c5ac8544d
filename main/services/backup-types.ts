// What Settings › Backups shows (channel `backups:info`).

export interface BackupEntry {
  /** The backup file's name in the folder. */
  file: string;
  takenAt: string;
  why: 'start' | 'close' | 'manual';
  /** The audit head it ends with. */
  seq: number;
  /** formatAnchor of that head: "Ledger audit head: event 812 · 3f2a…". */
  anchor: string;
}

export interface BackupsInfo {
  /** `<ledger file>.backups`, beside the ledger. */
  folder: string;
  /** How many automatic backups are kept (one at every start and at the close of the offer). */
  keep: number;
  /** Whether the count can be changed here (it is kept in the app's data folder). */
  keepEditable: boolean;
  /** Newest first. */
  backups: BackupEntry[];
  /** Manifests in the folder that could not be read (their backups are not trusted). */
  unreadable: number;
  /** The ledger's audit head now. */
  anchor: string;
}
