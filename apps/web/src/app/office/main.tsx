import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from '../../lib/i18n/i18n.ts';
import { createQueryClient, Providers } from '../providers.tsx';
import { OfficeRouter } from './OfficeRouter.tsx';
import { officeStrings } from './strings.ts';

// The office entry (served at `/`): case officers, provider managers, finance, administrators.
await startI18n(officeStrings);
const client = createQueryClient();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={client}>
      <OfficeRouter />
    </Providers>
  </StrictMode>,
);
