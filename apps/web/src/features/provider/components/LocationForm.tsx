import { Box, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import type { FormEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiErrorAlert } from '../../../components/ApiErrorAlert.tsx';
import { useDraft } from '../../../lib/drafts.ts';
import { usePatchClient, type ClientDetail } from '../api/orders.ts';

// No tile server or geocoder is reachable offline. The map square is a plain grid over a box
// around the municipality's clients: a click gives coordinates good enough for travel times, and
// the numbers can be typed instead. The box is Stockholm county's, where the demo lies.
const BOX = { north: 60.2, south: 58.7, west: 17.2, east: 19.2 };
// Towns drawn on the square so a click can be aimed; the square has no map behind it.
const PLACES = [
  { name: 'Stockholm', lat: 59.329, lon: 18.069 },
  { name: 'Uppsala', lat: 59.858, lon: 17.639 },
  { name: 'Norrtälje', lat: 59.758, lon: 18.705 },
  { name: 'Södertälje', lat: 59.196, lon: 17.625 },
  { name: 'Nynäshamn', lat: 58.903, lon: 17.948 },
  { name: 'Märsta', lat: 59.622, lon: 17.854 },
];

/** Where a point lies on the square, in per cent from the left and top. */
function onSquare(lat: number, lon: number): { left: string; top: string } {
  return {
    left: `${((lon - BOX.west) / (BOX.east - BOX.west)) * 100}%`,
    top: `${((BOX.north - lat) / (BOX.north - BOX.south)) * 100}%`,
  };
}

function toText(n: number | null): string {
  return n === null ? '' : String(n);
}

/** Where the client lives: placed on the map square or typed, or cleared. */
/** `saved` and `onSaved` live with the page: the form starts afresh from the saved values. */
export function LocationForm({
  client,
  saved,
  onSaved,
}: {
  client: ClientDetail;
  saved: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation('provider');
  const [draft, setDraft, clear] = useDraft(`client-location:${client.id}`, {
    latitude: toText(client.latitude),
    longitude: toText(client.longitude),
  });
  const patch = usePatchClient(client.id);
  const lat = Number(draft.latitude.replace(',', '.'));
  const lon = Number(draft.longitude.replace(',', '.'));
  const latBad = draft.latitude.trim() !== '' && !(Number.isFinite(lat) && Math.abs(lat) <= 90);
  const lonBad = draft.longitude.trim() !== '' && !(Number.isFinite(lon) && Math.abs(lon) <= 180);
  const half = (draft.latitude.trim() === '') !== (draft.longitude.trim() === '');
  const placed = draft.latitude.trim() !== '' && draft.longitude.trim() !== '' && !latBad && !lonBad;

  const place = (e: MouseEvent<HTMLDivElement>) => {
    const r = e.currentTarget.getBoundingClientRect();
    const x = (e.clientX - r.left) / r.width;
    const y = (e.clientY - r.top) / r.height;
    setDraft({
      latitude: (BOX.north - y * (BOX.north - BOX.south)).toFixed(5),
      longitude: (BOX.west + x * (BOX.east - BOX.west)).toFixed(5),
    });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    patch.mutate(
      { latitude: lat, longitude: lon },
      {
        onSuccess: () => {
          clear();
          onSaved();
        },
      },
    );
  };
  const dot =
    placed && lat <= BOX.north && lat >= BOX.south && lon >= BOX.west && lon <= BOX.east
      ? onSquare(lat, lon)
      : null;
  return (
    <Card withBorder component="section" aria-labelledby="location-heading">
      <Title order={2} size="h3" id="location-heading" mb="xs">
        {t('location.heading')}
      </Title>
      <Text size="sm" mb="sm">
        {t('location.intro')}
      </Text>
      <Text size="sm" mb="sm">
        <Text span fw={600}>
          {t('location.address')}:
        </Text>{' '}
        {client.address ?? '–'}
      </Text>
      <form onSubmit={submit} noValidate>
        <Stack>
          {/* The typed fields below are the accessible way; the square is a pointer shortcut. */}
          <Box
            onClick={place}
            aria-hidden="true"
            title={t('location.map')}
            pos="relative"
            h={260}
            maw={420}
            style={{
              cursor: 'crosshair',
              border: '1px solid var(--mantine-color-gray-5)',
              backgroundColor: 'var(--mantine-color-blue-0)',
              backgroundImage:
                'linear-gradient(var(--mantine-color-gray-3) 1px, transparent 1px), linear-gradient(90deg, var(--mantine-color-gray-3) 1px, transparent 1px)',
              backgroundSize: '42px 26px',
            }}
          >
            {PLACES.map((p) => (
              <Box
                key={p.name}
                pos="absolute"
                style={{ ...onSquare(p.lat, p.lon), transform: 'translate(-3px, -3px)', pointerEvents: 'none' }}
              >
                <Box
                  component="span"
                  w={6}
                  h={6}
                  display="inline-block"
                  style={{ borderRadius: '50%', background: 'var(--mantine-color-gray-7)', verticalAlign: 'middle' }}
                />
                <Text component="span" size="xs" c="gray.8" ml={3} style={{ verticalAlign: 'middle' }}>
                  {p.name}
                </Text>
              </Box>
            ))}
            {dot && (
              <Box
                pos="absolute"
                w={14}
                h={14}
                style={{
                  ...dot,
                  transform: 'translate(-50%, -50%)',
                  borderRadius: '50%',
                  background: 'var(--mantine-color-red-8)',
                }}
              />
            )}
          </Box>
          <Group grow align="flex-start" maw={420}>
            <TextInput
              label={t('location.latitude')}
              inputMode="decimal"
              value={draft.latitude}
              error={latBad ? t('location.latitudeBad') : half && draft.latitude.trim() === '' ? t('location.both') : undefined}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => ({ ...d, latitude: v }));
              }}
            />
            <TextInput
              label={t('location.longitude')}
              inputMode="decimal"
              value={draft.longitude}
              error={lonBad ? t('location.longitudeBad') : half && draft.longitude.trim() === '' ? t('location.both') : undefined}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setDraft((d) => ({ ...d, longitude: v }));
              }}
            />
          </Group>
          <ApiErrorAlert error={patch.error} />
          {saved && !patch.isPending && (
            <Text role="status" c="teal.9">
              {t('location.saved')}
            </Text>
          )}
          <Group>
            <Button type="submit" disabled={!placed} loading={patch.isPending}>
              {t('location.save')}
            </Button>
            {client.latitude !== null && (
              <Button
                variant="default"
                onClick={() =>
                  patch.mutate(
                    { latitude: null, longitude: null },
                    {
                      onSuccess: () => {
                        clear();
                        onSaved();
                      },
                    },
                  )
                }
              >
                {t('location.clear')}
              </Button>
            )}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
