import * as v from 'valibot';
import { defineEndpoint } from '../../define';
import { FileSchema, envelope } from '../../objects';

/** Upload file: POST /v1/files/upload */
export default defineEndpoint({
  id: 'upload-file',
  group: 'file',
  titleZh: '上传文件',
  titleEn: 'Upload file',
  description:
    'Uploads a file to Coze and returns its file_id. Use it to put images, documents or audio into a chat message (`object_string`) or a workflow input.',
  notes: [
    'Send multipart/form-data with the file in the field named `file`.',
    'Up to 512 MB; files are kept for 3 months, or for good when used as an avatar.',
    'Limited to 10 QPS on personal plans and 20 QPS on enterprise plans.',
    'An uploaded file cannot be downloaded again.',
  ],
  method: 'POST',
  path: '/v1/files/upload',
  params: {
    body: v.object({
      file: v.pipe(
        v.blob(),
        v.description(
          'Binary file sent as multipart/form-data field `file` (max 512 MB). Supported: documents (DOC/DOCX/XLS/XLSX/PPT/PPTX/PDF/Numbers/CSV), code text (CPP/PY/JAVA/C), images (JPG/JPG2/PNG/GIF/WEBP/HEIC/HEIF/BMP/PCD/TIFF), audio (WAV/MP3/FLAC/M4A/AAC/OGG/WMA/MIDI), video (MP4/AVI/MOV/3GP/3GPP/FLV/WEBM/WMV/RMVB/M4V/MKV), archives (RAR/ZIP/7Z/GZ/GZIP/BZ2).',
        ),
      ),
    }),
  },
  bodyKind: 'multipart',
  responseKind: 'json',
  response: envelope({
    data: v.optional(v.pipe(FileSchema, v.description('Uploaded file info.'))),
  }),
  permission: 'uploadFile',
  destructive: false,
  billable: false,
  sdks: ['python', 'node', 'go', 'java'],
  example: {},
});
