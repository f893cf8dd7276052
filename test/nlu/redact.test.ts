import { describe, expect, it } from 'vitest';
import { redact } from '../../src/nlu/redact.ts';

const directory = { names: ['María García', 'María', 'García', 'Samuel O’Neil', 'Jane Doe', 'Jane'] };

describe('redact', () => {
  it('replaces directory names ignoring case and accents, and restores them as written', () => {
    const text = "write off $40 for MARIA garcia's visit, and Jane Doe, and jane";
    const redacted = redact(text, directory);
    expect(redacted.text).toBe("write off $40 for [PATIENT_1]'s visit, and [PATIENT_2], and [PATIENT_3]");
    expect(redacted.restore(redacted.text)).toBe(text);
  });

  it('replaces dates of birth, MRNs, phone numbers and e-mail addresses', () => {
    const text =
      'DOB 3/2/1984 or 1984-03-02, MRN-12345, MRN 778899, acct 123456789, (555) 123-4567, jd@example.org';
    const redacted = redact(text, { names: [] });
    expect(redacted.text).toBe(
      'DOB [DOB_1] or [DOB_2], [MRN_1], [MRN_2], acct [MRN_3], [PHONE_1], [EMAIL_1]',
    );
    expect(redacted.restore(redacted.text)).toBe(text);
  });

  it('leaves amounts and dates of service alone', () => {
    const text = 'write off $1,000,000 and $250000 for the 10/3 visit';
    expect(redact(text, directory).text).toBe(text);
  });

  it('lets no directory name through, whatever the spelling', () => {
    const text = "Samuel O'Neil, SAMUEL O’NEIL, María García, maria garcia, Garcia, Jane";
    const redacted = redact(text, directory).text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
    for (const part of ['samuel', 'neil', 'maria', 'garcia', 'jane']) expect(redacted).not.toContain(part);
  });

  it('restores placeholders inside a model answer and leaves unknown ones', () => {
    const redacted = redact('refund Jane Doe', directory);
    expect(redacted.restore('[PATIENT_1] / [PATIENT_9]')).toBe('Jane Doe / [PATIENT_9]');
  });
});
