export default {
  zh: {
    COZE_BOT_ID: '7395773137***',
    COZE_SPACE_ID: '7366123674***',
    COZE_BASE_URL: 'https://api.coze.cn',
    COZE_BASE_WS_URL: 'wss://ws.coze.cn',
    COZE_WORKFLOW_ID: '7394408479***',
    DATASET_ID: '7430806536349941***',
    auth: {
      pat: {
        COZE_API_KEY: 'pat_4hde3zg5***',
      },
      oauth_web: {
        COZE_CLIENT_ID: '11305246560602341248515465***',
        COZE_CLIENT_SECRET: 'ux4gXZBpm9jIVZmfm5TBELwoSPbOn2JXZMZ***',
        COZE_REDIRECT_URL: 'http://localhost:3000',
      },
      oauth_pkce: {
        COZE_CLIENT_ID: '78146258168103170499542847***',
        COZE_REDIRECT_URL: 'http://localhost:3000',
      },
      oauth_jwt: {
        COZE_APP_ID: '1132697914***',
        COZE_KEY_ID: 'YeZD3wilJnsEUuYMb5Zl6-oGtmxJKlqFMq27StqXB6E***',
        COZE_AUD: 'api.coze.cn',
      },
      auth_jwt_channel: {
        COZE_APP_ID: '1207101228***',
        COZE_KEY_ID: 'tKoUIXgHCOJZcdk6k_jrfoEawOplkdVd6P3***',
        COZE_AUD: 'api.coze.cn',
      },
      oauth_device: {
        COZE_CLIENT_ID: '12074396512971595586715564048503***',
      },
    },
  },
  en: {
    COZE_API_KEY: 'pat_yQj30194f***',
    COZE_BOT_ID: '7372391044***',
    COZE_SPACE_ID: '7366123674***',
    COZE_BASE_URL: 'https://api.coze.com',
    COZE_BASE_WS_URL: 'wss://ws.coze.com',
    COZE_WORKFLOW_ID: '7387291732***',
    DATASET_ID: '7430806536349941***',
    auth: {
      pat: {
        COZE_API_KEY: 'pat_4hde3zg5***',
      },
      oauth_web: {
        COZE_CLIENT_ID: '11305246560602341248515465***',
        COZE_CLIENT_SECRET: 'ux4gXZBpm9jIVZmfm5TBELwoSPbOn2JXZMZ***',
        COZE_REDIRECT_URL: 'http://localhost:3000',
      },
      oauth_pkce: {
        COZE_CLIENT_ID: '78146258168103170499542847***',
        COZE_REDIRECT_URL: 'http://localhost:3000',
      },
      oauth_jwt: {
        COZE_APP_ID: '1132697914***',
        COZE_KEY_ID: 'YeZD3wilJnsEUuYMb5Zl6-oGtmxJKlqFMq27StqXB6E***',
        COZE_AUD: 'api.coze.com',
      },
      auth_jwt_channel: {
        COZE_APP_ID: '1207101228***',
        COZE_KEY_ID: 'tKoUIXgHCOJZcdk6k_jrfoEawOplkdVd6P3***',
        COZE_AUD: 'api.coze.com',
      },
      oauth_device: {
        COZE_CLIENT_ID: '12074396512971595586715564048503***',
      },
    },
  },
};
