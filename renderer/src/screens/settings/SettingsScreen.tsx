// The offer as configured, its schedule and extensions, and the ledger itself (operator, roster
// import, verification of the audit chain).
import { Grid, Stack, Title } from '@mantine/core';
import { useOffer } from '../../clock/DeskClock';
import { ExchangeTermsForm } from './ExchangeTermsForm';
import { ExtensionForm } from './ExtensionForm';
import { ExtensionHistory } from './ExtensionHistory';
import { LedgerCard } from './LedgerCard';
import { BackupsCard } from './BackupsCard';
import { OfferDetailsForm } from './OfferDetailsForm';
import { OfferHistoryCard } from './OfferHistoryCard';
import { ScheduleCard } from './ScheduleCard';
import { ClosedGuard, ClosedNotice } from '../../ui/Closed';
import { CloseOfferCard } from './CloseOfferCard';
import { FaxInboxCard } from './FaxInboxCard';

export function SettingsScreen() {
  const { offer, refresh } = useOffer();
  return (
    <Stack gap="md" data-testid="settings">
      <Title order={2} size="h3">
        Settings
      </Title>
      <ClosedNotice />
      {offer && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack gap="md">
              <ClosedGuard notice={false}>
                <OfferDetailsForm offer={offer} onSaved={refresh} />
              </ClosedGuard>
              <LedgerCard />
              <BackupsCard zone={offer.settings.zone} />
              <FaxInboxCard zone={offer.settings.zone} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack gap="md">
              <ScheduleCard offer={offer} />
              <ClosedGuard notice={false}>
                <ExtensionForm offer={offer} onRecorded={refresh} />
                <ExchangeTermsForm />
              </ClosedGuard>
              <CloseOfferCard offer={offer} onClosed={refresh} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={12}>
            <ClosedGuard notice={false}>
              <ExtensionHistory offer={offer} />
            </ClosedGuard>
          </Grid.Col>
          <Grid.Col span={12}>
            <OfferHistoryCard zone={offer.settings.zone} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
