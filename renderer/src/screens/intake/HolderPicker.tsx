// Type-ahead over the roster (server-side search, so it works on 100,000 holders): type a name or
// employee ID, arrow to the right one, Enter.
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { invoke } from '../../api/client';

interface Option {
  value: string;
  label: string;
}

interface Props {
  value: string | null;
  onChange: (employeeId: string | null) => void;
  disabled?: boolean;
}

export function HolderPicker({ value, onChange, disabled }: Props) {
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 200);
  const [options, setOptions] = useState<Option[]>([]);
  const [selected, setSelected] = useState<Option | null>(null);

  useEffect(() => {
    let live = true;
    // The search box shows the chosen label after a pick; searching for it again is pointless.
    const query = selected && debounced === selected.label ? '' : debounced.trim();
    void invoke('holders:list', { query, filter: 'all', offset: 0, limit: 20 }).then((r) => {
      if (live && r.ok) setOptions(r.value.rows.map((h) => ({ value: h.employeeId, label: `${h.name} · ${h.employeeId}` })));
    });
    return () => {
      live = false;
    };
  }, [debounced, selected]);

  // A holder chosen elsewhere (from the holder screen's link) still needs its label.
  useEffect(() => {
    if (!value || selected?.value === value) return;
    void invoke('holders:get', { employeeId: value }).then((r) => {
      if (r.ok) setSelected({ value, label: `${r.value.holder.name} · ${value}` });
    });
  }, [value, selected]);

  const data = selected && !options.some((o) => o.value === selected.value) ? [selected, ...options] : options;

  return (
    <Select
      label="Holder"
      placeholder="Type a name or employee ID"
      searchable
      required
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      // The roster already filtered on the server; filtering again here would hide matches by ID.
      filter={({ options: all }) => all}
      onChange={(v, option) => {
        setSelected(option ? { value: option.value, label: option.label } : null);
        onChange(v);
      }}
      nothingFoundMessage="No holder matches"
      disabled={disabled}
      allowDeselect={false}
      data-autofocus
      w={380}
    />
  );
}
