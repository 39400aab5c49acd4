import type { Strings } from '../../lib/i18n/i18n.ts';

export const authStrings: Strings = {
  sv: {
    title: 'Logga in',
    intro:
      'Logga in med ditt användarnamn och lösenord, sedan med koden från din autentiseringsapp.',
    username: 'Användarnamn',
    password: 'Lösenord',
    next: 'Fortsätt',
    codeLabel: 'Sexsiffrig kod från autentiseringsappen',
    codeHint: 'Koden byts var 30:e sekund.',
    signIn: 'Logga in',
    startOver: 'Börja om',
    expired: 'Din inloggning har gått ut. Logga in igen: det du skrev finns kvar.',
    enrolTitle: 'Koppla din autentiseringsapp',
    enrolIntro:
      'Första gången du loggar in kopplar du en autentiseringsapp (till exempel Microsoft Authenticator, Google Authenticator eller FreeOTP) till ditt konto. Skanna QR-koden med appen och skriv sedan in koden som appen visar.',
    enrolQrAlt: 'QR-kod att skanna med autentiseringsappen',
    enrolManual: 'Kan du inte skanna? Skriv in den här nyckeln i appen:',
    loadingEnrolment: 'Hämtar QR-koden …',
  },
  en: {
    title: 'Sign in',
    intro:
      'Sign in with your username and password, then with the code from your authenticator app.',
    username: 'Username',
    password: 'Password',
    next: 'Continue',
    codeLabel: 'Six-digit code from the authenticator app',
    codeHint: 'The code changes every 30 seconds.',
    signIn: 'Sign in',
    startOver: 'Start over',
    expired: 'Your session has ended. Sign in again: what you typed is kept.',
    enrolTitle: 'Connect your authenticator app',
    enrolIntro:
      'The first time you sign in you connect an authenticator app (for example Microsoft Authenticator, Google Authenticator or FreeOTP) to your account. Scan the QR code with the app, then type the code the app shows.',
    enrolQrAlt: 'QR code to scan with the authenticator app',
    enrolManual: 'Cannot scan? Type this key into the app:',
    loadingEnrolment: 'Loading the QR code …',
  },
};
