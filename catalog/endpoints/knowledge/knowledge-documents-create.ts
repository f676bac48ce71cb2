import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { envelope } from '../../objects';
import { SANDBOX_IDS } from '../../sandbox-ids';
import { AgwJsConvHeadersSchema, ChunkStrategySchema, DocumentInfoSchema, UpdateRuleSchema } from './schemas';

/** Upload files to knowledge base: POST /open_api/knowledge/document/create */
export default defineEndpoint({
  id: 'knowledge-documents-create',
  group: 'knowledge',
  titleZh: '创建知识库文件',
  titleEn: 'Upload files to knowledge base',
  description:
    'Adds up to 10 files to a knowledge base: local documents sent as base64 or web pages for a text knowledge base, uploaded images for an image knowledge base. Processing continues after the call returns.',
  notes: [
    'Send the header `Agw-Js-Conv: str`, so ids come back as strings.',
    'The answer has no `data` wrapper: `document_infos` sits at the top level beside `code`.',
    'Text knowledge bases take pdf, txt, doc and docx files as base64, or web pages; image knowledge bases take only images uploaded with upload-file, by `source_file_id`. Use one kind of source per call.',
    'Files are processed asynchronously; poll datasets-process until each is done.',
    'Only the owner of the knowledge base may add files.',
  ],
  method: 'POST',
  path: '/open_api/knowledge/document/create',
  params: {
    headers: AgwJsConvHeadersSchema,
    body: v.object({
      dataset_id: v.pipe(
        v.string(),
        v.nonEmpty('dataset_id is required'),
        v.description('Coze knowledge base to add the files to.'),
      ),
      document_bases: v.pipe(
        v.array(
          v.object({
            name: v.pipe(
              v.string(),
              v.nonEmpty('name is required'),
              v.description('File name.'),
              v.examples(['warranty-faq.txt']),
            ),
            source_info: v.pipe(
              v.object({
                file_base64: v.optional(
                  v.pipe(v.string(), v.description('The local file, base64-encoded (text knowledge bases).')),
                ),
                file_type: v.optional(
                  v.pipe(
                    v.string(),
                    v.description('Extension of the local file: `pdf`, `txt`, `doc` or `docx`.'),
                    v.examples(['txt']),
                  ),
                ),
                web_url: v.optional(
                  v.pipe(
                    v.string(),
                    v.description('Web page to import (text knowledge bases).'),
                    v.examples(['https://www.coze.cn/open/docs/developer_guides']),
                  ),
                ),
                document_source: v.optional(
                  v.pipe(
                    v.picklist([0, 1, 5]),
                    v.description(
                      '`0` local file in `file_base64`, `1` web page in `web_url`, `5` uploaded file in `source_file_id` (image knowledge bases).',
                    ),
                    v.examples([0]),
                  ),
                ),
                source_file_id: v.optional(
                  v.pipe(
                    v.string(),
                    v.description('Id of an image uploaded with upload-file (image knowledge bases).'),
                  ),
                ),
              }),
              v.description('Where the content comes from: fill the fields of one source.'),
            ),
            update_rule: v.optional(
              v.pipe(UpdateRuleSchema, v.description('Web pages only: whether and how often to fetch the page again.')),
            ),
            caption: v.optional(v.pipe(v.string(), v.description('Image knowledge bases: caption of the image.'))),
          }),
        ),
        v.minLength(1, 'document_bases needs at least one file'),
        v.maxLength(10, 'document_bases takes at most 10 files'),
        v.description('The files to add, 1 to 10.'),
      ),
      chunk_strategy: v.pipe(
        ChunkStrategySchema,
        v.description('How to cut the files into segments; Coze asks for it on every call.'),
      ),
      format_type: v.pipe(
        v.picklist([0, 2]),
        v.description('Type of the knowledge base: `0` text, `2` image. The files must match it.'),
        v.examples([0]),
      ),
    }),
  },
  bodyKind: 'json',
  responseKind: 'json',
  response: envelope({
    document_infos: v.optional(
      v.pipe(v.array(DocumentInfoSchema), v.description('The files added, in the order sent; top level, no `data`.')),
    ),
  }),
  permission: 'createDocument',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {
    headers: { 'Agw-Js-Conv': 'str' },
    body: {
      dataset_id: SANDBOX_IDS.dataset,
      document_bases: [
        {
          name: 'warranty-faq.txt',
          source_info: {
            file_base64: 'UTogSG93IGxvbmcgaXMgdGhlIHdhcnJhbnR5PwpBOiBUd28geWVhcnMgZnJvbSB0aGUgZGF0ZSBvZiBwdXJjaGFzZS4K',
            file_type: 'txt',
            document_source: 0,
          },
        },
      ],
      chunk_strategy: { chunk_type: 0 },
      format_type: 0,
    },
  },
});
