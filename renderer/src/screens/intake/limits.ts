// Mirrors ATTACHMENT_MAX_BYTES in main/ipc/contract.ts (runtime code there is not importable here);
// the desk enforces the real limit, this only lets the form say so before a 25 MB upload.
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;
