// "Delivery will be deemed made only when actually received by the Company": a document is
// timely when it was received at or before the expiration instant. 17:00:00.000 ET is timely;
// 17:00:00.001 ET is late. Keying time never enters into it.

import { instantMillis } from './time';
import type { Instant } from './types';

export function isTimely(receivedAt: Instant, expiresAt: Instant): boolean {
  // Compared as milliseconds after checking both are canonical instants: comparing arbitrary
  // text (an offset form, a missing millisecond field) could silently give the wrong order.
  return instantMillis(receivedAt) <= instantMillis(expiresAt);
}
