import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { PageTitle } from '../../../components/PageTitle.tsx';
import { QueryState } from '../../../components/QueryState.tsx';
import { localDate } from '../../../lib/format.ts';
import { useMe } from '../../../lib/session/session.ts';
import { allStaffQuery, patternQuery, unitsQuery } from '../api/staffing.ts';
import { PatternEditor } from '../components/PatternEditor.tsx';
import { ShiftExceptions } from '../components/ShiftExceptions.tsx';
import { StaffWeek } from '../components/StaffWeek.tsx';
import { useWeekParam } from '../components/WeekPicker.tsx';

/** One staff member's working hours: her weekly pattern, the exceptions, and a week as it turns out. */
export function StaffShiftsPage() {
  const { t } = useTranslation('staffing');
  const { staffId = '' } = useParams();
  const providerId = useMe()?.providerId ?? '';
  const today = localDate(new Date());
  const staff = useQuery(allStaffQuery(providerId));
  const units = useQuery(unitsQuery(providerId));
  const pattern = useQuery(patternQuery(staffId, today));
  const [monday, setMonday] = useWeekParam();
  const [saved, setSaved] = useState(false);
  const member = staff.data?.staff.find((s) => s.id === staffId);
  const unit = units.data?.units.find((u) => u.id === member?.unit);
  return (
    <>
      <Anchor component={Link} to="/medarbetare" size="sm">
        ← {t('shifts.back')}
      </Anchor>
      <PageTitle>{member ? `${member.name}: ${t('shifts.title').toLowerCase()}` : t('shifts.title')}</PageTitle>
      {unit && (
        <Text mb="md" mt={-8}>
          {t('shifts.unitLine', { unit: unit.name })}
        </Text>
      )}
      <QueryState query={pattern}>
        {(p) => (
          <Stack>
            <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
              <PatternEditor
                key={JSON.stringify(p.weekly)}
                staffId={staffId}
                pattern={p}
                today={today}
                saved={saved}
                onSaved={setSaved}
              />
              <StaffWeek staffId={staffId} monday={monday} onWeek={setMonday} />
            </SimpleGrid>
            <ShiftExceptions staffId={staffId} pattern={p} today={today} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
