// Share counts are whole numbers printed the way the paper prints them: 9,250.
const shares = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatShares(n: number): string {
  return shares.format(n);
}

/** The holder's ID number is sensitive: only its last four ever reach the screen. */
export function maskedId(last4: string): string {
  return `•••-••-${last4}`;
}
