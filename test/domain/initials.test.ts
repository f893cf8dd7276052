import { describe, expect, it } from 'vitest';
import { patientInitials } from '../../src/domain/index.ts';

describe('patientInitials', () => {
  it('takes one letter of the first name and one of the last name, however many words each has', () => {
    expect(patientInitials({ firstName: 'Jane', lastName: 'Doe' })).toBe('J. D.');
    expect(patientInitials({ firstName: 'María José', lastName: 'García López' })).toBe('M. G.');
    expect(patientInitials({ firstName: 'Anne-Marie', lastName: 'van der Berg' })).toBe('A. V.');
  });

  it('works in any script and with a missing part', () => {
    expect(patientInitials({ firstName: 'Ольга', lastName: 'Петрова' })).toBe('О. П.');
    expect(patientInitials({ firstName: 'Lee', lastName: '' })).toBe('L.');
    expect(patientInitials({ firstName: ' ', lastName: '' })).toBe('?');
  });
});
