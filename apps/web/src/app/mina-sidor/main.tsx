import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from '../../lib/i18n/i18n.ts';
import { createQueryClient, Providers } from '../providers.tsx';
import { MinaSidorRouter } from './MinaSidorRouter.tsx';
import { minaSidorStrings } from './strings.ts';
import { minaSidorTheme } from './theme.ts';

// Mina sidor (served at `/mina-sidor/`): the client's own view, for her and her relatives.
await startI18n(minaSidorStrings);
const client = createQueryClient();
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers client={client} entryTheme={minaSidorTheme}>
      <MinaSidorRouter />
    </Providers>
  </StrictMode>,
);
