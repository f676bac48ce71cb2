import { SANDBOX_IDS } from '../../../catalog/sandbox-ids';
import { CozeCode, CozeError } from '../envelope';
import { SANDBOX_USER } from '../fixtures';
import { intParam, pageOf, seconds } from '../params';
import { iconFor } from '../platform-fixtures';
import { shaped } from '../shape-call';
import { requireWorkspace } from './workspaces';
import type { Call, Handler } from '../call';
import type { DatasetRecord, DocumentRecord } from '../records';
import type { SessionStore } from '../state';

/** The knowledge base with this id, or 4200. */
export async function requireDataset(store: SessionStore, id: unknown): Promise<DatasetRecord> {
  const dataset = await store.item('dataset', String(id));
  if (!dataset) throw new CozeError(CozeCode.notFound, `Knowledge base ${String(id)} not found`);
  return dataset;
}

/** The files of one knowledge base, oldest first. */
export async function documentsOf(store: SessionStore, datasetId: string): Promise<DocumentRecord[]> {
  return (await store.items('document')).filter((document) => document.dataset_id === datasetId);
}

/** Whether a file is still being processed at `nowMs`. */
export function isProcessing(document: DocumentRecord, nowMs: number): boolean {
  return nowMs < document.ready_at_ms;
}

function checkName(value: unknown): string {
  const name = String(value ?? '');
  if (!name.trim() || name.length > 100)
    throw new CozeError(CozeCode.badRequest, 'Invalid parameter name: 1 to 100 characters');
  return name;
}

async function checkIcon(call: Call, fileId: unknown): Promise<string | undefined> {
  if (fileId === undefined || fileId === '') return undefined;
  if (!(await call.store.file(String(fileId))))
    throw new CozeError(CozeCode.notFound, `File ${String(fileId)} not found: upload the icon with upload-file first`);
  return String(fileId);
}

function datasetView(
  dataset: DatasetRecord,
  documents: readonly DocumentRecord[],
  nowMs: number,
): Record<string, unknown> {
  const processing = documents.filter((document) => isProcessing(document, nowMs));
  return {
    dataset_id: dataset.dataset_id,
    name: dataset.name,
    description: dataset.description,
    space_id: dataset.space_id,
    status: 1,
    format_type: dataset.format_type,
    can_edit: true,
    icon_uri: `sandbox/knowledge/icon/${dataset.icon_file_id ?? dataset.dataset_id}`,
    icon_url: iconFor(dataset.name),
    doc_count: documents.length,
    file_list: documents.map((document) => document.name),
    hit_count: 0,
    slice_count: documents.reduce((sum, document) => sum + document.slice_count, 0),
    all_file_size: documents.reduce((sum, document) => sum + document.size, 0),
    bot_used_count: dataset.dataset_id === SANDBOX_IDS.dataset ? 2 : 0,
    creator_id: SANDBOX_USER.id,
    creator_name: SANDBOX_USER.name,
    create_time: dataset.create_time,
    update_time: dataset.update_time,
    chunk_strategy: documents.at(-1)?.chunk_strategy ?? { chunk_type: 0 },
    failed_file_list: [],
    processing_file_list: processing.map((document) => document.name),
    processing_file_id_list: processing.map((document) => document.document_id),
  };
}

/** POST /v1/datasets: an empty text (0) or image (2) knowledge base in a workspace. */
export const createDataset: Handler = async (call) => {
  await requireWorkspace(call.store, call.body['space_id']);
  const at = seconds(call.nowMs);
  const iconFileId = await checkIcon(call, call.body['file_id']);
  const dataset: DatasetRecord = {
    dataset_id: await call.store.nextId(),
    name: checkName(call.body['name']),
    description: String(call.body['description'] ?? ''),
    space_id: String(call.body['space_id']),
    format_type: call.body['format_type'] === 2 ? 2 : 0,
    ...(iconFileId !== undefined && { icon_file_id: iconFileId }),
    create_time: at,
    update_time: at,
  };
  await call.store.putItem('dataset', dataset.dataset_id, dataset);
  return shaped(call, { data: { dataset_id: dataset.dataset_id } });
};

/** GET /v1/datasets: a workspace's knowledge bases, newest first, filtered by name and type. */
export const listDatasets: Handler = async (call) => {
  await requireWorkspace(call.store, call.query['space_id']);
  const pageNum = intParam(call.query['page_num'], 'page_num', 1, 1, 10_000);
  const pageSize = intParam(call.query['page_size'], 'page_size', 10, 1, 300);
  const name = call.query['name'] === undefined ? '' : String(call.query['name']);
  const format = call.query['format_type'];
  const documents = await call.store.items('document');
  const all = (await call.store.items('dataset'))
    .filter((d) => d.space_id === call.query['space_id'] && d.name.includes(name))
    .filter((d) => format === undefined || d.format_type === format)
    .reverse();
  const page = pageOf(all, pageNum, pageSize);
  const views = page.items.map((d) =>
    datasetView(
      d,
      documents.filter((document) => document.dataset_id === d.dataset_id),
      call.nowMs,
    ),
  );
  return shaped(call, { data: { total_count: all.length, dataset_list: views } });
};

/** PUT /v1/datasets/:dataset_id: overwrites name, icon and description (left-out ones are cleared). */
export const updateDataset: Handler = async (call) => {
  const dataset = await requireDataset(call.store, call.path['dataset_id']);
  const iconFileId = await checkIcon(call, call.body['file_id']);
  const { icon_file_id: _old, ...rest } = dataset;
  const updated: DatasetRecord = {
    ...rest,
    name: checkName(call.body['name']),
    description: String(call.body['description'] ?? ''),
    ...(iconFileId !== undefined && { icon_file_id: iconFileId }),
    update_time: seconds(call.nowMs),
  };
  await call.store.putItem('dataset', updated.dataset_id, updated);
  return shaped(call, {});
};

/** DELETE /v1/datasets/:dataset_id: the knowledge base and all its files. */
export const deleteDataset: Handler = async (call) => {
  const dataset = await requireDataset(call.store, call.path['dataset_id']);
  const documents = await documentsOf(call.store, dataset.dataset_id);
  await call.store.deleteItems(
    'document',
    documents.map((document) => document.document_id),
  );
  await call.store.deleteItems('dataset', [dataset.dataset_id]);
  return shaped(call, {});
};
