import type { MunicipalityPatchBody, MunicipalityReply } from '@hemma/contract/api';
import type { Actor } from '../../auth/actor.ts';
import { recordAudit } from '../../audit/audit.service.ts';
import type { Database } from '../../db/connect.ts';
import { InvalidError, NotFoundError } from '../../errors.ts';
import { readBands } from '../settings/settings.repository.ts';
import { lockMunicipality, only } from './guards.ts';
import { readMunicipality, updateMunicipality } from './municipality.repository.ts';

// The municipality's own settings. Everyone in it may read them (the time zone and the payment
// model shape every screen); only the admin changes them.

function knownTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

export async function getMunicipality(
  database: Database,
  actor: Actor,
): Promise<MunicipalityReply> {
  const m = await readMunicipality(database.db, actor.municipalityId);
  // Only possible if the municipality was removed under a live session.
  if (!m) throw new NotFoundError(`no municipality "${actor.municipalityId}"`);
  return m;
}

export async function patchMunicipality(
  database: Database,
  actor: Actor,
  patch: MunicipalityPatchBody,
): Promise<MunicipalityReply> {
  only(actor, ['admin'], "change the municipality's settings");
  if (patch.timezone !== undefined && !knownTimeZone(patch.timezone))
    throw new InvalidError(`unknown time zone "${patch.timezone}"`, 'timezone');
  const mid = actor.municipalityId;
  const fields = Object.keys(patch).filter(
    (k) => patch[k as keyof MunicipalityPatchBody] !== undefined,
  );
  if (fields.length === 0) return getMunicipality(database, actor);
  return database.db.transaction().execute(async (trx) => {
    await lockMunicipality(trx, mid);
    if (patch.defaultBand !== undefined) {
      // The default band prices granted time and declined visits by the hour (spec "The file").
      const band = (await readBands(trx, mid)).find((b) => b.id === patch.defaultBand);
      if (!band) throw new InvalidError(`unknown band "${patch.defaultBand}"`, 'defaultBand');
      if (band.price !== 'per_hour')
        throw new InvalidError(
          `band "${band.id}" is per_visit; the default band must be per_hour`,
          'defaultBand',
        );
    }
    await updateMunicipality(trx, mid, patch);
    await recordAudit(trx, actor, {
      action: 'update',
      objectType: 'municipality',
      objectId: mid,
      details: { fields },
    });
    const m = await readMunicipality(trx, mid);
    if (!m) throw new NotFoundError(`no municipality "${mid}"`);
    return m;
  });
}
