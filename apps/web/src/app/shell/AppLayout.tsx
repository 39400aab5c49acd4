import {
  Anchor,
  AppShell,
  Badge,
  Burger,
  Button,
  Group,
  NavLink,
  Stack,
  Text,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useMatch, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { clearAllDrafts } from '../../lib/drafts.ts';
import { signOut, type Me } from '../../lib/session/session.ts';
import type { Screen } from './screens.ts';

function MenuItem({ screen, onClick }: { screen: Screen; onClick: () => void }) {
  const { t } = useTranslation();
  const to = `/${screen.path}`;
  const active = useMatch({ path: to, end: screen.path === '' }) !== null;
  return (
    <NavLink
      component={Link}
      to={to}
      active={active}
      variant="filled"
      aria-current={active ? 'page' : undefined}
      label={t(`nav:${screen.nav}`)}
      onClick={onClick}
    />
  );
}

function ScopeLine({ me }: { me: Me }) {
  const { t } = useTranslation();
  const scope = me.districtName
    ? t('scope.district', { name: me.districtName })
    : me.providerName
      ? t('scope.provider', { name: me.providerName })
      : t('scope.municipality', { name: me.municipalityName });
  return (
    <Text size="sm" c="dimmed" data-testid="user-scope">
      {scope}
    </Text>
  );
}

/** The frame of every office page: who is signed in (name, role, district or provider), the menu of the role, the page. */
export function AppLayout({ me, screens }: { me: Me; screens: readonly Screen[] }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const menu = screens.filter((s) => s.nav);

  const leave = async () => {
    await signOut().catch(() => undefined);
    clearAllDrafts();
    queryClient.clear();
    await navigate('/logga-in', { replace: true });
  };

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <Anchor href="#main" className="skip-link">
        {t('skipToContent')}
      </Anchor>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('openNav')}
            />
            <Text fw={700} size="lg" component="span">
              {t('appName')}
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Stack gap={0} align="flex-end">
              <Group gap={6} wrap="nowrap">
                <Text fw={600} size="sm" data-testid="user-name">
                  {me.username}
                </Text>
                <Badge variant="outline" size="sm" data-testid="user-role">
                  {t(`roles.${me.role}`)}
                </Badge>
              </Group>
              <ScopeLine me={me} />
            </Stack>
            <Group gap="xs" visibleFrom="md">
              <LanguageSwitch />
            </Group>
            <Button variant="default" size="xs" onClick={() => void leave()}>
              {t('signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('mainNav')}>
        {menu.map((s) => (
          <MenuItem key={s.path} screen={s} onClick={close} />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
