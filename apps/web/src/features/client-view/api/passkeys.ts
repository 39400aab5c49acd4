import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import type { PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON } from '@simplewebauthn/browser';
import type { passkeySessionReply } from '@hemma/contract/api';
import { api, setCsrfToken } from '../../../lib/api/client.ts';
import type { Reply } from '../../../lib/api/contract-types.ts';
import type { Me } from '../../../lib/session/session.ts';

// Passkeys: the phone's or tablet's own lock (PIN, fingerprint, face) signs the server's
// challenge. The browser asks the person; nothing secret passes through this code.

type Session = Reply<typeof passkeySessionReply>;

/** Enrols a passkey with the one-time code handed over, and signs in. */
export async function enrolPasskey(code: string): Promise<Me> {
  const optionsJSON = await api.post<PublicKeyCredentialCreationOptionsJSON>('/auth/passkey/enrol/options', { code });
  const response = await startRegistration({ optionsJSON });
  const session = await api.post<Session>('/auth/passkey/enrol/verify', { response });
  setCsrfToken(session.csrfToken);
  return session.me;
}

/** Signs in with a passkey this device holds. */
export async function signInWithPasskey(): Promise<Me> {
  const optionsJSON = await api.post<PublicKeyCredentialRequestOptionsJSON>('/auth/passkey/options');
  const response = await startAuthentication({ optionsJSON });
  const session = await api.post<Session>('/auth/passkey/verify', { response });
  setCsrfToken(session.csrfToken);
  return session.me;
}
