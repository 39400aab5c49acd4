-- When the account's authenticator app was connected: set by its first complete sign-in. Until
-- then the sign-in after the password shows the secret as a QR code (GET /api/v1/auth/enrolment);
-- afterwards the secret is never shown again. Accounts that exist already were handed their
-- secret when they were made, so they count as connected from their creation.
alter table users add column totp_enrolled_at timestamptz;
update users set totp_enrolled_at = created_at;
