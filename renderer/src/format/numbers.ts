// Share counts are whole numbers printed the way the paper prints them: 9,250.
const shares = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export function formatShares(n: number): string {
  return shares.format(n);
}

// The masked ID number's shape is the one the exports print too (main/core/masked-id.ts).
export { maskedId } from '../../../main/core/masked-id';
