import type { Endpoint } from '../../types';
import benefitLimitationsCreate from './benefit-limitations-create';
import benefitLimitationsList from './benefit-limitations-list';
import benefitLimitationsUpdate from './benefit-limitations-update';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  benefitLimitationsCreate,
  benefitLimitationsList,
  benefitLimitationsUpdate,
] as const satisfies readonly Endpoint[];

export default endpoints;
