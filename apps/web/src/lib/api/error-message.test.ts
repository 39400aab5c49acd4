import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { common } from '../i18n/common.ts';
import { ApiError, NetworkError } from './api-error.ts';
import { errorMessage } from './error-message.ts';

describe('API refusals in Swedish', () => {
  beforeAll(async () => {
    await i18next.init({
      lng: 'sv',
      resources: { sv: { common: common.sv } },
      defaultNS: 'common',
    });
  });
  const t = () => i18next.t.bind(i18next);

  it('names the field a schema error points at', () => {
    const error = ApiError.from(400, {
      error: 'bad_request',
      message: '/personalNumber: Invalid input',
      path: '/personalNumber',
    });
    const shown = errorMessage(error, t());
    expect(shown.field).toBe('personalNumber');
    expect(shown.message).toBe('Personnummer: Uppgiften har fel form. Rätta och försök igen.');
    expect(shown.detail).toBe('/personalNumber: Invalid input');
  });

  it('takes the first name of a nested path', () => {
    const error = new ApiError(400, 'invalid', 'too many hours', 'areas.0.hoursPerMonth');
    expect(error.field).toBe('areas');
  });

  it('maps a code without a field, and an unknown code by its status', () => {
    expect(
      errorMessage(ApiError.from(401, { error: 'invalid_credentials', message: 'x' }), t()).message,
    ).toBe('Fel användarnamn eller lösenord.');
    expect(errorMessage(ApiError.from(502, 'Bad gateway'), t()).message).toBe(
      'Något gick fel hos servern. Försök igen om en stund.',
    );
    expect(errorMessage(new NetworkError(), t()).message).toContain('Servern svarar inte');
  });
});
