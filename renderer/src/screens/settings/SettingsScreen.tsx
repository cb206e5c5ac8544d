// The offer as configured, its schedule and extensions, and the ledger itself (operator, roster
// import, verification of the audit chain).
import { Grid, Stack, Title } from '@mantine/core';
import { useOffer } from '../../clock/DeskClock';
import { ExchangeTermsForm } from './ExchangeTermsForm';
import { ExtensionForm } from './ExtensionForm';
import { ExtensionHistory } from './ExtensionHistory';
import { LedgerCard } from './LedgerCard';
import { OfferDetailsForm } from './OfferDetailsForm';
import { OfferHistoryCard } from './OfferHistoryCard';
import { ScheduleCard } from './ScheduleCard';

export function SettingsScreen() {
  const { offer, refresh } = useOffer();
  return (
    <Stack gap="md" data-testid="settings">
      <Title order={2} size="h3">
        Settings
      </Title>
      {offer && (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack gap="md">
              <OfferDetailsForm offer={offer} onSaved={refresh} />
              <LedgerCard />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 6 }}>
            <Stack gap="md">
              <ScheduleCard offer={offer} />
              <ExtensionForm offer={offer} onRecorded={refresh} />
              <ExchangeTermsForm />
            </Stack>
          </Grid.Col>
          <Grid.Col span={12}>
            <ExtensionHistory offer={offer} />
          </Grid.Col>
          <Grid.Col span={12}>
            <OfferHistoryCard zone={offer.settings.zone} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
