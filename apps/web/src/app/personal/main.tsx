import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startI18n } from '../../lib/i18n/i18n.ts';
import { common } from '../../lib/i18n/common.ts';
import { staffStrings } from '../../features/staff-app/i18n.ts';
import { StaffApp } from './StaffApp.tsx';
import './personal.css';

// The staff entry (served at `/personal/`): a phone app of its own bundle, without Mantine, that
// registers visits by NFC tag and keeps working without coverage (docs/staff-app.md).
await startI18n({ common, staff: staffStrings });
document.title = 'Hemma Personal';

if ('serviceWorker' in navigator) {
  // The service worker (vite-plugin-pwa, Workbox) serves the app shell without network.
  void navigator.serviceWorker.register('/personal/sw.js', { scope: '/personal/' });
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StaffApp />
  </StrictMode>,
);
