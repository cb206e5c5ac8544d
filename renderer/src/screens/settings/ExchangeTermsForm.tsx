// The exchange terms in force, editable like the letterhead: free until the first document is
// logged, then only with a written reason (the desk decides and refuses; the window only asks).
import { Button, Card, Group, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { ExchangeTermsView, RatioRuleText } from '../../../../main/ipc/dto';
import { useCall, useDeskQuery } from '../../api/useApi';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useNotify } from '../../ui/Notifications';

interface Row {
  plan: string;
  priceFrom: string;
  priceBelow: string;
  ratio: string;
}

interface Terms {
  rows: Row[];
  months: number;
  days: number;
}

function termsOf(view: ExchangeTermsView): Terms {
  const row = (r: RatioRuleText): Row => ({ plan: r.plan ?? '', priceFrom: r.priceFrom ?? '', priceBelow: r.priceBelow ?? '', ratio: r.ratio });
  return { rows: view.ratios.map(row), months: view.newGrantAfter.months, days: view.newGrantAfter.days };
}

export function ExchangeTermsForm() {
  const { data } = useDeskQuery('terms:get', {});
  return data ? <TermsEditor view={data} /> : null;
}

function TermsEditor({ view }: { view: ExchangeTermsView }) {
  const saved = termsOf(view);
  const savedKey = JSON.stringify(saved);
  const [terms, setTerms] = useState<Terms>(saved);
  const [reason, setReason] = useState('');
  const api = useCall();
  const notify = useNotify();
  const dirty = JSON.stringify(terms) !== savedKey;
  useEffect(() => {
    if (!dirty) setTerms(JSON.parse(savedKey) as Terms);
  }, [savedKey]);

  const setRow = (i: number, k: keyof Row) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setTerms((t) => ({ ...t, rows: t.rows.map((r, j) => (j === i ? { ...r, [k]: value } : r)) }));
  };
  const save = async () => {
    const r = await api.call('terms:update', {
      ratios: terms.rows,
      newGrantAfter: { months: terms.months, days: terms.days },
      ...(reason.trim() === '' ? {} : { reason }),
    });
    if (!r.ok) return;
    setReason('');
    notify({ title: 'Exchange terms saved', message: r.value.ratiosText.join('; '), color: 'green' });
  };

  return (
    <Card>
      <Stack gap="sm">
        <div>
          <Text fw={600}>Exchange terms</Text>
          <Text size="xs" c="dimmed" data-testid="terms-in-force">
            In force: {view.ratiosText.join('; ')}. New grant: {view.newGrantRuleText}.
          </Text>
        </div>
        {terms.rows.map((r, i) => (
          <Group key={i} gap="xs" grow>
            <TextInput label={`Plan, line ${i + 1}`} value={r.plan} onChange={setRow(i, 'plan')} placeholder="every plan" />
            <TextInput label={`Price from, line ${i + 1}`} value={r.priceFrom} onChange={setRow(i, 'priceFrom')} placeholder="any" />
            <TextInput label={`Price below, line ${i + 1}`} value={r.priceBelow} onChange={setRow(i, 'priceBelow')} placeholder="any" />
            <TextInput label={`Ratio new:old, line ${i + 1}`} value={r.ratio} onChange={setRow(i, 'ratio')} />
          </Group>
        ))}
        <Group gap="xs">
          <Button variant="default" size="xs" onClick={() => setTerms((t) => ({ ...t, rows: [...t.rows, { plan: '', priceFrom: '', priceBelow: '', ratio: '1:1' }] }))}>
            Add a ratio line
          </Button>
          {terms.rows.length > 1 && (
            <Button variant="default" size="xs" onClick={() => setTerms((t) => ({ ...t, rows: t.rows.slice(0, -1) }))}>
              Remove the last line
            </Button>
          )}
        </Group>
        <Group gap="sm">
          <NumberInput label="New grant after (months)" value={terms.months} min={0} max={60} allowDecimal={false} onChange={(v) => setTerms((t) => ({ ...t, months: Number(v) || 0 }))} w={200} />
          <NumberInput label="and (days)" value={terms.days} min={0} max={366} allowDecimal={false} onChange={(v) => setTerms((t) => ({ ...t, days: Number(v) || 0 }))} w={140} />
        </Group>
        {view.reasonNeeded && (
          <Textarea
            label="Why the exchange terms change"
            description="Documents have been logged under these terms: a change needs a written reason, kept in the record."
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
          />
        )}
        <ApiErrorAlert error={api.error} onClose={api.clearError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setTerms(JSON.parse(savedKey) as Terms)} disabled={!dirty}>
            Revert
          </Button>
          <Button onClick={() => void save()} disabled={!dirty} loading={api.busy}>
            Save exchange terms
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
