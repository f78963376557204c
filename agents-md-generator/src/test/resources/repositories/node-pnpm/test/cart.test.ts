import { describe, expect, it } from 'vitest';
import { totalCents } from '../src/cart';

describe('totalCents', () => {
  it('adds up the lines', () => {
    expect(totalCents([{ sku: 'a', quantity: 2, unitCents: 150 }])).toBe(300);
  });
});
