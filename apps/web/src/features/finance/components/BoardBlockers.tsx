import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BoardBlocker } from '../api/month-close.ts';

/**
 * What stands in a statement's way, counted by kind (as the server sends it), each a link to
 * the statement's list of blockers where it says what is to be done and by whom.
 */
export function BoardBlockers({
  blockers,
  href,
  clientName,
}: {
  blockers: BoardBlocker[];
  href: string;
  clientName: (id: string) => string;
}) {
  const { t } = useTranslation('finance');
  if (blockers.length === 0) return <Text size="sm">{t('noBlockers')}</Text>;
  return (
    <List size="sm" spacing={2}>
      {blockers.map((b) => (
        <List.Item key={b.kind}>
          <Anchor component={Link} to={`${href}#hinder`}>
            {t(`blocker.${b.kind}`, {
              client: b.count === 1 && b.client !== undefined ? clientName(b.client) : `${b.count} st`,
            })}
          </Anchor>{' '}
          – {t(`who.${b.actor}`)}
        </List.Item>
      ))}
    </List>
  );
}
