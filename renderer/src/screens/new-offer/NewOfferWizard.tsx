// File › New offer…: everything an offer has, step by step, each field checked by the desk as it
// is typed (offer:check-new) with the Regulation 14E schedule shown beside the dates; then a review
// page and "Create the offer ledger…" (the save dialog in the app). The window holds no rule.
import { Button, Card, Group, SimpleGrid, Stack, Stepper, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useCall, useDeskQuery } from '../../api/useApi';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { EMPTY_FIELDS, offerOf, problemOf, STEPS, type WizardFields } from './draft';
import { ExchangeStep, ReviewStep, ScheduleTable } from './WizardParts';

export function NewOfferWizard() {
  const [fields, setFields] = useState<WizardFields>(EMPTY_FIELDS);
  const [step, setStep] = useState(0);
  const [shown, setShown] = useState<Set<string>>(new Set());
  const offer = offerOf(fields);
  const check = useDeskQuery('offer:check-new', { offer });
  const api = useCall();
  const problems = check.data?.problems ?? [];

  const set = (k: keyof WizardFields) => (e: { currentTarget: { value: string } }) => {
    const value = e.currentTarget.value;
    setFields((f) => ({ ...f, [k]: value }));
  };
  /** A field's problem, once the operator has left it or tried to go on. */
  const error = (field: string) => (shown.has(field) ? problemOf(problems, field) : null);
  const touch = (field: string) => () => setShown((s) => new Set(s).add(field));
  const text = (field: keyof WizardFields & string, label: string, extra: { description?: string; placeholder?: string } = {}) => (
    <TextInput label={label} value={String(fields[field])} onChange={set(field)} onBlur={touch(field)} error={error(field)} {...extra} />
  );

  const stepFields = STEPS[step]?.fields ?? [];
  const next = () => {
    setShown((s) => new Set([...s, ...stepFields]));
    if (check.loading || stepFields.some((f) => problemOf(problems, f) !== null)) return;
    setStep((n) => Math.min(n + 1, STEPS.length - 1));
  };
  const create = async () => {
    const r = await api.call('offer:create', { offer });
    // Created: the window starts afresh on the new ledger. Cancelled at the save dialog: stay here.
    if (r.ok && r.value.ledgerPath !== null) {
      window.location.hash = '#/';
      window.location.reload();
    }
  };
  const schedule = check.data?.schedule ?? null;

  return (
    <Stack gap="md" data-testid="new-offer-wizard">
      <Title order={2} size="h3">
        New offer
      </Title>
      <Stepper active={step} onStepClick={(n) => n < step && setStep(n)} size="sm">
        {STEPS.map((s) => (
          <Stepper.Step key={s.label} label={s.label} />
        ))}
      </Stepper>
      <Card>
        <Stack gap="sm" data-testid={`new-offer-step-${step + 1}`}>
          {step === 0 && (
            <>
              {text('company', 'Company')}
              <SimpleGrid cols={2} spacing="sm">
                {text('officer', "Officer's name", { description: 'Receives the paper and signs the letters' })}
                {text('officerTitle', "Officer's title")}
              </SimpleGrid>
            </>
          )}
          {step === 1 && (
            <>
              <Textarea label="Address (one line per row)" value={fields.address} onChange={set('address')} onBlur={touch('address')} error={error('address')} autosize minRows={2} />
              <SimpleGrid cols={2} spacing="sm">
                {text('phone', 'Phone')}
                {text('fax', 'Fax', { description: 'Holders fax their forms here' })}
              </SimpleGrid>
            </>
          )}
          {step === 2 && (
            <SimpleGrid cols={2} spacing="md">
              <Stack gap="sm">
                {text('commenced', 'Commencement date', { placeholder: '2003-02-28' })}
                {text('expires', 'Expiration (date and time)', { placeholder: '2003-03-31 17:00' })}
                {text('zone', 'Time zone')}
                {text('lookBack', 'Look-back date', {
                  description: schedule?.lookBackDefault ? `Blank: ${schedule.lookBackDefault}, six months before commencement` : 'Blank: six months before commencement',
                })}
              </Stack>
              <ScheduleTable schedule={schedule} />
            </SimpleGrid>
          )}
          {step === 3 && text('plans', 'Plans (comma-separated)', { placeholder: '2001, 1996' })}
          {step === 4 && <ExchangeStep fields={fields} setFields={setFields} check={check.data} problems={shown.has('exchange') ? problems : []} />}
          {step === 5 && <ReviewStep check={check.data} />}
        </Stack>
      </Card>
      <ApiErrorAlert error={api.error ?? check.error} onClose={api.clearError} />
      <Group justify="space-between">
        <Button variant="default" onClick={() => setStep((n) => Math.max(n - 1, 0))} disabled={step === 0}>
          Back
        </Button>
        {step < STEPS.length - 1 ? (
          <Button onClick={next}>Next</Button>
        ) : (
          <Button onClick={() => void create()} loading={api.busy} disabled={check.data?.settings == null}>
            Create the offer ledger…
          </Button>
        )}
      </Group>
      {step < STEPS.length - 1 && stepFields.some((f) => shown.has(f) && problemOf(problems, f) !== null) && (
        <Text size="sm" c="red" role="status">
          Correct the fields marked above to go on.
        </Text>
      )}
    </Stack>
  );
}
