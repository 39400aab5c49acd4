import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pending, refused } from '../offline/outbox.ts';
import { itemId, wipePhone, type OutboxItem } from '../offline/phone-db.ts';
import { OutboxRow } from './OutboxScreen.tsx';

/**
 * A manager revoked the phone: the server refuses it, and the phone shows what it could not send
 * (and what was refused) before it clears everything, so nothing disappears unseen.
 */
export function RevokedScreen({ onCleared }: { onCleared: () => void }) {
  const { t } = useTranslation('staff');
  const [left, setLeft] = useState<OutboxItem[]>();
  useEffect(() => {
    void Promise.all([pending(), refused()]).then(([p, r]) => setLeft([...p, ...r]));
  }, []);
  const clear = async () => {
    await wipePhone();
    onCleared();
  };
  return (
    <main className="screen" id="main">
      <h1>{t('revoked.heading')}</h1>
      <p className="panel warn" role="alert">{t('revoked.intro')}</p>
      {left && left.length === 0 && <p>{t('revoked.nothing')}</p>}
      {left && left.length > 0 && (
        <section aria-labelledby="unsent-h">
          <h2 id="unsent-h">{t('revoked.unsent', { count: left.length })}</h2>
          <ul className="list" data-testid="revoked-unsent">
            {left.map((i) => <li key={itemId(i)}><OutboxRow item={i} t={t} /></li>)}
          </ul>
        </section>
      )}
      <button className="primary big" onClick={() => void clear()} disabled={!left}>{t('revoked.clear')}</button>
    </main>
  );
}
