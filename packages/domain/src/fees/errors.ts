// Fee errors are domain errors with a message a finance officer can act on; the server maps
// them to a status in one place.

export class FeeError extends Error {
  override name = 'FeeError';
}

/** The month's year has no prisbasbelopp, built in or given by the municipality. */
export class MissingPrisbasbeloppError extends FeeError {
  override name = 'MissingPrisbasbeloppError';
  constructor(readonly year: number) {
    super(
      `no prisbasbelopp for ${year}: give it as municipality.prisbasbelopp["${year}"] (kronor)`,
    );
  }
}
