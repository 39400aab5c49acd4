import {
  Alert,
  Badge,
  Button,
  Card,
  FileInput,
  Group,
  List,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { formatMonth } from '../../../lib/format.ts';
import { useImportDeviations, type ImportReply } from '../api/month.ts';

/** The spreadsheet import: preview every row with its errors; only a clean preview is confirmed. */
export function DeviationImport() {
  const { t } = useTranslation('provider');
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<ImportReply | null>(null);
  const [stored, setStored] = useState<number | null>(null);
  const run = useImportDeviations();

  const choose = (f: File | null) => {
    setFile(f);
    setPreview(null);
    setStored(null);
    run.reset();
  };
  const doPreview = () => file && run.mutate({ file, mode: 'preview' }, { onSuccess: setPreview });
  const confirm = () =>
    file &&
    run.mutate(
      { file, mode: 'confirm' },
      {
        onSuccess: (reply) => {
          setStored(reply.stored);
          setPreview(null);
          setFile(null);
        },
      },
    );

  return (
    <Card withBorder component="section" aria-labelledby="deviation-import">
      <Title order={2} size="h3" id="deviation-import" mb="xs">
        {t('deviations.import')}
      </Title>
      <Text size="sm" mb="sm">
        {t('deviations.importHint')}
      </Text>
      <Stack>
        <Group align="flex-end">
          <FileInput
            label={t('deviations.file')}
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            value={file}
            onChange={choose}
            clearable
            clearButtonProps={{ 'aria-label': t('deviations.clearFile') }}
            w={360}
          />
          <Button onClick={doPreview} disabled={!file} loading={run.isPending && !preview}>
            {t('deviations.preview')}
          </Button>
        </Group>
        <ApiErrorAlert error={run.error} />
        {stored !== null && (
          <Alert color="teal" role="status">
            {t('deviations.stored', { count: stored })}
          </Alert>
        )}
        {preview && (
          <Stack>
            <Title order={3} size="h4">
              {t('deviations.previewHeading')}
            </Title>
            {preview.rowsWithErrors > 0 ? (
              <Alert color="red" role="status">
                {t('deviations.rowsWithErrors', { count: preview.rowsWithErrors })}
              </Alert>
            ) : (
              <Alert color="teal" role="status">
                {t('deviations.allGood')}
              </Alert>
            )}
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('deviations.row')}</Table.Th>
                  <Table.Th>{t('client')}</Table.Th>
                  <Table.Th>{t('month')}</Table.Th>
                  <Table.Th>{t('deviations.minutesShort')}</Table.Th>
                  <Table.Th>{t('reason')}</Table.Th>
                  <Table.Th>{t('deviations.errors')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.map((r) => (
                  <Table.Tr key={r.row}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{r.values.clientName ?? r.values.personalNumber ?? '–'}</Table.Td>
                    <Table.Td>{r.values.month ? formatMonth(r.values.month) : '–'}</Table.Td>
                    <Table.Td>{r.values.minutes ?? '–'}</Table.Td>
                    <Table.Td>
                      {r.values.reason ? t(`deviations.reasons.${r.values.reason}`) : '–'}
                    </Table.Td>
                    <Table.Td>
                      {r.errors.length === 0 ? (
                        <Badge color="teal" variant="outline">
                          OK
                        </Badge>
                      ) : (
                        <List size="sm" c="red.9">
                          {r.errors.map((e) => (
                            <List.Item key={`${e.column}:${e.code}`}>
                              {e.column}
                              {e.row}: {e.message}
                            </List.Item>
                          ))}
                        </List>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            <Group>
              <Button
                onClick={confirm}
                disabled={preview.rowsWithErrors > 0}
                loading={run.isPending}
              >
                {t('deviations.confirm', { count: preview.rows.length })}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
