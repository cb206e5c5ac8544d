// The wizard's schedule table, exchange-terms step and review page. Every date and sentence shown
// is the desk's answer (offer:check-new); the window only lays it out.
import { Alert, Button, Group, NumberInput, Stack, Table, Text, TextInput } from '@mantine/core';
import type { Dispatch, SetStateAction } from 'react';
import type { NewOfferCheck, NewOfferProblem, NewOfferSchedule } from '../../../../main/ipc/dto';
import { problemOf, type RatioRow, type WizardFields } from './draft';

export function ScheduleTable({ schedule }: { schedule: NewOfferSchedule | null }) {
  const rows: [string, string | null, string][] = [
    ['Earliest allowed expiration', schedule?.earliestExpirationText ?? null, 'end of the 20th business day (Rule 14e-1(a))'],
    ['20th business day', schedule?.twentiethBusinessDay ?? null, 'counting the commencement day as day 1'],
    ['Expiration', schedule?.expiresAtText ?? null, 'as typed, on the zone’s clock'],
    ['Announce an extension by', schedule?.extensionAnnouncementDeadlineText ?? null, '9:00 a.m. next business day (Rule 14e-1(d))'],
    ['Withdrawal rights from', schedule?.withdrawalRightsFrom ?? null, 'after 40 business days (Rule 13e-4(f)(2)(ii))'],
    ['Look-back from', schedule?.lookBackFrom ?? null, 'later grants are required'],
  ];
  return (
    <Table aria-label="Regulation 14E schedule" fz="sm" verticalSpacing={4}>
      <Table.Tbody>
        {rows.map(([label, value, note]) => (
          <Table.Tr key={label}>
            <Table.Th fw={500}>{label}</Table.Th>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>{value ?? '—'}</Table.Td>
            <Table.Td c="dimmed" fz="xs">
              {note}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface ExchangeProps {
  fields: WizardFields;
  setFields: Dispatch<SetStateAction<WizardFields>>;
  check: NewOfferCheck | null;
  problems: readonly NewOfferProblem[];
}

export function ExchangeStep({ fields, setFields, check, problems }: ExchangeProps) {
  const setRow = (i: number, k: keyof RatioRow) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, ratios: f.ratios.map((r, j) => (j === i ? { ...r, [k]: value } : r)) }));
  };
  const whole = problems.filter((p) => p.field === 'exchange').map((p) => p.message);
  return (
    <Stack gap="sm">
      <Text size="sm">
        New option shares for each old share tendered, by plan or by exercise-price band (blank: any). The first line that covers a grant decides its ratio;
        fractions of a share are rounded down.
      </Text>
      {fields.ratios.map((r, i) => {
        const at = (k: string) => problemOf(problems, `exchange.ratios[${i}].${k}`);
        return (
          <Group key={i} gap="sm" align="flex-start" grow>
            <TextInput label={`Plan, line ${i + 1}`} value={r.plan} onChange={setRow(i, 'plan')} error={at('plan')} placeholder="every plan" />
            <TextInput label={`Price from, line ${i + 1}`} value={r.priceFrom} onChange={setRow(i, 'priceFrom')} error={at('priceFrom')} placeholder="no lower bound" />
            <TextInput label={`Price below, line ${i + 1}`} value={r.priceBelow} onChange={setRow(i, 'priceBelow')} error={at('priceBelow')} placeholder="no upper bound" />
            <TextInput label={`Ratio new:old, line ${i + 1}`} value={r.ratio} onChange={setRow(i, 'ratio')} error={at('ratio')} />
          </Group>
        );
      })}
      <Group gap="sm">
        <Button variant="default" size="xs" onClick={() => setFields((f) => ({ ...f, ratios: [...f.ratios, { plan: '', priceFrom: '', priceBelow: '', ratio: '1:1' }] }))}>
          Add a ratio line
        </Button>
        {fields.ratios.length > 1 && (
          <Button variant="default" size="xs" onClick={() => setFields((f) => ({ ...f, ratios: f.ratios.slice(0, -1) }))}>
            Remove the last line
          </Button>
        )}
      </Group>
      <Group gap="sm" align="flex-end">
        <NumberInput label="New grant after (months)" value={fields.months} min={0} max={60} allowDecimal={false} onChange={(v) => setFields((f) => ({ ...f, months: Number(v) || 0 }))} w={200} />
        <NumberInput label="and (days)" value={fields.days} min={0} max={366} allowDecimal={false} onChange={(v) => setFields((f) => ({ ...f, days: Number(v) || 0 }))} w={140} />
      </Group>
      <Text size="sm" data-testid="new-grant-rule">
        New grant: {check?.newGrantRuleText ?? '—'}
        {check?.schedule.newGrantDate ? ` (for this expiration: ${check.schedule.newGrantDate})` : ''}.
      </Text>
      {whole.length > 0 && (
        <Alert color="red" variant="light" role="alert">
          {whole.join(' ')}
        </Alert>
      )}
    </Stack>
  );
}

export function ReviewStep({ check }: { check: NewOfferCheck | null }) {
  const s = check?.settings;
  if (!check || !s) {
    return <Text c="red">The offer is not complete: go back to the steps marked.</Text>;
  }
  const rows: [string, string][] = [
    ['Company', s.company],
    ['Officer', `${s.cfoName}${s.cfoTitle ? `, ${s.cfoTitle}` : ''}`],
    ['Address', s.addressLines.join(' · ')],
    ['Phone / fax', `${s.phone || '—'} / ${s.fax || '—'}`],
    ['Commencement', s.commencedOn],
    ['Expiration', check.schedule.expiresAtText ?? ''],
    ['Time zone', s.zone],
    ['Look-back from', s.lookbackFrom],
    ['Plans', s.plans.join(', ')],
    ['Exchange ratios', check.ratiosText.join('; ')],
    ['New grant', check.newGrantRuleText],
    ['Cancellation / new grant', `${check.schedule.cancellationDate ?? ''} / ${check.schedule.newGrantDate ?? ''}`],
  ];
  return (
    <Stack gap="xs">
      <Table aria-label="The new offer" fz="sm" verticalSpacing={4}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th fw={500} w={220}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ScheduleTable schedule={check.schedule} />
    </Stack>
  );
}
