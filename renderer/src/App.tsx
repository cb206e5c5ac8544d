// The frame: a header that always shows the intake state, a left nav, and the current screen.
// Each screen is its own chunk, loaded when first shown, so the first paint (the Dashboard) does
// not wait for the code of screens not shown (the intake form, pdf.js previews, charts, …).
import { lazy, Suspense } from 'react';
import { AppShell, Group, Loader, NavLink, Stack, Text, Title } from '@mantine/core';
import { useOffer } from './clock/DeskClock';
import { DeskTime } from './ui/DeskTime';
import { IntakeBadge } from './ui/IntakeBadge';
import { ClosedBadge } from './ui/Closed';
import { OperatorChip } from './ui/Operator';
import { hrefFor, useRoute, type Route } from './ui/route';
import { ApiErrorAlert } from './ui/ApiErrorAlert';
import { LedgerAccessBanner } from './ui/LedgerAccess';
import { UnfiledFaxesBadge } from './ui/UnfiledFaxesBadge';

const DashboardScreen = lazy(() => import('./screens/dashboard/DashboardScreen').then((m) => ({ default: m.DashboardScreen })));
const RosterScreen = lazy(() => import('./screens/roster/RosterScreen').then((m) => ({ default: m.RosterScreen })));
const HolderScreen = lazy(() => import('./screens/holder/HolderScreen').then((m) => ({ default: m.HolderScreen })));
const IntakeScreen = lazy(() => import('./screens/intake/IntakeScreen').then((m) => ({ default: m.IntakeScreen })));
const DefectsScreen = lazy(() => import('./screens/defects/DefectsScreen').then((m) => ({ default: m.DefectsScreen })));
const ConfirmationsScreen = lazy(() => import('./screens/confirmations/ConfirmationsScreen').then((m) => ({ default: m.ConfirmationsScreen })));
const ResultsScreen = lazy(() => import('./screens/results/ResultsScreen').then((m) => ({ default: m.ResultsScreen })));
const NewOfferWizard = lazy(() => import('./screens/new-offer/NewOfferWizard').then((m) => ({ default: m.NewOfferWizard })));
const SettingsScreen = lazy(() => import('./screens/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const FaxesScreen = lazy(() => import('./screens/faxes/FaxesScreen').then((m) => ({ default: m.FaxesScreen })));
const FaxScreen = lazy(() => import('./screens/faxes/FaxScreen').then((m) => ({ default: m.FaxScreen })));

const NAV: { label: string; hint: string; route: Route; matches: Route['screen'][] }[] = [
  { label: 'Dashboard', hint: 'Offer, countdown, totals', route: { screen: 'dashboard' }, matches: ['dashboard'] },
  { label: 'Roster', hint: 'Every holder and election', route: { screen: 'roster' }, matches: ['roster', 'holder'] },
  { label: 'Intake', hint: 'Log a received document', route: { screen: 'intake', employeeId: null }, matches: ['intake'] },
  { label: 'Unfiled faxes', hint: 'From the inbox, to file', route: { screen: 'faxes', which: 'unfiled' }, matches: ['faxes', 'fax'] },
  { label: 'Defects & waivers', hint: 'Cures and offer-wide waivers', route: { screen: 'defects' }, matches: ['defects'] },
  {
    label: 'Confirmations',
    hint: 'Letters due, print, mark sent',
    route: { screen: 'confirmations', view: 'queue', filter: null },
    matches: ['confirmations'],
  },
  { label: 'Results', hint: 'Totals, Schedule TO, report', route: { screen: 'results' }, matches: ['results'] },
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
            <ClosedBadge />
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
              rightSection={item.route.screen === 'faxes' ? <UnfiledFaxesBadge /> : undefined}
            />
          ))}
        </Stack>
      </AppShell.Navbar>
      <AppShell.Main>
        <LedgerAccessBanner />
        <ApiErrorAlert error={error} />
        <Suspense fallback={<ScreenLoading />}>
          <Screen route={route} />
        </Suspense>
      </AppShell.Main>
    </AppShell>
  );
}

/** Shown while a screen's code loads (its first visit only). */
function ScreenLoading() {
  return (
    <Group gap="sm" role="status" aria-live="polite" data-testid="screen-loading">
      <Loader size="sm" />
      <Text size="sm" c="dimmed">
        Loading the screen…
      </Text>
    </Group>
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
    case 'results':
      return <ResultsScreen />;
    case 'new-offer':
      return <NewOfferWizard />;
    case 'faxes':
      return <FaxesScreen which={route.which} />;
    case 'fax':
      return <FaxScreen key={route.id} id={route.id} />;
  }
}
