// Type-ahead over the roster (the desk searches: accents and case ignored, grant ids and the last
// four of the ID number too). The options shown always answer exactly what is in the box: while a
// newer search is on its way the old options are hidden, never offered (a Notice was once recorded
// against the previous holder because his name was still the first option). Enter takes an exact
// employee id or the only match, waiting for the desk's answer if it has not come yet.
import { Button, Combobox, Loader, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { foldForSearch } from '../../../../main/core/search-fold';
import { useDeskQuery } from '../../api/useApi';

interface Option {
  value: string;
  label: string;
}

interface Answer {
  /** The text these options answer (trimmed). */
  query: string;
  rows: Option[];
  total: number;
}

interface Props {
  value: string | null;
  onChange: (employeeId: string | null) => void;
  /** After the operator took a holder (Enter or a click): the form moves on to the next field. */
  onPicked?: () => void;
  disabled?: boolean;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  /**
   * The operator chose, deliberately, to log paper from someone not on the roster: offered only
   * when what is typed matches no holder, with what was typed.
   */
  onNotOnRoster?: (typed: string) => void;
}

/** The dropdown's value for "Log paper from someone not on the roster…" (no employee id looks like it). */
const NOT_ON_ROSTER = '\u0000not-on-roster';
const NOT_ON_ROSTER_LABEL = 'Log paper from someone not on the roster\u2026';

const PAGE = 20;
const labelOf = (name: string, employeeId: string) => `${name} · ${employeeId}`;

/** What Enter takes from an answer: the holder whose employee id is exactly what was typed, else the only match. */
function enterChoice(answer: Answer): Option | null {
  const typed = foldForSearch(answer.query);
  const exact = answer.rows.find((o) => foldForSearch(o.value) === typed);
  if (exact) return exact;
  return answer.total === 1 ? (answer.rows[0] ?? null) : null;
}

export function HolderPicker({ value, onChange, onPicked, disabled, autoFocus, inputRef, onNotOnRoster }: Props) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<Option | null>(null);
  const [pendingEnter, setPendingEnter] = useState<string | null>(null);
  const query = search.trim();
  // The box shows the chosen holder's label: that is not a search.
  const showingChoice = chosen !== null && search === chosen.label;
  const [debounced] = useDebouncedValue(query, 120);
  // Never the previous search's rows under this one's text: only this exact search's answer.
  const list = useDeskQuery('holders:list', { query: debounced, filter: 'all', offset: 0, limit: PAGE }, !showingChoice, { keepPrevious: false });
  const answer = useMemo<Answer | null>(
    () => (list.data ? { query: debounced, rows: list.data.rows.map((h) => ({ value: h.employeeId, label: labelOf(h.name, h.employeeId) })), total: list.data.total } : null),
    [list.data, debounced],
  );
  const current = answer && answer.query === query && !showingChoice ? answer : null;

  // The form was reset (after a save): the box empties, ready for the next paper.
  useEffect(() => {
    if (value === null && chosen !== null) {
      setChosen(null);
      setSearch('');
    }
  }, [value, chosen]);

  // A holder chosen elsewhere (the holder screen's "Log a document") still needs its label.
  const asked = useRef<string | null>(null);
  const needsLabel = value !== null && chosen?.value !== value && asked.current !== value;
  const named = useDeskQuery('holders:get', { employeeId: value ?? '-' }, needsLabel, { keepPrevious: false });
  useEffect(() => {
    if (!needsLabel || value === null || named.data?.holder.employeeId !== value) return;
    asked.current = value;
    const option = { value, label: labelOf(named.data.holder.name, value) };
    setChosen(option);
    setSearch(option.label);
  }, [needsLabel, value, named.data]);

  const choose = (option: Option) => {
    asked.current = option.value;
    setChosen(option);
    setSearch(option.label);
    setPendingEnter(null);
    combobox.closeDropdown();
    onChange(option.value);
    onPicked?.();
  };

  // An Enter pressed before the desk answered is kept until the answer for that very text arrives.
  useEffect(() => {
    if (pendingEnter === null || !current) return;
    if (pendingEnter !== current.query) return;
    setPendingEnter(null);
    const option = enterChoice(current);
    if (option) choose(option);
    // `choose` is left out of the dependencies: it only sets state and calls the parent's setter.
  }, [pendingEnter, current]);

  // When Enter would take something, show which one (highlighted), so the keyboard user sees it.
  useEffect(() => {
    if (!current || !combobox.dropdownOpened) return;
    const option = enterChoice(current);
    if (option && option === current.rows[0]) combobox.selectFirstOption();
  }, [current, combobox]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.altKey || e.nativeEvent.isComposing) return;
    // An option highlighted with the arrows is the operator's own choice: the combobox takes it.
    if (combobox.dropdownOpened && combobox.getSelectedOptionIndex() !== -1) return;
    e.preventDefault();
    if (showingChoice || query === '') return;
    if (current) {
      const option = enterChoice(current);
      if (option) choose(option);
      else combobox.openDropdown();
    } else {
      setPendingEnter(query);
    }
  };

  const several = query !== '' && current && current.total > 1 && !enterChoice(current);
  const noMatch = query !== '' && current !== null && current.rows.length === 0;
  const offerNotOnRoster = noMatch && onNotOnRoster !== undefined;
  const notOnRoster = () => {
    combobox.closeDropdown();
    onNotOnRoster?.(query);
  };

  return (
    <div>
      <Combobox store={combobox} onOptionSubmit={(v) => {
        if (v === NOT_ON_ROSTER) {
          notOnRoster();
          return;
        }
        const option = current?.rows.find((o) => o.value === v);
        if (option) choose(option);
      }}>
        <Combobox.Target withExpandedAttribute>
          <TextInput
            ref={inputRef}
            label="Holder"
            placeholder="Name, employee ID, grant ID or last four of the ID number"
            description={several ? `${current.total} holders match: ↓ to choose, or type more` : undefined}
            required
            value={search}
            onChange={(e) => {
              setSearch(e.currentTarget.value);
              setPendingEnter(null);
              combobox.resetSelectedOption();
              combobox.openDropdown();
              // What the box says and the holder on the form never disagree.
              if (chosen !== null) {
                setChosen(null);
                onChange(null);
              }
            }}
            onClick={() => combobox.openDropdown()}
            onBlur={() => combobox.closeDropdown()}
            onKeyDown={onKeyDown}
            rightSection={pendingEnter !== null || (!current && !showingChoice && combobox.dropdownOpened) ? <Loader size={14} /> : null}
            disabled={disabled}
            autoFocus={autoFocus}
            w={380}
          />
        </Combobox.Target>
        <Combobox.Dropdown hidden={showingChoice}>
          <Combobox.Options>
            {current === null ? (
              <Combobox.Empty>Searching…</Combobox.Empty>
            ) : current.rows.length === 0 ? (
              <>
                <Combobox.Empty>No holder matches “{query}”</Combobox.Empty>
                {offerNotOnRoster && (
                  <Combobox.Option value={NOT_ON_ROSTER} c="orange.9" fz="sm">
                    {NOT_ON_ROSTER_LABEL}
                  </Combobox.Option>
                )}
              </>
            ) : (
              current.rows.map((o) => (
                <Combobox.Option value={o.value} key={o.value}>
                  {o.label}
                </Combobox.Option>
              ))
            )}
          </Combobox.Options>
          {current && current.total > current.rows.length && (
            <Combobox.Footer>
              <Text size="xs" c="dimmed">
                {current.total - current.rows.length} more: type more of the name or ID
              </Text>
            </Combobox.Footer>
          )}
        </Combobox.Dropdown>
      </Combobox>
      {/* Also one Tab away from the box, for when the list is closed. */}
      {offerNotOnRoster && (
        <Button size="compact-xs" variant="subtle" color="orange" mt={4} onClick={notOnRoster} disabled={disabled} data-testid="not-on-roster-offer">
          {NOT_ON_ROSTER_LABEL}
        </Button>
      )}
    </div>
  );
}
