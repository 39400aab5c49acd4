import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Signing out clears the phone. With registrations or notes still unsent it first says so and
 * asks again, so nothing is lost without the staff member knowing.
 */
export function SignOutButton({ unsent, onSignOut }: { unsent: number; onSignOut: () => void }) {
  const { t } = useTranslation('staff');
  const [asking, setAsking] = useState(false);
  if (asking && unsent > 0) {
    return (
      <div className="panel warn stack" role="alertdialog" aria-labelledby="sign-out-warning">
        <p id="sign-out-warning">{t('signOutWarning', { count: unsent })}</p>
        <div className="row">
          <button className="primary" onClick={() => setAsking(false)}>{t('signOutCancel')}</button>
          <button className="secondary danger" onClick={onSignOut}>{t('signOutAnyway')}</button>
        </div>
      </div>
    );
  }
  return <button className="secondary" onClick={() => (unsent > 0 ? setAsking(true) : onSignOut())}>{t('signOut')}</button>;
}
