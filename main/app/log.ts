// The shell's diagnostics go to the main process's stderr (visible when the app is started from a
// terminal, and in the system log of a packaged app). Only paths and reasons are ever logged:
// never a holder's name, ID number or anything else read from the ledger.
export function log(topic: string, message: string): void {
  console.warn(`[offer-desk:${topic}] ${message}`);
}
