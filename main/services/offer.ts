// The offer as it stands (settings, expiration in force, schedule) and changes to its settings.
import { OfferDeskError } from '../core/errors';
import { extensionAnnouncementDeadline, earliestPermittedExpiration } from '../core/schedule';
import { formatInZone } from '../core/time';
import type { OfferSettings } from '../core/types';
import type { DeskParts, DeskReader } from './desk-parts';
import { reasonForOfferChange } from './offer-edits';
import type { OfferSummary } from './offer-types';
import { closingView } from './closing-view';

/** The letterhead and signature fields the Settings screen may change (each optional: a patch). */
export type SettingsPatch = Partial<Pick<OfferSettings, 'company' | 'cfoName' | 'cfoTitle' | 'addressLines' | 'phone' | 'fax'>>;

export function offerSummary(desk: DeskReader): OfferSummary {
  const snap = desk.snapshot();
  const now = desk.now();
  const zone = snap.settings.zone;
  const closing = closingView(desk.ledger, zone);
  return {
    settings: snap.settings,
    expiresAt: snap.expiresAt,
    expiresAtText: formatInZone(snap.expiresAt, zone),
    intakeOpen: closing === null && now <= snap.expiresAt,
    now,
    extensions: desk.ledger.extensions(),
    schedule: {
      earliestPermittedExpiration: earliestPermittedExpiration(snap.settings.commencedOn, zone),
      extensionAnnouncementDeadline: extensionAnnouncementDeadline(snap.expiresAt, zone),
    },
    closing,
  };
}

export function updateSettings(desk: DeskParts, input: SettingsPatch & { reason?: string | undefined }): OfferSummary {
  const { reason, ...patch } = input;
  const ctx = { at: desk.now(), operator: desk.operator() };
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  if (Object.keys(defined).length === 0) throw new OfferDeskError('invalid-input', 'Nothing to change: name at least one setting.');
  desk.write(() => {
    // Checked inside the write: a document logged meanwhile by another desk counts.
    const why = reasonForOfferChange(desk, reason, 'details');
    desk.ledger.updateSettings({ ...desk.ledger.settings(), ...defined }, ctx, why);
    // Offer-wide: the next snapshot is taken afresh, with the new letterhead.
    return { value: null, holders: null };
  });
  return offerSummary(desk);
}
