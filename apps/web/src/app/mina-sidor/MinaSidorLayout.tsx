import { Anchor, AppShell, Box, Button, Container, Group, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Outlet, useNavigate } from 'react-router';
import { LanguageSwitch } from '../../components/LanguageSwitch.tsx';
import { clearAllDrafts } from '../../lib/drafts.ts';
import { signOut } from '../../lib/session/session.ts';

/** A plain frame: the name of the place, language, sign out; no menu to find one's way in. */
export function MinaSidorLayout({ signedIn }: { signedIn: boolean }) {
  const { t } = useTranslation('myView');
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const out = async () => {
    await signOut();
    clearAllDrafts();
    queryClient.clear();
    void navigate('/logga-in', { replace: true });
  };
  return (
    <AppShell header={{ height: 72 }} padding="md">
      <Anchor href="#main" className="skip-link">{tc('skipToContent')}</Anchor>
      <AppShell.Header>
        <Container size="md" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Title order={2} size="h3" component="p" style={{ whiteSpace: 'nowrap' }}>{t('appTitle')}</Title>
            <Group gap="xs" wrap="nowrap">
              {/* On a phone the header has room for signing out only; Swedish is the default. */}
              <Box visibleFrom="sm"><LanguageSwitch /></Box>
              {signedIn && <Button variant="default" size="md" onClick={() => void out()}>{t('signOut')}</Button>}
            </Group>
          </Group>
        </Container>
      </AppShell.Header>
      <AppShell.Main id="main">
        <Container size="md" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
