import { describe, expect, it } from 'vitest';
import type { StoredDevice } from '../offline/phone-db.ts';
import { pinMatches, pinVerifier } from './device-store.ts';

// The phone's own check of the PIN, used without coverage: the verifier opens for its PIN only,
// and holds neither the PIN nor the same bytes for the same PIN twice (a salt of its own).

const deviceWith = (verifier: StoredDevice['verifier']): StoredDevice => ({ id: 'd', secret: 's', expiresAt: '2099-01-01T00:00:00Z', verifier, failedTries: 0 });

describe('the PIN verifier', () => {
  it('matches its PIN and no other', async () => {
    const device = deviceWith(await pinVerifier('2580'));
    expect(await pinMatches(device, '2580')).toBe(true);
    for (const other of ['2581', '0258', '25800', '']) expect(await pinMatches(device, other), other).toBe(false);
  });

  it('keeps no trace of the PIN and salts each verifier', async () => {
    const a = await pinVerifier('2580');
    const b = await pinVerifier('2580');
    expect(JSON.stringify(a)).not.toContain('2580');
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
    expect(a.iterations).toBeGreaterThanOrEqual(100_000);
  });
});
