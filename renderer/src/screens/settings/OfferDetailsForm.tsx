// The letterhead fields printed on every confirmation. Dates and plans are not editable here:
// they define the offer, and changing them would rewrite the meaning of paper already received.
import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { OfferSummary } from '../../../../main/ipc/dto';
import { useCall, useDeskQuery } from '../../api/useApi';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { useNotify } from '../../ui/Notifications';
import { useLedgerWritable } from '../../ui/LedgerAccess';

interface Fields {
  company: string;
  cfoName: string;
  cfoTitle: string;
  address: string;
  phone: string;
  fax: string;
}

function fieldsOf(offer: OfferSummary): Fields {
  const s = offer.settings;
  return { company: s.company, cfoName: s.cfoName, cfoTitle: s.cfoTitle, address: s.addressLines.join('\n'), phone: s.phone, fax: s.fax };
}

export function OfferDetailsForm({ offer, onSaved }: { offer: OfferSummary; onSaved: () => void }) {
  const writable = useLedgerWritable();
  const [fields, setFields] = useState<Fields>(() => fieldsOf(offer));
  const [reason, setReason] = useState('');
  // Whether a change needs a written reason is the desk's answer (main/services/offer-edits.ts).
  const history = useDeskQuery('offer:history', {});
  const api = useCall();
  const notify = useNotify();
  const saved = fieldsOf(offer);
  const dirty = JSON.stringify(saved) !== JSON.stringify(fields);
  // Settings saved elsewhere replace the form only when nothing is being edited here.
  const savedKey = JSON.stringify(saved);
  useEffect(() => {
    if (!dirty) setFields(JSON.parse(savedKey) as Fields);
  }, [savedKey]);

  const set = (k: keyof Fields) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [k]: value }));
  };

  const save = async () => {
    const addressLines = fields.address.split('\n').map((l) => l.trim()).filter(Boolean);
    const r = await api.call('settings:update', {
      company: fields.company,
      cfoName: fields.cfoName,
      cfoTitle: fields.cfoTitle,
      addressLines,
      phone: fields.phone,
      fax: fields.fax,
      ...(reason.trim() === '' ? {} : { reason }),
    });
    if (!r.ok) return;
    setReason('');
    notify({ title: 'Offer details saved', message: 'New letters will carry the updated letterhead.', color: 'green' });
    onSaved();
  };

  return (
    <Card>
      <Stack gap="sm">
        <div>
          <Text fw={600}>Offer details and letterhead</Text>
          <Text size="xs" c="dimmed">
            Printed on confirmations, irregularity and late-delivery notices.
          </Text>
        </div>
        <TextInput label="Company" value={fields.company} onChange={set('company')} required />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Receiving officer" value={fields.cfoName} onChange={set('cfoName')} required />
          <TextInput label="Title" value={fields.cfoTitle} onChange={set('cfoTitle')} required />
        </SimpleGrid>
        <Textarea label="Address (one line per row)" value={fields.address} onChange={set('address')} autosize minRows={2} required />
        <SimpleGrid cols={2} spacing="sm">
          <TextInput label="Phone" value={fields.phone} onChange={set('phone')} required />
          <TextInput label="Fax" value={fields.fax} onChange={set('fax')} required />
        </SimpleGrid>
        {history.data?.reasonNeeded && (
          <Textarea
            label="Why the offer details change"
            description="Documents have been logged under these details: a change needs a written reason, kept in the record."
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            autosize
            minRows={2}
          />
        )}
        <ApiErrorAlert error={api.error} onClose={api.clearError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setFields(saved)} disabled={!dirty}>
            Revert
          </Button>
          <Button onClick={() => void save()} disabled={!dirty || !writable} loading={api.busy}>
            Save offer details
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
