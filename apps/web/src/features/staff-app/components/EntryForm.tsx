import type { FormEvent, ReactNode } from 'react';

/**
 * A screen of the staff entry that is one form (signing in, choosing or giving the PIN): the
 * heading, what comes before the form, its fields and button, and the error said below them.
 */
export function EntryForm({ heading, before, label, error, onSubmit, children, after }: {
  heading: string;
  before?: ReactNode;
  /** The form's accessible name, where the page's tests or readers need one. */
  label?: string;
  error: string | undefined;
  onSubmit: (e: FormEvent) => Promise<void>;
  children: ReactNode;
  after?: ReactNode;
}) {
  return (
    <main className="screen" id="main">
      <h1>{heading}</h1>
      {before}
      <form onSubmit={(e) => void onSubmit(e)} className="stack" aria-label={label}>
        {children}
        {error && <p role="alert" className="alert">{error}</p>}
      </form>
      {after}
    </main>
  );
}
