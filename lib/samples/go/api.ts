import { entryFor, type SdkCallTable } from '../../endpoint-table';
import { GO_API_CALLS, type GoResult, type GoUpload } from './calls';
import { field, goInt, goStr, goStrings, goStruct, structBody, type GoFields } from './struct';
import {
  cString,
  fileFields,
  outputFileName,
  regionConstant,
  sampleParts,
  TOKEN_ENV,
  without,
  type Json,
  type SampleInput,
  type SamplePart,
} from '../shared';

/** The body of a coze-go program's `main` and the packages it imports beyond context and fmt. */
export interface GoProgram {
  readonly lines: string[];
  readonly imports: string[];
  /** False when the program makes its own OAuth client instead of the `cozeCli` API client. */
  readonly client?: boolean;
}

/** The base URL a coze-go program is given: the region's constant, or the URL itself. */
export function goBaseURL(input: SampleInput): string {
  const region = regionConstant(input.model);
  return region === 'CN' ? 'coze.CnBaseURL' : region === 'COM' ? 'coze.ComBaseURL' : cString(input.model.baseUrl);
}

/** The standard-library packages a program's lines use, found by the names they call. */
export function goImportsOf(lines: readonly string[]): string[] {
  const text = lines.join('\n');
  const uses: [RegExp, string][] = [
    [/\bjson\./, 'encoding/json'],
    [/\bfilepath\./, 'path/filepath'],
    [/\bos\./, 'os'],
  ];
  return uses.filter(([pattern]) => pattern.test(text)).map(([, name]) => name);
}

const CHECK = ['\tif err != nil {', '\t\tpanic(err)', '\t}'];

/** A comment in `main`, wrapped to lines of about 100 columns. */
export function goComment(text: string): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last]!.length + word.length < 100) lines[last] += ` ${word}`;
    else lines.push(`\t// ${word}`);
  }
  return lines;
}

/** `name, err := receiver.method(ctx, [first, ]&coze.T{...})` with the error check. */
function call(name: string, receiver: string, method: string, type: string, body: string[], first = ''): string[] {
  const open = `\t${name}, err := ${receiver}.${method}(ctx, ${first ? `${first}, ` : ''}&coze.${type}{`;
  return [...(body.length ? [open, ...body, '\t})'] : [`${open}})`]), ...CHECK];
}

const PRINT = ['\tout, _ := json.MarshalIndent(resp, "", "  ")', '\tfmt.Println(string(out))'];

function resultLines(result: GoResult | undefined, input: SampleInput): string[] {
  if (result === 'paged')
    return [
      '\t// Next fetches the following page when this one runs out.',
      '\tfor paged.Next() {',
      '\t\titem, _ := json.Marshal(paged.Current())',
      '\t\tfmt.Println(string(item))',
      '\t}',
      '\tif err := paged.Err(); err != nil {',
      '\t\tpanic(err)',
      '\t}',
    ];
  if (result === 'file') {
    const name = outputFileName(input);
    return [
      `\tif err := resp.WriteToFile(${cString(name)}); err != nil {`,
      '\t\tpanic(err)',
      '\t}',
      `\tfmt.Println("wrote ${name}")`,
    ];
  }
  return PRINT;
}

type FilePart = Extract<SamplePart, { path: string }>;

/** The request fields that carry the form's file: coze-go reads it from the opened file. */
function uploadFields(upload: GoUpload, file: FilePart): string[] {
  const named = 'coze.NewUploadFile(file, filepath.Base(file.Name()))';
  const value = upload.as === 'reader' ? 'file' : upload.as === 'pointer' ? `ptr(${named})` : named;
  const name = upload.nameField ? [`${upload.nameField}: ${cString(file.path.split('/').pop() ?? file.path)},`] : [];
  return [...name, `${upload.field}: ${value},`];
}

/** A program calling one of the table's methods on `cozeCli`, or undefined when a value cannot be written. */
function apiProgram(input: SampleInput): GoProgram | undefined {
  const spec = entryFor(GO_API_CALLS, input.endpoint.id);
  if (!spec) return undefined;
  const values = { ...input.path, ...input.query, ...without(input.body, ...fileFields(input.endpoint)) };
  const file = spec.upload && sampleParts(input).find((part): part is FilePart => 'path' in part);
  const extra = [...(spec.fixed ?? []), ...(spec.upload && file ? uploadFields(spec.upload, file) : [])];
  const body = structBody(values, spec.fields, '\t', { extra });
  const first = spec.positional ? goStr(values[spec.positional]) : '';
  if (!body || first === undefined) return undefined;
  const invoke = spec.bare
    ? [`\tresp, err := cozeCli.${spec.method}(ctx)`, ...CHECK]
    : call(spec.result === 'paged' ? 'paged' : 'resp', 'cozeCli', spec.method, spec.type, body, first);
  const lines = [
    ...(file ? [`\tfile, err := os.Open(${cString(file.path)})`, ...CHECK, '\tdefer file.Close()'] : []),
    ...(spec.note ? goComment(spec.note) : []),
    ...invoke,
    ...resultLines(spec.result, input),
  ];
  return { lines, imports: goImportsOf(lines) };
}

/** One OAuth exchange through coze-go's OAuth clients, which send the request themselves. */
interface OAuthCall {
  readonly client: 'Device' | 'PKCE' | 'Web' | 'JWT';
  readonly method: string;
  /** The request type; absent for RefreshToken, which takes the refresh token itself. */
  readonly type?: string;
  readonly fields: GoFields;
  /** Why the program has no COZE_API_TOKEN, or where it goes. */
  readonly note: string;
}

// The clients take the client id and send the grant type themselves.
const OAUTH_IMPLIED = { client_id: 'implied', grant_type: 'implied' } as const;
const NO_SECRET = (who: string) =>
  `${who} send no client secret: coze-go sends no ${TOKEN_ENV} here, where the net/http sample sends one.`;
const WEB_SECRET = `The web app's client secret: coze-go sends it as the bearer token, as the net/http sample sends ${TOKEN_ENV}.`;
const CODE_FIELDS = { code: field('Code', goStr), redirect_uri: field('RedirectURI', goStr) };
const strs = (name: string) => field(name, goStrings);

const OAUTH_CALLS: SdkCallTable<'go', OAuthCall> = {
  'oauth-device-code': {
    client: 'Device',
    method: 'GetDeviceCode',
    type: 'GetDeviceOAuthCodeReq',
    fields: OAUTH_IMPLIED,
    note: NO_SECRET('Device apps'),
  },
  'oauth-token-device': {
    client: 'Device',
    method: 'GetAccessToken',
    type: 'GetDeviceOAuthAccessTokenReq',
    fields: { ...OAUTH_IMPLIED, device_code: field('DeviceCode', goStr) },
    note: `${NO_SECRET('Device apps')} Poll: true would keep asking until the user decides.`,
  },
  'oauth-token-authorization-code': {
    client: 'Web',
    method: 'GetAccessToken',
    type: 'GetWebOAuthAccessTokenReq',
    fields: { ...OAUTH_IMPLIED, ...CODE_FIELDS },
    note: WEB_SECRET,
  },
  'oauth-token-pkce': {
    client: 'PKCE',
    method: 'GetAccessToken',
    type: 'GetPKCEAccessTokenReq',
    fields: { ...OAUTH_IMPLIED, ...CODE_FIELDS, code_verifier: field('CodeVerifier', goStr) },
    note: NO_SECRET('PKCE apps'),
  },
  'oauth-token-refresh': {
    client: 'Web',
    method: 'RefreshToken',
    fields: { ...OAUTH_IMPLIED, refresh_token: 'implied' },
    note: `${WEB_SECRET} PKCE and device apps refresh with NewPKCEOAuthClient or NewDeviceOAuthClient, without a secret.`,
  },
  'oauth-token-jwt': {
    client: 'JWT',
    method: 'GetAccessToken',
    type: 'GetJWTAccessTokenReq',
    fields: {
      grant_type: 'implied',
      duration_seconds: field('TTL', goInt),
      scope: field(
        'Scope',
        goStruct(
          'Scope',
          {
            account_permission: field(
              'AccountPermission',
              goStruct(
                'ScopeAccountPermission',
                { permission_list: strs('PermissionList') },
                true,
                'scope.account_permission.',
              ),
            ),
            attribute_constraint: field(
              'AttributeConstraint',
              goStruct(
                'ScopeAttributeConstraint',
                {
                  connector_bot_chat_attribute: field(
                    'ConnectorBotChatAttribute',
                    goStruct(
                      'ScopeAttributeConstraintConnectorBotChatAttribute',
                      { bot_id_list: strs('BotIDList') },
                      true,
                      'scope.attribute_constraint.connector_bot_chat_attribute.',
                    ),
                  ),
                },
                true,
                'scope.attribute_constraint.',
              ),
            ),
          },
          true,
          'scope.',
        ),
      ),
    },
    note: `coze-go signs the JWT the net/http sample reads from ${TOKEN_ENV}: give it the OAuth app's client id, public key id and private key (PEM).`,
  },
};

/** `oauth, err := coze.New...OAuthClient(...)`, with the error check. */
function oauthClient(spec: OAuthCall, body: Json, base: string): string[] {
  const option = `coze.WithAuthBaseURL(${base})`;
  const clientId = goStr(body.client_id ?? '')!;
  const open = (args: string) => [`\toauth, err := coze.New${spec.client}OAuthClient(${args})`, ...CHECK];
  if (spec.client === 'JWT')
    return [
      '\toauth, err := coze.NewJWTOAuthClient(coze.NewJWTOAuthClientParam{',
      '\t\tClientID:      os.Getenv("COZE_JWT_CLIENT_ID"),',
      '\t\tPublicKey:     os.Getenv("COZE_JWT_PUBLIC_KEY_ID"),',
      '\t\tPrivateKeyPEM: os.Getenv("COZE_JWT_PRIVATE_KEY"),',
      `\t}, ${option})`,
      ...CHECK,
    ];
  if (spec.client === 'Web') return open(`${clientId}, os.Getenv("${TOKEN_ENV}"), ${option}`);
  return open(`${clientId}, ${option}`);
}

/** A program exchanging OAuth grants through coze-go's OAuth clients, with no API client. */
function oauthProgram(input: SampleInput): GoProgram | undefined {
  const spec = entryFor(OAUTH_CALLS, input.endpoint.id);
  if (!spec) return undefined;
  const body = structBody(input.body, spec.fields, '\t');
  if (!body) return undefined;
  const exchange = spec.type
    ? call('resp', 'oauth', spec.method, spec.type, body)
    : [
        ...body.map((line) => line.slice(1)),
        `\tresp, err := oauth.${spec.method}(ctx, ${goStr(input.body.refresh_token ?? '')})`,
        ...CHECK,
      ];
  const lines = [...goComment(spec.note), ...oauthClient(spec, input.body, goBaseURL(input)), ...exchange, ...PRINT];
  return { lines, imports: goImportsOf(lines), client: false };
}

/** The coze-go program for an endpoint beyond chat and workflow runs, or undefined when the samples write none. */
export function goApiProgram(input: SampleInput): GoProgram | undefined {
  return apiProgram(input) ?? oauthProgram(input);
}
