// How a printed report names the ledger's audit head, so paper in a file drawer can later be
// checked against the ledger (`verify --anchor`). Kept in one function: when the anchors'
// own format (core formatAnchor) lands, this is the one line to change.

export function reportAnchorText(head: { seq: number; hash: string }): string {
  return `Ledger audit head: event ${head.seq} \u00b7 ${head.hash.slice(0, 16)}`;
}
