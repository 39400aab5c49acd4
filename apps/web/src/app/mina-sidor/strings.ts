import { myViewStrings } from '../../features/client-view/i18n.ts';
import { common } from '../../lib/i18n/common.ts';
import type { Strings } from '../../lib/i18n/i18n.ts';

/** The namespaces of Mina sidor. */
export const minaSidorStrings: Record<string, Strings> = { common, myView: myViewStrings };
