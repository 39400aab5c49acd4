import { Anchor, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../components/PageTitle.tsx';

export function NotAllowed({ reason }: { reason: 'notAllowed' | 'notFound' }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageTitle>{t(reason)}</PageTitle>
      <Text>
        <Anchor component={Link} to="/">
          {t('toStart')}
        </Anchor>
      </Text>
    </Stack>
  );
}
