/** The columns of each import file and the rules every row must meet (documented in the README). */
import { z } from 'zod';
import { PR_SOURCES } from '../domain/charge.ts';
import { parseAmount } from '../domain/money.ts';

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD', abort: true })
  .refine(isRealDate, 'is not a real calendar date');

const text = (max: number) =>
  z.string().trim().min(1, 'is empty').max(max, `is longer than ${max} characters`);

const ref = text(100).regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]*$/, 'may hold only letters, digits and . _ : / -');

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `is longer than ${max} characters`)
    .optional()
    .transform((v) => (v ? v : null));

/** Money through the same parser billers' typing goes through: integer cents, never floats. */
const amountCents = z.string().transform((value, ctx) => {
  const parsed = parseAmount(value);
  if (parsed.ok) return parsed.cents;
  ctx.addIssue({ code: 'custom', message: `"${value}": ${parsed.message}` });
  return z.NEVER;
});

export const PatientRow = z.object({
  mrn: ref,
  first_name: text(100),
  last_name: text(100),
  date_of_birth: isoDate,
  phone: optionalText(40),
  email: optionalText(200).refine(
    (v) => v === null || z.email().safeParse(v).success,
    'is not an email address',
  ),
});

export const ChargeRow = z.object({
  charge_ref: ref,
  mrn: ref,
  date_of_service: isoDate,
  description: text(200),
  pr_source: z.enum(PR_SOURCES, { error: `must be one of ${PR_SOURCES.join(', ')}` }),
  pr_amount: amountCents,
});

export const PaymentRow = z.object({
  payment_ref: ref,
  charge_ref: ref,
  amount: amountCents,
  paid_on: isoDate,
});

export type PatientRow = z.infer<typeof PatientRow>;
export type ChargeRow = z.infer<typeof ChargeRow>;
export type PaymentRow = z.infer<typeof PaymentRow>;

export const IMPORT_FILES = {
  patients: {
    schema: PatientRow,
    required: ['mrn', 'first_name', 'last_name', 'date_of_birth'],
    optional: ['phone', 'email'],
  },
  charges: {
    schema: ChargeRow,
    required: ['charge_ref', 'mrn', 'date_of_service', 'description', 'pr_source', 'pr_amount'],
    optional: [],
  },
  payments: {
    schema: PaymentRow,
    required: ['payment_ref', 'charge_ref', 'amount', 'paid_on'],
    optional: [],
  },
} as const;

export type ImportFileKind = keyof typeof IMPORT_FILES;
