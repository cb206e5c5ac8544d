// Results: where the offer ends up. Totals by plan, how holders answered, the paragraph for the
// final amendment to the Schedule TO (with Copy), the records a final report lists, and the PDF.
// PRELIMINARY until the offer is closed; afterwards the close's dates. Live: the change watcher
// refetches it when the ledger moves.
import { Alert, Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDeskQuery } from '../../api/useApi';
import { AnswerLoading } from '../../ui/AnswerLoading';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import type { ResultsSummary } from '../../../../main/ipc/dto';
import { ResultsLists } from './ResultsLists';
import { ResultsTotals } from './ResultsTotals';
import { SaveResultsPdf } from './SaveResultsPdf';
import { ScheduleToCard } from './ScheduleToCard';

function Dates({ r }: { r: ResultsSummary }) {
  const expected = r.dates.source === 'rules' ? ' (expected)' : '';
  const facts: [string, string][] = [
    [r.asOf < r.dates.expiresAt ? 'Expires' : 'Expired', r.dates.expiresAtText],
    ['Options cancelled', `${r.dates.cancellationDate}${expected}`],
    ['New options granted', `${r.dates.newGrantDate}${expected}`],
    ['Exchange ratio', r.ratios.join('; ')],
  ];
  return (
    <Card withBorder>
      <SimpleGrid cols={{ base: 2, lg: 4 }} aria-label="Dates of the offer">
        {facts.map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={500}>{value}</Text>
          </div>
        ))}
      </SimpleGrid>
      {r.dates.datesReason && (
        <Text size="sm" mt="xs">
          Dates set at the close: {r.dates.datesReason}
        </Text>
      )}
    </Card>
  );
}

export function ResultsScreen() {
  const { data, error, loading } = useDeskQuery('results:get', {});
  return (
    <Stack gap="md" data-testid="results" aria-busy={loading}>
      <Group justify="space-between" align="center">
        <Group gap="sm">
          <Title order={2} size="h3">
            Results
          </Title>
          {data?.closing && <Badge color="gray">CLOSED</Badge>}
        </Group>
        <Group gap="md">
          <AnswerLoading loading={loading} hasData={data !== null} what="the results" />
          <SaveResultsPdf />
        </Group>
      </Group>
      <ApiErrorAlert error={error} />
      {data && (
        <>
          {data.banner !== null ? (
            <Alert color="red" title={data.banner} data-testid="results-banner">
              Figures as the ledger stands on {data.asOfText}; the dates are the ones the rules give until the offer is closed.
            </Alert>
          ) : (
            data.closing && (
              <Alert color="gray" title="The offer is closed" data-testid="results-banner">
                Closed on {data.closing.closedAtText} by {data.closing.closedBy}. These are the figures of the closed ledger.
              </Alert>
            )
          )}
          {data.closeFiguresDiffer.length > 0 && (
            <Alert color="red" title="The figures the close recorded differ from the ledger's">
              {data.closeFiguresDiffer.join('; ')}
            </Alert>
          )}
          <Dates r={data} />
          <ScheduleToCard paragraph={data.scheduleTo} preliminary={data.banner !== null} />
          <ResultsTotals r={data} />
          {data.uncovered.length > 0 && (
            <Alert color="red" title="Grants no exchange ratio covers">
              {data.uncovered.map((u) => `${u.grantId} (${u.employeeId}, ${u.plan} Plan, $${u.exercisePrice})`).join(', ')}: the close is refused until the
              exchange terms cover them.
            </Alert>
          )}
          <ResultsLists r={data} />
        </>
      )}
    </Stack>
  );
}
