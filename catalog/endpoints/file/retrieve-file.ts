import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { FileSchema, envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';

/** Get file details: GET /v1/files/retrieve */
export default defineEndpoint({
  id: 'retrieve-file',
  group: 'file',
  titleZh: '查看文件详情',
  titleEn: 'Get file details',
  description:
    'Reads the name, size and upload time of an uploaded file. Use it to check a file_id before referring to it in a chat or a workflow.',
  notes: ['Returns metadata only; there is no download endpoint.'],
  method: 'GET',
  path: '/v1/files/retrieve',
  params: {
    query: v.object({
      file_id: v.pipe(
        v.string(),
        v.nonEmpty('file_id is required'),
        v.description('ID of an uploaded file.'),
        v.examples(['7369495981102022700']),
      ),
    }),
  },
  bodyKind: 'none',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(FileSchema, v.description('File info.'))),
  }),
  permission: 'retrieveFile',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: { query: { file_id: SANDBOX_IDS.file } },
});
