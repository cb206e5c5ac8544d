// How an ID number is shown anywhere outside the ledger: only its last four, the rest as bullets.
// One shape for the screens, the administrator's CSV and the JSON export, so a reader who has
// seen one recognises the others.

/** The holder's ID number is sensitive: only its last four ever leave the ledger. */
export function maskedId(last4: string): string {
  return `•••-••-${last4}`;
}
