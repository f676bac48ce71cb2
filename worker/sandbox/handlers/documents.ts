import { CozeCode, CozeError } from '../envelope';
import { SANDBOX_USER } from '../fixtures';
import { intParam, pageOf, seconds } from '../params';
import { shaped } from '../shape-call';
import { hash } from '../text';
import { documentsOf, isProcessing, requireDataset } from './datasets';
import type { Call, Handler } from '../call';
import type { DatasetRecord, DocumentRecord } from '../records';

// How the sandbox processes files: a couple of seconds, longer for bigger files.
const PROCESS_BASE_MS = 2_000;
const PROCESS_PER_100KB_MS = 1_000;
const TEXT_TYPES = ['txt', 'pdf', 'doc', 'docx', 'md'];

interface DocumentBase {
  name: string;
  source_info: {
    file_base64?: string;
    file_type?: string;
    web_url?: string;
    document_source?: number;
    source_file_id?: string;
  };
  update_rule?: { update_type?: number; update_interval?: number };
  caption?: string;
}

/** The knowledge endpoints under /open_api need `Agw-Js-Conv: str`, or int64 ids come back as numbers. */
function checkConvHeader(call: Call): void {
  const value = Object.entries(call.headers).find(([name]) => name.toLowerCase() === 'agw-js-conv')?.[1];
  if (value !== 'str')
    throw new CozeError(CozeCode.badRequest, 'Invalid header Agw-Js-Conv: send `Agw-Js-Conv: str` so ids stay strings');
}

async function requireDocument(call: Call, id: unknown): Promise<DocumentRecord> {
  const document = await call.store.item('document', String(id));
  if (!document) throw new CozeError(CozeCode.notFound, `Document ${String(id)} not found`);
  return document;
}

function decoded(base64: string, where: string): string {
  try {
    return atob(base64.replace(/\s+/g, ''));
  } catch {
    throw new CozeError(CozeCode.badRequest, `Invalid parameter ${where}.file_base64: not valid base64`);
  }
}

function checkChunkStrategy(strategy: Record<string, unknown>): Record<string, unknown> {
  if (strategy['chunk_type'] !== 1) return strategy;
  const maxTokens = Number(strategy['max_tokens']);
  if (typeof strategy['separator'] !== 'string' || !Number.isInteger(maxTokens) || maxTokens < 100 || maxTokens > 2000)
    throw new CozeError(
      CozeCode.badRequest,
      'Invalid parameter chunk_strategy: custom rules (chunk_type 1) need a separator and max_tokens from 100 to 2000',
    );
  return strategy;
}

/** A new file of the knowledge base, read from where the request says its content is. */
async function newDocument(
  call: Call,
  dataset: DatasetRecord,
  base: DocumentBase,
  strategy: Record<string, unknown>,
  where: string,
): Promise<DocumentRecord> {
  const source = base.source_info ?? {};
  const at = seconds(call.nowMs);
  let fields: Pick<DocumentRecord, 'type' | 'size' | 'char_count' | 'document_source'> &
    Partial<Pick<DocumentRecord, 'web_url' | 'source_file_id'>>;
  if (dataset.format_type === 2) {
    const file = source.source_file_id ? await call.store.file(source.source_file_id) : undefined;
    if (!file)
      throw new CozeError(
        CozeCode.badRequest,
        `Invalid parameter ${where}.source_info.source_file_id: an image knowledge base takes images uploaded with upload-file`,
      );
    const type = /\.(\w+)$/.exec(file.file_name)?.[1]?.toLowerCase() ?? 'png';
    fields = { type, size: file.bytes, char_count: 0, document_source: 5, source_file_id: file.id };
  } else if (source.web_url !== undefined) {
    if (!/^https?:\/\/\S+$/.test(source.web_url))
      throw new CozeError(CozeCode.badRequest, `Invalid parameter ${where}.source_info.web_url: an http(s) URL`);
    // The sandbox cannot fetch the page: its size follows from the URL, stable across calls.
    const chars = 2_000 + (hash(source.web_url) % 20_000);
    fields = { type: 'html', size: chars * 2, char_count: chars, document_source: 1, web_url: source.web_url };
  } else if (source.file_base64 !== undefined) {
    const type = String(source.file_type ?? '').toLowerCase();
    if (!TEXT_TYPES.includes(type))
      throw new CozeError(
        CozeCode.unsupportedFile,
        `Unsupported file type ${JSON.stringify(type)}: use one of ${TEXT_TYPES.join(', ')}`,
      );
    const bytes = decoded(source.file_base64, `${where}.source_info`);
    if (bytes.length === 0) throw new CozeError(CozeCode.emptyFile, `The file ${base.name} is empty`);
    const chars =
      type === 'txt' || type === 'md'
        ? new TextDecoder().decode(Uint8Array.from(bytes, (c) => c.charCodeAt(0))).length
        : Math.round(bytes.length / 2);
    fields = { type, size: bytes.length, char_count: chars, document_source: 0 };
  } else {
    throw new CozeError(
      CozeCode.badRequest,
      `Invalid parameter ${where}.source_info: send file_base64 with file_type, or web_url`,
    );
  }
  const maxTokens = Number(strategy['max_tokens'] ?? 800);
  const processMs = PROCESS_BASE_MS + Math.ceil(fields.size / 102_400) * PROCESS_PER_100KB_MS;
  return {
    document_id: await call.store.nextId(),
    dataset_id: dataset.dataset_id,
    name: base.name,
    ...fields,
    slice_count: dataset.format_type === 2 ? 1 : Math.max(1, Math.ceil(fields.char_count / (maxTokens * 2))),
    format_type: dataset.format_type,
    caption: base.caption ?? '',
    chunk_strategy: strategy,
    update_type: base.update_rule?.update_type ?? 0,
    update_interval: base.update_rule?.update_interval ?? 0,
    create_time: at,
    update_time: at,
    started_at_ms: call.nowMs,
    ready_at_ms: call.nowMs + processMs,
  };
}

/** A file as the document endpoints describe it. */
function documentView(document: DocumentRecord, nowMs: number): Record<string, unknown> {
  return {
    document_id: document.document_id,
    name: document.name,
    char_count: document.char_count,
    size: document.size,
    type: document.type,
    format_type: document.format_type,
    source_type: document.document_source === 1 ? 1 : 0,
    status: isProcessing(document, nowMs) ? 0 : 1,
    slice_count: document.slice_count,
    hit_count: 0,
    chunk_strategy: document.chunk_strategy,
    update_type: document.update_type,
    update_interval: document.update_interval,
    create_time: document.create_time,
    update_time: document.update_time,
    tos_uri: `sandbox/knowledge/${document.dataset_id}/${document.document_id}.${document.type}`,
  };
}

/** POST /open_api/knowledge/document/create: up to 10 files; they process for a few seconds. */
export const createDocuments: Handler = async (call) => {
  checkConvHeader(call);
  const dataset = await requireDataset(call.store, call.body['dataset_id']);
  if (call.body['format_type'] !== dataset.format_type)
    throw new CozeError(
      CozeCode.badRequest,
      `Invalid parameter format_type: knowledge base ${dataset.dataset_id} holds ${dataset.format_type === 2 ? 'images (2)' : 'text (0)'}`,
    );
  const bases = call.body['document_bases'] as DocumentBase[];
  if (bases.length < 1 || bases.length > 10)
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter document_bases: 1 to 10 files per request');
  const strategy = checkChunkStrategy((call.body['chunk_strategy'] ?? {}) as Record<string, unknown>);
  const documents: DocumentRecord[] = [];
  for (const [i, base] of bases.entries())
    documents.push(await newDocument(call, dataset, base, strategy, `document_bases.${i}`));
  for (const document of documents) await call.store.putItem('document', document.document_id, document);
  await call.store.putItem('dataset', dataset.dataset_id, { ...dataset, update_time: seconds(call.nowMs) });
  return shaped(call, { document_infos: documents.map((document) => documentView(document, call.nowMs)) });
};

/** POST /open_api/knowledge/document/list: a knowledge base's files, oldest first, `page`/`size` paged. */
export const listDocuments: Handler = async (call) => {
  checkConvHeader(call);
  const dataset = await requireDataset(call.store, call.body['dataset_id']);
  const page = intParam(call.body['page'], 'page', 1, 1, 10_000);
  const size = intParam(call.body['size'], 'size', 10, 1, 100);
  const documents = await documentsOf(call.store, dataset.dataset_id);
  const slice = pageOf(documents, page, size);
  return shaped(call, {
    document_infos: slice.items.map((document) => documentView(document, call.nowMs)),
    total: documents.length,
  });
};

/** POST /open_api/knowledge/document/update: renames a file or changes its web refresh rule. */
export const updateDocument: Handler = async (call) => {
  checkConvHeader(call);
  const document = await requireDocument(call, call.body['document_id']);
  const rule = call.body['update_rule'] as DocumentBase['update_rule'];
  const name = call.body['document_name'];
  if (name !== undefined && (String(name).trim() === '' || String(name).length > 100))
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter document_name: 1 to 100 characters');
  const updated: DocumentRecord = {
    ...document,
    ...(name !== undefined && { name: String(name) }),
    ...(rule?.update_type !== undefined && { update_type: rule.update_type }),
    ...(rule?.update_interval !== undefined && { update_interval: rule.update_interval }),
    update_time: seconds(call.nowMs),
  };
  await call.store.putItem('document', updated.document_id, updated);
  return shaped(call, { document_info: documentView(updated, call.nowMs) });
};

/** POST /open_api/knowledge/document/delete: deletes the files; any unknown id fails the whole call. */
export const deleteDocuments: Handler = async (call) => {
  checkConvHeader(call);
  const ids = (call.body['document_ids'] ?? []) as string[];
  if (ids.length < 1 || ids.length > 100)
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter document_ids: 1 to 100 files per request');
  for (const id of ids) await requireDocument(call, id);
  await call.store.deleteItems('document', ids);
  return shaped(call, {});
};

async function requireImage(call: Call, dataset: DatasetRecord, id: unknown): Promise<DocumentRecord> {
  if (dataset.format_type !== 2)
    throw new CozeError(CozeCode.badRequest, `Knowledge base ${dataset.dataset_id} is not an image knowledge base`);
  const document = await requireDocument(call, id);
  if (document.dataset_id !== dataset.dataset_id)
    throw new CozeError(CozeCode.notFound, `Image ${String(id)} not found in knowledge base ${dataset.dataset_id}`);
  return document;
}

/** GET /v1/datasets/:dataset_id/images: the images of an image knowledge base, filtered by caption. */
export const listImages: Handler = async (call) => {
  const dataset = await requireDataset(call.store, call.path['dataset_id']);
  if (dataset.format_type !== 2)
    throw new CozeError(CozeCode.badRequest, `Knowledge base ${dataset.dataset_id} is not an image knowledge base`);
  const pageNum = intParam(call.query['page_num'], 'page_num', 1, 1, 10_000);
  const pageSize = intParam(call.query['page_size'], 'page_size', 10, 1, 299);
  const keyword = call.query['keyword'] === undefined ? '' : String(call.query['keyword']);
  const hasCaption = call.query['has_caption'];
  const all = (await documentsOf(call.store, dataset.dataset_id))
    .filter((image) => image.caption.includes(keyword))
    .filter((image) => hasCaption === undefined || (image.caption !== '') === hasCaption);
  const page = pageOf(all, pageNum, pageSize);
  return shaped(call, {
    data: {
      photo_infos: page.items.map((image) => ({
        document_id: image.document_id,
        name: image.name,
        url: `https://sandbox.coze.invalid/knowledge/${image.dataset_id}/${image.document_id}.${image.type}`,
        caption: image.caption,
        size: image.size,
        type: image.type,
        status: isProcessing(image, call.nowMs) ? 0 : 1,
        source_type: image.document_source,
        creator_id: SANDBOX_USER.id,
        create_time: image.create_time,
        update_time: image.update_time,
      })),
      total_count: all.length,
    },
  });
};

/** PUT /v1/datasets/:dataset_id/images/:document_id: sets an image's caption. */
export const updateImage: Handler = async (call) => {
  const dataset = await requireDataset(call.store, call.path['dataset_id']);
  const image = await requireImage(call, dataset, call.path['document_id']);
  const caption = String(call.body['caption']);
  await call.store.putItem('document', image.document_id, { ...image, caption, update_time: seconds(call.nowMs) });
  return shaped(call, {});
};

/** POST /v1/datasets/:dataset_id/process: how far each file's processing has got. */
export const documentProgress: Handler = async (call) => {
  const dataset = await requireDataset(call.store, call.path['dataset_id']);
  const ids = (call.body['document_ids'] ?? []) as string[];
  const documents: DocumentRecord[] = [];
  for (const id of ids) {
    const document = await requireDocument(call, id);
    if (document.dataset_id !== dataset.dataset_id)
      throw new CozeError(CozeCode.notFound, `Document ${id} not found in knowledge base ${dataset.dataset_id}`);
    documents.push(document);
  }
  const items = documents.map((document) => {
    const total = Math.max(1, document.ready_at_ms - document.started_at_ms);
    const done = Math.min(total, Math.max(0, call.nowMs - document.started_at_ms));
    return {
      document_id: document.document_id,
      document_name: document.name,
      progress: Math.floor((done / total) * 100),
      remaining_time: Math.ceil((total - done) / 1000),
      size: document.size,
      type: document.type,
      url:
        document.web_url ??
        `https://sandbox.coze.invalid/knowledge/${document.dataset_id}/${document.document_id}.${document.type}`,
      status: isProcessing(document, call.nowMs) ? 0 : 1,
      status_descript: '',
      update_type: document.update_type,
      update_interval: document.update_interval,
    };
  });
  return shaped(call, { data: { data: items } });
};
