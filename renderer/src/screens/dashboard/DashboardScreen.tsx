// The morning view: the offer and its clock, the intake state, where the elections stand, and
// what the desk owes (confirmations due).
import { Grid, Group, Stack, Title } from '@mantine/core';
import { useDeskQuery } from '../../api/useApi';
import { AnswerLoading } from '../../ui/AnswerLoading';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { CountsPanel } from './CountsPanel';
import { OfferPanel } from './OfferPanel';
import { PlanTable } from './PlanTable';
import { TenderedChart } from './TenderedChart';

export function DashboardScreen() {
  // Other windows (or the CLI) may record paper: the change watcher refetches the totals when
  // the ledger moves, without a reload button and without polling.
  const { data, error, loading } = useDeskQuery('dashboard:get', {});

  return (
    <Stack gap="md" data-testid="dashboard" aria-busy={loading}>
      {/* Beside the title, so a refetch after each change does not move the figures. */}
      <Group justify="space-between" align="center">
        <Title order={2} size="h3">
          Dashboard
        </Title>
        <AnswerLoading loading={loading} hasData={data !== null} what="the desk's totals" />
      </Group>
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
