import { readFileSync } from 'node:fs';
import type { CoreContext } from '../coreContext';
import { DomainError } from '../domainError';
import type { CoreHandlers } from '../rpc/handlers';
import { csvSampleOf } from './csv/readContactsCsv';
import { importContacts, previewContacts } from './importContacts';
import { decodeText } from './textDecoding';

export function contactImportHandlers(
  ctx: CoreContext,
): Pick<CoreHandlers, 'contacts.csvSample' | 'contacts.preview' | 'contacts.import'> {
  return {
    'contacts.csvSample': (input) => {
      let text: string;
      try {
        text = decodeText(readFileSync(input.path));
      } catch (error) {
        throw new DomainError(
          'not_found',
          `${input.path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'}).`,
        );
      }
      return csvSampleOf(text);
    },
    'contacts.preview': (input) => previewContacts(ctx, input),
    'contacts.import': (input) => importContacts(ctx, input),
  };
}
