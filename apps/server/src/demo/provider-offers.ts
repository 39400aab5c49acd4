import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';

/**
 * The service areas each demo provider offers (the scenario format has no field for it, so the
 * seed writes them after the import). Every provider offers the four areas the demo's orders
 * use; social support and "other" tell them apart, so the LOV list shows that offers differ.
 */
export const DEMO_OFFERS: Readonly<Record<string, readonly string[]>> = {
  'hemtjanst-kommunen': ['personal_care', 'service', 'meals', 'social', 'alarm', 'other'],
  omsorgshuset: ['personal_care', 'service', 'meals', 'social', 'alarm'],
  'trygg-hemma': ['personal_care', 'service', 'meals', 'alarm'],
  vardnadsgruppen: ['personal_care', 'service', 'meals', 'alarm', 'other'],
};

export async function seedProviderOffers(db: Kysely<DB>, municipalityId: string): Promise<void> {
  for (const [providerId, areas] of Object.entries(DEMO_OFFERS)) {
    await db.updateTable('providers').set({ service_areas: [...areas] }).where('municipality_id', '=', municipalityId).where('provider_id', '=', providerId).execute();
  }
}
