import { describe, expect, it } from 'vitest';
import { REFERRAL_STATUSES } from './tables.ts';
import { allowed, isOpen, partyFor } from './lifecycle.ts';

describe('referral lifecycle', () => {
  it('lets the receiver walk the happy path and the referrer only cancel', () => {
    expect(allowed(['receiver'], 'requested')).toEqual(['received']);
    expect(allowed(['receiver'], 'received')).toEqual(['accepted', 'rejected']);
    expect(allowed(['receiver'], 'accepted')).toEqual(['in-progress']);
    expect(allowed(['receiver'], 'in-progress')).toEqual(['on-hold', 'completed', 'failed']);
    expect(allowed(['receiver'], 'on-hold')).toEqual(['in-progress', 'failed']);
    for (const s of REFERRAL_STATUSES) {
      expect(allowed(['referrer'], s)).toEqual(isOpen(s) ? ['cancelled'] : []);
    }
  });

  it('allows nothing from a closed status, to anyone', () => {
    for (const s of ['rejected', 'completed', 'failed', 'cancelled'] as const) {
      expect(allowed(['referrer', 'receiver', 'resident'], s)).toEqual([]);
    }
  });

  it('unites the parties of one person, and names the party that allows a step', () => {
    expect(allowed(['referrer', 'receiver'], 'requested')).toEqual(['cancelled', 'received']);
    expect(partyFor(['receiver', 'referrer'], 'received', 'cancelled')).toBe('referrer');
    expect(partyFor(['referrer'], 'received', 'accepted')).toBeUndefined();
    expect(allowed([], 'requested')).toEqual([]);
  });
});
