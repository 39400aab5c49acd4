// Solomon's VRPTW text format: a name, a VEHICLE section (number and capacity), and a CUSTOMER
// table of seven numbers per row (number, x, y, demand, ready time, due date, service time),
// the depot first as customer 0.

export interface SolomonCustomer {
  id: number;
  x: number;
  y: number;
  demand: number;
  ready: number;
  due: number;
  service: number;
}

export interface SolomonInstance {
  name: string;
  vehicles: number;
  capacity: number;
  /** The depot is depot; customers keep the numbers of the file. */
  depot: SolomonCustomer;
  customers: SolomonCustomer[];
}

export class SolomonFormatError extends Error {
  override name = 'SolomonFormatError';
}

export function parseSolomon(text: string): SolomonInstance {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const name = lines.find((l) => l.length > 0) ?? '';
  const vehicleAt = lines.findIndex((l) => /^VEHICLE\b/i.test(l));
  const customerAt = lines.findIndex((l) => /^CUSTOMER\b/i.test(l));
  if (vehicleAt < 0 || customerAt < 0 || customerAt < vehicleAt) {
    throw new SolomonFormatError(
      'not a Solomon instance: expected a VEHICLE section followed by a CUSTOMER section',
    );
  }
  const fleet = lines
    .slice(vehicleAt + 1, customerAt)
    .map(numbers)
    .find((r) => r !== null && r.length === 2);
  if (!fleet)
    throw new SolomonFormatError(
      'VEHICLE section: expected a line with the number of vehicles and the capacity',
    );
  const [vehicles, capacity] = fleet as [number, number];
  const rows: SolomonCustomer[] = [];
  lines.slice(customerAt + 1).forEach((line, i) => {
    if (line === '') return;
    const r = numbers(line);
    if (r === null) {
      if (rows.length === 0) return; // the column headings
      throw new SolomonFormatError(
        `CUSTOMER section, line ${customerAt + 2 + i}: expected seven numbers, got "${line}"`,
      );
    }
    if (r.length !== 7)
      throw new SolomonFormatError(
        `CUSTOMER section, line ${customerAt + 2 + i}: expected seven numbers, got ${r.length}`,
      );
    const [id, x, y, demand, ready, due, service] = r as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    rows.push({ id, x, y, demand, ready, due, service });
  });
  const [depot, ...customers] = rows;
  if (!depot) throw new SolomonFormatError('CUSTOMER section: no rows');
  if (!Number.isInteger(vehicles) || vehicles < 1)
    throw new SolomonFormatError(`invalid number of vehicles: ${vehicles}`);
  const ids = new Set<number>();
  for (const c of customers) {
    if (c.id <= 0 || ids.has(c.id))
      throw new SolomonFormatError(`customer number ${c.id} is not positive or appears twice`);
    ids.add(c.id);
  }
  return { name, vehicles, capacity, depot, customers };
}

function numbers(line: string): number[] | null {
  const parts = line.split(/\s+/).filter((s) => s.length > 0);
  if (parts.length === 0) return null;
  const values = parts.map(Number);
  return values.every((v) => Number.isFinite(v)) ? values : null;
}
