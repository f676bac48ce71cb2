import { CozeCode, CozeError } from '../envelope';
import { seconds } from '../params';
import type { Handler } from '../call';
import type { FileRecord } from '../records';

/** POST /v1/files/upload: keeps the name and size; like Coze, the bytes can never be read back. */
export const uploadFile: Handler = async ({ store, body, nowMs }) => {
  const file = body['file'] as Blob;
  if (file.size === 0)
    throw new CozeError(CozeCode.emptyFile, 'The file is empty: send a non-empty file in the field `file`');
  const record: FileRecord = {
    id: await store.nextId(),
    bytes: file.size,
    file_name: file instanceof File && file.name ? file.name : 'file',
    created_at: seconds(nowMs),
  };
  await store.putFile(record);
  return { data: record };
};

/** GET /v1/files/retrieve: the file's metadata. */
export const retrieveFile: Handler = async ({ store, query }) => {
  const file = await store.file(String(query['file_id']));
  if (!file) throw new CozeError(CozeCode.notFound, `File ${String(query['file_id'])} not found`);
  return { data: file };
};
