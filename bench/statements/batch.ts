// Registrations as column arrays: the shape the writer hands to `unnest`, and far lighter than
// an object per row while a day of 60 000 registrations waits to be written.

export type Kind = 'arrive' | 'leave' | 'declined_at_door' | 'declined_in_advance' | 'void';

export class RegistrationColumns {
  id: string[] = [];
  kind: Kind[] = [];
  client: string[] = [];
  staff: string[] = [];
  at: string[] = [];
  method: ('nfc' | 'manual')[] = [];
  reason: (string | null)[] = [];
  corrects: (string | null)[] = [];
  plannedMinutes: (number | null)[] = [];
  category: ('care' | 'service' | null)[] = [];

  get length(): number {
    return this.id.length;
  }

  push(
    id: string, kind: Kind, client: string, staff: string, atMs: number,
    reason: string | null = null, corrects: string | null = null,
    plannedMinutes: number | null = null, category: 'care' | 'service' | null = null,
  ): void {
    this.id.push(id);
    this.kind.push(kind);
    this.client.push(client);
    this.staff.push(staff);
    this.at.push(new Date(atMs).toISOString());
    this.method.push(reason === null ? 'nfc' : 'manual');
    this.reason.push(reason);
    this.corrects.push(corrects);
    this.plannedMinutes.push(plannedMinutes);
    this.category.push(category);
  }

  /** Rows [from, to) as a new batch. */
  slice(from: number, to: number): RegistrationColumns {
    const out = new RegistrationColumns();
    out.id = this.id.slice(from, to);
    out.kind = this.kind.slice(from, to);
    out.client = this.client.slice(from, to);
    out.staff = this.staff.slice(from, to);
    out.at = this.at.slice(from, to);
    out.method = this.method.slice(from, to);
    out.reason = this.reason.slice(from, to);
    out.corrects = this.corrects.slice(from, to);
    out.plannedMinutes = this.plannedMinutes.slice(from, to);
    out.category = this.category.slice(from, to);
    return out;
  }
}
