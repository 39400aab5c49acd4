import { Anchor, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BoardBlocker } from '../api/month-close.ts';

/**
 * What stands in a statement's way, counted by kind, each a link to the statement's list of
 * blockers where it says what is to be done and by whom.
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
  const byKind = new Map<BoardBlocker['kind'], BoardBlocker[]>();
  for (const b of blockers) byKind.set(b.kind, [...(byKind.get(b.kind) ?? []), b]);
  return (
    <List size="sm" spacing={2}>
      {[...byKind].map(([kind, list]) => (
        <List.Item key={kind}>
          <Anchor component={Link} to={`${href}#hinder`}>
            {t(`blocker.${kind}`, {
              client: list.length === 1 ? clientName(list[0]!.client) : `${list.length} st`,
            })}
          </Anchor>{' '}
          – {t(`who.${list[0]!.actor}`)}
        </List.Item>
      ))}
    </List>
  );
}
