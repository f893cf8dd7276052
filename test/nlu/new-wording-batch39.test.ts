/**
 * Wording families fixed in batch 39 (a blind probe's fourth round), each asserted with variants and
 * near wordings that must not change:
 *
 * 1. A threshold said beside one named patient's write-off of an amount ("write off $30 for Evan
 *    Brooks, balance &lt; $35 so small balance") explains the reason; it is no batch
 *    (threshold-explained.ts).
 * 2. Spanish written into a request: "todo el saldo de", "el balance de", "lo que queda de", "para la
 *    paciente", "de" before a name, and the reasons (falleció, bancarrota, dificultad financiera, saldo
 *    pequeño) read as the English they mean; never taken as the patient's name (spanish-words.ts).
 * 3. The patient corrected after the request ("correction: patient is Ellen March") (patient-renamed.ts).
 * 4. What is left in shorthand: "rem bal", "rem PR", "the rem", "100% bal" (amount.ts,
 *    amount-fraction.ts).
 * 5. An adjustment with a write-off reason ("adj $25 admin adj pt …", "svc recovery adj $45 …") and a
 *    reason's shorthand label ("PPD $18 pt …") are write-offs (adjustment-reasoned.ts, reason.ts).
 * 6. What a patient wanted, told with no patient named ("lol that patient yesterday wanted us to write
 *    off everything"), asks nothing (wish-told.ts).
 */
import { describe, it } from 'vitest';
import { expectFrame, type Frame } from './support/frame.ts';

type Case = [string, Partial<Frame>];

describe("1. a threshold beside one patient's write-off explains its reason, no batch", () => {
  it.each<Case>([
    [
      'write off $30 for Evan Brooks, balance &lt; $35 so small balance',
      { intent: 'write_off', patient: 'Evan Brooks', amountCents: 3000, reason: 'small_balance' },
    ],
    [
      'write off $9 for Abel Ruiz (under $10) small balance',
      { intent: 'write_off', patient: 'Abel Ruiz', amountCents: 900, reason: 'small_balance' },
    ],
    [
      'write off $12 for Iris Vela, balance &lt; $15, small balance',
      { intent: 'write_off', patient: 'Iris Vela', amountCents: 1200, reason: 'small_balance' },
    ],
    [
      'w/o $4.50 Jane Doe, under $5 so sm bal',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 450, reason: 'small_balance' },
    ],
    [
      "write off $7 for Tom Baker since it's below $10, small balance",
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 700, reason: 'small_balance' },
    ],
    // unchanged: a batch names no amount of its own.
    [
      'write off everything under $10 for all patients',
      { intent: 'small_balance_batch', amountCents: 1000, reason: 'small_balance' },
    ],
    [
      'small balance batch under $5',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
    [
      'write off all balances under $5',
      { intent: 'small_balance_batch', amountCents: 500, reason: 'small_balance' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('2. Spanish phrases: the whole balance, the rest, "for" before the patient, the reasons', () => {
  it.each<Case>([
    [
      'write off $30 de la paciente Rosa Díaz, saldo pequeño',
      { intent: 'write_off', patient: 'Rosa Díaz', amountCents: 3000, reason: 'small_balance' },
    ],
    [
      'write off el resto de Pablo Ortiz, no puede pagar',
      { intent: 'write_off', patient: 'Pablo Ortiz', amountAll: true, reason: 'financial_hardship' },
    ],
    ['refund $20 de Luis Vega', { intent: 'refund_payment', patient: 'Luis Vega', amountCents: 2000 }],
    [
      'write off su saldo de Inés Rojas, quiebra, caso 25-4411',
      { intent: 'write_off', patient: 'Inés Rojas', amountAll: true, reason: 'bankruptcy' },
    ],
    [
      'write off $40 for Carmen Ibarra, la paciente murió el 3 de Noviembre',
      { intent: 'write_off', patient: 'Carmen Ibarra', amountCents: 4000, reason: 'deceased' },
    ],
    [
      'write off el balance de Lupe Sandoval, falleció el mes pasado',
      { intent: 'write_off', patient: 'Lupe Sandoval', amountAll: true, reason: 'deceased' },
    ],
    [
      'write off todo el saldo de Marta Quiroga, bad debt, mandamos 3 cartas',
      { intent: 'write_off', patient: 'Marta Quiroga', amountAll: true, reason: 'bad_debt' },
    ],
    [
      'undo el write-off de Diego Fuentes, me equivoqué de paciente',
      { intent: 'undo_write_off', patient: 'Diego Fuentes' },
    ],
    [
      'cancela el PR de Sofía Campos, fue duplicado',
      { intent: 'cancel_pr', patient: 'Sofía Campos', cancelReason: 'duplicate' },
    ],
    [
      'write off $50 para la paciente Elena Ruiz, hardship, está desempleada',
      { intent: 'write_off', patient: 'Elena Ruiz', amountCents: 5000, reason: 'financial_hardship' },
    ],
    [
      'write off $12 de Tomás Aguilar, saldo pequeño',
      { intent: 'write_off', patient: 'Tomás Aguilar', amountCents: 1200, reason: 'small_balance' },
    ],
    [
      'write off $45 a nombre de Gustavo Peña, dificultad financiera',
      { intent: 'write_off', patient: 'Gustavo Peña', amountCents: 4500, reason: 'financial_hardship' },
    ],
    [
      'write off lo que queda de Alberto Cruz, murió el 2 de noviembre',
      { intent: 'write_off', patient: 'Alberto Cruz', amountAll: true, reason: 'deceased' },
    ],
    [
      "write off $35 pa' Jorge Luna, está en bancarrota, caso 26-10877",
      { intent: 'write_off', patient: 'Jorge Luna', amountCents: 3500, reason: 'bankruptcy' },
    ],
    [
      'write off $40 para el paciente Mateo Gil, hardship',
      { intent: 'write_off', patient: 'Mateo Gil', amountCents: 4000, reason: 'financial_hardship' },
    ],
    [
      'write off $20 de Lucía Moreno, small balance',
      { intent: 'write_off', patient: 'Lucía Moreno', amountCents: 2000, reason: 'small_balance' },
    ],
    [
      'write off el saldo de Andrés Olmos, bad debt',
      { intent: 'write_off', patient: 'Andrés Olmos', amountAll: true, reason: 'bad_debt' },
    ],
    ['undo the write-off de Carla Ríos', { intent: 'undo_write_off', patient: 'Carla Ríos' }],
    [
      'write off $30 for Noemí Paz, la paciente falleció',
      { intent: 'write_off', patient: 'Noemí Paz', amountCents: 3000, reason: 'deceased' },
    ],
    [
      'write off $55 for Rubén Soto, no puede pagar, dificultad económica',
      { intent: 'write_off', patient: 'Rubén Soto', amountCents: 5500, reason: 'financial_hardship' },
    ],
    // unchanged: a name's own particles ("María de la Cruz", "Juan de Dios") and a balance asked.
    ['cuál es el balance de María García?', { intent: 'balance', patient: 'María García' }],
    [
      'write off $20 for María de la Cruz, small balance',
      { intent: 'write_off', patient: 'María de la Cruz', amountCents: 2000, reason: 'small_balance' },
    ],
    [
      'write off $20 for Juan de Dios, small balance',
      { intent: 'write_off', patient: 'Juan de Dios', amountCents: 2000, reason: 'small_balance' },
    ],
    [
      'write off $15 for Ana de Souza, courtesy',
      { intent: 'write_off', patient: 'Ana de Souza', amountCents: 1500, reason: 'professional_courtesy' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('3. the patient corrected after the request, as amounts and reasons are', () => {
  it.each<Case>([
    [
      'write off the remaining balance for Fox Mulder, small balance. correction: patient is Fox Mulden',
      { intent: 'write_off', patient: 'Fox Mulden', amountAll: true, reason: 'small_balance' },
    ],
    [
      'write off $40 for Ellen Marsh, courtesy - sorry, pt should be Ellen March',
      { intent: 'write_off', patient: 'Ellen March', amountCents: 4000, reason: 'professional_courtesy' },
    ],
    [
      "write off $25 for Jane Doe, small balance. wrong patient, it's Jane Roe",
      { intent: 'write_off', patient: 'Jane Roe', amountCents: 2500, reason: 'small_balance' },
    ],
    [
      "refund $20 to Bob Smith. oops, the patient's name is Bob Smyth",
      { intent: 'refund_payment', patient: 'Bob Smyth', amountCents: 2000 },
    ],
    [
      'w/o $15 Lee Chen sm bal -- name should be Lee Chan',
      { intent: 'write_off', patient: 'Lee Chan', amountCents: 1500, reason: 'small_balance' },
    ],
    [
      'write off $40 for Ellen Marsh, courtesy\ncorrection: patient is Ellen March',
      { intent: 'write_off', patient: 'Ellen March', amountCents: 4000, reason: 'professional_courtesy' },
    ],
    [
      'write off the remaining balance for Fox Mulder, small balance\ncorrection: patient is Fox Mulden',
      { intent: 'write_off', patient: 'Fox Mulden', amountAll: true, reason: 'small_balance' },
    ],
    // unchanged: a correction of the amount keeps the patient.
    [
      'write off $40 for Ellen Marsh, courtesy. correction: $30, not $40',
      { intent: 'write_off', patient: 'Ellen Marsh', amountCents: 3000, reason: 'professional_courtesy' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('4. what is left in shorthand: "rem bal", "rem PR", "the rem", "100% bal"', () => {
  it.each<Case>([
    [
      'w/o rem bal Olive Trent BD',
      { intent: 'write_off', patient: 'Olive Trent', amountAll: true, reason: 'bad_debt' },
    ],
    [
      'w/o rem PR pt Hal Jordano sm bal (CO-45 already applied by ins)',
      { intent: 'write_off', patient: 'Hal Jordano', amountAll: true, reason: 'small_balance' },
    ],
    [
      'hrdshp w/o 100% bal pt Zoe Hart, FAP approved',
      { intent: 'write_off', patient: 'Zoe Hart', amountAll: true, reason: 'financial_hardship' },
    ],
    [
      'write off the rem for Jane Doe, small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true, reason: 'small_balance' },
    ],
    [
      'w/o rmng bal Lee Chen hardship',
      { intent: 'write_off', patient: 'Lee Chen', amountAll: true, reason: 'financial_hardship' },
    ],
    [
      'write off 100% of the balance for Tom Baker, deceased',
      { intent: 'write_off', patient: 'Tom Baker', amountAll: true, reason: 'deceased' },
    ],
    [
      'w/o rem. bal for Bob Smith, bad debt',
      { intent: 'write_off', patient: 'Bob Smith', amountAll: true, reason: 'bad_debt' },
    ],
    ['refund the rem for Bob Smith', { intent: 'refund_payment', patient: 'Bob Smith', amountAll: true }],
    // unchanged: a percent short of all, and an amount written.
    [
      'write off 10% of the balance for Tom Baker, prompt pay',
      { intent: 'write_off', patient: 'Tom Baker', reason: 'prompt_pay_discount' },
    ],
    ['w/o $20 rem bal Jane Doe', { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe("5. an adjustment with a write-off reason, or a reason's shorthand label, is a write-off", () => {
  it.each<Case>([
    [
      'adj $25 admin adj pt Lyle Moss, our billing error',
      { intent: 'write_off', patient: 'Lyle Moss', amountCents: 2500, reason: 'administrative' },
    ],
    [
      'svc recovery adj $45 pt Dora Lake, wait time complaint',
      { intent: 'write_off', patient: 'Dora Lake', amountCents: 4500, reason: 'service_recovery' },
    ],
    [
      'PPD $18 pt Miles Ford, pd in full at TOS',
      { intent: 'write_off', patient: 'Miles Ford', amountCents: 1800, reason: 'prompt_pay_discount' },
    ],
    [
      'courtesy adj $60 pt Mona Vick',
      { intent: 'write_off', patient: 'Mona Vick', amountCents: 6000, reason: 'professional_courtesy' },
    ],
    [
      'admin adj $15 pt Roy Kent, keying error',
      { intent: 'write_off', patient: 'Roy Kent', amountCents: 1500, reason: 'administrative' },
    ],
    [
      'prompt pay discount $25 for Lila Shore, paid at TOS',
      { intent: 'write_off', patient: 'Lila Shore', amountCents: 2500, reason: 'prompt_pay_discount' },
    ],
    [
      'courtesy adj $100 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 10000, reason: 'professional_courtesy' },
    ],
    [
      'service recovery adjustment $30 for Tom Baker, long wait',
      { intent: 'write_off', patient: 'Tom Baker', amountCents: 3000, reason: 'service_recovery' },
    ],
    [
      'adjust $20 for Bob Smith, prompt pay',
      { intent: 'write_off', patient: 'Bob Smith', amountCents: 2000, reason: 'prompt_pay_discount' },
    ],
    [
      'adj $12 Lee Chen small bal',
      { intent: 'write_off', patient: 'Lee Chen', amountCents: 1200, reason: 'small_balance' },
    ],
    [
      'sm bal adj $4 Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 400, reason: 'small_balance' },
    ],
    [
      'ppd $9 for Priya Patel',
      { intent: 'write_off', patient: 'Priya Patel', amountCents: 900, reason: 'prompt_pay_discount' },
    ],
    // unchanged: an insurer's or a contract's adjustment, and one with no reason.
    ['contractual adj $40 for Jane Doe', { patient: 'Jane Doe' }],
    ['adj $25 for Bob Smith', { patient: 'Bob Smith' }],
  ])('%s', (text, expected) => expectFrame(text, expected));
});

describe('6. what someone wanted, told with no patient named, asks nothing', () => {
  it.each<Case>([
    ['lol that patient yesterday wanted us to write off everything', {}],
    ['the patient wanted us to write off everything lol', {}],
    ['this guy expected us to just write it all off smh', {}],
    ["she was hoping we'd write off the whole bill, not happening", {}],
    ['some lady on the phone wanted us to write off her $300', {}],
    // unchanged: a request beside a story, a patient named, an ask refused.
    [
      'the patient wanted a payment plan, write off $20 for Jane Doe',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 2000 },
    ],
    [
      'Jane Doe wants us to write off her $40, small balance',
      { intent: 'write_off', patient: 'Jane Doe', amountCents: 4000, reason: 'small_balance' },
    ],
    [
      'the patient wants us to write off her balance, can you do it for Jane Doe?',
      { intent: 'write_off', patient: 'Jane Doe', amountAll: true },
    ],
    ['she asked if we could write off her $40 but I said no', {}],
    [
      "Dr. Ames wanted us to write off Tom Baker's balance, courtesy",
      { intent: 'write_off', patient: 'Tom Baker', amountAll: true, reason: 'professional_courtesy' },
    ],
  ])('%s', (text, expected) => expectFrame(text, expected));
});
