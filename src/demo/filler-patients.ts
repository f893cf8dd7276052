/**
 * The rest of the demo practice: patients generated from fixed name lists with a seeded
 * pseudo-random generator, so every run (and every machine) builds exactly the same practice.
 */
import type { PrSource } from '../domain/charge.ts';
import type { DemoCharge, DemoPatient, DemoStep } from './scenario.ts';

export const FILLER_PATIENT_COUNT = 52;
const SEED = 20_260_101;

// No name here may be near the named patients (Jane, Janet, Doe, Roe, …): tests rely on
// "Jane" being ambiguous between exactly the near-duplicates.
const FIRST_NAMES = [
  'Oliver',
  'Amelia',
  'Noah',
  'Sofia',
  'Liam',
  'Chloé',
  'Mateo',
  'Aisha',
  'Ethan',
  'Hana',
  'Lucas',
  'Ingrid',
  'Omar',
  'Fatima',
  'Henry',
  'Grace',
  'Diego',
  'Mei',
  'Arjun',
  'Olga',
  'Kwame',
  'Renée',
  'Felix',
  'Nadia',
  'Hugo',
  'Camila',
] as const;
const LAST_NAMES = [
  'Johnson',
  'Williams',
  'Brown',
  'Jones',
  'Miller',
  'Davis',
  'Rodríguez',
  'Martínez',
  'Hernández',
  'Lopez',
  'Wilson',
  'Anderson',
  'Thomas',
  'Taylor',
  'Moore',
  'Jackson',
  'Martin',
  'Thompson',
  'White',
  'Harris',
  'Clark',
  'Lewis',
  'Walker',
  'Young',
  'Allen',
  'King-Wright',
  'Nguyen',
] as const;
const SERVICES = [
  'Office visit 99212',
  'Office visit 99213',
  'Office visit 99214',
  'Lab panel 80053',
  'Urinalysis 81001',
  'X-ray 73030',
  'EKG 93000',
  'Vaccine administration 90471',
] as const;
const PR_SOURCES: readonly PrSource[] = ['remittance', 'remittance', 'self_pay', 'placeholder', 'custom'];

/** mulberry32: a tiny, well-known seeded generator; good enough for demo data, never for secrets. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('invariant: pick from an empty list');
  return item;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The state a filler charge ends in; cancellation only where the rules allow it. */
function stepsFor(prSource: PrSource, prCents: number, random: () => number): DemoStep[] {
  const roll = random();
  if (roll < 0.35) return [];
  if (roll < 0.55) return [{ kind: 'payment', cents: Math.max(100, Math.floor(prCents / 200) * 100) }];
  if (roll < 0.7) return [{ kind: 'payment', cents: prCents }];
  if (roll < 0.85) return [{ kind: 'write_off', cents: 'all', reason: 'small_balance' }];
  if (prSource !== 'remittance') return [{ kind: 'cancel', reason: 'wrong_amount' }];
  return [{ kind: 'write_off', cents: 'all', reason: 'collection_agency' }];
}

function fillerCharge(random: () => number): DemoCharge {
  const prSource = pick(PR_SOURCES, random);
  const prCents = (5 + Math.floor(random() * 60)) * 500;
  const dateOfService = `2026-${pad(1 + Math.floor(random() * 10))}-${pad(1 + Math.floor(random() * 28))}`;
  return {
    dateOfService,
    description: pick(SERVICES, random),
    prSource,
    prCents,
    steps: stepsFor(prSource, prCents, random),
  };
}

export function fillerPatients(): DemoPatient[] {
  const random = seededRandom(SEED);
  const patients: DemoPatient[] = [];
  for (let i = 0; i < FILLER_PATIENT_COUNT; i++) {
    // Walking the two lists with co-prime strides never repeats a full name within the count.
    const firstName = FIRST_NAMES[i % FIRST_NAMES.length] ?? 'Alex';
    const lastName = LAST_NAMES[(i * 5) % LAST_NAMES.length] ?? 'Lee';
    const year = 1940 + Math.floor(random() * 65);
    const chargeCount = 1 + Math.floor(random() * 3);
    patients.push({
      mrn: `DEMO-${String(100 + i).padStart(4, '0')}`,
      firstName,
      lastName,
      dateOfBirth: `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`,
      charges: Array.from({ length: chargeCount }, () => fillerCharge(random)),
    });
  }
  return patients;
}
