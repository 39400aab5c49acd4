import { Code, Image, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { QueryState } from '../../../components/QueryState.tsx';
import { enrolmentQuery } from '../api/enrolment.ts';

/** First sign-in: the QR code to scan, and the key written out for apps that cannot scan. */
export function EnrolAuthenticator() {
  const { t } = useTranslation('auth');
  const query = useQuery(enrolmentQuery);
  return (
    <Stack gap="xs">
      <Title order={2} size="h4">
        {t('enrolTitle')}
      </Title>
      <Text size="sm">{t('enrolIntro')}</Text>
      <QueryState query={query}>
        {(e) => (
          <Stack gap="xs" align="center">
            <Image src={e.qrDataUrl} alt={t('enrolQrAlt')} w={200} h={200} />
            <Text size="sm">{t('enrolManual')}</Text>
            <Code data-testid="totp-secret">{e.secret}</Code>
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}
