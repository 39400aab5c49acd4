import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

// RFC 6238 with the parameters every authenticator app understands: SHA-1, 6 digits, 30 s.
const PERIOD_S = 30;
const ISSUER = 'Hemma';

function totp(secretBase32: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD_S,
    secret: Secret.fromBase32(secretBase32),
  });
}

/** A fresh 160-bit secret (RFC 4226's recommended length), base32 as apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app scans: `Hemma (municipality):username`. */
export function otpauthUri(secretBase32: string, username: string, municipality: string): string {
  const t = totp(secretBase32, username);
  t.issuer = `${ISSUER} (${municipality})`;
  return t.toString();
}

export function otpauthQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

export function otpauthQrTerminal(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'utf8', errorCorrectionLevel: 'L', margin: 2 });
}

export function timeStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / PERIOD_S);
}

/** The code for a time: for tests and the demo, never sent by the server. */
export function totpCode(secretBase32: string, at: Date): string {
  return totp(secretBase32).generate({ timestamp: at.getTime() });
}

/**
 * The time step a code belongs to, accepting one step of clock drift either way, or null when it
 * matches none. The caller refuses a step it has already seen (replay).
 */
export function matchTotp(secretBase32: string, code: string, at: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totp(secretBase32).validate({ token: code, timestamp: at.getTime(), window: 1 });
  return delta === null ? null : timeStep(at) + delta;
}
