import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';

// Swedish is the language of the app; English sits beside it. Each feature keeps its strings in
// its own `i18n.ts` (one namespace per feature, `sv` and `en`), and each entry passes the
// namespaces it uses here. Missing English falls back to Swedish, never to a key.

export const LANGUAGES = ['sv', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORED = 'hemma.language';

export interface Strings {
  sv: Record<string, unknown>;
  en: Record<string, unknown>;
}

function storedLanguage(): Language {
  const value = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORED);
  return value === 'en' ? 'en' : 'sv';
}

export async function startI18n(namespaces: Record<string, Strings>): Promise<typeof i18next> {
  const resources: Resource = { sv: {}, en: {} };
  for (const [ns, strings] of Object.entries(namespaces)) {
    resources.sv![ns] = strings.sv;
    resources.en![ns] = strings.en;
  }
  await i18next.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: 'sv',
    defaultNS: 'common',
    ns: Object.keys(namespaces),
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORED, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** The locale dates and numbers are written in for the app's language. */
export function localeOf(language: string): string {
  return language === 'en' ? 'en-GB' : 'sv-SE';
}
