import type { Endpoint } from '../../types';
import addEnterpriseMembers from './add-enterprise-members';
import addOrganizationMembers from './add-organization-members';
import createOrganization from './create-organization';
import listOrganizationMembers from './list-organization-members';
import listOrganizations from './list-organizations';
import removeEnterpriseMember from './remove-enterprise-member';
import removeOrganizationMember from './remove-organization-member';
import updateEnterpriseMemberRole from './update-enterprise-member-role';
import updateOrganization from './update-organization';
import updateOrganizationMemberRole from './update-organization-member-role';

/** The endpoints of this group (any order: the navigation orders pages). */
const endpoints = [
  addEnterpriseMembers,
  addOrganizationMembers,
  createOrganization,
  listOrganizationMembers,
  listOrganizations,
  removeEnterpriseMember,
  removeOrganizationMember,
  updateEnterpriseMemberRole,
  updateOrganization,
  updateOrganizationMemberRole,
] as const satisfies readonly Endpoint[];

export default endpoints;
