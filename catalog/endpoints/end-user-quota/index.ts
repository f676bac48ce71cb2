import type { Endpoint } from '../../types';
import benefitLimitationsCreate from './benefit-limitations-create';
import benefitLimitationsList from './benefit-limitations-list';
import benefitLimitationsUpdate from './benefit-limitations-update';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints: readonly Endpoint[] = [benefitLimitationsCreate, benefitLimitationsList, benefitLimitationsUpdate];

export default endpoints;
