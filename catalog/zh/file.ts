/** Chinese for the `file` bucket of `catalogTexts`: [English, Chinese] pairs. */
export const FILE: readonly (readonly [string, string])[] = [
  [
    'Uploads a file to Coze and returns its file_id. Use it to put images, documents or audio into a chat message (`object_string`) or a workflow input.',
    '将文件上传到扣子并返回其 file_id。可用于在对话消息（`object_string`）或工作流输入中传入图片、文档或音频。',
  ],
  [
    'Send multipart/form-data with the file in the field named `file`.',
    '以 multipart/form-data 发送，文件放在名为 `file` 的字段中。',
  ],
  [
    'Up to 512 MB; files are kept for 3 months, or for good when used as an avatar.',
    '最大 512 MB；文件保留 3 个月，用作头像时永久保留。',
  ],
  ['Limited to 10 QPS on personal plans and 20 QPS on enterprise plans.', '个人版限流 10 QPS，企业版限流 20 QPS。'],
  ['An uploaded file cannot be downloaded again.', '上传后的文件无法再次下载。'],
  [
    'Binary file sent as multipart/form-data field `file` (max 512 MB). Supported: documents (DOC/DOCX/XLS/XLSX/PPT/PPTX/PDF/Numbers/CSV), code text (CPP/PY/JAVA/C), images (JPG/JPG2/PNG/GIF/WEBP/HEIC/HEIF/BMP/PCD/TIFF), audio (WAV/MP3/FLAC/M4A/AAC/OGG/WMA/MIDI), video (MP4/AVI/MOV/3GP/3GPP/FLV/WEBM/WMV/RMVB/M4V/MKV), archives (RAR/ZIP/7Z/GZ/GZIP/BZ2).',
    '以 multipart/form-data 字段 `file` 发送的二进制文件（最大 512 MB）。支持：文档（DOC/DOCX/XLS/XLSX/PPT/PPTX/PDF/Numbers/CSV）、代码文本（CPP/PY/JAVA/C）、图片（JPG/JPG2/PNG/GIF/WEBP/HEIC/HEIF/BMP/PCD/TIFF）、音频（WAV/MP3/FLAC/M4A/AAC/OGG/WMA/MIDI）、视频（MP4/AVI/MOV/3GP/3GPP/FLV/WEBM/WMV/RMVB/M4V/MKV）、压缩包（RAR/ZIP/7Z/GZ/GZIP/BZ2）。',
  ],
  ['Uploaded file info.', '已上传文件的信息。'],
  ['File id.', '文件 ID。'],
  ['Size in bytes.', '文件大小，单位为字节。'],
  ['File name.', '文件名。'],
  ['Upload time, Unix seconds.', '上传时间，Unix 时间戳（秒）。'],
  [
    'Reads the name, size and upload time of an uploaded file. Use it to check a file_id before referring to it in a chat or a workflow.',
    '查询已上传文件的名称、大小和上传时间。可在对话或工作流中引用 file_id 之前用它核对。',
  ],
  ['Returns metadata only; there is no download endpoint.', '只返回元数据；没有下载接口。'],
  ['ID of an uploaded file.', '已上传文件的 ID。'],
  ['File info.', '文件信息。'],
];
