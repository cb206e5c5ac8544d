// The morning view: the offer and its clock, the intake state, where the elections stand, and
// what the desk owes (confirmations due).
import { Grid, Stack, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useQuery } from '../../api/useApi';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { CountsPanel } from './CountsPanel';
import { OfferPanel } from './OfferPanel';
import { PlanTable } from './PlanTable';
import { TenderedChart } from './TenderedChart';

const REFRESH_MS = 5000;

export function DashboardScreen() {
  const { data, error, reload } = useQuery('dashboard:get', {});
  // Other windows (or the CLI) may record paper: keep the totals fresh without a reload button.
  useEffect(() => {
    const t = window.setInterval(reload, REFRESH_MS);
    return () => window.clearInterval(t);
  }, [reload]);

  return (
    <Stack gap="md" data-testid="dashboard">
      <Title order={2} size="h3">
        Dashboard
      </Title>
      <ApiErrorAlert error={error} />
      <OfferPanel />
      {data && (
        <>
          <CountsPanel data={data} />
          <Grid gap="md">
            <Grid.Col span={{ base: 12, lg: 7 }}>
              <TenderedChart
                points={data.tenderedOverTime}
                zone={data.offer.settings.zone}
                commencedOn={data.offer.settings.commencedOn}
                expiresAt={data.offer.expiresAt}
                now={Date.parse(data.offer.now)}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 5 }}>
              <PlanTable plans={data.byPlan} />
            </Grid.Col>
          </Grid>
        </>
      )}
    </Stack>
  );
}
