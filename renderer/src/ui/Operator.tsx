// Who is keying. Every record names the person who keyed it, so when a ledger is opened and the
// desk has not been told (session:get says null) the window asks before anything else; the answer
// is kept for the session by the desk and can be changed from the header or Settings. The OS
// account is never used in its place.
import { OPERATOR_MAX } from '../../../main/core/text';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { SessionInfo } from '../../../main/ipc/dto';
import { invoke, type ApiError } from '../api/client';
import { deskQueryKey } from '../api/query-client';
import { useDeskQuery } from '../api/useApi';
import { ApiErrorAlert } from './ApiErrorAlert';

interface OperatorState {
  /** undefined while the desk is being asked, null when nobody has said yet. */
  operator: string | null | undefined;
  /** Opens the prompt to change who is keying. */
  change: () => void;
  /** Tells the header about a change made elsewhere (Settings). */
  changed: (operator: string) => void;
}

const OperatorContext = createContext<OperatorState>({ operator: undefined, change: () => undefined, changed: () => undefined });

export function useOperator(): OperatorState {
  return useContext(OperatorContext);
}

export function OperatorProvider({ children }: { children: ReactNode }) {
  // The session is a cached answer like any other (Settings reads the same one); a new ledger
  // opened (File > Open) refetches it, and the window asks again if nobody is named there.
  const session = useDeskQuery('session:get', {});
  const operator = session.data ? session.data.operator : undefined;
  const client = useQueryClient();
  const [changing, setChanging] = useState(false);
  // The desk's answer to session:setOperator is the new session: shown at once, not refetched.
  const setOperator = useCallback(
    (name: string) => client.setQueryData<SessionInfo>(deskQueryKey('session:get', {}), (old) => (old ? { ...old, operator: name } : old)),
    [client],
  );

  const change = useCallback(() => setChanging(true), []);
  const changed = setOperator;
  const asking = operator === null || changing;

  return (
    <OperatorContext.Provider value={{ operator, change, changed }}>
      {children}
      <OperatorPrompt
        opened={asking}
        required={operator === null}
        current={operator ?? ''}
        onDone={(name) => {
          setOperator(name);
          setChanging(false);
        }}
        onCancel={() => setChanging(false)}
      />
    </OperatorContext.Provider>
  );
}

interface PromptProps {
  opened: boolean;
  /** Nobody has said who is keying: the prompt cannot be dismissed. */
  required: boolean;
  current: string;
  onDone: (operator: string) => void;
  onCancel: () => void;
}

function OperatorPrompt({ opened, required, current, onDone, onCancel }: PromptProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (opened) setName(current);
  }, [opened, current]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const operator = name.trim();
    if (operator === '' || busy) return;
    setBusy(true);
    const r = await invoke('session:setOperator', { operator });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    onDone(r.value.operator ?? operator);
  };

  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title="Who is keying?"
      closeOnClickOutside={!required}
      closeOnEscape={!required}
      withCloseButton={!required}
      centered
      data-testid="operator-prompt"
    >
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <Text size="sm">
            Every document, cure, waiver and extension records the name of the person who keyed it. Enter your name as it should appear in the
            audit trail; it is kept until the desk is closed, and can be changed from the header.
          </Text>
          <TextInput label="Your name" value={name} onChange={(e) => setName(e.currentTarget.value)} required data-autofocus maxLength={OPERATOR_MAX} autoComplete="name" />
          <ApiErrorAlert error={error} />
          <Group justify="flex-end">
            {!required && (
              <Button variant="default" onClick={onCancel}>
                Cancel
              </Button>
            )}
            <Button type="submit" disabled={name.trim() === ''} loading={busy}>
              Start keying
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The header's reminder of who is keying, and the way to change it. */
export function OperatorChip() {
  const { operator, change } = useOperator();
  const state = operator === undefined ? 'loading' : operator === null ? 'asking' : 'known';
  return (
    <Button variant="subtle" size="compact-sm" onClick={change} data-testid="operator" data-state={state} disabled={operator === undefined} aria-label={operator ? `Keying as ${operator}: change operator` : 'Say who is keying'}>
      {operator ? `Keying as ${operator}` : 'No operator'}
    </Button>
  );
}
