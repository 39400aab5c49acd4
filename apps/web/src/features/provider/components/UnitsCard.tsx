import { Button, Card, Group, Table, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { EmptyState } from '../../../components/QueryState.tsx';
import { useAddUnit, useRenameUnit, type StaffMember, type Unit } from '../api/staffing.ts';
import { idFromName } from './staffing.ts';

function RenameRow({ providerId, unit, count }: { providerId: string; unit: Unit; count: number }) {
  const { t } = useTranslation('staffing');
  const rename = useRenameUnit(providerId);
  const [name, setName] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (name === null || !name.trim()) return;
    rename.mutate({ id: unit.id, name: name.trim() }, { onSuccess: () => setName(null) });
  };
  return (
    <Table.Tr>
      <Table.Td>
        {name === null ? (
          unit.name
        ) : (
          <form onSubmit={submit} noValidate>
            <Group gap="xs" align="flex-end">
              <TextInput
                size="xs"
                label={t('staff.renameUnit', { name: unit.name })}
                value={name}
                onChange={(e) => setName(e.currentTarget.value)}
                error={!name.trim() ? t('staff.nameRequired') : undefined}
              />
              <Button size="xs" type="submit" loading={rename.isPending}>
                {t('common:save')}
              </Button>
              <Button size="xs" variant="default" onClick={() => setName(null)}>
                {t('common:cancel')}
              </Button>
            </Group>
            <ApiErrorAlert error={rename.error} />
          </form>
        )}
      </Table.Td>
      <Table.Td>{count}</Table.Td>
      <Table.Td>
        {name === null && (
          <Button
            size="xs"
            variant="default"
            onClick={() => setName(unit.name)}
            aria-label={t('staff.renameUnit', { name: unit.name })}
          >
            {t('staff.rename')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The provider's units with how many work in each; add one, rename one. */
export function UnitsCard({
  providerId,
  units,
  staff,
}: {
  providerId: string;
  units: Unit[];
  staff: StaffMember[];
}) {
  const { t } = useTranslation('staffing');
  const add = useAddUnit(providerId);
  const [name, setName] = useState('');
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!name.trim()) return;
    const id = idFromName(providerId, name, Math.random().toString(36).slice(2, 6));
    add.mutate(
      { id, name: name.trim() },
      {
        onSuccess: () => {
          setName('');
          setTried(false);
        },
      },
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="units-heading">
      <Title order={2} size="h3" id="units-heading" mb="xs">
        {t('staff.units')}
      </Title>
      {units.length === 0 ? (
        <EmptyState>{t('staff.noUnits')}</EmptyState>
      ) : (
        <Table fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('staff.unit')}</Table.Th>
              <Table.Th scope="col">{t('staff.staffCount')}</Table.Th>
              <Table.Th scope="col">
                <span className="visually-hidden">{t('staff.rename')}</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {units.map((u) => (
              <RenameRow
                key={`${u.id}:${u.name}`}
                providerId={providerId}
                unit={u}
                count={staff.filter((s) => s.unit === u.id && s.active).length}
              />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form onSubmit={submit} aria-label={t('staff.newUnit')} noValidate>
        <Group align="flex-start" mt="sm">
          <TextInput
            label={t('staff.unitName')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={tried && !name.trim() ? t('staff.nameRequired') : undefined}
          />
          <Button type="submit" variant="default" mt={24} loading={add.isPending}>
            {t('staff.newUnit')}
          </Button>
        </Group>
        <ApiErrorAlert error={add.error} />
      </form>
    </Card>
  );
}
