import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLOURS = { draft: 'gray', submitted: 'blue', approved: 'teal', exported: 'green' } as const;

export function StatusBadge({ status }: { status: keyof typeof COLOURS }) {
  const { t } = useTranslation('finance');
  return (
    <Badge variant="outline" color={COLOURS[status]}>
      {t(`status.${status}`)}
    </Badge>
  );
}
