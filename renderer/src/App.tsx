// The frame: a header that always shows the intake state, a left nav, and the current screen.
import { AppShell, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useOffer } from './clock/DeskClock';
import { ConfirmationsScreen } from './screens/confirmations/ConfirmationsScreen';
import { DashboardScreen } from './screens/dashboard/DashboardScreen';
import { DefectsScreen } from './screens/defects/DefectsScreen';
import { HolderScreen } from './screens/holder/HolderScreen';
import { IntakeScreen } from './screens/intake/IntakeScreen';
import { RosterScreen } from './screens/roster/RosterScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { DeskTime } from './ui/DeskTime';
import { IntakeBadge } from './ui/IntakeBadge';
import { OperatorChip } from './ui/Operator';
import { hrefFor, useRoute, type Route } from './ui/route';
import { ApiErrorAlert } from './ui/ApiErrorAlert';

const NAV: { label: string; hint: string; route: Route; matches: Route['screen'][] }[] = [
  { label: 'Dashboard', hint: 'Offer, countdown, totals', route: { screen: 'dashboard' }, matches: ['dashboard'] },
  { label: 'Roster', hint: 'Every holder and election', route: { screen: 'roster' }, matches: ['roster', 'holder'] },
  { label: 'Intake', hint: 'Log a received document', route: { screen: 'intake', employeeId: null }, matches: ['intake'] },
  { label: 'Defects & waivers', hint: 'Cures and offer-wide waivers', route: { screen: 'defects' }, matches: ['defects'] },
  {
    label: 'Confirmations',
    hint: 'Letters due, print, mark sent',
    route: { screen: 'confirmations', view: 'queue', filter: null },
    matches: ['confirmations'],
  },
  { label: 'Settings', hint: 'Offer, extensions, ledger', route: { screen: 'settings' }, matches: ['settings'] },
];

export function App() {
  const route = useRoute();
  const { offer, error } = useOffer();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Title order={1} size="h4" fw={700}>
              Offer Desk
            </Title>
            <Text size="sm" c="dimmed" truncate>
              {offer ? `${offer.settings.company} · Offer to Exchange Options` : ''}
            </Text>
          </Group>
          <Group gap="lg" wrap="nowrap">
            <OperatorChip />
            <DeskTime />
            <IntakeBadge />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label="Screens">
        <Stack gap={2}>
          {NAV.map((item) => (
            <NavLink
              key={item.label}
              href={hrefFor(item.route)}
              label={item.label}
              description={item.hint}
              active={item.matches.includes(route.screen)}
              aria-current={item.matches.includes(route.screen) ? 'page' : undefined}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <ApiErrorAlert error={error} />
        <Screen route={route} />
      </AppShell.Main>
    </AppShell>
  );
}

function Screen({ route }: { route: Route }) {
  switch (route.screen) {
    case 'dashboard':
      return <DashboardScreen />;
    case 'roster':
      return <RosterScreen />;
    case 'holder':
      return <HolderScreen employeeId={route.employeeId} />;
    case 'intake':
      return <IntakeScreen key={route.employeeId ?? ''} initialEmployeeId={route.employeeId} />;
    case 'defects':
      return <DefectsScreen />;
    case 'confirmations':
      return <ConfirmationsScreen view={route.view} filter={route.filter} />;
    case 'settings':
      return <SettingsScreen />;
  }
}
