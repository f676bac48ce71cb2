import type { DocPage } from '../../types';
import authOverview from './auth-overview';
import addPersonalAccessToken from './add-personal-access-token';
import addServiceAccessToken from './add-service-access-token';
import oauthAppManagement from './oauth-app-management';
import oauthSampleWalkthrough from './oauth-sample-walkthrough';
import oauthAuthorizationCode from './oauth-authorization-code';
import oauthPkce from './oauth-pkce';
import oauthDeviceFlow from './oauth-device-flow';
import oauthJwtDeveloper from './oauth-jwt-developer';
import oauthJwtChannel from './oauth-jwt-channel';
import oauthJwtCrossAccount from './oauth-jwt-cross-account';
import oauthJwtEnterprisePrivileged from './oauth-jwt-enterprise-privileged';
import oauthCollaboration from './oauth-collaboration';
import authFaq from './auth-faq';
import botObject from './bot-object';
import volcanoMemberManagement from './volcano-member-management';
import bestPracticeUpgradeAuthorization from './best-practice-upgrade-authorization';

/** The guide pages, in the Coze docs' order: how-to pages written in our own words. */
export const GUIDE_PAGES: readonly DocPage[] = [
  authOverview,
  addPersonalAccessToken,
  addServiceAccessToken,
  oauthAppManagement,
  oauthSampleWalkthrough,
  oauthAuthorizationCode,
  oauthPkce,
  oauthDeviceFlow,
  oauthJwtDeveloper,
  oauthJwtChannel,
  oauthJwtCrossAccount,
  oauthJwtEnterprisePrivileged,
  oauthCollaboration,
  authFaq,
  botObject,
  volcanoMemberManagement,
  bestPracticeUpgradeAuthorization,
];
