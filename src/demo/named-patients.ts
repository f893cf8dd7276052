/**
 * The patients the docs, the tests and the outside checks talk about by name (DOMAIN.md section
 * 6). Between them they show every PR source in every state, so every blocker can be seen.
 */
import type { DemoPatient } from './scenario.ts';

const hardshipNote = 'Income below 200% of the poverty line; application on file.';

export const NAMED_PATIENTS: readonly DemoPatient[] = [
  {
    mrn: 'DEMO-0001',
    firstName: 'Jane',
    lastName: 'Doe',
    dateOfBirth: '1984-03-12',
    phone: '555-0101',
    email: 'jane.doe@example.com',
    charges: [
      {
        dateOfService: '2026-04-17',
        description: 'Office visit 99213',
        prSource: 'remittance',
        prCents: 6_500,
        steps: [{ kind: 'write_off', cents: 'all', reason: 'financial_hardship', note: hardshipNote }],
      },
      {
        dateOfService: '2026-06-03',
        description: 'Comprehensive metabolic panel 80053',
        prSource: 'remittance',
        prCents: 4_200,
        steps: [{ kind: 'payment', cents: 4_200 }],
      },
      {
        dateOfService: '2026-08-21',
        description: 'Chest X-ray 71046',
        prSource: 'remittance',
        prCents: 12_000,
        steps: [{ kind: 'payment', cents: 5_000 }],
      },
      {
        dateOfService: '2026-09-14',
        description: 'Office visit 99214',
        prSource: 'remittance',
        prCents: 18_500,
        steps: [],
      },
    ],
  },
  {
    mrn: 'DEMO-0002',
    firstName: 'Jane',
    lastName: 'Roe',
    dateOfBirth: '1979-11-02',
    charges: [
      {
        dateOfService: '2026-05-11',
        description: 'Office visit 99213',
        prSource: 'remittance',
        prCents: 9_600,
        steps: [],
      },
      {
        dateOfService: '2026-07-08',
        description: 'Physical therapy 97110',
        prSource: 'self_pay',
        prCents: 15_000,
        steps: [{ kind: 'write_off', cents: 5_000, reason: 'prompt_pay_discount' }],
      },
    ],
  },
  {
    mrn: 'DEMO-0003',
    firstName: 'Janet',
    lastName: 'Doe',
    dateOfBirth: '1991-07-25',
    charges: [
      {
        dateOfService: '2026-10-02',
        description: 'Office visit 99213 (estimate)',
        prSource: 'placeholder',
        prCents: 5_000,
        steps: [],
      },
      {
        dateOfService: '2026-03-19',
        description: 'Flu vaccine 90686',
        prSource: 'remittance',
        prCents: 3_000,
        steps: [{ kind: 'payment', cents: 3_000 }],
      },
    ],
  },
  {
    mrn: 'DEMO-0004',
    firstName: 'Bob',
    lastName: 'Smith',
    dateOfBirth: '1962-01-30',
    charges: [
      {
        dateOfService: '2026-02-05',
        description: 'Office visit 99212',
        prSource: 'remittance',
        prCents: 2_500,
        steps: [],
      },
      {
        dateOfService: '2026-05-27',
        description: 'Supplies (staff entry)',
        prSource: 'custom',
        prCents: 7_500,
        steps: [{ kind: 'cancel', reason: 'entered_in_error' }],
      },
      {
        dateOfService: '2026-08-12',
        description: 'MRI knee 73721',
        prSource: 'remittance',
        prCents: 20_000,
        steps: [
          { kind: 'payment', cents: 8_000 },
          { kind: 'refund', cents: 'all' },
        ],
      },
    ],
  },
  {
    mrn: 'DEMO-0005',
    firstName: 'María',
    lastName: 'García',
    dateOfBirth: '1975-05-09',
    charges: [
      {
        dateOfService: '2026-06-16',
        description: 'Ultrasound 76700',
        prSource: 'self_pay',
        prCents: 22_000,
        steps: [{ kind: 'payment', cents: 10_000 }],
      },
      {
        dateOfService: '2026-09-02',
        description: 'Office visit 99213',
        prSource: 'remittance',
        prCents: 4_000,
        steps: [{ kind: 'write_off', cents: 'all', reason: 'small_balance' }, { kind: 'undo_write_off' }],
      },
    ],
  },
  {
    mrn: 'DEMO-0006',
    firstName: 'Tom',
    lastName: 'Baker',
    dateOfBirth: '1958-10-14',
    charges: [
      {
        dateOfService: '2026-07-29',
        description: 'Colonoscopy 45378',
        prSource: 'remittance',
        prCents: 35_000,
        steps: [],
      },
      {
        dateOfService: '2026-01-22',
        description: 'Office visit 99214 (estimate)',
        prSource: 'placeholder',
        prCents: 10_000,
        steps: [{ kind: 'payment', cents: 10_000 }],
      },
    ],
  },
  {
    mrn: 'DEMO-0007',
    firstName: 'Priya',
    lastName: 'Patel',
    dateOfBirth: '1988-02-22',
    charges: [
      {
        dateOfService: '2026-04-04',
        description: 'Allergy testing (staff entry)',
        prSource: 'custom',
        prCents: 6_000,
        steps: [
          {
            kind: 'write_off',
            cents: 2_000,
            reason: 'service_recovery',
            note: 'Waited two hours; manager approved.',
          },
        ],
      },
      {
        dateOfService: '2026-02-18',
        description: 'Office visit 99213',
        prSource: 'remittance',
        prCents: 1_500,
        steps: [
          {
            kind: 'write_off',
            cents: 'all',
            reason: 'bad_debt',
            note: 'Three statements and two calls, no answer.',
          },
        ],
      },
    ],
  },
  {
    mrn: 'DEMO-0008',
    firstName: 'Lee',
    lastName: 'Chen',
    dateOfBirth: '1970-12-01',
    charges: [
      {
        dateOfService: '2026-03-03',
        description: 'Office visit 99203',
        prSource: 'self_pay',
        prCents: 12_500,
        steps: [{ kind: 'cancel', reason: 'duplicate' }],
      },
      {
        dateOfService: '2026-06-24',
        description: 'Lipid panel 80061',
        prSource: 'remittance',
        prCents: 8_800,
        steps: [
          { kind: 'payment', cents: 8_800 },
          { kind: 'refund', cents: 2_000 },
        ],
      },
    ],
  },
  {
    mrn: 'DEMO-0009',
    firstName: 'Anne-Marie',
    lastName: 'Dubois',
    dateOfBirth: '1966-08-08',
    charges: [
      {
        dateOfService: '2026-05-14',
        description: 'Echocardiogram 93306',
        prSource: 'remittance',
        prCents: 27_500,
        steps: [{ kind: 'payment', cents: 7_500 }],
      },
      {
        dateOfService: '2026-10-09',
        description: 'Office visit 99212',
        prSource: 'self_pay',
        prCents: 4_500,
        steps: [],
      },
    ],
  },
  {
    mrn: 'DEMO-0010',
    firstName: 'Samuel',
    lastName: "O'Neil",
    dateOfBirth: '1955-04-19',
    charges: [
      {
        dateOfService: '2026-01-09',
        description: 'Office visit 99214',
        prSource: 'remittance',
        prCents: 9_900,
        steps: [
          { kind: 'payment', cents: 9_900 },
          { kind: 'refund', cents: 'all' },
        ],
      },
      {
        dateOfService: '2026-08-30',
        description: 'Office visit 99212 (estimate)',
        prSource: 'placeholder',
        prCents: 3_000,
        steps: [{ kind: 'write_off', cents: 'all', reason: 'small_balance' }],
      },
    ],
  },
  {
    mrn: 'DEMO-0011',
    firstName: 'José',
    lastName: 'Núñez',
    dateOfBirth: '1982-06-30',
    charges: [
      {
        dateOfService: '2026-07-15',
        description: 'Office visit 99213 (estimate)',
        prSource: 'placeholder',
        prCents: 8_000,
        steps: [{ kind: 'payment', cents: 3_000 }],
      },
      {
        dateOfService: '2026-09-25',
        description: 'Strep test 87880',
        prSource: 'remittance',
        prCents: 600,
        steps: [],
      },
    ],
  },
  {
    mrn: 'DEMO-0012',
    firstName: 'Zoë',
    lastName: 'Kowalski',
    dateOfBirth: '1995-09-03',
    charges: [
      {
        dateOfService: '2026-04-28',
        description: 'Nutrition counselling (staff entry)',
        prSource: 'custom',
        prCents: 2_000,
        steps: [],
      },
      {
        dateOfService: '2026-02-10',
        description: 'Office visit 99215',
        prSource: 'remittance',
        prCents: 14_000,
        steps: [{ kind: 'write_off', cents: 'all', reason: 'deceased', note: 'Date of death 2026-03-02.' }],
      },
    ],
  },
];
