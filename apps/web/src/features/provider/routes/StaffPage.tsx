import { Anchor, Badge, Button, Card, Checkbox, Group, Modal, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { EmptyState, QueryState } from '../../../components/QueryState.tsx';
import { useMe } from '../../../lib/session/session.ts';
import { allStaffQuery, unitsQuery, type StaffMember, type Unit } from '../api/staffing.ts';
import { EditStaffForm, NewStaffForm } from '../components/StaffForm.tsx';
import { UnitsCard } from '../components/UnitsCard.tsx';

const ALL = '*';
const NONE = '-';

function StaffTable({ providerId, staff, units }: { providerId: string; staff: StaffMember[]; units: Unit[] }) {
  const { t } = useTranslation('staffing');
  const [unit, setUnit] = useState<string>(ALL);
  const [showInactive, setShowInactive] = useState(false);
  const [editing, setEditing] = useState<StaffMember | null>(null);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const shown = staff
    .filter((s) => showInactive || s.active)
    .filter((s) => unit === ALL || (unit === NONE ? s.unit === null : s.unit === unit))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return (
    <Card withBorder component="section" aria-labelledby="staff-heading">
      <Title order={2} size="h3" id="staff-heading" mb="xs">
        {t('staff.list')}
      </Title>
      <Group align="flex-end" mb="sm">
        <Select
          label={t('staff.filterUnit')}
          data={[
            { value: ALL, label: t('staff.allUnits') },
            ...units.map((u) => ({ value: u.id, label: u.name })),
            { value: NONE, label: t('staff.noUnit') },
          ]}
          value={unit}
          allowDeselect={false}
          onChange={(v) => setUnit(v ?? ALL)}
          w={240}
        />
        <Checkbox
          label={t('staff.showInactive')}
          checked={showInactive}
          onChange={(e) => setShowInactive(e.currentTarget.checked)}
          mb={8}
        />
      </Group>
      {shown.length === 0 ? (
        <EmptyState>{t('staff.none')}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table fz="sm" verticalSpacing={4} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('staff.name')}</Table.Th>
                <Table.Th scope="col">{t('staff.unit')}</Table.Th>
                <Table.Th scope="col">{t('staff.employment')}</Table.Th>
                <Table.Th scope="col">{t('staff.status')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('staff.edit')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={`/medarbetare/${encodeURIComponent(s.id)}`}>
                      {s.name}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{s.unit === null ? '–' : (unitName.get(s.unit) ?? s.unit)}</Table.Td>
                  <Table.Td>
                    {s.employmentPercent === null ? '–' : t('staff.percent', { value: s.employmentPercent })}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color={s.active ? 'teal.9' : 'gray.8'} tt="none">
                      {s.active ? t('staff.active') : t('staff.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing(s)}
                      aria-label={t('staff.editTitle', { name: s.name })}
                    >
                      {t('staff.edit')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal
        opened={editing !== null}
        onClose={() => setEditing(null)}
        closeButtonProps={{ 'aria-label': t('staff.close') }}
        title={editing ? t('staff.editTitle', { name: editing.name }) : ''}
      >
        {editing && (
          <EditStaffForm
            key={editing.id}
            providerId={providerId}
            member={editing}
            units={units}
            onDone={() => setEditing(null)}
          />
        )}
      </Modal>
    </Card>
  );
}

/** The manager's staff and units: who works where, how much, and who has left. */
export function StaffPage() {
  const { t } = useTranslation('staffing');
  const providerId = useMe()?.providerId ?? '';
  const staff = useQuery(allStaffQuery(providerId));
  const units = useQuery(unitsQuery(providerId));
  return (
    <>
      <PageTitle>{t('staff.title')}</PageTitle>
      <Text mb="md" maw={760}>
        {t('staff.intro')}
      </Text>
      <QueryState query={units}>
        {(u) => (
          <QueryState query={staff}>
            {(s) => (
              <Stack>
                <StaffTable providerId={providerId} staff={s.staff} units={u.units} />
                <Card withBorder component="section" aria-labelledby="new-staff-heading">
                  <Title order={2} size="h3" id="new-staff-heading" mb="xs">
                    {t('staff.newStaff')}
                  </Title>
                  <NewStaffForm providerId={providerId} units={u.units} />
                </Card>
                <UnitsCard providerId={providerId} units={u.units} staff={s.staff} />
              </Stack>
            )}
          </QueryState>
        )}
      </QueryState>
    </>
  );
}
